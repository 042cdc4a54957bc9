import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

/** A managed agent that researches precedent through the firm's case-law MCP server. */
export async function createResearchAgent() {
  return client.beta.agents.create({
    name: 'precedent-research',
    model: 'claude-opus-4-6',
    system: 'Find precedent for the attorney. Cite every case you rely on.',
  });
}

/** One-off research question with the hosted MCP connector and live web search. */
export async function research(question: string) {
  return client.beta.messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 4096,
    inference_geo: 'us',
    betas: ['interleaved-thinking-2025-05-14'],
    mcp_servers: [{ type: 'url', url: 'https://mcp.caselaw.example.com/sse', name: 'caselaw' }],
    tools: [
      { type: 'mcp_toolset', mcp_server_name: 'caselaw' },
      { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
    ],
    messages: [{ role: 'user', content: question }],
  });
}
