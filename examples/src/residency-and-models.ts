// Demo: US residency and model policy. Each call below plants exactly one finding.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();
const messages = [{ role: 'user' as const, content: 'Summarise the attached matter notes.' }];

// require-inference-geo: no inference_geo, so inference may run anywhere.
export const summary = await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages });

// require-inference-geo: pinned to "global" instead of the US.
export const draft = await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages, inference_geo: 'global' });

// require-inference-geo: a model older than Opus 4.6 rejects inference_geo with a 400.
export const triage = await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 256, messages, inference_geo: 'us' });

// no-disallowed-model: the Fable 5 class requires data retention.
const RESEARCH_MODEL = process.env.RESEARCH_MODEL ?? 'claude-fable-5';
export const research = await client.messages.create({ model: RESEARCH_MODEL, max_tokens: 4096, messages, inference_geo: 'us' });

// no-disallowed-model: deprecated in the SDK's tables (token counting takes no inference_geo).
export const size = await client.messages.countTokens({ model: 'claude-sonnet-4-5', messages });

// Compliant: a current model pinned to the US.
export const answer = await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages, inference_geo: 'us' });
