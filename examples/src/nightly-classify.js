// Nightly job: classify the day's intake emails in one Message Batch (half price, results by morning).
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export async function classifyIntake(emails) {
  const batch = await client.messages.batches.create({
    requests: emails.map((email) => ({
      custom_id: email.id,
      params: {
        model: 'claude-sonnet-4-6',
        max_tokens: 64,
        inference_geo: 'us',
        messages: [{ role: 'user', content: `Which practice area is this email for?\n\n${email.body}` }],
      },
    })),
  });
  return batch.id;
}

export async function collectResults(batchId) {
  const labels = {};
  for await (const result of await client.messages.batches.results(batchId)) {
    if (result.result.type === 'succeeded') labels[result.custom_id] = result.result.message.content;
  }
  return labels;
}
