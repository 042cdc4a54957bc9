// A LangChain chain that drafts clause summaries for the contract-review app.
import { ChatAnthropic, tools } from '@langchain/anthropic';

// No model (the library default, a deprecated pre-geo model) and the default browser header.
const drafter = new ChatAnthropic({ temperature: 0 });

const reviewer = new ChatAnthropic({
  model: 'claude-opus-4-6',
  inferenceGeo: 'us',
  clientOptions: { dangerouslyAllowBrowser: false },
  invocationKwargs: { mcp_servers: [{ type: 'url', url: 'https://clauses.example.com/mcp', name: 'clause-library' }] },
});

export async function summarise(clause: string) {
  const draft = await drafter.invoke(`Summarise: ${clause}`);
  return reviewer.bindTools([tools.codeExecution_20250825()]).invoke(`Check: ${draft.content}`);
}
