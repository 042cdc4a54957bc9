import type { Llm } from './llm';

export class NightlyJobs {
  // The client is injected; its type comes from another module.
  constructor(private readonly client: Llm) {}

  async submit(prompts: string[]) {
    return this.client.messages.batches.create({
      requests: prompts.map((content, i) => ({
        custom_id: `job-${i}`,
        params: { model: 'claude-opus-4-6', max_tokens: 512, inference_geo: 'us', messages: [{ role: 'user', content }] },
      })),
    });
  }
}
