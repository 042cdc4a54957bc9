import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import rule from '../../src/rules/no-web-search.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const CLIENT = `${IMPORT}const client = new Anthropic();\n`;
const BODY = "model: 'claude-opus-4-6', max_tokens: 16, messages: []";
const SEARCH = "{ type: 'web_search_20250305', name: 'web_search', max_uses: 3 }";
const FETCH = "{ type: 'web_fetch_20250910', name: 'web_fetch' }";

const search = (type: string) => ({ type, tool: 'web search' });
const fetchTool = (type: string) => ({ type, tool: 'web fetch' });

runDual('no-web-search', rule, {
  valid: [
    `${CLIENT}await client.messages.create({ ${BODY} });`,
    // Client tools that happen to be named web_search / web_fetch run in the caller's own code.
    `${CLIENT}await client.messages.create({ ${BODY}, tools: [{ type: 'custom', name: 'web_search', input_schema: { type: 'object' } }, { name: 'web_fetch', description: 'our proxy', input_schema: { type: 'object' } }] });`,
    // Other server tools belong to other rules; versionless names are not tool types.
    `${CLIENT}await client.messages.create({ ${BODY}, tools: [{ type: 'code_execution_20250825', name: 'code_execution' }, { type: 'tool_search_tool_regex_20251119', name: 'tool_search_tool_regex' }, { type: 'web_search', name: 'web_search' }] });`,
    // Result blocks echoed back in history, and text mentioning the tool.
    `${CLIENT}await client.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'assistant', content: [{ type: 'server_tool_use', id: 't', name: 'web_search', input: { query: 'q' } }, { type: 'web_search_tool_result', tool_use_id: 't', content: [] }] }, { role: 'user', content: 'use web_search_20250305' }] });`,
    // A flag named after web fetch is no-beta-api's, not a tool.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['web-fetch-2025-09-10'] });`,
    // Unreadable values are silent unless reportUnresolved is on.
    `${CLIENT}await client.messages.create({ ${BODY}, tools });\nawait client.messages.create(params);`,
    // Traps: unrelated objects, OpenAI's own web search, a local class, shadowing, unannotated params, no import.
    `const tools = { search: { create() {} } };\ntools.search.create({ tools: [${SEARCH}] });`,
    `import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.responses.create({ model: 'gpt-4o', tools: [{ type: 'web_search_preview' }] });\nawait openai.messages.create({ tools: [${SEARCH}] });`,
    `class Anthropic { messages = { create() {} }; }\nnew Anthropic().messages.create({ tools: [${SEARCH}] });`,
    `${CLIENT}const ask = (client) => client.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [${SEARCH}] });`,
    `export async function ask(client) { return client.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [${FETCH}] }); }`,
    `const client = connect();\nclient.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [${SEARCH}] });`,
    { code: `import type Anthropic from '@anthropic-ai/sdk';\ndeclare const client: unknown;\n(client as any).messages.create({ tools: [${SEARCH}] });`, tsOnly: true },
  ],
  invalid: [
    // Reported at the tool's type.
    {
      code: `${CLIENT}await client.messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', data: search('web_search_20250305'), line: 3, column: 104, endColumn: 125 }],
    },
    {
      code: `${CLIENT}await client.messages.create({ ${BODY}, tools: [${FETCH}] });`,
      errors: [{ messageId: 'webTool', data: fetchTool('web_fetch_20250910'), line: 3, column: 104, endColumn: 124 }],
    },
    // Every version, GA and beta.
    {
      code: [
        CLIENT.trimEnd(),
        "await client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], tools: [",
        "  { type: 'web_search_20260209', name: 'web_search' },",
        "  { type: 'web_search_20260318', name: 'web_search', response_inclusion: 'excluded' },",
        "  { type: 'web_fetch_20260209', name: 'web_fetch' },",
        "  { type: 'web_fetch_20260309', name: 'web_fetch', use_cache: false },",
        "  { type: 'web_fetch_20260318', name: 'web_fetch' },",
        '] });',
      ].join('\n'),
      errors: [
        { messageId: 'webTool', data: search('web_search_20260209'), line: 4, column: 11 },
        { messageId: 'webTool', data: search('web_search_20260318'), line: 5, column: 11 },
        { messageId: 'webTool', data: fetchTool('web_fetch_20260209'), line: 6, column: 11 },
        { messageId: 'webTool', data: fetchTool('web_fetch_20260309'), line: 7, column: 11 },
        { messageId: 'webTool', data: fetchTool('web_fetch_20260318'), line: 8, column: 11 },
      ],
    },
    // stream, parse, countTokens, toolRunner, batch params, Managed Agents.
    {
      code: `${CLIENT}client.messages.stream({ ${BODY}, tools: [${SEARCH}] });\nclient.messages.parse({ ${BODY}, tools: [${FETCH}] });\nclient.messages.countTokens({ ${BODY}, tools: [${SEARCH}] });\nclient.beta.messages.toolRunner({ ${BODY}, tools: [${FETCH}], thread: false });`,
      errors: [
        { messageId: 'webTool', data: search('web_search_20250305'), line: 3 },
        { messageId: 'webTool', data: fetchTool('web_fetch_20250910'), line: 4 },
        { messageId: 'webTool', data: search('web_search_20250305'), line: 5 },
        { messageId: 'webTool', data: fetchTool('web_fetch_20250910'), line: 6 },
      ],
    },
    {
      code: `${CLIENT}await client.messages.batches.create({ requests: [{ custom_id: 'a', params: { ${BODY}, tools: [${SEARCH}] } }] });`,
      errors: [{ messageId: 'webTool', data: search('web_search_20250305'), line: 3 }],
    },
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'researcher', model: 'claude-opus-4-6', tools: [${FETCH}] });`,
      errors: [{ messageId: 'webTool', data: fetchTool('web_fetch_20250910'), line: 3 }],
    },
    // The type through a const and a template with a const.
    {
      code: `${CLIENT}const SEARCH_TYPE = 'web_search_20250305';\nconst VERSION = '20250910';\nawait client.messages.create({ ${BODY}, tools: [{ type: SEARCH_TYPE, name: 'web_search' }, { type: \`web_fetch_\${VERSION}\`, name: 'web_fetch' }] });`,
      errors: [
        { messageId: 'webTool', data: search('web_search_20250305'), line: 5, column: 104 },
        { messageId: 'webTool', data: fetchTool('web_fetch_20250910'), line: 5, column: 147 },
      ],
    },
    // Unresolved tools with reportUnresolved.
    {
      code: `${CLIENT}await client.messages.create({ ${BODY}, tools });\nawait client.messages.create({ ${BODY}, ...options });`,
      settings: REPORT_UNRESOLVED,
      errors: [
        { messageId: 'unresolvedValue', line: 3, column: 88 },
        { messageId: 'unresolvedValue', line: 4, column: 88 },
      ],
    },
    // Recognition shapes.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';\nnew Anthropic().messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nnew sdk.Anthropic().messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 3 }],
    },
    {
      code: `const Claude = require('@anthropic-ai/sdk').default;\nnew Claude().messages.create({ ${BODY}, tools: [${FETCH}] });`,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `const { Anthropic } = require('@anthropic-ai/sdk');\nnew Anthropic().messages.create({ ${BODY}, tools: [${FETCH}] });`,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nnew Anthropic().messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nnew Anthropic().messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      tsOnly: true,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `${CLIENT}const messages = client.messages;\nmessages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 4 }],
    },
    {
      code: `${CLIENT}const { messages: { stream } } = client;\nstream({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 4 }],
    },
    {
      code: `${CLIENT}client?.messages.create({ ${BODY}, tools: [${SEARCH}] });\nclient['messages']['create']({ ${BODY}, tools: [${FETCH}] });`,
      errors: [
        { messageId: 'webTool', line: 3 },
        { messageId: 'webTool', line: 4 },
      ],
    },
    {
      code: `${IMPORT}class Research {\n  client = new Anthropic();\n  search() { return this.client.messages.create({ ${BODY}, tools: [${SEARCH}] }); }\n}`,
      errors: [{ messageId: 'webTool', line: 4 }],
    },
    {
      code: `${IMPORT}class Research {\n  constructor() { this.client = new Anthropic(); }\n  search() { return this.client.messages.create({ ${BODY}, tools: [${SEARCH}] }); }\n}`,
      errors: [{ messageId: 'webTool', line: 4 }],
    },
    {
      code: `${IMPORT}const newClient = function () { return new Anthropic(); };\nnewClient().messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 3 }],
    },
    {
      code: `${IMPORT}let client;\nexport function claude() {\n  client ||= new Anthropic();\n  return client;\n}\nclaude().messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 7 }],
    },
    {
      code: `${IMPORT}export function research(client: Anthropic, topic: string) {\n  return client.messages.create({ ${BODY}, tools: [${SEARCH}] });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'webTool', line: 3 }],
    },
    {
      code: `import type Anthropic from '@anthropic-ai/sdk';\nexport function research(client?: Anthropic) {\n  return client?.messages.create({ ${BODY}, tools: [${FETCH}] });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'webTool', line: 3 }],
    },
    // Tools through identifiers, spreads, nested consts and member writes before the call.
    {
      code: `${CLIENT}const webSearch = ${SEARCH};\nconst tools = [webSearch];\nawait client.messages.create({ ${BODY}, tools });`,
      errors: [{ messageId: 'webTool', line: 5, column: 88 }],
    },
    {
      code: `${CLIENT}const BASE_TOOLS = [${FETCH}];\nconst params = { ${BODY}, tools: [...BASE_TOOLS] };\nawait client.messages.create(params);`,
      errors: [{ messageId: 'webTool', line: 5, column: 30 }],
    },
    {
      code: `${CLIENT}const params = { ${BODY} };\nparams.tools = [${SEARCH}];\nawait client.messages.create(params);`,
      errors: [{ messageId: 'webTool', line: 5, column: 30 }],
    },
    // Bedrock, the cloud SDKs and clientModules.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nnew AnthropicBedrock().messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `import { AnthropicAws } from '@anthropic-ai/aws-sdk';\nnew AnthropicAws().messages.create({ ${BODY}, tools: [${FETCH}] });`,
      errors: [{ messageId: 'webTool', line: 2 }],
    },
    {
      code: `const { claude } = require('@acme/claude');\nclaude.messages.create({ ${BODY}, tools: [${SEARCH}] });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'webTool', line: 2 }],
    },
  ],
});

it('no-web-search takes no options', () => {
  const config = [{ plugins: { 'claude-zdr': { rules: { 'no-web-search': rule } } }, rules: { 'claude-zdr/no-web-search': ['error', { allow: [] }] } }];
  expect(() => new Linter().verify('', config as never, 'file.js')).toThrow(/should NOT have more than 0 items/);
});
