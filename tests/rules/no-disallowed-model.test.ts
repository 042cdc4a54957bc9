import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-disallowed-model.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const MSG = 'max_tokens: 10, messages: []';
const FABLE = { label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' };

runDual('no-disallowed-model', rule, {
  valid: [
    `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG} });`,
    `${IMPORT}await client.beta.messages.countTokens({ model: 'claude-sonnet-4-6', messages: [] });`,
    // Ids that never reach a Claude request: a UI picker, a JSONL writer.
    `${IMPORT}export const MODEL_PICKER = [{ id: 'claude-fable-5', label: 'Fable' }, { id: 'claude-sonnet-4-5', label: 'Sonnet 4.5' }];`,
    `import { appendFileSync } from 'node:fs';\nimport Anthropic from '@anthropic-ai/sdk';\nappendFileSync('runs.jsonl', JSON.stringify({ model: 'claude-mythos-5', ok: true }) + '\\n');`,
    `${IMPORT}const FABLE = 'claude-fable-5';\nconsole.log(FABLE);\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG} });`,
    // Not a Claude client.
    `import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.chat.completions.create({ model: 'claude-fable-5', messages: [] });`,
    // A model from the environment is unresolved, reported only when asked.
    `${IMPORT}await client.messages.create({ model: process.env.MODEL, ${MSG} });`,
    // Deprecation checks can be turned off.
    { code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-5', ${MSG} });`, options: [{ allow: [], deny: [], checkDeprecated: false }] },
    // An allow pattern that names the class opts into it; allow globs match provider spellings too.
    { code: `${IMPORT}await client.messages.create({ model: 'claude-mythos-5-1', ${MSG} });`, options: [{ allow: ['claude-mythos-*'], deny: [], checkDeprecated: true }] },
    { code: `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();\nawait client.messages.create({ model: 'us.anthropic.claude-opus-4-6-v1', ${MSG} });`, options: [{ allow: ['claude-opus-*'], deny: [], checkDeprecated: true }] },
    // Older ids missing from the SDK's deprecation tables are not reported as deprecated.
    `${IMPORT}await client.messages.create({ model: 'claude-3-opus-20240229', ${MSG} });`,
    // Agents with an allowed model.
    `${IMPORT}await client.beta.agents.create({ name: 'a', model: { id: 'claude-opus-4-8' } });`,
  ],
  invalid: [
    // Retention-requiring classes, every call kind.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-fable-5', ${MSG} });`,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'messages.create', ...FABLE }, line: 3, column: 39 }],
    },
    {
      code: `${IMPORT}client.messages.stream({ model: 'claude-fable-5-1', ${MSG} });\nclient.messages.parse({ model: 'claude-fable-5-2', ${MSG} });\nclient.messages.countTokens({ model: 'claude-mythos-5', messages: [] });\nclient.beta.messages.create({ model: 'claude-mythos-5-2', ${MSG} });\nclient.beta.messages.toolRunner({ model: 'claude-fable-5', ${MSG}, tools: [] });\nclient.beta.messages.countTokens({ model: 'claude-mythos-preview', messages: [] });`,
      errors: [
        { messageId: 'retentionModel', line: 3, data: { model: 'claude-fable-5-1', place: 'messages.stream', ...FABLE } },
        { messageId: 'retentionModel', line: 4 },
        {
          messageId: 'retentionModel',
          line: 5,
          data: { model: 'claude-mythos-5', place: 'messages.countTokens', label: 'Mythos (Covered Model)', reason: 'which requires limited data retention and safety review, outside Zero Data Retention' },
        },
        { messageId: 'retentionModel', line: 6 },
        { messageId: 'retentionModel', line: 7 },
        // Mythos preview is also deprecated; the policy reason wins and it is reported once.
        { messageId: 'retentionModel', line: 8 },
      ],
    },
    // Batches, fallbacks, the advisor tool, the refusal-fallback middleware.
    {
      code: `${IMPORT}await client.beta.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'claude-fable-5', ${MSG} } }] });`,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'beta.messages.batches.create', ...FABLE } }],
    },
    {
      code: `${IMPORT}await client.beta.messages.create({ model: 'claude-opus-4-8', ${MSG}, fallbacks: [{ model: 'claude-sonnet-4-6' }, { model: 'claude-fable-5' }] });`,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'beta.messages.create fallbacks', ...FABLE } }],
    },
    {
      code: `${IMPORT}await client.beta.messages.create({ model: 'claude-opus-4-8', ${MSG}, tools: [{ type: 'advisor_20260301', name: 'advisor', model: 'claude-mythos-5' }] });`,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-mythos-5', place: 'advisor tool', label: 'Mythos (Covered Model)', reason: 'which requires limited data retention and safety review, outside Zero Data Retention' } }],
    },
    {
      code: `import Anthropic, { betaRefusalFallbackMiddleware } from '@anthropic-ai/sdk';\nconst client = new Anthropic({ middleware: [betaRefusalFallbackMiddleware([{ model: 'claude-fable-5-2' }])] });`,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5-2', place: 'betaRefusalFallbackMiddleware', ...FABLE } }],
    },
    {
      code: `const sdk = require('@anthropic-ai/sdk');\nconst FALLBACKS = [{ model: 'claude-sonnet-4-5' }];\nconst middleware = sdk.betaRefusalFallbackMiddleware(FALLBACKS);`,
      errors: [{ messageId: 'deprecatedModel', data: { model: 'claude-sonnet-4-5', place: 'betaRefusalFallbackMiddleware', date: 'November 30th, 2026' }, line: 3, column: 54 }],
    },
    // Managed agents, sessions, dreams.
    {
      code: `${IMPORT}await client.beta.agents.create({ name: 'a', model: 'claude-fable-5' });\nawait client.beta.agents.update('agent_1', { version: 1, model: { id: 'claude-fable-5-1', speed: 'standard' } });\nawait client.beta.sessions.create({ agent: { type: 'agent_with_overrides', id: 'agent_1', model: 'claude-fable-5-2' } });\nawait client.beta.dreams.create({ model: { id: 'claude-mythos-5' } });`,
      errors: [
        { messageId: 'retentionModel', line: 3, data: { model: 'claude-fable-5', place: 'beta.agents.create', ...FABLE } },
        { messageId: 'retentionModel', line: 4, data: { model: 'claude-fable-5-1', place: 'beta.agents.update', ...FABLE } },
        { messageId: 'retentionModel', line: 5, data: { model: 'claude-fable-5-2', place: 'beta.sessions.create', ...FABLE } },
        { messageId: 'retentionModel', line: 6 },
      ],
    },
    // Value sources: template literal, same-file const (reported where used), env fallbacks,
    // destructuring defaults, both branches of a conditional.
    {
      code: `${IMPORT}await client.messages.create({ model: \`claude-fable-5\`, ${MSG} });`,
      errors: [{ messageId: 'retentionModel' }],
    },
    {
      code: `${IMPORT}const MODEL = 'claude-fable-5';\nawait client.messages.create({ model: MODEL, ${MSG} });`,
      errors: [{ messageId: 'retentionModel', line: 4, column: 39 }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: process.env.CLAUDE_MODEL || 'claude-fable-5', ${MSG} });\nawait client.messages.create({ model: process.env.CLAUDE_MODEL ?? 'claude-sonnet-4-5', ${MSG} });`,
      errors: [
        { messageId: 'retentionModel', line: 3, column: 67 },
        { messageId: 'deprecatedModel', line: 4, column: 67, data: { model: 'claude-sonnet-4-5', place: 'messages.create', date: 'November 30th, 2026' } },
      ],
    },
    {
      code: `${IMPORT}const MODEL = 'claude-fable-5';\nexport async function ask({ model = MODEL, prompt }) {\n  return client.messages.create({ model, max_tokens: 10, messages: [{ role: 'user', content: prompt }] });\n}`,
      errors: [{ messageId: 'retentionModel', line: 5 }],
    },
    {
      code: `${IMPORT}export async function ask(prompt, model = 'claude-mythos-5') {\n  return client.messages.create({ model, ${MSG} });\n}`,
      errors: [{ messageId: 'retentionModel', line: 4 }],
    },
    {
      code: `${IMPORT}const { model = 'claude-fable-5' } = loadConfig();\nawait client.messages.create({ model, ${MSG} });`,
      errors: [{ messageId: 'retentionModel', line: 4 }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: premium ? 'claude-fable-5' : 'claude-sonnet-4-5', ${MSG} });`,
      errors: [
        { messageId: 'retentionModel', column: 49 },
        { messageId: 'deprecatedModel', column: 68 },
      ],
    },
    {
      code: `${IMPORT}const MODELS = { fast: 'claude-haiku-4-5', deep: 'claude-fable-5' };\nawait client.messages.create({ model: MODELS.deep, ${MSG} });`,
      errors: [{ messageId: 'retentionModel', line: 4 }],
    },
    // Params through consts, spreads and member writes.
    {
      code: `${IMPORT}const BASE = { model: 'claude-fable-5', max_tokens: 10 };\nawait client.messages.create({ ...BASE, messages: [] });`,
      errors: [{ messageId: 'retentionModel', line: 4, column: 32 }],
    },
    {
      code: `${IMPORT}const params = { model: 'claude-opus-4-6', ${MSG} };\nparams.model = 'claude-fable-5';\nawait client.messages.create(params);`,
      errors: [{ messageId: 'retentionModel', line: 5, column: 30 }],
    },
    // Deprecated ids, in the SDK's tables, through provider spellings.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-5-20250929', ${MSG} });`,
      errors: [{ messageId: 'deprecatedModel', data: { model: 'claude-sonnet-4-5-20250929', place: 'messages.create', date: 'November 30th, 2026' } }],
    },
    {
      code: `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();\nawait client.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', ${MSG} });`,
      errors: [{ messageId: 'deprecatedModel' }],
    },
    {
      code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nconst client = new AnthropicVertex();\nawait client.messages.create({ model: 'claude-sonnet-4-5@20250929', ${MSG} });`,
      errors: [{ messageId: 'deprecatedModel' }],
    },
    // deny and allow globs, from options and from the shared settings.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-3-5-haiku-latest', ${MSG} });`,
      options: [{ deny: ['claude-3-*'] }],
      errors: [{ messageId: 'deniedModel', data: { model: 'claude-3-5-haiku-latest', place: 'messages.create', pattern: 'claude-3-*' } }],
    },
    {
      code: `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();\nawait client.messages.create({ model: 'anthropic.claude-3-5-sonnet-20241022-v2:0', ${MSG} });`,
      settings: { 'claude-zdr': { models: { deny: ['claude-3-5-*'] } } },
      errors: [{ messageId: 'deniedModel', data: { model: 'anthropic.claude-3-5-sonnet-20241022-v2:0', place: 'messages.create', pattern: 'claude-3-5-*' } }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-haiku-4-5', ${MSG} });\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG} });`,
      options: [{ allow: ['claude-opus-*'], deny: [], checkDeprecated: true }],
      errors: [{ messageId: 'notAllowedModel', line: 3, data: { model: 'claude-haiku-4-5', place: 'messages.create', allowed: 'claude-opus-*' } }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-haiku-4-5', ${MSG} });`,
      settings: { 'claude-zdr': { models: { allow: ['claude-sonnet-4-6', 'claude-opus-4-*'] } } },
      errors: [{ messageId: 'notAllowedModel', data: { model: 'claude-haiku-4-5', place: 'messages.create', allowed: 'claude-sonnet-4-6, claude-opus-4-*' } }],
    },
    // A broad allow pattern does not opt into a retention-requiring class.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-fable-5', ${MSG} });`,
      options: [{ allow: ['claude-*'], deny: [], checkDeprecated: true }],
      errors: [{ messageId: 'retentionModel' }],
    },
    // A future id of a retention class is read from its shape.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-fable-5-3', ${MSG} });`,
      errors: [{ messageId: 'retentionModel' }],
    },
    // reportUnresolved: a model from the environment, unreadable params.
    {
      code: `${IMPORT}await client.messages.create({ model: process.env.MODEL, ${MSG} });\nexport const send = (params) => client.messages.create(params);`,
      settings: REPORT_UNRESOLVED,
      errors: [
        { messageId: 'unresolvedValue', line: 3 },
        { messageId: 'unresolvedValue', line: 4 },
      ],
    },
    // TypeScript: `as const` and `satisfies` values.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';\nconst MODEL = 'claude-fable-5' as const;\nexport async function ask(client: Anthropic) {\n  return client.messages.create({ model: MODEL satisfies Anthropic.Model, ${MSG} });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'retentionModel', line: 4 }],
    },
  ],
});

describe('the deprecation message', () => {
  // The SDK's date for claude-sonnet-4-5 is already past on the day this was written (2026-12-03):
  // the sentence must read right before and after it, and never change with the day of the run,
  // or the finding's text would move in caches and SARIF.
  it('is worded without a tense that the date can make wrong', () => {
    const message = rule.meta.messages.deprecatedModel;
    expect(message).not.toMatch(/reaches|will|after which/);
    expect(message).toContain('with an end-of-life date of {{date}}');
  });
});
