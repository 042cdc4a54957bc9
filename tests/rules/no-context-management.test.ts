import rule from '../../src/rules/no-context-management.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const CLIENT = `${IMPORT}const client = new Anthropic();\n`;
const FLAG = 'context-management-2025-06-27';
const BODY = "model: 'm', max_tokens: 1, messages: []";
const CM = "{ edits: [{ type: 'clear_tool_uses_20250919' }] }";
const data = (call: string) => ({ call, key: 'context_management', feature: 'context management' });

runDual('no-context-management', rule, {
  valid: [
    // Plain inference, GA and beta.
    `${CLIENT}await client.messages.create({ ${BODY} });\nawait client.beta.messages.create({ ${BODY} });`,
    // Context management switched off.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, context_management: null });`,
    `${CLIENT}await client.beta.messages.create({ ${BODY}, context_management: undefined });`,
    `${CLIENT}const NONE = null;\nawait client.beta.messages.stream({ ${BODY}, context_management: NONE });`,
    // The last write wins.
    `${CLIENT}const base = { ${BODY}, context_management: ${CM} };\nawait client.beta.messages.create({ ...base, context_management: null });`,
    `${CLIENT}const params = { ${BODY}, context_management: ${CM} };\nparams.context_management = null;\nawait client.beta.messages.create(params);`,
    `${CLIENT}const ctx = { context_management: ${CM} };\nawait client.beta.messages.create({ ${BODY}, ...ctx, context_management: undefined });`,
    // A member write after the call does not reach it.
    `${CLIENT}const params = { ${BODY} };\nawait client.beta.messages.create(params);\nparams.context_management = ${CM};`,
    // Other beta flags belong to other rules.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['interleaved-thinking-2025-05-14', 'compact-2026-01-12'] });`,
    `${IMPORT}const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'files-api-2025-04-14' } });`,
    // Unresolved params are silent unless asked for.
    `${CLIENT}export function send(params) { return client.beta.messages.create(params); }`,
    `${CLIENT}export function send(extra) { return client.beta.messages.create({ ${BODY}, ...extra }); }`,
    `${CLIENT}export function submit(items) { return client.messages.batches.create({ requests: items.map((item) => ({ custom_id: item.id, params: item.params })) }); }`,
    // Traps: the same key sent to something that is not a Claude client.
    `${IMPORT}import OpenAI from 'openai';\nconst client = new Anthropic();\nconst openai = new OpenAI();\nawait openai.chat.completions.create({ model: 'm', messages: [], context_management: ${CM} });`,
    `${CLIENT}const llm = { messages: { create() {} } };\nllm.messages.create({ ${BODY}, context_management: ${CM} });`,
    `${CLIENT}const settings = { context_management: ${CM} };\nsave(settings);`,
    // A local class named Anthropic is not the SDK.
    `class Anthropic { messages = { create() {} }; }\nconst client = new Anthropic();\nclient.messages.create({ context_management: ${CM} });`,
    // A shadowed client.
    `${CLIENT}function run(client) { return client.beta.messages.create({ ${BODY}, context_management: ${CM} }); }`,
    // An unannotated parameter cannot be proven to be a client.
    `export function run(client) { return client.beta.messages.create({ ${BODY}, context_management: ${CM} }); }`,
    `${IMPORT}export function run(client) { return client.beta.messages.create({ ${BODY}, betas: ['${FLAG}'] }); }`,
    // A file that never imports the SDK.
    `const client = makeClient();\nclient.beta.messages.create({ context_management: ${CM}, betas: ['${FLAG}'] });`,
  ],
  invalid: [
    // Every Messages method, GA and beta, with exact data and position.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 3, column: 78, endColumn: 96 }],
    },
    {
      code: `${CLIENT}client.messages.create({ ${BODY}, context_management: ${CM} });
client.messages.stream({ ${BODY}, context_management: ${CM} });
client.messages.parse({ ${BODY}, context_management: ${CM} });
client.messages.countTokens({ model: 'm', messages: [], context_management: ${CM} });
client.beta.messages.stream({ ${BODY}, context_management: ${CM} });
client.beta.messages.parse({ ${BODY}, context_management: ${CM} });
client.beta.messages.countTokens({ model: 'm', messages: [], context_management: ${CM} });
client.beta.messages.toolRunner({ ${BODY}, tools: [], thread: false, context_management: ${CM} });`,
      errors: [
        { messageId: 'contextManagement', data: data('messages.create'), line: 3 },
        { messageId: 'contextManagement', data: data('messages.stream'), line: 4 },
        { messageId: 'contextManagement', data: data('messages.parse'), line: 5 },
        { messageId: 'contextManagement', data: data('messages.countTokens'), line: 6 },
        { messageId: 'contextManagement', data: data('beta.messages.stream'), line: 7 },
        { messageId: 'contextManagement', data: data('beta.messages.parse'), line: 8 },
        { messageId: 'contextManagement', data: data('beta.messages.countTokens'), line: 9 },
        { messageId: 'contextManagement', data: data('beta.messages.toolRunner'), line: 10 },
      ],
    },
    // Each batch request's params, GA and beta.
    {
      code: `${CLIENT}await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { ${BODY} } },
    { custom_id: 'b', params: { ${BODY}, context_management: ${CM} } },
  ],
});`,
      errors: [{ messageId: 'contextManagement', data: data('messages.batches.create'), line: 6 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY}, context_management: ${CM} };
const requests = [];
requests.push({ custom_id: 'a', params });
await client.beta.messages.batches.create({ requests });`,
      // Reported where the list is used (PRODUCT.md §3).
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.batches.create'), line: 6, column: 45 }],
    },
    // Params through identifiers, nested consts, spreads and member writes before the call.
    {
      code: `${CLIENT}const cm = ${CM};
const params = { ${BODY}, context_management: cm };
await client.beta.messages.create(params);`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 5, column: 35 }],
    },
    {
      code: `${CLIENT}const base = { context_management: ${CM} };
await client.beta.messages.create({ ${BODY}, ...base });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 4, column: 78 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY} };
params.context_management = ${CM};
await client.beta.messages.create(params);`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 5, column: 35, endColumn: 41 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY}, context_management: null };
params['context_management'] = ${CM};
await client.beta.messages.create(params);`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 5 }],
    },
    {
      code: `${CLIENT}const KEY = 'context_management';
await client.beta.messages.create({ ${BODY}, [KEY]: ${CM} });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 4 }],
    },
    // Anywhere in a request to a recognised client, e.g. a managed agent's config.
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'a', model: 'm', context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.agents.create'), line: 3 }],
    },
    // Flags: in betas, in defaultHeaders, in per-request headers.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['${FLAG}'] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3, column: 86 }],
    },
    {
      code: `${CLIENT}const CM_BETA = '${FLAG}';
const betas = ['interleaved-thinking-2025-05-14'];
betas.push(CM_BETA);
await client.beta.messages.create({ ${BODY}, betas });`,
      // Reported where the array is used, not where the flag was pushed (PRODUCT.md §3).
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 6 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': '${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 2, column: 68 }],
    },
    {
      code: `${IMPORT}const headers = { 'Anthropic-Beta': 'compact-2026-01-12, ${FLAG}' };
const client = new Anthropic({ apiKey: 'k', defaultHeaders: headers });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3, column: 61 }],
    },
    {
      code: `${CLIENT}await client.messages.create({ ${BODY} }, { headers: { 'anthropic-beta': '${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3 }],
    },
    {
      code: `${CLIENT}const options = { headers: { 'anthropic-beta': '${FLAG}' } };
await client.beta.messages.stream({ ${BODY} }, options);`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 4 }],
    },
    {
      code: `${CLIENT}await client.messages.create({ ${BODY} }, { headers: { 'anthropic-beta': ['compact-2026-01-12', '${FLAG}'] } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3 }],
    },
    {
      code: `${CLIENT}await client.messages.batches.create({ requests: [] }, { headers: { 'anthropic-beta': '${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3 }],
    },
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['${FLAG}'] as const });`,
      tsOnly: true,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic().withOptions({ defaultHeaders: { 'anthropic-beta': '${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 2 }],
    },
    // Both the param and its flag, each reported where it is.
    {
      code: `${CLIENT}await client.beta.messages.create({
  ${BODY},
  context_management: ${CM},
  betas: ['${FLAG}'],
});`,
      errors: [
        { messageId: 'contextManagement', data: data('beta.messages.create'), line: 5 },
        { messageId: 'betaFlag', data: { flag: FLAG }, line: 6 },
      ],
    },
    // Unresolved params, reported only when asked for.
    {
      code: `${CLIENT}export function send(params) {\n  return client.beta.messages.create(params);\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4, column: 38 }],
    },
    {
      // The key exists only for context management: writing it is using it, whatever the value (PRODUCT.md §3).
      code: `${CLIENT}export function send(cm) {\n  return client.beta.messages.create({ ${BODY}, context_management: cm });\n}`,
      errors: [{ messageId: 'contextManagement', line: 4 }],
    },
    {
      code: `${CLIENT}export function send(extra) {\n  return client.messages.countTokens({ model: 'm', messages: [], ...extra });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4 }],
    },
    {
      code: `${CLIENT}export function submit(params) {\n  return client.messages.batches.create({ requests: [{ custom_id: 'a', params }] });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4 }],
    },
    // Batch requests built at run time cannot be vouched for.
    {
      code: `${CLIENT}export function submit(items) {\n  return client.messages.batches.create({ requests: items.map((item) => ({ custom_id: item.id, params: item.params })) });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4, column: 104 }],

    },
    {
      code: `${CLIENT}export function submit(pending, params) {\n  return client.beta.messages.batches.create({ requests: [...pending, { custom_id: 'x', params: { ${BODY} } }] });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4, column: 59 }],
    },
    {
      code: `${CLIENT}export function submit(body) {\n  return client.messages.batches.create(body);\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4, column: 41 }],
    },
    // Import and require shapes.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';\nnew Anthropic().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 2 }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.Anthropic();\nclient.beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 3 }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk/index';\nnew Anthropic().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 2 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 3 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk').default;\nconst client = new Anthropic();\nclient.beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 3 }],
    },
    {
      code: `const { Anthropic } = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.beta.messages.create({ ${BODY}, betas: ['${FLAG}'] });`,
      errors: [{ messageId: 'betaFlag', line: 3 }],
    },
    {
      code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 3 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      tsOnly: true,
      errors: [{ messageId: 'contextManagement', line: 3 }],
    },
    // Where the client lives.
    {
      code: `${IMPORT}class Agent {\n  client = new Anthropic();\n  run() { return this.client.beta.messages.create({ ${BODY}, context_management: ${CM} }); }\n}`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 4 }],
    },
    {
      code: `${IMPORT}class Agent {\n  constructor() { this.client = new Anthropic(); }\n  run() { return this.client.beta.messages.create({ ${BODY}, context_management: ${CM} }); }\n}`,
      errors: [{ messageId: 'contextManagement', line: 4 }],
    },
    {
      code: `${IMPORT}const makeClient = () => new Anthropic();\nmakeClient().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 3 }],
    },
    {
      code: `${IMPORT}let client;\nfunction getClient() { client ??= new Anthropic(); return client; }\ngetClient().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 4 }],
    },
    {
      code: `${IMPORT}export function run(client: Anthropic) {\n  return client.beta.messages.create({ ${BODY}, context_management: ${CM} });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'contextManagement', line: 3 }],
    },
    {
      code: `import type { Anthropic } from '@anthropic-ai/sdk';\nexport function run(messages: Anthropic['beta']['messages']) {\n  return messages.create({ ${BODY}, context_management: ${CM} });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 3 }],
    },
    {
      code: `${IMPORT}class Agent {\n  constructor(private readonly claude: Anthropic) {}\n  run() { return this.claude.beta.messages.create({ ${BODY}, context_management: ${CM} }); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'contextManagement', line: 4 }],
    },
    // Aliases, destructuring, optional chaining, computed keys.
    {
      code: `${CLIENT}const m = client.beta.messages;\nawait m.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 4 }],
    },
    {
      code: `${CLIENT}const { messages } = client.beta;\nawait messages.stream({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.stream'), line: 4 }],
    },
    {
      code: `${CLIENT}await client?.beta?.messages?.create?.({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 3 }],
    },
    {
      code: `${CLIENT}await client['beta']['messages'][\`create\`]({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 3 }],
    },
    // clientModules and every client family (the platforms pass the body through unchanged).
    {
      code: `import { claude } from '@acme/claude';\nawait claude.beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'contextManagement', data: data('beta.messages.create'), line: 2 }],
    },
    {
      code: `import AnthropicAws from '@anthropic-ai/aws-sdk';\nnew AnthropicAws().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 2 }],
    },
    {
      code: `import AnthropicGoogleCloud from '@anthropic-ai/google-cloud-sdk';\nnew AnthropicGoogleCloud().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 2 }],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nnew AnthropicBedrock().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 2 }],
    },
    {
      code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nnew AnthropicVertex().beta.messages.create({ ${BODY}, betas: ['${FLAG}'] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 2 }],
    },
    {
      code: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nnew AnthropicFoundry().beta.messages.create({ ${BODY}, context_management: ${CM} });`,
      errors: [{ messageId: 'contextManagement', line: 2 }],
    },
  ],
});
