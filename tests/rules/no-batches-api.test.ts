import rule from '../../src/rules/no-batches-api.js';
import { runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const SURFACE = 'the Message Batches API';
const FLAG = 'message-batches-2024-09-24';

runDual('no-batches-api', rule, {
  valid: [
    // Plain inference, GA and beta, is eligible.
    `${IMPORT}const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 10, messages: [] });
await client.beta.messages.create({ model: 'claude-opus-4-6', max_tokens: 10, messages: [] });`,
    // Other beta flags belong to other rules.
    `${IMPORT}const client = new Anthropic();
await client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], betas: ['files-api-2025-04-14', 'interleaved-thinking-2025-05-14'] });`,
    // allowMethods: ["delete"] permits clean-up, and only clean-up.
    {
      code: `${IMPORT}const client = new Anthropic();
await client.messages.batches.delete('b');
await client.beta.messages.batches.delete('b');`,
      options: [{ allowMethods: ['delete'] }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();
await client.messages.batches.retrieve('b');
for await (const r of await client.messages.batches.results('b')) void r;`,
      options: [{ allowMethods: ['retrieve', 'results'] }],
    },
    // An allowed create's own flag is part of that call, not a finding of its own.
    {
      code: `${IMPORT}const client = new Anthropic();
await client.beta.messages.batches.create({ requests: [], betas: ['${FLAG}'] });`,
      options: [{ allowMethods: ['create'] }],
    },
    // Traps: the same names on unrelated objects.
    `${IMPORT}import OpenAI from 'openai';\nconst client = new Anthropic();\nconst openai = new OpenAI();\nawait openai.batches.create({ input_file_id: 'f', endpoint: '/v1/chat/completions', completion_window: '24h' });`,
    `${IMPORT}import { google } from 'googleapis';\nconst client = new Anthropic();\nconst drive = google.drive('v3');\nawait drive.files.create({ requestBody: {} });`,
    `${IMPORT}const client = new Anthropic();\nconst queue = { messages: { batches: { create() {} } } };\nqueue.messages.batches.create({ requests: [] });`,
    `${IMPORT}const client = new Anthropic();\nconst jobs = { batches: { list() {} } };\njobs.batches.list();`,
    // A local class named Anthropic is not the SDK.
    `class Anthropic { messages = { batches: { create() {} } }; }\nconst client = new Anthropic();\nclient.messages.batches.create({ requests: [] });`,
    // A shadowed client.
    `${IMPORT}const client = new Anthropic();\nfunction run(client) { return client.messages.batches.list(); }`,
    `${IMPORT}const client = new Anthropic();\n{ const client = makeOther(); client.messages.batches.list(); }`,
    // An unannotated parameter cannot be proven to be a client.
    `export async function submit(client, requests) { await client.messages.batches.create({ requests }); }`,
    `${IMPORT}export async function submit(client, requests) { await client.beta.messages.batches.create({ requests }); }`,
    // Referencing the resource without calling it.
    `${IMPORT}const client = new Anthropic();\nconst hasBatches = 'batches' in client.messages;\nconst batches = client.messages.batches;`,
    // A file that never imports the SDK.
    `const client = makeClient();\nclient.messages.batches.create({ requests: [] });`,
    `// Talks to Anthropic through a helper we cannot see.\nconst client = makeClient();\nclient.messages.batches.create({ requests: [] });`,
    // A type-only import creates no client by itself.
    { code: `import type Anthropic from '@anthropic-ai/sdk';\ndeclare const client: unknown;\n(client as any).messages.batches.list();`, tsOnly: true },
    // A parameter annotated with some other type.
    { code: `${IMPORT}export function run(client: { messages: { batches: { list(): void } } }) { client.messages.batches.list(); }`, tsOnly: true },
  ],
  invalid: [
    // Every method, GA and beta, with exact data and position.
    {
      code: `${IMPORT}const client = new Anthropic();
await client.messages.batches.create({ requests: [] });
await client.messages.batches.retrieve('b');
await client.messages.batches.list();
await client.messages.batches.delete('b');
await client.messages.batches.cancel('b');
await client.messages.batches.results('b');`,
      errors: [
        { messageId: 'surfaceCall', data: { call: 'messages.batches.create', surface: SURFACE }, line: 3, column: 7, endColumn: 37 },
        { messageId: 'surfaceCall', data: { call: 'messages.batches.retrieve', surface: SURFACE }, line: 4, column: 7 },
        { messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 5, column: 7 },
        { messageId: 'surfaceCall', data: { call: 'messages.batches.delete', surface: SURFACE }, line: 6, column: 7 },
        { messageId: 'surfaceCall', data: { call: 'messages.batches.cancel', surface: SURFACE }, line: 7, column: 7 },
        { messageId: 'surfaceCall', data: { call: 'messages.batches.results', surface: SURFACE }, line: 8, column: 7 },
      ],
    },
    {
      code: `${IMPORT}const client = new Anthropic();
await client.beta.messages.batches.create({ requests: [] });
await client.beta.messages.batches.retrieve('b');
await client.beta.messages.batches.list();
await client.beta.messages.batches.delete('b');
await client.beta.messages.batches.cancel('b');
await client.beta.messages.batches.results('b');`,
      errors: [
        { messageId: 'surfaceCall', data: { call: 'beta.messages.batches.create', surface: SURFACE }, line: 3 },
        { messageId: 'surfaceCall', data: { call: 'beta.messages.batches.retrieve', surface: SURFACE }, line: 4 },
        { messageId: 'surfaceCall', data: { call: 'beta.messages.batches.list', surface: SURFACE }, line: 5 },
        { messageId: 'surfaceCall', data: { call: 'beta.messages.batches.delete', surface: SURFACE }, line: 6 },
        { messageId: 'surfaceCall', data: { call: 'beta.messages.batches.cancel', surface: SURFACE }, line: 7 },
        { messageId: 'surfaceCall', data: { call: 'beta.messages.batches.results', surface: SURFACE }, line: 8 },
      ],
    },
    // allowMethods permits only what it names.
    {
      code: `${IMPORT}const client = new Anthropic();
await client.messages.batches.delete('b');
await client.messages.batches.create({ requests: [] });
await client.beta.messages.batches.cancel('b');`,
      options: [{ allowMethods: ['delete'] }],
      errors: [
        { messageId: 'surfaceCall', data: { call: 'messages.batches.create', surface: SURFACE }, line: 4 },
        { messageId: 'surfaceCall', data: { call: 'beta.messages.batches.cancel', surface: SURFACE }, line: 5 },
      ],
    },
    // allowMethods never permits the flag that turns the batch API on elsewhere.
    {
      code: `${IMPORT}const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': '${FLAG}' } });`,
      options: [{ allowMethods: ['create', 'retrieve', 'list', 'delete', 'cancel', 'results'] }],
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 2 }],
    },
    // Import and require shapes.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';\nnew Anthropic().messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 2 }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.Anthropic();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.default();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk/index';\nnew Anthropic().messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 2 }],
    },
    {
      code: `import { Anthropic as Claude } from '@anthropic-ai/sdk/client';\nconst c = new Claude();\nc.beta.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.messages.batches.list', surface: SURFACE }, line: 3 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk').default;\nconst client = new Anthropic();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `const { Anthropic } = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `const client = require('@anthropic-ai/sdk')();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 2 }],
    },
    {
      code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `const sdk = await import('@anthropic-ai/sdk');\nconst client = new sdk.Anthropic();\nclient.beta.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.batches.list();`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    // A resource class imported from a resources subpath.
    {
      code: `import { Batches } from '@anthropic-ai/sdk/resources/messages/batches';\nconst batches = new Batches(client);\nbatches.list();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 3 }],
    },
    // Where the client lives: let, class field, constructor, factory, lazy singleton, annotations.
    {
      code: `${IMPORT}let client = new Anthropic();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}class Jobs {\n  client = new Anthropic();\n  submit(requests) { return this.client.messages.batches.create({ requests }); }\n}`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.create', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${IMPORT}class Jobs {\n  #client = new Anthropic();\n  list() { return this.#client.beta.messages.batches.list(); }\n}`,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}class Jobs {\n  constructor() { this.client = new Anthropic(); }\n  cancel(id) { return this.client.messages.batches.cancel(id); }\n}`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.cancel', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${IMPORT}function makeClient() { return new Anthropic({ apiKey: 'k' }); }\nmakeClient().messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}const makeClient = () => new Anthropic();\nconst client = makeClient();\nawait client.messages.batches.results('b');`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.results', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${IMPORT}let client;\nexport function getClient() {\n  client ??= new Anthropic();\n  return client;\n}\ngetClient().messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 7 }],
    },
    {
      code: `${IMPORT}export async function submit(client: Anthropic, requests: never[]) {\n  await client.messages.batches.create({ requests });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import type Anthropic from '@anthropic-ai/sdk';\nexport async function list(client: Anthropic | undefined) {\n  await client?.beta.messages.batches.list();\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.messages.batches.list', surface: SURFACE }, line: 3 }],
    },
    {
      code: `import type { Anthropic } from '@anthropic-ai/sdk';\nclass Jobs {\n  private client!: Anthropic;\n  list() { return this.client.messages.batches.list(); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}class Jobs {\n  constructor(private readonly claude: Anthropic) {}\n  list() { return this.claude.messages.batches.list(); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}export function list(batches: Anthropic['messages']['batches']) { return batches.list(); }`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 2 }],
    },
    // Aliases, destructuring, optional chaining, computed keys.
    {
      code: `${IMPORT}const client = new Anthropic();\nconst b = client.messages.batches;\nawait b.create({ requests: [] });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.create', surface: SURFACE }, line: 4, column: 7 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst { batches } = client.messages;\nawait batches.list();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst { beta: { messages: { batches: jobs } } } = client;\nawait jobs.delete('b');`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.messages.batches.delete', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst messages = client.beta.messages;\nconst list = messages.batches.list;\nlist();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.messages.batches.list', surface: SURFACE }, line: 5 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client?.messages?.batches?.list?.();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 3 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst RESOURCE = 'batches';\nclient['messages'][RESOURCE]['list']();\nclient.messages[\`batches\`].cancel('b');`,
      errors: [
        { messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 4 },
        { messageId: 'surfaceCall', data: { call: 'messages.batches.cancel', surface: SURFACE }, line: 5 },
      ],
    },
    // A holder object and a subclass.
    {
      code: `${IMPORT}const deps = { claude: new Anthropic() };\ndeps.claude.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}class MyClient extends Anthropic {}\nnew MyClient().messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    // A cloned client is still a client.
    {
      code: `${IMPORT}const client = new Anthropic().withOptions({ timeout: 5 });\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    // The create call is reported once, whatever its requests carry.
    {
      code: `${IMPORT}const client = new Anthropic();
const request = { custom_id: 'a', params: { model: 'm', max_tokens: 1, messages: [] } };
const requests = [request];
requests.push({ ...request, custom_id: 'b' });
await client.messages.batches.create({ requests });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.create', surface: SURFACE }, line: 6 }],
    },
    // The batch flag: part of a batch call; its own finding anywhere else.
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.beta.messages.batches.create({ requests: [], betas: ['${FLAG}'] });`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.beta.messages.batches.list({ betas: ['${FLAG}'] });`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();
const BATCHES_BETA = '${FLAG}';
await client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], betas: [BATCHES_BETA] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 4 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();
const params = { model: 'm', max_tokens: 1, messages: [] };
params.betas = ['${FLAG}'];
await client.beta.messages.create(params);`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 5, column: 35 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'interleaved-thinking-2025-05-14,${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 2 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();
await client.messages.create({ model: 'm', max_tokens: 1, messages: [] }, { headers: { 'anthropic-beta': '${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3 }],
    },
    // clientModules: a company's wrapper package.
    {
      code: `import { claude } from '@acme/claude';\nawait claude.messages.batches.create({ requests: [] });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.create', surface: SURFACE }, line: 2 }],
    },
    {
      code: `import { createClaude } from '@acme/claude/node';\nconst claude = createClaude();\nawait claude.beta.messages.batches.list();`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    // First-party cloud SDKs and the platform clients that expose batches.
    {
      code: `import AnthropicAws from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `const client = require('@anthropic-ai/aws-sdk')();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: SURFACE }, line: 2 }],
    },
    {
      code: `import { AnthropicGoogleCloud } from '@anthropic-ai/google-cloud-sdk';\nconst client = new AnthropicGoogleCloud();\nclient.beta.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrockMantle();\nclient.messages.batches.create({ requests: [] });`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
  ],
});
