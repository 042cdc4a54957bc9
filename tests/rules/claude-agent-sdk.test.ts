/**
 * The Claude Agent SDK and the ai-sdk-provider-claude-code bridge (PRODUCT.md §3c), through the
 * rules that judge them: models (in Claude Code's naming), the platform env switches, WebSearch
 * (named or kept by the default tool set) and beta flags. The Messages-param rules and the hosted
 * MCP connector rule never apply to them (the traps at the end, through the `all` profile).
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { RETENTION_CLASSES } from '../../src/policy/models.js';
import noBetaApi from '../../src/rules/no-beta-api.js';
import noDisallowedModel from '../../src/rules/no-disallowed-model.js';
import noThirdPartyPlatform from '../../src/rules/no-third-party-platform.js';
import noWebSearch from '../../src/rules/no-web-search.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';
import { projectFile, typedTester, UNTYPED } from '../support/typed-rule-tester.js';

const SDK = "import { query } from '@anthropic-ai/claude-agent-sdk';\n";
const PROVIDER = "import { claudeCode, createClaudeCode } from 'ai-sdk-provider-claude-code';\n";
/** Options that keep WebSearch out, so the model and platform cases say only what they test. */
const NO_SEARCH = "disallowedTools: ['WebSearch']";
const run = (options: string) => `${SDK}query({ prompt: 'Review the contract.', options: { ${options} } });`;

const fable = (model: string, place: string) => ({ model, place, ...RETENTION_CLASSES.fable });
const bedrock = (key = 'CLAUDE_CODE_USE_BEDROCK') => ({ key, platform: 'Amazon Bedrock' });
const unresolved = (checks: string, part: string) => ({ checks, part });

