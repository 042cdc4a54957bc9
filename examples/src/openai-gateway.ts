// A "quick port" that points the OpenAI SDK at Anthropic's compatibility endpoint.
import OpenAI from 'openai';

const anthropicViaOpenAI = new OpenAI({
  apiKey: process.env.ANTHROPIC_API_KEY,
  baseURL: 'https://api.anthropic.com/v1/',
});

export async function draftReply(email: string): Promise<string> {
  const completion = await anthropicViaOpenAI.chat.completions.create({
    model: 'claude-opus-4-6',
    messages: [{ role: 'user', content: `Draft a reply to:\n${email}` }],
  });
  return completion.choices[0]?.message.content ?? '';
}
