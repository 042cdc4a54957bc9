import Anthropic, { toFile } from '@anthropic-ai/sdk';

const client = new Anthropic();

/** Uploads an exhibit once so every later question can reference it by id. */
export async function uploadExhibit(pdf: Buffer, name: string): Promise<string> {
  const file = await client.files.upload({ file: await toFile(pdf, name, { type: 'application/pdf' }) });
  return file.id;
}

export async function askAboutExhibit(fileId: string, question: string) {
  return client.messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 1024,
    inference_geo: 'us',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'document', source: { type: 'file', file_id: fileId } },
          { type: 'text', text: question },
        ],
      },
    ],
  });
}

/** A long review session: old tool results are cleared server-side to stay within context. */
export async function continueReview(history: Anthropic.Beta.BetaMessageParam[]) {
  return client.beta.messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 4096,
    inference_geo: 'us',
    context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] },
    messages: history,
  });
}