runDual('no-disallowed-model: Claude Agent SDK', noDisallowedModel, {
  valid: [
    // `best` resolves to Opus for ZDR organisations (seed 000); the other aliases and ids are ordinary models.
    run(`model: 'best', fallbackModel: 'sonnet,haiku', ${NO_SEARCH}`),
    run(`model: 'opus', fallbackModel: 'claude-sonnet-4-6', ${NO_SEARCH}`),
    run(`model: 'sonnet[1m]', ${NO_SEARCH}`),
    run(`model: 'claude-opus-4-6', ${NO_SEARCH}`),
    // `inherit` runs the main model.
    run(`agents: { reviewer: { description: 'Reviews', prompt: 'Review.', model: 'inherit' }, summariser: { description: 'Sums', prompt: 'Sum.', model: 'haiku' } }`),
    run(`env: { ...process.env, ANTHROPIC_MODEL: 'claude-sonnet-4-6', CLAUDE_CODE_SUBAGENT_MODEL: 'haiku' }`),
    run(`settings: { model: 'opus', availableModels: ['opus', 'sonnet'], fallbackModel: ['sonnet'] }`),
    `${SDK}const q = query({ prompt: 'x' });\nawait q.setModel();\nawait q.setModel('opus');`,
    `${PROVIDER}claudeCode('sonnet');\ncreateClaudeCode({ defaultSettings: { fallbackModel: 'haiku' } }).languageModel('opus');`,
    // The provider ignores `sdkOptions.model`: its own model argument wins.
    `${PROVIDER}claudeCode('opus', { sdkOptions: { model: 'fable' } });`,
    // The allow list names the alias.
    { code: run(`model: 'sonnet'`), options: [{ allow: ['sonnet'] }] },
    // Traps: a query() of another module, a local function, a model from the environment (unresolved, silent by default).
    `import { query } from './db';\nquery({ prompt: 'x', options: { model: 'fable' } });`,
    `function query(params) { return params; }\nquery({ options: { model: 'fable' } });`,
    run(`model: process.env.CLAUDE_MODEL`),
  ],
  invalid: [
    // Reported where the model is written.
    {
      code: run(`model: 'fable', ${NO_SEARCH}`),
      errors: [{ messageId: 'retentionModel', data: fable('fable', 'query() model'), line: 2, column: 59, endColumn: 66 }],
    },
    {
      code: run(`model: 'claude-fable-5'`),
      errors: [{ messageId: 'retentionModel', data: fable('claude-fable-5', 'query() model'), line: 2, column: 59 }],
    },
    // A comma-separated fallback list: each model is judged.
    {
      code: run(`model: 'opus', fallbackModel: 'sonnet,fable'`),
      errors: [{ messageId: 'retentionModel', data: fable('fable', 'query() fallbackModel'), line: 2, column: 82 }],
    },
    {
      code: run(`agents: { reviewer: { description: 'Reviews', prompt: 'Review.', model: 'fable' } }`),
      errors: [{ messageId: 'retentionModel', data: fable('fable', 'query() agents.reviewer.model'), line: 2 }],
    },
    {
      code: run(`settings: { model: 'fable', fallbackModel: ['sonnet', 'fable'], availableModels: ['opus', 'fable'], advisorModel: 'fable' }`),
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'query() settings.model'), line: 2 },
        { messageId: 'retentionModel', data: fable('fable', 'query() settings.fallbackModel'), line: 2 },
        { messageId: 'retentionModel', data: fable('fable', 'query() settings.availableModels'), line: 2 },
        { messageId: 'retentionModel', data: fable('fable', 'query() settings.advisorModel'), line: 2 },
      ],
    },
    {
      code: run(`managedSettings: { model: 'fable' }`),
      errors: [{ messageId: 'retentionModel', data: fable('fable', 'query() managedSettings.model'), line: 2 }],
    },
    // The model env vars, in `env` and in a settings object's `env`, next to the inherited environment.
    {
      code: run(`env: { ...process.env, ANTHROPIC_MODEL: 'fable', ANTHROPIC_DEFAULT_OPUS_MODEL: 'claude-fable-5' }, settings: { env: { CLAUDE_CODE_SUBAGENT_MODEL: 'fable' } }`),
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'query() env.ANTHROPIC_MODEL'), line: 2 },
        { messageId: 'retentionModel', data: fable('claude-fable-5', 'query() env.ANTHROPIC_DEFAULT_OPUS_MODEL'), line: 2 },
        { messageId: 'retentionModel', data: fable('fable', 'query() settings.env.CLAUDE_CODE_SUBAGENT_MODEL'), line: 2 },
      ],
    },
    {
      code: run(`extraArgs: { model: 'fable', 'fallback-model': 'opus,fable' }`),
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'query() extraArgs.model'), line: 2 },
        { messageId: 'retentionModel', data: fable('fable', 'query() extraArgs.fallback-model'), line: 2 },
      ],
    },
    // A const is reported where the options use it; every branch is judged.
    {
      code: `${SDK}const MODEL = 'fable';\nquery({ prompt: 'x', options: { model: MODEL } });\nquery({ prompt: 'y', options: { model: urgent ? 'opus' : 'fable' } });`,
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'query() model'), line: 3, column: 40, endColumn: 45 },
        { messageId: 'retentionModel', data: fable('fable', 'query() model'), line: 4, column: 58 },
      ],
    },
    // Options built by a helper, held in a const, or written after it is declared.
    {
      code: `${SDK}const options = { model: 'opus' };\noptions.model = 'fable';\nquery({ prompt: 'x', options });\nconst build = () => ({ prompt: 'y', options: { model: 'fable' } });\nquery(build());`,
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'query() model'), line: 4, column: 22 },
        { messageId: 'retentionModel', data: fable('fable', 'query() model'), line: 6, column: 7 },
      ],
    },
    // The running session and the other entry points.
    {
      code: `${SDK}const q = query({ prompt: 'x', options: { model: 'opus' } });\nawait q.setModel('fable');\nawait q.applyFlagSettings({ model: 'fable' });\nawait q.updateSettings('localSettings', { fallbackModel: ['fable'] });`,
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'setModel()'), line: 3, column: 18 },
        { messageId: 'retentionModel', data: fable('fable', 'applyFlagSettings() model'), line: 4 },
        { messageId: 'retentionModel', data: fable('fable', 'updateSettings() fallbackModel'), line: 5 },
      ],
    },
    {
      code: "import { startup, prewarm } from '@anthropic-ai/claude-agent-sdk/core';\nconst warm = await startup({ options: { model: 'fable' } });\nwarm.query('x').setModel('fable');\nconst spare = await prewarm({ options: { model: 'fable' } });\nspare.claim({ prompt: 'y', options: { cwd: '/repo', model: 'fable' } });",
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'startup() model'), line: 2 },
        { messageId: 'retentionModel', data: fable('fable', 'setModel()'), line: 3 },
        { messageId: 'retentionModel', data: fable('fable', 'prewarm() model'), line: 4 },
        { messageId: 'retentionModel', data: fable('fable', 'claim() model'), line: 5 },
      ],
    },
    {
      code: "const { query } = require('@anthropic-ai/claude-agent-sdk');\nquery({ prompt: 'x', options: { model: 'fable' } });",
      errors: [{ messageId: 'retentionModel', data: fable('fable', 'query() model'), line: 2 }],
    },
    // The bridge: the model argument, and the settings under the Agent SDK's names.
    {
      code: `${PROVIDER}claudeCode('fable');\nconst claude = createClaudeCode({ defaultSettings: { fallbackModel: 'fable' } });\nclaude.languageModel('fable', { agents: { a: { description: 'd', prompt: 'p', model: 'fable' } } });\nclaude.chat('opus', { sdkOptions: { fallbackModel: 'fable' } });`,
      errors: [
        { messageId: 'retentionModel', data: fable('fable', 'claudeCode() model'), line: 2, column: 12 },
        { messageId: 'retentionModel', data: fable('fable', 'createClaudeCode() defaultSettings fallbackModel'), line: 3 },
        { messageId: 'retentionModel', data: fable('fable', 'claude.languageModel() model'), line: 4 },
        { messageId: 'retentionModel', data: fable('fable', 'claude.languageModel() settings agents.a.model'), line: 4 },
        { messageId: 'retentionModel', data: fable('fable', 'claude.chat() settings sdkOptions fallbackModel'), line: 5 },
      ],
    },
    // A cloud session created with a model.
    {
      code: "import { createCodeSession } from '@anthropic-ai/claude-agent-sdk/bridge';\nawait createCodeSession('https://api.example.com', token, 'Review', 10000, [], undefined, '/repo', 'fable');",
      errors: [{ messageId: 'retentionModel', data: fable('fable', 'createCodeSession() model'), line: 2 }],
    },
    // The options: deny and allow globs, aliases outside an allow list, deprecated ids.
    {
      code: run(`model: 'sonnet', fallbackModel: 'claude-haiku-4-5'`),
      options: [{ deny: ['*haiku*'] }],
      errors: [{ messageId: 'deniedModel', data: { model: 'claude-haiku-4-5', place: 'query() fallbackModel', pattern: '*haiku*' }, line: 2 }],
    },
    {
      code: run(`model: 'opus'`),
      options: [{ allow: ['claude-opus-*'] }],
      errors: [{ messageId: 'notAllowedAlias', data: { model: 'opus', place: 'query() model', allowed: 'claude-opus-*' }, line: 2 }],
    },
    {
      code: run(`model: 'claude-sonnet-4-5'`),
      errors: [{ messageId: 'deprecatedModel', data: { model: 'claude-sonnet-4-5', place: 'query() model', date: 'November 30th, 2026' }, line: 2 }],
    },
    // Unreadable models, reported with reportUnresolved.
    {
      code: run(`model: process.env.CLAUDE_MODEL`),
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: unresolved('the model', 'the `model` of `query()`'), line: 2, column: 59 }],
    },
    {
      code: `${SDK}export const run = (options) => query({ prompt: 'x', options });`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: unresolved('beta features, the platform, web search and fetch and the model', 'the options of `query()`'), line: 2 }],
    },
  ],
});

