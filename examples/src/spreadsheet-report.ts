import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

/** Registers the firm's billing-report skill so Claude can build spreadsheets the house way. */
export async function registerBillingSkill(skillZip: File) {
  return client.beta.skills.create({ display_title: 'Billing report', files: [skillZip] });
}

/** Builds a damages spreadsheet in the code-execution sandbox this morning's session left running. */
export async function buildDamagesSheet(facts: string) {
  return client.beta.messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 8192,
    inference_geo: 'us',
    container: 'container_011CTfY5aPrw3Dm8wD4BUi4w',
    tools: [{ type: 'code_execution_20250825', name: 'code_execution' }],
    messages: [{ role: 'user', content: `Build a damages table (xlsx) from these facts:\n${facts}` }],
  });
}
