import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import rule from '../../src/rules/no-code-execution.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const CLIENT = `${IMPORT}const client = new Anthropic();\n`;
const BODY = "model: 'claude-opus-4-6', max_tokens: 16, messages: []";
const TOOL = "{ type: 'code_execution_20250825', name: 'code_execution' }";

const tool = (type: string) => ({ type });
const reuse = (call: string) => ({ call });

runDual('no-code-execution', rule, {
  valid: [
    `${CLIENT}await client.messages.create({ ${BODY} });`,
    // Client tools, and server tools of other rules.
    `${CLIENT}await client.messages.create({ ${BODY}, tools: [{ name: 'run_code', input_schema: { type: 'object' } }, { type: 'bash_20250124', name: 'bash' }, { type: 'text_editor_20250728', name: 'str_replace_based_edit_tool' }] });`,
    `${CLIENT}await client.messages.create({ ${BODY}, tools: [{ type: 'custom', name: 'code_execution', input_schema: { type: 'object' } }] });`,
    // Result blocks echoed back in history are not the tool itself.
    `${CLIENT}await client.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'assistant', content: [{ type: 'server_tool_use', id: 't', name: 'code_execution', input: {} }, { type: 'code_execution_tool_result', tool_use_id: 't', content: { type: 'code_execution_result', stdout: '', stderr: '', return_code: 0, content: [] } }] }] });`,
    // Text that merely mentions the tool type.
    `${CLIENT}await client.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'Is code_execution_20250825 enabled?' }] });`,
    // A container without an id attaches Skills (no-skills-api), it does not reuse a sandbox.
    `${CLIENT}await client.messages.create({ ${BODY}, container: { skills: [{ type: 'anthropic', skill_id: 'pptx' }] } });`,
    `${CLIENT}await client.messages.create({ ${BODY}, container: null });\nawait client.beta.messages.create({ ${BODY}, container: { id: null } });\nawait client.messages.create({ ${BODY}, container: undefined });`,
    // Flags of other features.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['interleaved-thinking-2025-05-14', 'files-api-2025-04-14'] });`,
    // Unreadable values are silent unless reportUnresolved is on.
    `${CLIENT}await client.messages.create(params);\nawait client.messages.create({ ${BODY}, tools });`,
    // Traps: unrelated objects, OpenAI, a local class, a shadowed client, an unannotated parameter, no SDK import.
    `const sandbox = { messages: { create() {} } };\nsandbox.messages.create({ tools: [{ type: 'code_execution_20250825' }], container: 'c' });`,
    `import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.responses.create({ model: 'gpt-4o', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }] });\nawait openai.messages.create({ tools: [{ type: 'code_execution_20250825' }] });`,
    `class Anthropic { messages = { create() {} }; }\nnew Anthropic().messages.create({ tools: [{ type: 'code_execution_20250825', name: 'code_execution' }] });`,
    `${CLIENT}function run(client) { return client.messages.create({ model: 'm', max_tokens: 1, messages: [], container: 'c' }); }`,
    `export function run(client) { return client.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [${TOOL}] }); }`,
    `const client = getClient();\nclient.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [${TOOL}], container: 'c' });`,
    { code: `import type Anthropic from '@anthropic-ai/sdk';\ndeclare const client: unknown;\n(client as any).messages.create({ tools: [${TOOL}] });`, tsOnly: true },
  ],
  invalid: [
    // Every code_execution_* version, GA and beta.
    {
      code: `${CLIENT}await client.messages.create({ ${BODY}, tools: [${TOOL}] });`,
      errors: [{ messageId: 'codeExecutionTool', data: tool('code_execution_20250825'), line: 3, column: 104, endColumn: 129 }],
    },
    {
      code: [
        CLIENT.trimEnd(),
        "await client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [",
        "  { type: 'code_execution_20250522', name: 'code_execution' },",
        "  { type: 'code_execution_20260120', name: 'code_execution' },",
        "  { type: 'code_execution_20260521', name: 'code_execution' },",
        '] });',
      ].join('\n'),
      errors: [
        { messageId: 'codeExecutionTool', data: tool('code_execution_20250522'), line: 4, column: 11 },
        { messageId: 'codeExecutionTool', data: tool('code_execution_20260120'), line: 5, column: 11 },
        { messageId: 'codeExecutionTool', data: tool('code_execution_20260521'), line: 6, column: 11 },
      ],
    },
    // stream, parse, countTokens, toolRunner bodies.
    {
      code: `${CLIENT}client.messages.stream({ ${BODY}, tools: [${TOOL}] });\nclient.messages.parse({ ${BODY}, tools: [${TOOL}] });\nclient.messages.countTokens({ ${BODY}, tools: [${TOOL}] });\nclient.beta.messages.toolRunner({ ${BODY}, tools: [${TOOL}], thread: false });`,
      errors: [
        { messageId: 'codeExecutionTool', line: 3 },
        { messageId: 'codeExecutionTool', line: 4 },
        { messageId: 'codeExecutionTool', line: 5 },
        { messageId: 'codeExecutionTool', line: 6 },
      ],
    },
    // Batch request params and Managed Agents tools.
    {
      code: `${CLIENT}await client.messages.batches.create({ requests: [{ custom_id: 'a', params: { ${BODY}, tools: [${TOOL}], container: 'container_1' } }] });`,
      errors: [
        { messageId: 'codeExecutionTool', data: tool('code_execution_20250825'), line: 3 },
        { messageId: 'containerReuse', data: reuse('messages.batches.create'), line: 3 },
      ],
    },
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'analyst', model: 'claude-opus-4-6', tools: [{ type: 'code_execution_20260120', name: 'code_execution' }] });`,
      errors: [{ messageId: 'codeExecutionTool', data: tool('code_execution_20260120'), line: 3, column: 94 }],
    },
    // Container reuse: an id string, `{ id }`, through consts, alongside skills.
    {
      code: `${CLIENT}await client.messages.create({ ${BODY}, container: 'container_011' });`,
      errors: [{ messageId: 'containerReuse', data: reuse('messages.create'), line: 3, column: 99, endColumn: 114 }],
    },
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, container: { id: 'container_011' } });`,
      errors: [{ messageId: 'containerReuse', data: reuse('beta.messages.create'), line: 3, column: 106, endColumn: 108 }],
    },
    {
      code: `${CLIENT}const CONTAINER = 'container_011';\nconst container = { id: CONTAINER, skills: [{ type: 'anthropic', skill_id: 'xlsx' }] };\nawait client.messages.create({ ${BODY}, container });`,
      errors: [{ messageId: 'containerReuse', data: reuse('messages.create'), line: 5, column: 88 }],
    },
    {
      // `container` exists only to reuse a sandbox: a value the analysis cannot read still names one (PRODUCT.md §3).
      code: `${CLIENT}export async function send(containerId) {\n  return client.messages.create({ ${BODY}, container: containerId });\n}`,
      errors: [{ messageId: 'containerReuse', data: reuse('messages.create'), line: 4, column: 102 }],
    },
    {
      code: `${CLIENT}const previous = await client.messages.create({ ${BODY}, tools: [${TOOL}] });\nawait client.messages.create({ ${BODY}, container: previous.container.id });`,
      errors: [
        { messageId: 'codeExecutionTool', line: 3 },
        { messageId: 'containerReuse', line: 4, column: 99 },
      ],
    },
    // Flags of the feature.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['code-execution-2025-05-22', 'interleaved-thinking-2025-05-14'] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'code-execution-2025-05-22' }, line: 3, column: 101 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'context-1m-2025-08-07,code-execution-2025-08-25' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'code-execution-2025-08-25' }, line: 2, column: 68 }],
    },
    {
      code: `${CLIENT}const CODE_BETA = 'code-execution-2025-05-22';\nawait client.messages.create({ ${BODY} }, { headers: { 'anthropic-beta': CODE_BETA } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'code-execution-2025-05-22' }, line: 4 }],
    },
    // Unresolved params with reportUnresolved: the whole body, a spread, the tools list.
    {
      code: `${CLIENT}await client.messages.create(params);\nawait client.messages.create({ ${BODY}, ...overrides });\nawait client.messages.create({ ${BODY}, tools: buildTools() });`,
      settings: REPORT_UNRESOLVED,
      errors: [
        { messageId: 'unresolvedValue', line: 3, column: 30 },
        { messageId: 'unresolvedValue', line: 4, column: 88 },
        { messageId: 'unresolvedValue', line: 5, column: 95 },
      ],
    },
    // Recognition shapes.
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.create({ ${BODY}, container: 'c' });`,
      errors: [{ messageId: 'containerReuse', line: 3 }],
    },
    {
      code: `const { Anthropic } = require('@anthropic-ai/sdk');\nnew Anthropic().messages.create({ ${BODY}, container: 'c' });`,
      errors: [{ messageId: 'containerReuse', line: 2 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk').default;\nnew Anthropic().messages.create({ ${BODY}, container: 'c' });`,
      errors: [{ messageId: 'containerReuse', line: 2 }],
    },
    {
      code: `const { default: Claude } = await import('@anthropic-ai/sdk');\nnew Claude().messages.create({ ${BODY}, container: 'c' });`,
      errors: [{ messageId: 'containerReuse', line: 2 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nnew Anthropic().messages.create({ ${BODY}, container: 'c' });`,
      tsOnly: true,
      errors: [{ messageId: 'containerReuse', line: 2 }],
    },
    {
      code: `import { Messages } from '@anthropic-ai/sdk/resources/messages';\n${CLIENT}new Messages(client).create({ ${BODY}, tools: [${TOOL}] });`,
      errors: [{ messageId: 'codeExecutionTool', line: 4 }],
    },
    {
      code: `${CLIENT}const { messages } = client;\nmessages.create({ ${BODY}, container: 'c' });\nconst create = client.messages.create;\ncreate({ ${BODY}, container: 'c' });`,
      errors: [
        { messageId: 'containerReuse', line: 4 },
        { messageId: 'containerReuse', line: 6 },
      ],
    },
    {
      code: `${CLIENT}client?.messages?.create?.({ ${BODY}, container: 'c' });\nclient['messages'][\`create\`]({ ${BODY}, container: 'c' });`,
      errors: [
        { messageId: 'containerReuse', line: 3 },
        { messageId: 'containerReuse', line: 4 },
      ],
    },
    {
      code: `${IMPORT}class Analyst {\n  claude = new Anthropic();\n  run() { return this.claude.messages.create({ ${BODY}, tools: [${TOOL}] }); }\n}`,
      errors: [{ messageId: 'codeExecutionTool', line: 4 }],
    },
    {
      code: `${IMPORT}class Analyst {\n  constructor() { this.claude = new Anthropic(); }\n  run() { return this.claude.messages.create({ ${BODY}, container: 'c' }); }\n}`,
      errors: [{ messageId: 'containerReuse', line: 4 }],
    },
    {
      code: `${IMPORT}function createClient() { return new Anthropic(); }\ncreateClient().messages.create({ ${BODY}, container: 'c' });`,
      errors: [{ messageId: 'containerReuse', line: 3 }],
    },
    {
      code: `${IMPORT}let cached;\nconst claude = () => (cached ??= new Anthropic());\nclaude().messages.create({ ${BODY}, container: 'c' });`,
      errors: [{ messageId: 'containerReuse', line: 4 }],
    },
    {
      code: `${IMPORT}export const analyse = (client: Anthropic) => client.messages.create({ ${BODY}, tools: [${TOOL}] });`,
      tsOnly: true,
      errors: [{ messageId: 'codeExecutionTool', line: 2 }],
    },
    {
      code: `${IMPORT}class Analyst {\n  constructor(private readonly client: Anthropic) {}\n  run() { return this.client.messages.create({ ${BODY}, container: 'c' }); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'containerReuse', line: 4 }],
    },
    // Params through identifiers, spreads, nested consts and member writes before the call.
    {
      code: `${CLIENT}const codeTool = { type: 'code_execution_20250825', name: 'code_execution' };\nconst tools = [codeTool];\nconst params = { ${BODY}, tools };\nawait client.messages.create(params);`,
      errors: [{ messageId: 'codeExecutionTool', line: 6, column: 30 }],
    },
    {
      code: `${CLIENT}const base = { ${BODY}, container: 'c' };\nawait client.messages.create({ ...base, max_tokens: 32 });`,
      errors: [{ messageId: 'containerReuse', line: 4, column: 32 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY} };\nparams.container = { id: 'c' };\nawait client.messages.create(params);\nparams.tools = [${TOOL}];`,
      errors: [{ messageId: 'containerReuse', line: 5, column: 30 }],
    },
    {
      code: `${CLIENT}const tools = [];\ntools.push(${TOOL});\nawait client.messages.create({ ${BODY}, tools });`,
      errors: [{ messageId: 'codeExecutionTool', line: 5, column: 88 }],

    },
    // First-party cloud SDKs, platforms and clientModules.
    {
      code: `import { AnthropicAws } from '@anthropic-ai/aws-sdk';\nnew AnthropicAws().messages.create({ ${BODY}, container: 'c' });`,
      errors: [{ messageId: 'containerReuse', line: 2 }],
    },
    {
      code: `import AnthropicVertex from '@anthropic-ai/vertex-sdk';\nnew AnthropicVertex().messages.create({ ${BODY}, tools: [${TOOL}] });`,
      errors: [{ messageId: 'codeExecutionTool', line: 2 }],
    },
    {
      code: `import claude from '@acme/claude';\nawait claude.messages.create({ ${BODY}, tools: [${TOOL}] });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'codeExecutionTool', line: 2 }],
    },
  ],
});

it('no-code-execution takes no options', () => {
  const config = [{ plugins: { 'claude-zdr': { rules: { 'no-code-execution': rule } } }, rules: { 'claude-zdr/no-code-execution': ['error', { allow: [] }] } }];
  expect(() => new Linter().verify('', config as never, 'file.js')).toThrow(/should NOT have more than 0 items/);
});