runDual('no-third-party-platform: Claude Agent SDK', noThirdPartyPlatform, {
  valid: [
    run(`env: { CLAUDE_CODE_USE_BEDROCK: '0', CLAUDE_CODE_USE_VERTEX: 'false', CLAUDE_CODE_USE_FOUNDRY: '', CLAUDE_CODE_USE_MANTLE: undefined }`),
    // The first-party API through AWS is Anthropic's own (PRODUCT.md §2).
    run(`env: { ...process.env, CLAUDE_CODE_USE_ANTHROPIC_AWS: '1' }`),
    run(`env: process.env`),
    run(`env: { ...process.env, CLAUDE_AGENT_SDK_CLIENT_APP: 'contracts/1.0' }`),
    { code: run(`env: { CLAUDE_CODE_USE_BEDROCK: '1', CLAUDE_CODE_USE_MANTLE: '1' }`), options: [{ allow: ['bedrock'] }] },
    // Unreadable values are silent by default.
    run(`env: { ...process.env, CLAUDE_CODE_USE_VERTEX: process.env.USE_VERTEX }`),
    run(`env: { ...extraEnv }`),
    // A platform variable that is not in the env Claude Code gets.
    `${SDK}const settings = { CLAUDE_CODE_USE_BEDROCK: '1' };\nquery({ prompt: 'x', options: { ${NO_SEARCH} } });`,
    `import { query } from './db';\nquery({ options: { env: { CLAUDE_CODE_USE_BEDROCK: '1' } } });`,
  ],
  invalid: [
    // `options.env` replaces the subprocess environment: `{ ...process.env, X: '1' }` is the usual shape.
    {
      code: run(`env: { ...process.env, CLAUDE_CODE_USE_BEDROCK: '1' }`),
      errors: [{ messageId: 'claudeCodePlatform', data: bedrock(), line: 2, column: 75, endColumn: 98 }],
    },
    {
      code: run(`env: { CLAUDE_CODE_USE_VERTEX: 'true', CLAUDE_CODE_USE_FOUNDRY: 1, CLAUDE_CODE_USE_MANTLE: 'yes' }`),
      errors: [
        { messageId: 'claudeCodePlatform', data: { key: 'CLAUDE_CODE_USE_VERTEX', platform: 'Google Vertex AI' }, line: 2 },
        { messageId: 'claudeCodePlatform', data: { key: 'CLAUDE_CODE_USE_FOUNDRY', platform: 'Microsoft Foundry' }, line: 2 },
        { messageId: 'claudeCodePlatform', data: bedrock('CLAUDE_CODE_USE_MANTLE'), line: 2 },
      ],
    },
    {
      code: run(`settings: { env: { CLAUDE_CODE_USE_BEDROCK: '1' } }`),
      errors: [{ messageId: 'claudeCodePlatform', data: bedrock(), line: 2 }],
    },
    // An env held in a const is reported where each session uses it.
    {
      code: `${SDK}const env = { ...process.env, CLAUDE_CODE_USE_BEDROCK: '1' };\nquery({ prompt: 'a', options: { env } });\nquery({ prompt: 'b', options: { env, model: 'opus' } });`,
      errors: [
        { messageId: 'claudeCodePlatform', data: bedrock(), line: 3, column: 33, endColumn: 36 },
        { messageId: 'claudeCodePlatform', data: bedrock(), line: 4, column: 33 },
      ],
    },
    {
      code: `${SDK}const env = { ...process.env };\nenv.CLAUDE_CODE_USE_VERTEX = '1';\nquery({ prompt: 'a', options: { env } });`,
      errors: [{ messageId: 'claudeCodePlatform', data: { key: 'CLAUDE_CODE_USE_VERTEX', platform: 'Google Vertex AI' }, line: 4 }],
    },
    {
      code: `${SDK}const q = query({ prompt: 'x' });\nawait q.applyFlagSettings({ env: { CLAUDE_CODE_USE_BEDROCK: '1' } });`,
      errors: [{ messageId: 'claudeCodePlatform', data: bedrock(), line: 3 }],
    },
    {
      code: `${PROVIDER}const claude = createClaudeCode({ defaultSettings: { env: { CLAUDE_CODE_USE_FOUNDRY: '1' } } });\nclaudeCode('opus', { env: { CLAUDE_CODE_USE_BEDROCK: '1' } });`,
      errors: [
        { messageId: 'claudeCodePlatform', data: { key: 'CLAUDE_CODE_USE_FOUNDRY', platform: 'Microsoft Foundry' }, line: 2 },
        { messageId: 'claudeCodePlatform', data: bedrock(), line: 3 },
      ],
    },
    // The allow option names the platforms accepted; the others are still reported.
    {
      code: run(`env: { CLAUDE_CODE_USE_BEDROCK: '1', CLAUDE_CODE_USE_VERTEX: '1' }`),
      options: [{ allow: ['bedrock'] }],
      errors: [{ messageId: 'claudeCodePlatform', data: { key: 'CLAUDE_CODE_USE_VERTEX', platform: 'Google Vertex AI' }, line: 2 }],
    },
    {
      code: run(`env: { ...process.env, CLAUDE_CODE_USE_VERTEX: process.env.USE_VERTEX }`),
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: unresolved('the platform', 'the `env.CLAUDE_CODE_USE_VERTEX` of `query()`'), line: 2 }],
    },
    {
      code: run(`env: { ...extraEnv }`),
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: unresolved('beta features, the platform and the model', 'the `env` of `query()`'), line: 2 }],
    },
  ],
});

