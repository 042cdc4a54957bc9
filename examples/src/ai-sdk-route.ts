// An AI SDK route handler (Next.js App Router) for the contract-review app.
import { anthropic, createAnthropic } from '@ai-sdk/anthropic';
import { generateText, streamText } from 'ai';

// Pointed at a third-party gateway instead of Anthropic's API.
const routed = createAnthropic({ baseURL: 'https://openrouter.ai/api/v1' });

export async function POST(request: Request) {
  const { question } = (await request.json()) as { question: string };
  const research = await generateText({
    model: anthropic('claude-opus-4-6'),
    prompt: question,
    providerOptions: { anthropic: { inferenceGeo: 'us', contextManagement: { edits: [{ type: 'clear_tool_uses_20250919' }] } } },
    tools: { browse: anthropic.tools.webFetch_20250910() },
  });
  const draft = await generateText({ model: routed('claude-sonnet-4-6'), prompt: research.text });
  // No inferenceGeo: this request may run outside the US.
  return streamText({ model: anthropic('claude-opus-4-6'), prompt: draft.text }).toTextStreamResponse();
}
