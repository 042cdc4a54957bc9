import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

const SYSTEM = 'You review commercial contracts for a supervising attorney. Be precise and cite clauses.';

/** Plain inference, pinned to US processing: inside Zero Data Retention. */
export async function summariseContract(contractText: string): Promise<string> {
  const message = await client.messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 2048,
    inference_geo: 'us',
    system: SYSTEM,
    messages: [{ role: 'user', content: `Summarise the obligations in this contract:\n\n${contractText}` }],
  });
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

/** PDFs travel inside the request as base64 instead of through the Files API. */
export async function summarisePdf(pdf: Buffer): Promise<string> {
  const message = await client.messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 2048,
    inference_geo: 'us',
    system: SYSTEM,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: pdf.toString('base64') } },
          { type: 'text', text: 'Summarise the obligations in this contract.' },
        ],
      },
    ],
  });
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

/** Token counting is eligible too, and takes no inference_geo. */
export async function fitsInContext(contractText: string): Promise<boolean> {
  const { input_tokens } = await client.messages.countTokens({
    model: 'claude-opus-4-6',
    system: SYSTEM,
    messages: [{ role: 'user', content: contractText }],
  });
  return input_tokens < 150_000;
}