const defaultTools = (call: string) => ({ call });
const named = (option: string, call = 'query()') => ({ option, call });

runDual('no-web-search: Claude Agent SDK', noWebSearch, {
  valid: [
    run(NO_SEARCH),
    run(`tools: ['Read', 'Grep', 'Bash']`),
    run(`tools: [], allowedTools: ['Read']`),
    run(`settings: { permissions: { deny: ['WebSearch'] } }`),
    `${SDK}const DENIED = ['WebSearch', 'WebFetch'];\nquery({ prompt: 'x', options: { disallowedTools: DENIED, allowedTools: ['Read'] } });`,
    // Removed at the top level, an agent cannot bring it back.
    run(`${NO_SEARCH}, agents: { researcher: { description: 'd', prompt: 'p', tools: ['WebSearch'] } }`),
    run(`tools: ['Read'], agents: { researcher: { description: 'd', prompt: 'p', tools: ['WebSearch'], disallowedTools: ['WebSearch'] } }`),
    // Every branch removes it.
    run(`disallowedTools: strict ? ['WebSearch', 'Bash'] : ['WebSearch']`),
    `${SDK}query({ prompt: 'x', options: urgent ? { tools: ['Read'] } : { ${NO_SEARCH} } });`,
    // The running session's methods, and a claimed spare (its tools came from prewarm()), choose no tools.
    "import { query, prewarm } from '@anthropic-ai/claude-agent-sdk';\nconst q = query({ prompt: 'x', options: { disallowedTools: ['WebSearch'] } });\nawait q.setModel('opus');\nconst spare = await prewarm({ options: { tools: [] } });\nspare.claim({ prompt: 'y', options: { cwd: '/repo' } });",
    // The bridge merges the provider's defaults under each model's settings.
    `${PROVIDER}const claude = createClaudeCode({ defaultSettings: { ${NO_SEARCH} } });\nclaude('opus');\nclaude.languageModel('sonnet', { maxTurns: 3 });\nclaudeCode('haiku', { sdkOptions: { tools: ['Read'] } });`,
    // Unreadable lists are silent by default.
    run(`disallowedTools: policy.denied`),
    run(`tools: toolsFor(user)`),
    // Traps: WebFetch is local; a query() of another module; a client tool of the Messages API named WebSearch.
    run(`${NO_SEARCH}, allowedTools: ['WebFetch', 'Read']`),
    `import { query } from './db';\nquery({ prompt: 'x' });`,
    `import { query } from 'graphql-request';\nquery({ options: { allowedTools: ['WebSearch'] } });`,
  ],
  invalid: [
    // The default tool set includes WebSearch: reported at the call.
    {
      code: `${SDK}for await (const message of query({ prompt: 'Review the contract.' })) console.log(message);`,
      errors: [{ messageId: 'claudeCodeDefaultTools', data: defaultTools('query()'), line: 2, column: 29, endColumn: 34 }],
    },
    {
      code: run(`model: 'opus', allowedTools: ['Read']`),
      errors: [{ messageId: 'claudeCodeDefaultTools', data: defaultTools('query()'), line: 2, column: 1 }],
    },
    {
      code: run(`tools: { type: 'preset', preset: 'claude_code' }`),
      errors: [{ messageId: 'claudeCodeDefaultTools', data: defaultTools('query()'), line: 2, column: 1 }],
    },
    // Named explicitly: reported where it is named, once for the call.
    {
      code: run(`allowedTools: ['Read', 'WebSearch']`),
      errors: [{ messageId: 'claudeCodeWebSearch', data: named('allowedTools'), line: 2, column: 75, endColumn: 86 }],
    },
    {
      code: run(`tools: ['Read', 'WebSearch']`),
      errors: [{ messageId: 'claudeCodeWebSearch', data: named('tools'), line: 2 }],
    },
    {
      code: `${SDK}const SEARCH = 'WebSearch';\nquery({ prompt: 'x', options: { tools: ['Read'], allowedTools: [SEARCH] } });`,
      errors: [{ messageId: 'claudeCodeWebSearch', data: named('allowedTools'), line: 3, column: 65 }],
    },
    {
      code: run(`tools: ['Read'], agents: { researcher: { description: 'd', prompt: 'p', tools: ['Read', 'WebSearch'] } }`),
      errors: [{ messageId: 'claudeCodeWebSearch', data: named('agents.researcher.tools'), line: 2 }],
    },
    // A branch, or a scoped permission rule, that leaves it in.
    {
      code: run(`disallowedTools: strict ? ['WebSearch'] : []`),
      errors: [{ messageId: 'claudeCodeDefaultTools', data: defaultTools('query()'), line: 2 }],
    },
    {
      code: run(`disallowedTools: ['WebSearch(domain:example.com)']`),
      errors: [{ messageId: 'claudeCodeDefaultTools', data: defaultTools('query()'), line: 2 }],
    },
    {
      code: `${SDK}query({ prompt: 'x', options: urgent ? { tools: ['Read'] } : { model: 'opus' } });`,
      errors: [{ messageId: 'claudeCodeDefaultTools', data: defaultTools('query()'), line: 2 }],
    },
    {
      code: "import { startup, prewarm } from '@anthropic-ai/claude-agent-sdk';\nawait startup({ options: { model: 'opus' } });\nawait prewarm();",
      errors: [
        { messageId: 'claudeCodeDefaultTools', data: defaultTools('startup()'), line: 2, column: 7 },
        { messageId: 'claudeCodeDefaultTools', data: defaultTools('prewarm()'), line: 3, column: 7 },
      ],
    },
    // The bridge: at the call that makes the model, with the provider's defaults merged in.
    {
      code: `${PROVIDER}claudeCode('sonnet');\nconst claude = createClaudeCode({ defaultSettings: { maxTurns: 5 } });\nclaude('opus', { allowedTools: ['WebSearch'] });\nclaude.chat('haiku', { sdkOptions: { tools: { type: 'preset', preset: 'claude_code' } } });`,
      errors: [
        { messageId: 'claudeCodeDefaultTools', data: defaultTools('claudeCode()'), line: 2, column: 1 },
        { messageId: 'claudeCodeWebSearch', data: named('allowedTools', 'claude()'), line: 4 },
        { messageId: 'claudeCodeDefaultTools', data: defaultTools('claude.chat()'), line: 5 },
      ],
    },
    // Unreadable lists, reported with reportUnresolved.
    {
      code: run(`disallowedTools: policy.denied`),
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: unresolved('web search and fetch', 'the `disallowedTools` of `query()`'), line: 2 }],
    },
    {
      code: run(`tools: toolsFor(user)`),
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: unresolved('web search and fetch', 'the `tools` of `query()`'), line: 2 }],
    },
  ],
});

