import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

/**
 * PRODUCT.md §3, "Each finding is reported once, by the rule that owns it": realistic files linted
 * with the `all` config through ESLint's own Linter, both parsers; the exact findings by line.
 */
const PARSERS = {
  ts: { filename: 'file.ts', languageOptions: { parser: tsParser } },
  js: { filename: 'file.js', languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
} as const;

function lintAll(code: string, parser: keyof typeof PARSERS): string[] {
  const { filename, languageOptions } = PARSERS[parser];
  const config = [{ files: ['**/*.ts', '**/*.js'], languageOptions }, plugin.configs.all] as Linter.Config[];
  const messages = new Linter({ configType: 'flat' }).verify(code, config, filename);
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${parser}: ${fatal.message}`);
  return messages
    .map((m) => ({ line: m.line, text: `${m.line} ${m.ruleId} ${m.messageId}` }))
    .sort((a, b) => a.line - b.line || a.text.localeCompare(b.text))
    .map((m) => m.text);
}

function expectFindings(code: string, expected: string[]): void {
  for (const parser of ['ts', 'js'] as const) {
    expect(lintAll(code, parser), parser).toEqual(expected);
  }
}

describe('each finding is reported once, by its owner', () => {
  it('a managed agent: the agent call is no-beta-api, its MCP, skills, tools and mounted files are their features', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const agent = await client.beta.agents.create({
  name: 'contracts',
  model: 'claude-opus-4-6',
  betas: ['managed-agents-2026-04-01', 'mcp-client-2025-11-20'],
  mcp_servers: [{ type: 'url', name: 'dms', url: 'https://dms.example.com/mcp' }],
  tools: [
    { type: 'agent_toolset_20260401' },
    { type: 'mcp_toolset', mcp_server_name: 'dms' },
    { type: 'web_fetch_20250910', name: 'web_fetch' },
    { type: 'code_execution_20250825', name: 'code_execution' },
  ],
  skills: [{ type: 'anthropic', skill_id: 'docx' }],
});
const session = await client.beta.sessions.create({ agent: agent.id });
await client.beta.sessions.resources.add(session.id, { type: 'file', file_id: 'file_011' });
`;
    expectFindings(code, [
      '3 claude-zdr/no-beta-api betaResource',
      '6 claude-zdr/no-mcp-connector betaFlag',
      '7 claude-zdr/no-mcp-connector mcpServers',
      '10 claude-zdr/no-mcp-connector mcpToolset',
      '11 claude-zdr/no-web-search webTool',
      '12 claude-zdr/no-code-execution codeExecutionTool',
      '14 claude-zdr/no-skills-api skillsParam',
      '16 claude-zdr/no-beta-api betaResource',
      '17 claude-zdr/no-beta-api betaResource',
      '17 claude-zdr/no-files-api fileReference',
    ]);
  });

  it('Files, Skills and Batches through client.beta.* belong to their surface rules, with the flags that enable them', () => {
    const code = `import Anthropic, { toFile } from '@anthropic-ai/sdk';
const client = new Anthropic();
const file = await client.beta.files.upload({ file: await toFile(pdf, 'a.pdf'), betas: ['files-api-2025-04-14'] });
await client.beta.skills.create({ display_title: 'redline', files: [], betas: ['skills-2025-10-02'] });
const batch = await client.beta.messages.batches.create({
  betas: ['message-batches-2024-09-24'],
  requests: [{
    custom_id: 'doc-1',
    params: {
      model: 'claude-opus-4-6', max_tokens: 1024, inference_geo: 'us',
      messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: file.id } }] }],
      context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] },
      thread: { type: 'create' },
    },
  }],
});
await client.beta.messages.batches.results(batch.id);
`;
    expectFindings(code, [
      '3 claude-zdr/no-files-api surfaceCall',
      '4 claude-zdr/no-skills-api surfaceCall',
      '5 claude-zdr/no-batches-api surfaceCall',
      '11 claude-zdr/no-files-api fileReference',
      '12 claude-zdr/no-context-management contextManagement',
      '13 claude-zdr/no-beta-api messageThread',
      '17 claude-zdr/no-batches-api surfaceCall',
    ]);
  });

  it('each beta flag goes to the rule of its feature, in betas and in headers, where it is used', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({
  defaultHeaders: { 'anthropic-beta': 'files-api-2025-04-14,interleaved-thinking-2025-05-14' },
});
const COMMON = ['context-1m-2025-08-07', 'skills-2025-10-02'];
await client.beta.messages.create({
  model: 'claude-opus-4-6', max_tokens: 1024, messages: [],
  betas: [
    ...COMMON,
    'message-batches-2024-09-24',
    'context-management-2025-06-27',
    'mcp-client-2025-11-20',
    'code-execution-2025-08-25',
    'compact-2026-01-12',
  ],
});
await client.messages.countTokens({ model: 'claude-opus-4-6', messages: [] }, { headers: { 'anthropic-beta': 'token-efficient-tools-2025-02-19' } });
`;
    expectFindings(code, [
      '3 claude-zdr/no-beta-api betaFlag',
      '3 claude-zdr/no-files-api betaFlag',
      '6 claude-zdr/require-inference-geo missingGeo',
      '9 claude-zdr/no-beta-api betaFlag',
      '9 claude-zdr/no-skills-api betaFlag',
      '10 claude-zdr/no-batches-api betaFlag',
      '11 claude-zdr/no-context-management betaFlag',
      '12 claude-zdr/no-mcp-connector betaFlag',
      '13 claude-zdr/no-code-execution betaFlag',
      '14 claude-zdr/no-beta-api betaFlag',
      '17 claude-zdr/no-beta-api betaFlag',
    ]);
  });

  it('clients: browser use, platforms, threading by client kind, a container with an id and skills', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
export const browser = new Anthropic({ dangerouslyAllowBrowser: true });
const bedrock = new AnthropicBedrock({ awsRegion: 'us-east-1' });
const foundry = new AnthropicFoundry({ resource: 'legal' });
const params = { model: 'claude-opus-4-6', max_tokens: 1024, messages: [], tools: [] };
await bedrock.beta.messages.toolRunner(params);
await foundry.beta.messages.toolRunner(params);
await browser.messages.create({
  ...params,
  container: { id: 'container_1', skills: [{ type: 'custom', skill_id: 'skill_1' }] },
});
await browser.messages.create({ ...params, container: { skills: [{ type: 'anthropic', skill_id: 'pdf' }] } });
`;
    expectFindings(code, [
      '4 claude-zdr/no-browser-client browserClient',
      '5 claude-zdr/no-third-party-platform platformClient',
      '6 claude-zdr/no-third-party-platform platformClient',
      '9 claude-zdr/no-beta-api toolRunnerThread',
      '10 claude-zdr/require-inference-geo missingGeo',
      '12 claude-zdr/no-code-execution containerReuse',
      '12 claude-zdr/no-skills-api skillsParam',
      '14 claude-zdr/no-skills-api skillsParam',
      '14 claude-zdr/require-inference-geo missingGeo',
    ]);
  });

  it('ZDR-eligible use is silent: plain inference, token counting, the beta namespace without beta features', () => {
    const code = `const Anthropic = require('@anthropic-ai/sdk');
const client = new Anthropic();
const base = { model: 'claude-opus-4-6', max_tokens: 1024, inference_geo: 'us' };
async function review(text) {
  await client.messages.countTokens({ model: base.model, messages: [{ role: 'user', content: text }] });
  await client.beta.messages.countTokens({ model: 'claude-opus-4-6', messages: [] });
  await client.beta.models.list();
  const runner = client.beta.messages.toolRunner({ ...base, messages: [], tools: [], thread: false });
  const stream = client.messages.stream({ ...base, messages: [{ role: 'user', content: text }], mcp_servers: [] });
  return client.beta.messages.create({ ...base, messages: [{ role: 'user', content: text }], container: null });
}
module.exports = { review };
`;
    expectFindings(code, []);
  });

  it('the same method names on other SDKs and local objects are silent', () => {
    const code = `import OpenAI from 'openai';
const anthropicLike = { beta: { files: { upload() {} }, agents: { create() {} } } };
const openai = new OpenAI();
await openai.files.create({ file, purpose: 'batch' });
await openai.batches.create({ input_file_id: 'f', endpoint: '/v1/chat/completions', completion_window: '24h' });
anthropicLike.beta.files.upload({ betas: ['files-api-2025-04-14'] });
anthropicLike.beta.agents.create({ mcp_servers: [{ type: 'url', name: 'x', url: 'u' }] });
`;
    expectFindings(code, []);
  });
});

