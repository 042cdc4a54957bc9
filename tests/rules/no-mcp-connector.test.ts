import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import rule from '../../src/rules/no-mcp-connector.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const CLIENT = `${IMPORT}const client = new Anthropic();\n`;
const BODY = "model: 'claude-opus-4-6', max_tokens: 16, messages: []";
const SERVER = "{ type: 'url', name: 'crm', url: 'https://mcp.example.com/sse' }";
const TOOLSET = "{ type: 'mcp_toolset', mcp_server_name: 'crm' }";

const on = (call: string) => ({ call, key: 'mcp_servers' });

runDual('no-mcp-connector', rule, {
  valid: [
    `${CLIENT}await client.beta.messages.create({ ${BODY} });`,
    // No servers: an empty list or null.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, mcp_servers: [] });\nawait client.beta.messages.create({ ${BODY}, mcp_servers: null });\nawait client.beta.agents.create({ name: 'a', model: 'claude-opus-4-6', mcp_servers: [] });`,
    `${CLIENT}const NO_SERVERS = [];\nawait client.beta.messages.create({ ${BODY}, mcp_servers: NO_SERVERS });`,
    // Client-side MCP: the SDK helpers turn a local MCP client's tools into ordinary client tools.
    `${IMPORT}import { mcpTools } from '@anthropic-ai/sdk/helpers/beta/mcp';\nconst client = new Anthropic();\nconst { tools } = await mcpClient.listTools();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: mcpTools(tools, mcpClient), thread: false });`,
    `${IMPORT}import { mcpTool } from '@anthropic-ai/sdk/helpers/beta/mcp';\nconst client = new Anthropic();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [mcpTool(lookup, mcpClient)], thread: false });`,
    // MCP results echoed back in history, and text mentioning the connector.
    `${CLIENT}await client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'assistant', content: [{ type: 'mcp_tool_use', id: 't', name: 'search', server_name: 'crm', input: {} }] }, { role: 'user', content: 'mcp_toolset mcp_servers' }] });`,
    // Flags of other features.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['interleaved-thinking-2025-05-14', 'code-execution-2025-05-22'] });`,
    // Unreadable values are silent unless reportUnresolved is on.
    `${CLIENT}await client.beta.messages.create(params);`,
    // Traps: the Agent SDK's own mcpServers option, unrelated objects, OpenAI, local class, shadowing, params, no import.
    `import { query } from '@anthropic-ai/claude-agent-sdk';\nfor await (const m of query({ prompt: 'hi', options: { mcpServers: { crm: { type: 'sse', url: 'https://mcp.example.com' } } } })) {}`,
    `const registry = { beta: { messages: { create() {} } } };\nregistry.beta.messages.create({ mcp_servers: [${SERVER}], tools: [${TOOLSET}] });`,
    `import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.responses.create({ model: 'gpt-4o', tools: [{ type: 'mcp', server_label: 'crm', server_url: 'https://mcp.example.com' }] });\nawait openai.beta.messages.create({ mcp_servers: [${SERVER}] });`,
    `class Anthropic { beta = { messages: { create() {} } }; }\nnew Anthropic().beta.messages.create({ mcp_servers: [${SERVER}] });`,
    `${CLIENT}function send(client) { return client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], mcp_servers: [${SERVER}] }); }`,
    `export const send = (client) => client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [${TOOLSET}] });`,
    `const client = makeClient();\nclient.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], mcp_servers: [${SERVER}] });`,
  ],
  invalid: [
    // mcp_servers in a Messages body: reported at the key.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', data: on('beta.messages.create'), line: 3, column: 93, endColumn: 104 }],
    },
    // mcp_toolset tools, in Messages and in agents.
    {
      code: `${CLIENT}await client.beta.messages.create({\n  ${BODY},\n  mcp_servers: [${SERVER}],\n  tools: [${TOOLSET}],\n});`,
      errors: [
        { messageId: 'mcpServers', data: on('beta.messages.create'), line: 5, column: 3 },
        { messageId: 'mcpToolset', line: 6, column: 19, endColumn: 32 },
      ],
    },
    // Managed Agents: the agent itself is no-beta-api's; its MCP servers and toolsets are this rule's.
    {
      code: `${CLIENT}await client.beta.agents.create({\n  name: 'crm-agent',\n  model: 'claude-opus-4-6',\n  mcp_servers: [${SERVER}],\n  tools: [${TOOLSET}],\n});`,
      errors: [
        { messageId: 'mcpServers', data: on('beta.agents.create'), line: 6, column: 3 },
        { messageId: 'mcpToolset', line: 7, column: 19 },
      ],
    },
    {
      code: `${CLIENT}await client.beta.agents.update('agent_1', { version: 2, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', data: on('beta.agents.update'), line: 3 }],
    },
    // Every Messages entry point, GA namespace included, and each batch request's params.
    {
      code: `${CLIENT}client.beta.messages.stream({ ${BODY}, mcp_servers: [${SERVER}] });\nclient.beta.messages.countTokens({ ${BODY}, mcp_servers: [${SERVER}] });\nclient.beta.messages.toolRunner({ ${BODY}, mcp_servers: [${SERVER}], thread: false });\nclient.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [
        { messageId: 'mcpServers', data: on('beta.messages.stream'), line: 3 },
        { messageId: 'mcpServers', data: on('beta.messages.countTokens'), line: 4 },
        { messageId: 'mcpServers', data: on('beta.messages.toolRunner'), line: 5 },
        { messageId: 'mcpServers', data: on('messages.create'), line: 6 },
      ],
    },
    {
      code: `${CLIENT}await client.beta.messages.batches.create({ requests: [{ custom_id: 'a', params: { ${BODY}, mcp_servers: [${SERVER}] } }] });`,
      errors: [{ messageId: 'mcpServers', data: on('beta.messages.batches.create'), line: 3 }],
    },
    // A list filled before the call is not empty.
    {
      code: `${CLIENT}const servers = [];\nservers.push(${SERVER});\nawait client.beta.messages.create({ ${BODY}, mcp_servers: servers });`,
      errors: [{ messageId: 'mcpServers', line: 5, column: 93 }],
    },
    // Flags of the feature: every mcp-client-* version, in betas and in headers.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['mcp-client-2025-04-04', 'mcp-client-2025-11-20', 'mcp-client-2026-09-15'] });`,
      errors: [
        { messageId: 'betaFlag', data: { flag: 'mcp-client-2025-04-04' }, line: 3, column: 101 },
        { messageId: 'betaFlag', data: { flag: 'mcp-client-2025-11-20' }, line: 3, column: 126 },
        { messageId: 'betaFlag', data: { flag: 'mcp-client-2026-09-15' }, line: 3, column: 151 },
      ],
    },
    {
      code: `${IMPORT}const MCP_BETA = 'mcp-client-2025-11-20';\nconst client = new Anthropic({ defaultHeaders: { 'anthropic-beta': \`\${MCP_BETA},context-1m-2025-08-07\` } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'mcp-client-2025-11-20' }, line: 3, column: 68 }],
    },
    {
      code: `${CLIENT}const MCP_BETAS = ['mcp-client-2025-11-20'];\nawait client.beta.messages.create({ ${BODY}, betas: [...MCP_BETAS] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'mcp-client-2025-11-20' }, line: 4, column: 101 }],
    },
    // A flag passed to a beta-only resource is still an MCP flag.
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'a', model: 'claude-opus-4-6', betas: ['managed-agents-2026-04-01', 'mcp-client-2025-11-20'] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'mcp-client-2025-11-20' }, line: 3 }],
    },
    // Unresolved values with reportUnresolved.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, mcp_servers: servers });\nawait client.beta.messages.create(params);\nawait client.beta.messages.create({ ${BODY}, tools: loadTools() });`,
      settings: REPORT_UNRESOLVED,
      errors: [
        // `mcp_servers` exists only for the connector: written, it is used, whatever its value (PRODUCT.md §3).
        { messageId: 'mcpServers', line: 3, column: 93 },
        { messageId: 'unresolvedValue', line: 4, column: 35 },

        { messageId: 'unresolvedValue', line: 5, column: 100 },
      ],
    },
    // Recognition shapes.
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nnew Anthropic().beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', line: 2 }],
    },
    {
      code: `const client = require('@anthropic-ai/sdk')({ apiKey: 'k' });\nclient.beta.messages.create({ ${BODY}, tools: [${TOOLSET}] });`,
      errors: [{ messageId: 'mcpToolset', line: 2 }],
    },
    {
      code: `const { Anthropic } = await import('@anthropic-ai/sdk');\nnew Anthropic().beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', line: 2 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nnew Anthropic().beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      tsOnly: true,
      errors: [{ messageId: 'mcpServers', line: 2 }],
    },
    {
      code: `import { Messages } from '@anthropic-ai/sdk/resources/beta/messages/messages';\n${CLIENT}new Messages(client).create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', data: on('beta.messages.create'), line: 4 }],
    },
    {
      code: `${CLIENT}const { beta: { messages: betaMessages } } = client;\nbetaMessages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', data: on('beta.messages.create'), line: 4 }],
    },
    {
      code: `${CLIENT}const NS = 'beta';\nclient[NS]?.messages?.['create']({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', data: on('beta.messages.create'), line: 4 }],
    },
    {
      code: `${IMPORT}class Crm {\n  #claude = new Anthropic();\n  ask() { return this.#claude.beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] }); }\n}`,
      errors: [{ messageId: 'mcpServers', line: 4 }],
    },
    {
      code: `${IMPORT}class Crm {\n  constructor() { this.claude = new Anthropic(); }\n  ask() { return this.claude.beta.messages.create({ ${BODY}, tools: [${TOOLSET}] }); }\n}`,
      errors: [{ messageId: 'mcpToolset', line: 4 }],
    },
    {
      code: `${IMPORT}export function claudeFor(team) { return new Anthropic({ defaultHeaders: { 'x-team': team } }); }\nclaudeFor('sales').beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', line: 3 }],
    },
    {
      code: `${IMPORT}let shared = null;\nfunction claude() { return shared || (shared = new Anthropic()); }\nclaude().beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', line: 4 }],
    },
    {
      code: `${IMPORT}export async function ask(client: Anthropic) {\n  return client.beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'mcpServers', line: 3 }],
    },
    {
      code: `import type { Anthropic } from '@anthropic-ai/sdk';\nclass Crm {\n  private client!: Anthropic;\n  ask() { return this.client.beta.messages.create({ ${BODY}, tools: [${TOOLSET}] }); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'mcpToolset', line: 4 }],
    },
    // Params through identifiers, spreads, nested consts and member writes before the call.
    {
      code: `${CLIENT}const crm = ${SERVER};\nconst connector = { mcp_servers: [crm] };\nawait client.beta.messages.create({ ${BODY}, ...connector });`,
      errors: [{ messageId: 'mcpServers', line: 5, column: 93 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY} };\nparams.mcp_servers = [${SERVER}];\nawait client.beta.messages.create(params);`,
      errors: [{ messageId: 'mcpServers', line: 5, column: 35 }],
    },
    {
      code: `${CLIENT}const toolset = ${TOOLSET};\nconst params = { ${BODY}, tools: [toolset] };\nawait client.beta.messages.create(params);`,
      errors: [{ messageId: 'mcpToolset', line: 5, column: 35 }],

    },
    // Foundry, the cloud SDKs and clientModules.
    {
      code: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nnew AnthropicFoundry().beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      errors: [{ messageId: 'mcpServers', line: 2 }],
    },
    {
      code: `import { AnthropicGoogleCloud } from '@anthropic-ai/google-cloud-sdk';\nnew AnthropicGoogleCloud().beta.messages.create({ ${BODY}, tools: [${TOOLSET}] });`,
      errors: [{ messageId: 'mcpToolset', line: 2 }],
    },
    {
      code: `import { getClaude } from '@acme/claude';\nawait getClaude().beta.messages.create({ ${BODY}, mcp_servers: [${SERVER}] });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'mcpServers', line: 2 }],
    },
  ],
});

it('no-mcp-connector takes no options', () => {
  const config = [{ plugins: { 'claude-zdr': { rules: { 'no-mcp-connector': rule } } }, rules: { 'claude-zdr/no-mcp-connector': ['error', { allow: [] }] } }];
  expect(() => new Linter().verify('', config as never, 'file.js')).toThrow(/should NOT have more than 0 items/);
});