runDual('no-beta-api: Claude Agent SDK', noBetaApi, {
  valid: [
    run(`betas: [], ${NO_SEARCH}`),
    run(`env: { ...process.env, ANTHROPIC_BETAS: '' }`),
    { code: run(`betas: ['context-1m-2025-08-07']`), options: [{ allow: ['context-1m-*'] }] },
    // A flag of another feature belongs to that feature's rule.
    run(`betas: ['files-api-2025-04-14']`),
    run(`betas: flagsFor(user)`),
  ],
  invalid: [
    {
      code: run(`betas: ['context-1m-2025-08-07']`),
      errors: [{ messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 2, column: 60, endColumn: 83 }],
    },
    {
      code: `${SDK}const LONG_CONTEXT = 'context-1m-2025-08-07';\nquery({ prompt: 'x', options: { betas: [LONG_CONTEXT] } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 3, column: 41 }],
    },
    // `ANTHROPIC_BETAS` is a comma-separated list.
    {
      code: run(`env: { ...process.env, ANTHROPIC_BETAS: 'context-1m-2025-08-07,interleaved-thinking-2025-05-14' }`),
      errors: [
        { messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 2 },
        { messageId: 'betaFlag', data: { flag: 'interleaved-thinking-2025-05-14' }, line: 2 },
      ],
    },
    {
      code: `${PROVIDER}claudeCode('sonnet', { betas: ['context-1m-2025-08-07'] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 2 }],
    },
    {
      code: run(`betas: flagsFor(user)`),
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: unresolved('beta features', 'the `betas` of `query()`'), line: 2 }],
    },
  ],
});