describe('one unreadable node is one finding (PRODUCT.md §3, issue: strict gave eight)', () => {
  const lint = (code: string, configs: Linter.Config[]) =>
    new Linter({ configType: 'flat' })
      .verify(code, [{ files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }, ...configs], 'file.js')
      .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  const CLIENT = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";

  it('params built at run time: one finding under strict, by the first rule of the table, naming what cannot be checked', () => {
    expect(lint(`${CLIENT}export const send = (params) => client.messages.create(params);`, [plugin.configs.strict as Linter.Config])).toEqual([
      '3:56 claude-zdr/no-files-api Cannot check uploaded-file references, Skills, context management, code execution, the hosted MCP connector, beta features, web search and fetch, the inference geo and the model here: the params of `messages.create` cannot be read statically.',
    ]);
  });

  it('only the tools list unreadable: one finding that names `tools`', () => {
    expect(
      lint(`${CLIENT}export const send = (tools) => client.messages.create({ model: 'claude-opus-4-6', inference_geo: 'us', max_tokens: 1, messages: [], tools });`, [
        plugin.configs.strict as Linter.Config,
      ]),
    ).toEqual([
      '3:133 claude-zdr/no-context-management Cannot check context management, code execution, the hosted MCP connector and web search and fetch here: the `tools` of `messages.create` cannot be read statically.',
    ]);
  });

  it('is reported by the first rule that reports unresolved values when earlier ones are off', () => {
    // us-residency with reportUnresolved: only the geo rule is on, so it reports the unreadable params.
    const code = `${CLIENT}export const send = (params) => client.messages.create(params);`;
    const configs = [plugin.configs['us-residency'], { settings: { 'claude-zdr': { reportUnresolved: true } } }] as Linter.Config[];
    expect(lint(code, configs).map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['3:56 claude-zdr/require-inference-geo']);
    // requireLiteral asks for it on its own, with reportUnresolved off.
    const own = [{ plugins: { 'claude-zdr': plugin as never }, rules: { 'claude-zdr/require-inference-geo': ['error', { requireLiteral: true }] } }] as Linter.Config[];
    expect(lint(code, own).map((m) => m.split(' ').slice(0, 2).join(' '))).toEqual(['3:56 claude-zdr/require-inference-geo']);
  });
});
