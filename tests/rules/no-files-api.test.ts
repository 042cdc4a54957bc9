import rule from '../../src/rules/no-files-api.js';
import { runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";

runDual('no-files-api', rule, {
  valid: [
    // Plain inference is eligible.
    `${IMPORT}const client = new Anthropic();\nawait client.messages.create({ model: 'claude-opus-4-6', max_tokens: 10, messages: [] });`,
    // Document sources that do not reference stored files.
    `${IMPORT}const client = new Anthropic();\nawait client.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'x' } }] }] });`,
    // Traps: the same method names on unrelated objects.
    `import { google } from 'googleapis';\nconst drive = google.drive('v3');\nawait drive.files.create({ requestBody: {} });`,
    `import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.files.create({ file, purpose: 'batch' });`,
    `const store = { files: { upload() {} } };\nstore.files.upload();`,
    // A local class named Anthropic is not the SDK.
    `class Anthropic { files = { upload() {} }; }\nconst client = new Anthropic();\nclient.files.upload();`,
    // A shadowed client.
    `${IMPORT}const client = new Anthropic();\nfunction run(client) { return client.files.upload({ file }); }`,
    // An unannotated parameter cannot be proven to be a client.
    `export async function upload(client, file) { await client.files.upload({ file }); }`,
    // Referencing the resource without calling it.
    `${IMPORT}const client = new Anthropic();\nconst hasFiles = 'files' in client;`,
    // A file that never imports the SDK.
    `const client = makeClient();\nclient.files.upload({ file });`,
    // A type-only import creates no client by itself.
    { code: `import type Anthropic from '@anthropic-ai/sdk';\ndeclare const client: unknown;\n(client as any).files.upload();`, tsOnly: true },
    // file_id in a Files call's own params is part of that call, reported once.
  ],
  invalid: [
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.files.upload({ file });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'files.upload', surface: 'the Files API' }, line: 3, column: 7 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.beta.files.list();\nawait client.beta.files.retrieveMetadata('f');\nawait client.files.download('f');\nawait client.files.delete('f');`,
      errors: [
        { messageId: 'surfaceCall', line: 3 },
        { messageId: 'surfaceCall', line: 4 },
        { messageId: 'surfaceCall', line: 5 },
        { messageId: 'surfaceCall', line: 6 },
      ],
    },
    // Named import, CommonJS forms, dynamic import.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';\nnew Anthropic().files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk').default;\nconst client = new Anthropic();\nclient.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `const { Anthropic } = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `const client = require('@anthropic-ai/sdk')();\nclient.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.Anthropic();\nclient.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk/index';\nnew Anthropic().files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.files.list();`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall' }],
    },
    // Resource aliases, destructuring, optional chaining, computed keys.
    {
      code: `${IMPORT}const client = new Anthropic();\nconst files = client.beta.files;\nfiles.upload({ file });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.files.upload', surface: 'the Files API' } }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst { beta: { files } } = client;\nfiles.delete('f');`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.files.delete', surface: 'the Files API' } }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst upload = client.files.upload;\nupload({ file });`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client?.beta?.files?.list?.();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.files.list', surface: 'the Files API' } }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst RESOURCE = 'files';\nclient['beta'][RESOURCE]['list']();\nclient[\`files\`].list();`,
      errors: [{ messageId: 'surfaceCall' }, { messageId: 'surfaceCall' }],
    },
    // Class fields, constructor assignments, factories, lazy singletons, annotated params.
    {
      code: `${IMPORT}class Store {\n  client = new Anthropic();\n  save(file) { return this.client.files.upload({ file }); }\n}`,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}class Store {\n  constructor() { this.client = new Anthropic(); }\n  save(file) { return this.client.beta.files.upload({ file }); }\n}`,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}function makeClient() { return new Anthropic({ apiKey: 'k' }); }\nmakeClient().files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `${IMPORT}let client;\nexport function getClient() {\n  client ??= new Anthropic();\n  return client;\n}\ngetClient().files.list();`,
      errors: [{ messageId: 'surfaceCall', line: 7 }],
    },
    {
      code: `${IMPORT}export async function save(client: Anthropic, file: File) {\n  await client.files.upload({ file });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import type Anthropic from '@anthropic-ai/sdk';\nexport async function save(client: Anthropic | undefined) {\n  await client?.files.list();\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `${IMPORT}class Store {\n  constructor(private readonly claude: Anthropic) {}\n  list() { return this.claude.beta.files.list(); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    // Content that references an uploaded file, through consts and spreads.
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: fileId } }] }] });`,
      errors: [{ messageId: 'fileReference', data: { call: 'messages.create', key: 'file_id' } }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst doc = { type: 'image', source: { type: 'file', file_id: 'file_1' } };\nconst params = { model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [doc, { type: 'container_upload', file_id: 'file_2' }] }] };\nawait client.beta.messages.stream(params);`,
      // Both references reach the request through `params`: one finding where it is used.
      errors: [{ messageId: 'fileReference', line: 5, column: 35 }],
    },
    // A file mounted on a session is a Files finding too (the session itself belongs to no-beta-api).
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.beta.sessions.resources.add('s', { type: 'file', file_id: 'f' });`,
      errors: [{ messageId: 'fileReference' }],
    },
    // Beta flags of the Files feature belong here, wherever they are sent.
    {
      code: `${IMPORT}const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'files-api-2025-04-14' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'files-api-2025-04-14' } }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nconst FILES_BETA = 'files-api-2025-04-14';\nawait client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], betas: [FILES_BETA] });`,
      errors: [{ messageId: 'betaFlag', line: 4 }],
    },
    // ...but a flag passed to a Files call is part of that call's one finding.
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.beta.files.upload({ file, betas: ['files-api-2025-04-14'] });`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    // clientModules: a company's wrapper package.
    {
      code: `import { claude } from '@acme/claude';\nawait claude.files.upload({ file });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'surfaceCall' }],
    },
    // Platform clients and the first-party cloud SDKs.
    {
      code: `import AnthropicAws from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws();\nclient.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    {
      code: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nconst client = new AnthropicFoundry();\nclient.beta.files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
    // A subclass of the client is a client.
    {
      code: `${IMPORT}class MyClient extends Anthropic {}\nnew MyClient().files.list();`,
      errors: [{ messageId: 'surfaceCall' }],
    },
  ],
});