describe('the Agent SDK under the `all` profile', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (code: string, settings: Record<string, unknown> = {}) =>
    linter
      .verify(code, [{ ...(plugin.configs.all as unknown as Linter.Config), files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser }, settings }], 'agent.ts')
      .map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`);

  // Client-side MCP (in-process `sdk` servers, local stdio servers, even a remote one) is not the hosted
  // connector; local Skills, hooks and plugins are not the Skills API; the Messages-param rules do not apply.
  const CLEAN = `import { query, createSdkMcpServer, tool } from '@anthropic-ai/claude-agent-sdk';
import { z } from 'zod';

const lookup = tool('lookup', 'Looks up a clause', { id: z.string() }, async ({ id }) => ({ content: [{ type: 'text', text: id }] }));
const clauses = createSdkMcpServer({ name: 'clauses', tools: [lookup] });

for await (const message of query({
  prompt: 'Review the contract.',
  options: {
    model: 'opus',
    fallbackModel: 'sonnet',
    disallowedTools: ['WebSearch'],
    mcpServers: {
      clauses,
      files: { type: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '.'] },
      git: { command: 'uvx', args: ['mcp-server-git'] },
      vendor: { type: 'http', url: 'https://mcp.vendor.example/mcp' },
    },
    skills: ['pdf'],
    plugins: [{ type: 'local', path: './plugins/review' }],
    settingSources: [],
    persistSession: false,
    env: { ...process.env, DISABLE_TELEMETRY: '1' },
  },
})) {
  console.log(message);
}
`;

  it('reports nothing on a clean session with client-side MCP servers, local skills and plugins', () => {
    expect(lint(CLEAN)).toEqual([]);
    expect(lint(CLEAN, REPORT_UNRESOLVED)).toEqual([]);
  });

  it('judges a bridge model given to the AI SDK as a Claude Code session, not as a Messages request', () => {
    // generateText() with claudeCode(...) starts Claude Code: no inferenceGeo to ask for, nothing unresolved.
    const code = `import { generateText, streamText } from 'ai';
