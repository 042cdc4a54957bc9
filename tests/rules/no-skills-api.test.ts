import rule from '../../src/rules/no-skills-api.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const CLIENT = `${IMPORT}const client = new Anthropic();\n`;
const SURFACE = 'the Skills API';
const FLAG = 'skills-2025-10-02';
const SKILL = "{ type: 'anthropic', skill_id: 'pptx', version: 'latest' }";
const BODY = "model: 'm', max_tokens: 1, messages: []";

runDual('no-skills-api', rule, {
  valid: [
    // Plain inference, GA and beta.
    `${CLIENT}await client.messages.create({ ${BODY} });\nawait client.beta.messages.create({ ${BODY} });`,
    // A container without skills is not this rule's (container reuse belongs to no-code-execution).
    `${CLIENT}await client.messages.create({ ${BODY}, container: 'container_1' });`,
    `${CLIENT}await client.messages.create({ ${BODY}, container: { id: 'container_1' } });`,
    // Skills switched off.
    `${CLIENT}await client.messages.create({ ${BODY}, container: { skills: [] } });`,
    `${CLIENT}await client.beta.messages.create({ ${BODY}, container: { id: null, skills: null } });`,
    `${CLIENT}await client.beta.messages.create({ ${BODY}, container: null });`,
    `${CLIENT}const container = { skills: [${SKILL}] };\ncontainer.skills = [];\nawait client.messages.create({ ${BODY}, container });`,
    // A member write after the call does not reach it.
    `${CLIENT}const container = { id: 'c' };\nawait client.messages.create({ ${BODY}, container });\ncontainer.skills = [${SKILL}];`,
    // Other beta flags belong to other rules.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['code-execution-2025-08-25', 'files-api-2025-04-14'] });`,
    // Unresolved params are silent unless asked for.
    `${CLIENT}export async function send(params) { return client.messages.create(params); }`,
    `${CLIENT}export async function send(container) { return client.messages.create({ ${BODY}, container }); }`,
    { code: `${IMPORT}export async function send(client: Anthropic, params: any) { return client.messages.create(params); }`, tsOnly: true },
    { code: `${IMPORT}export async function send(client: Anthropic, skills: any) { return client.messages.create({ ${BODY}, container: { skills } }); }`, tsOnly: true },
    `${CLIENT}export function submit(request) { return client.messages.batches.create({ requests: [{ custom_id: 'a', ...request }] }); }`,
    { code: `${CLIENT}await client.messages.batches.create({ requests: [{ custom_id: 'a', params: { ${BODY} } }] });`, settings: REPORT_UNRESOLVED },
    // Traps: skills on unrelated objects and requests.
    `${CLIENT}const profile = { skills: ['typescript'] };\nprofile.skills.push('rust');`,
    `${CLIENT}const hr = { skills: { create() {}, versions: { list() {} } } };\nhr.skills.create({ name: 'x' });\nhr.skills.versions.list();`,
    `${CLIENT}docker.run({ container: { skills: ['x'] } });`,
    `${IMPORT}import OpenAI from 'openai';\nconst client = new Anthropic();\nconst openai = new OpenAI();\nawait openai.chat.completions.create({ model: 'm', messages: [], container: { skills: [${SKILL}] } });`,
    `${IMPORT}import { google } from 'googleapis';\nconst client = new Anthropic();\nconst drive = google.drive('v3');\nawait drive.files.create({ requestBody: { skills: ['x'] } });`,
    // A local class named Anthropic is not the SDK.
    `class Anthropic { skills = { create() {} }; }\nconst client = new Anthropic();\nclient.skills.create({ files: [] });`,
    // A shadowed client.
    `${CLIENT}function run(client) { return client.skills.list(); }`,
    `${CLIENT}function run(client) { return client.messages.create({ ${BODY}, container: { skills: [${SKILL}] } }); }`,
    // An unannotated parameter cannot be proven to be a client.
    `export async function list(client) { await client.beta.skills.versions.list('s'); }`,
    `${IMPORT}export async function list(client) { await client.skills.list(); }`,
    // Referencing the resource without calling it.
    `${CLIENT}const skills = client.skills;\nconst hasVersions = 'versions' in client.beta.skills;`,
    // A file that never imports the SDK.
    `const client = makeClient();\nclient.skills.create({ files: [] });`,
    `// An Anthropic client from somewhere we cannot see.\nconst client = makeClient();\nclient.messages.create({ container: { skills: [{ skill_id: 'x' }] } });`,
  ],
  invalid: [
    // Every method, GA and beta, including versions.
    {
      code: `${CLIENT}await client.skills.create({ files: [] });
await client.skills.retrieve('s');
await client.skills.list();
await client.skills.delete('s');
await client.skills.versions.create('s', { files: [] });
await client.skills.versions.retrieve('1', { skill_id: 's' });
await client.skills.versions.list('s');
await client.skills.versions.delete('1', { skill_id: 's' });`,
      errors: [
        { messageId: 'surfaceCall', data: { call: 'skills.create', surface: SURFACE }, line: 3, column: 7, endColumn: 27 },
        { messageId: 'surfaceCall', data: { call: 'skills.retrieve', surface: SURFACE }, line: 4 },
        { messageId: 'surfaceCall', data: { call: 'skills.list', surface: SURFACE }, line: 5 },
        { messageId: 'surfaceCall', data: { call: 'skills.delete', surface: SURFACE }, line: 6 },
        { messageId: 'surfaceCall', data: { call: 'skills.versions.create', surface: SURFACE }, line: 7 },
        { messageId: 'surfaceCall', data: { call: 'skills.versions.retrieve', surface: SURFACE }, line: 8 },
        { messageId: 'surfaceCall', data: { call: 'skills.versions.list', surface: SURFACE }, line: 9 },
        { messageId: 'surfaceCall', data: { call: 'skills.versions.delete', surface: SURFACE }, line: 10 },
      ],
    },
    {
      code: `${CLIENT}await client.beta.skills.create({ files: [] });
await client.beta.skills.retrieve('s');
await client.beta.skills.list();
await client.beta.skills.delete('s');
await client.beta.skills.versions.create('s', { files: [] });
await client.beta.skills.versions.retrieve('1', { skill_id: 's' });
await client.beta.skills.versions.list('s');
await client.beta.skills.versions.delete('1', { skill_id: 's' });
await client.beta.skills.versions.download('1', { skill_id: 's' });`,
      errors: [
        { messageId: 'surfaceCall', data: { call: 'beta.skills.create', surface: SURFACE }, line: 3 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.retrieve', surface: SURFACE }, line: 4 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.list', surface: SURFACE }, line: 5 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.delete', surface: SURFACE }, line: 6 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.versions.create', surface: SURFACE }, line: 7 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.versions.retrieve', surface: SURFACE }, line: 8 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.versions.list', surface: SURFACE }, line: 9 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.versions.delete', surface: SURFACE }, line: 10 },
        { messageId: 'surfaceCall', data: { call: 'beta.skills.versions.download', surface: SURFACE }, line: 11 },
      ],
    },
    // container.skills in every Messages method, GA and beta.
    {
      code: `${CLIENT}await client.messages.create({ ${BODY}, container: { skills: [${SKILL}] } });`,
      errors: [{ messageId: 'skillsParam', data: { call: 'messages.create', key: 'skills', feature: 'Skills' }, line: 3, column: 86, endColumn: 92 }],
    },
    {
      code: `${CLIENT}client.messages.stream({ ${BODY}, container: { id: 'c', skills: [${SKILL}] } });
client.messages.parse({ ${BODY}, container: { skills: [${SKILL}] } });
client.beta.messages.create({ ${BODY}, container: { skills: [${SKILL}] } });
client.beta.messages.stream({ ${BODY}, container: { skills: [${SKILL}] } });
client.beta.messages.toolRunner({ ${BODY}, tools: [], thread: false, container: { skills: [${SKILL}] } });`,
      errors: [
        { messageId: 'skillsParam', data: { call: 'messages.stream', key: 'skills', feature: 'Skills' }, line: 3 },
        { messageId: 'skillsParam', data: { call: 'messages.parse', key: 'skills', feature: 'Skills' }, line: 4 },
        { messageId: 'skillsParam', data: { call: 'beta.messages.create', key: 'skills', feature: 'Skills' }, line: 5 },
        { messageId: 'skillsParam', data: { call: 'beta.messages.stream', key: 'skills', feature: 'Skills' }, line: 6 },
        { messageId: 'skillsParam', data: { call: 'beta.messages.toolRunner', key: 'skills', feature: 'Skills' }, line: 7 },
      ],
    },
    // Params through identifiers, nested consts, spreads and member writes before the call.
    {
      code: `${CLIENT}const skills = [${SKILL}];
const container = { skills };
const params = { ${BODY}, container };
await client.messages.create(params);`,
      // Reported where the const reaches the request (PRODUCT.md §3).
      errors: [{ messageId: 'skillsParam', data: { call: 'messages.create', key: 'skills', feature: 'Skills' }, line: 6, column: 30 }],
    },
    {
      code: `${CLIENT}const base = { ${BODY}, container: { skills: [${SKILL}] } };
await client.beta.messages.create({ ...base, max_tokens: 5 });`,
      errors: [{ messageId: 'skillsParam', data: { call: 'beta.messages.create', key: 'skills', feature: 'Skills' }, line: 4, column: 37 }],
    },
    {
      code: `${CLIENT}const container = { id: 'c' };
container.skills = [${SKILL}];
await client.messages.create({ ${BODY}, container });`,
      errors: [{ messageId: 'skillsParam', data: { call: 'messages.create', key: 'skills', feature: 'Skills' }, line: 5, column: 73 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY} };
params.container = { skills: [${SKILL}] };
await client.messages.create(params);`,
      errors: [{ messageId: 'skillsParam', line: 5 }],
    },
    // container.skills in each batch request's params, GA and beta; the batch call is not this rule's.
    {
      code: `${CLIENT}await client.messages.batches.create({
  requests: [{ custom_id: 'a', params: { ${BODY}, container: { skills: [${SKILL}] } } }],
});`,
      errors: [{ messageId: 'skillsParam', data: { call: 'messages.batches.create', key: 'skills', feature: 'Skills' }, line: 4 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY}, container: { skills: [${SKILL}] } };
const requests = [{ custom_id: 'a', params }];
await client.beta.messages.batches.create({ requests });`,
      errors: [{ messageId: 'skillsParam', data: { call: 'beta.messages.batches.create', key: 'skills', feature: 'Skills' }, line: 5, column: 45 }],

    },
    // Skills attached to a managed agent (the agent itself belongs to no-beta-api).
    {
      code: `${CLIENT}await client.beta.agents.create({
  name: 'a',
  model: 'm',
  skills: [{ type: 'custom', skill_id: 's' }],
});`,
      errors: [{ messageId: 'skillsParam', data: { call: 'beta.agents.create', key: 'skills', feature: 'Skills' }, line: 6, column: 3 }],
    },
    // Skills flags, wherever they are sent.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['code-execution-2025-08-25', '${FLAG}'] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': '${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 2 }],
    },
    {
      code: `${CLIENT}await client.messages.create({ ${BODY} }, { headers: { 'anthropic-beta': '${FLAG}' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: FLAG }, line: 3 }],
    },
    // ...but a skills call's own flag is part of that call's one finding.
    {
      code: `${CLIENT}await client.beta.skills.list({ betas: ['${FLAG}'] });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.skills.list', surface: SURFACE }, line: 3 }],
    },
    // Unresolved params, reported only when asked for.
    {
      code: `${IMPORT}export async function send(client: Anthropic, params: any) {\n  return client.messages.create(params);\n}`,
      tsOnly: true,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 3, column: 33 }],
    },
    {
      code: `${IMPORT}export async function send(client: Anthropic, skills: any) {\n  return client.messages.create({ ${BODY}, container: { skills } });\n}`,
      tsOnly: true,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 3 }],
    },
    {
      code: `${CLIENT}export async function send(extra) {\n  return client.beta.messages.create({ ${BODY}, ...extra });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4 }],
    },
    {
      code: `${CLIENT}export async function send(container) {\n  return client.messages.create({ ${BODY}, container });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4 }],
    },
    {
      code: `${CLIENT}export function submit(request) {\n  return client.messages.batches.create({ requests: [{ custom_id: 'a', ...request }] });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4, column: 72 }],
    },
    // Import and require shapes.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';\nnew Anthropic().skills.list();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'skills.list', surface: SURFACE }, line: 2 }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.Anthropic();\nclient.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk/index';\nnew Anthropic().beta.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 2 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk').default;\nconst client = new Anthropic();\nclient.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `const { Anthropic } = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.create({ ${BODY}, container: { skills: [${SKILL}] } });`,
      errors: [{ messageId: 'skillsParam', line: 3 }],
    },
    {
      code: `const client = require('@anthropic-ai/sdk')();\nclient.skills.versions.list('s');`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'skills.versions.list', surface: SURFACE }, line: 2 }],
    },
    {
      code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.skills.list();`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import { Versions } from '@anthropic-ai/sdk/resources/beta/skills/versions';\nnew Versions(client).list('s');`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.skills.versions.list', surface: SURFACE }, line: 2 }],
    },
    // Where the client lives.
    {
      code: `${IMPORT}let client = new Anthropic();\nclient.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}class Registry {\n  client = new Anthropic();\n  publish(files) { return this.client.skills.create({ files }); }\n}`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'skills.create', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${IMPORT}class Registry {\n  constructor() { this.client = new Anthropic(); }\n  versions(id) { return this.client.beta.skills.versions.list(id); }\n}`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.skills.versions.list', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${IMPORT}function makeClient() { return new Anthropic(); }\nmakeClient().skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}let client;\nconst getClient = () => (client ??= new Anthropic());\ngetClient().skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}export async function publish(client: Anthropic, files: File[]) {\n  await client.skills.create({ files });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import type Anthropic from '@anthropic-ai/sdk';\nexport function run(client: Anthropic) {\n  return client.messages.create({ ${BODY}, container: { skills: [${SKILL}] } });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'skillsParam', line: 3 }],
    },
    {
      code: `${IMPORT}class Registry {\n  constructor(private readonly claude: Anthropic) {}\n  list() { return this.claude.skills.list(); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    // Aliases, destructuring, optional chaining, computed keys.
    {
      code: `${CLIENT}const s = client.beta.skills;\nawait s.versions.download('1', { skill_id: 's' });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.skills.versions.download', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${CLIENT}const { skills } = client;\nawait skills.delete('s');`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'skills.delete', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${CLIENT}const { versions } = client.skills;\nawait versions.create('s', { files: [] });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'skills.versions.create', surface: SURFACE }, line: 4 }],
    },
    {
      code: `${CLIENT}await client?.beta?.skills?.list?.();`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.skills.list', surface: SURFACE }, line: 3 }],
    },
    {
      code: `${CLIENT}const RESOURCE = 'skills';\nclient[RESOURCE]['versions'].list('s');\nclient[\`skills\`].list();`,
      errors: [
        { messageId: 'surfaceCall', data: { call: 'skills.versions.list', surface: SURFACE }, line: 4 },
        { messageId: 'surfaceCall', data: { call: 'skills.list', surface: SURFACE }, line: 5 },
      ],
    },
    {
      code: `${CLIENT}await client.messages.create({ ${BODY}, ['container']: { ['skills']: [${SKILL}] } });`,
      errors: [{ messageId: 'skillsParam', line: 3 }],
    },
    // clientModules and the other client families.
    {
      code: `import { claude } from '@acme/claude';\nawait claude.skills.create({ files: [] });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'surfaceCall', data: { call: 'skills.create', surface: SURFACE }, line: 2 }],
    },
    {
      code: `import AnthropicAws from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws();\nclient.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nconst client = new AnthropicFoundry();\nclient.skills.list();`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();\nclient.beta.skills.list();\nclient.messages.create({ ${BODY}, container: { skills: [${SKILL}] } });`,
      errors: [{ messageId: 'surfaceCall', line: 3 }, { messageId: 'skillsParam', line: 4 }],
    },
    {
      code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nconst client = new AnthropicVertex();\nclient.beta.skills.versions.list('s');`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
  ],
});