import { claudeCode } from 'ai-sdk-provider-claude-code';

await generateText({ model: claudeCode('sonnet', { disallowedTools: ['WebSearch'] }), prompt: 'Review.' });
await streamText({ model: claudeCode('fable', { disallowedTools: ['WebSearch'] }), prompt: 'Review.' });
`;
    expect(lint(code)).toEqual(['5:38 claude-zdr/no-disallowed-model']);
    expect(lint(code, REPORT_UNRESOLVED)).toEqual(['5:38 claude-zdr/no-disallowed-model']);
  });

  it('reports each planted violation once, by the rule that owns it', () => {
    const planted = `import { query } from '@anthropic-ai/claude-agent-sdk';
import { attachBridgeSession } from '@anthropic-ai/claude-agent-sdk/bridge';

const q = query({
  prompt: 'Review the contract.',
  options: {
    model: 'fable',
    betas: ['context-1m-2025-08-07'],
    env: { ...process.env, CLAUDE_CODE_USE_VERTEX: '1' },
    mcpServers: { vendor: { type: 'sse', url: 'https://mcp.vendor.example/sse' } },
  },
});
await attachBridgeSession({ sessionId: 'cse_1', ingressToken: token, apiBaseUrl: 'https://api.example.com' });
`;
    expect(lint(planted)).toEqual([
      '4:11 claude-zdr/no-web-search',
      '7:12 claude-zdr/no-disallowed-model',
      '8:13 claude-zdr/no-beta-api',
      '9:28 claude-zdr/no-third-party-platform',
      '13:7 claude-zdr/no-cloud-session',
    ]);
  });
});

// Typed mode reads a model held in a const of another module through its literal type.
typedTester.run('no-disallowed-model: Claude Agent SDK, typed', noDisallowedModel, {
  valid: [{ ...projectFile('src/agent.ts'), settings: UNTYPED }],
  invalid: [
    {
      ...projectFile('src/agent.ts'),
      errors: [{ messageId: 'retentionModel', data: fable('fable', 'query() model'), line: 5, column: 85, endColumn: 99 }],
    },
  ],
});
