import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-beta-api.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const CLIENT = `${IMPORT}const client = new Anthropic();\n`;
const BODY = "model: 'claude-opus-4-6', max_tokens: 16, messages: []";

const AGENTS = { call: 'beta.agents.create', surface: 'Managed Agents (beta)' };
const THREAD_RUNNER = { call: 'beta.messages.toolRunner' };
const COMPACTION = { key: 'compaction', feature: 'server-side compaction (beta)' };
const FALLBACKS = { key: 'fallbacks', feature: 'server-side model fallbacks (beta)' };
const resource = (call: string, surface: string) => ({ call, surface });

runDual('no-beta-api', rule, {
  valid: [
    // Plain inference, GA or through the beta namespace without a beta feature: the GA request on the wire.
    `${CLIENT}await client.messages.create({ ${BODY} });`,
    `${CLIENT}await client.beta.messages.create({ ${BODY} });`,
    `${CLIENT}await client.beta.messages.stream({ ${BODY} });`,
    `${CLIENT}await client.beta.messages.parse({ ${BODY} });`,
    // Beta token counting, beta model listing and webhook unwrapping store nothing.
    `${CLIENT}await client.beta.messages.countTokens({ model: 'claude-opus-4-6', messages: [] });`,
    `${CLIENT}await client.beta.models.list();\nawait client.beta.models.retrieve('claude-opus-4-6');`,
    `${CLIENT}client.beta.webhooks.unwrap(rawBody, { headers: requestHeaders });`,
    // GA user profiles are not a beta-only resource.
    `${CLIENT}await client.userProfiles.list();`,
    // Features switched off explicitly.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, thread: null, compaction: null, fallbacks: undefined, billing_policy: null });`,
    `${CLIENT}await client.beta.messages.create({ ${BODY}, thread: false });`,
    // toolRunner with threads turned off, in place, through a const, a spread or a member write.
    `${CLIENT}await client.beta.messages.toolRunner({ ${BODY}, tools: [], thread: false });`,
    `${CLIENT}const NO_THREAD = false;\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [], thread: NO_THREAD });`,
    `${CLIENT}const base = { ${BODY}, thread: false };\nawait client.beta.messages.toolRunner({ ...base, tools: [] });`,
    `${CLIENT}const params = { ${BODY}, tools: [] };\nparams.thread = false;\nawait client.beta.messages.toolRunner(params);`,
    // Bedrock and Vertex clients never thread (the SDK turns message threads off for them).
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
    `import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrockMantle();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
    `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nconst client = new AnthropicVertex();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
    // Flags owned by the feature rules are theirs, not this rule's.
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['files-api-2025-04-14', 'message-batches-2024-09-24', 'skills-2025-10-02', 'context-management-2025-06-27', 'mcp-client-2025-11-20', 'code-execution-2025-05-22'] });`,
    `${IMPORT}new Anthropic({ defaultHeaders: { 'anthropic-beta': 'files-api-2025-04-14,mcp-client-2025-04-04' } });`,
    // Other headers, and a header removed with null.
    `${IMPORT}new Anthropic({ defaultHeaders: { 'x-request-source': 'batch-worker' } });`,
    { code: `${IMPORT}new Anthropic({ defaultHeaders: { 'anthropic-beta': null } });`, settings: REPORT_UNRESOLVED },
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: [] });\nawait client.beta.messages.create({ ${BODY}, betas: undefined });`,
    // Values the analysis cannot read are silent unless reportUnresolved is on.
    `${CLIENT}await client.beta.messages.create(params);`,
    `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: flags, ...extra });`,
    `${CLIENT}await client.beta.messages.toolRunner(runnerParams);`,
    `${IMPORT}new Anthropic({ defaultHeaders: { 'anthropic-beta': process.env.BETAS } });`,
    // Traps: the same names on things that are not the SDK.
    `const client = { beta: { agents: { create() {} } } };\nclient.beta.agents.create({ name: 'a' });`,
    `import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.beta.threads.create();\nawait openai.beta.assistants.create({ model: 'gpt-4o' });`,
    `class Anthropic { beta = { sessions: { create() {} } }; }\nconst client = new Anthropic();\nclient.beta.sessions.create();`,
    `${CLIENT}function run(client) { return client.beta.agents.create({ name: 'a' }); }`,
    `export function run(client) { return client.beta.messages.toolRunner({ model: 'm', max_tokens: 1, messages: [], tools: [] }); }`,
    `const client = makeClient();\nclient.beta.memoryStores.create({ name: 'm' });\nclient.beta.messages.create({ model: 'm', max_tokens: 1, messages: [], betas: ['interleaved-thinking-2025-05-14'] });`,
    { code: `import type Anthropic from '@anthropic-ai/sdk';\ndeclare const client: unknown;\n(client as any).beta.agents.create({ name: 'a' });`, tsOnly: true },
    // allow: exact flags, globs, resource paths and param names the contract covers.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['interleaved-thinking-2025-05-14', 'context-1m-2025-08-07'] });`,
      options: [{ allow: ['interleaved-thinking-*', 'context-1m-2025-08-07'] }],
    },
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'a', betas: ['managed-agents-2026-04-01'] });\nawait client.beta.sessions.events.list('s');`,
      options: [{ allow: ['beta.agents', 'beta.sessions'] }],
    },
    { code: `${CLIENT}await client.beta.messages.create({ ${BODY}, compaction: { type: 'auto' } });`, options: [{ allow: ['compaction'] }] },
    { code: `${CLIENT}await client.beta.messages.toolRunner({ ${BODY}, tools: [] });`, options: [{ allow: ['beta.messages.*'] }] },
  ],
  invalid: [
    // The anthropic-beta header speaks only to Anthropic's API (directly or through a gateway),
    // so a raw request that sends it is judged whatever its host.
    {
      code: `fetch('https://llm-gateway.example.com/v1/messages', { headers: { 'anthropic-beta': 'interleaved-thinking-2025-05-14' } });`,
      errors: [{ messageId: 'rawRequest', data: { flag: 'interleaved-thinking-2025-05-14' } }],
    },
    // Every beta-only resource, each call one finding.
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'a', model: 'claude-opus-4-6' });`,
      errors: [{ messageId: 'betaResource', data: AGENTS, line: 3, column: 7, endColumn: 32 }],
    },
    {
      code: [
        CLIENT.trimEnd(),
        "await client.beta.agents.versions.list('agent_1');",
        "await client.beta.sessions.create({ agent: 'agent_1' });",
        "await client.beta.sessions.events.send('s', { events: [] });",
        "await client.beta.sessions.resources.list('s');",
        "await client.beta.sessions.threads.list('s');",
        "await client.beta.environments.create({ name: 'e' });",
        "await client.beta.environments.work.list('e');",
        "await client.beta.deployments.list();",
        "await client.beta.deploymentRuns.retrieve('r');",
        "await client.beta.vaults.create({ name: 'v' });",
        "await client.beta.vaults.credentials.list('v');",
        "await client.beta.memoryStores.create({ name: 'm' });",
        "await client.beta.memoryStores.memories.list('m');",
        "await client.beta.memoryStores.memoryVersions.list('m');",
        "await client.beta.dreams.create({ model: 'claude-opus-4-6' });",
        "await client.beta.tunnels.list();",
        "await client.beta.tunnels.certificates.list('t');",
        "await client.beta.userProfiles.create({ external_id: 'u' });",
      ].join('\n'),
      errors: [
        { messageId: 'betaResource', line: 3, data: { call: 'beta.agents.versions.list', surface: 'Managed Agents (beta)' } },
        { messageId: 'betaResource', line: 4, data: { call: 'beta.sessions.create', surface: 'agent sessions (beta)' } },
        { messageId: 'betaResource', line: 5, data: { call: 'beta.sessions.events.send', surface: 'agent sessions (beta)' } },
        { messageId: 'betaResource', line: 6, data: { call: 'beta.sessions.resources.list', surface: 'agent sessions (beta)' } },
        { messageId: 'betaResource', line: 7, data: { call: 'beta.sessions.threads.list', surface: 'agent sessions (beta)' } },
        { messageId: 'betaResource', line: 8, data: { call: 'beta.environments.create', surface: 'agent environments (beta)' } },
        { messageId: 'betaResource', line: 9, data: { call: 'beta.environments.work.list', surface: 'agent environments (beta)' } },
        { messageId: 'betaResource', line: 10, data: { call: 'beta.deployments.list', surface: 'agent deployments (beta)' } },
        { messageId: 'betaResource', line: 11, data: { call: 'beta.deploymentRuns.retrieve', surface: 'agent deployment runs (beta)' } },
        { messageId: 'betaResource', line: 12, data: { call: 'beta.vaults.create', surface: 'credential vaults (beta)' } },
        { messageId: 'betaResource', line: 13, data: { call: 'beta.vaults.credentials.list', surface: 'credential vaults (beta)' } },
        { messageId: 'betaResource', line: 14, data: { call: 'beta.memoryStores.create', surface: 'memory stores (beta)' } },
        { messageId: 'betaResource', line: 15, data: { call: 'beta.memoryStores.memories.list', surface: 'memory stores (beta)' } },
        { messageId: 'betaResource', line: 16, data: { call: 'beta.memoryStores.memoryVersions.list', surface: 'memory stores (beta)' } },
        { messageId: 'betaResource', line: 17, data: { call: 'beta.dreams.create', surface: 'dreams (beta)' } },
        { messageId: 'betaResource', line: 18, data: { call: 'beta.tunnels.list', surface: 'MCP tunnels (beta)' } },
        { messageId: 'betaResource', line: 19, data: { call: 'beta.tunnels.certificates.list', surface: 'MCP tunnels (beta)' } },
        { messageId: 'betaResource', line: 20, data: { call: 'beta.userProfiles.create', surface: 'user profiles (beta)' } },
      ],
    },
    // The flag that enables a beta resource is part of its one finding, in the body or in headers.
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'a', betas: ['managed-agents-2026-04-01'] });`,
      errors: [{ messageId: 'betaResource', data: AGENTS, line: 3 }],
    },
    {
      code: `${CLIENT}await client.beta.dreams.create({ model: 'claude-opus-4-6' }, { headers: { 'anthropic-beta': 'dreaming-2026-04-21' } });`,
      errors: [{ messageId: 'betaResource', data: { call: 'beta.dreams.create', surface: 'dreams (beta)' } }],
    },
    // Message threads: the `thread` param, `beta.messages.thread()`, and toolRunner's default.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, thread: { type: 'create' } });`,
      errors: [
        {
          messageId: 'messageThread',
          data: { call: 'beta.messages.create', key: 'thread', feature: 'message threads (server-held conversation state)' },
          line: 3,
          column: 93,
          endColumn: 99,
        },
      ],
    },
    {
      code: `${CLIENT}const thread = { type: 'continue', previous_message_id: 'msg_1' };\nawait client.beta.messages.stream({ ${BODY}, thread });`,
      errors: [{ messageId: 'messageThread', data: { call: 'beta.messages.stream' }, line: 4 }],
    },
    {
      code: `${CLIENT}const conversation = client.beta.messages.thread({ model: 'claude-opus-4-6', max_tokens: 16 });\nawait conversation.send({ role: 'user', content: 'hi' });`,
      errors: [{ messageId: 'messageThread', data: { call: 'beta.messages.thread' }, line: 3, column: 22, endColumn: 49 }],
    },
    {
      code: `${CLIENT}const runner = client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      errors: [{ messageId: 'toolRunnerThread', data: THREAD_RUNNER, line: 3, column: 16, endColumn: 47 }],
    },
    // `thread: undefined` and `thread: null` leave the SDK's default (threads) on.
    {
      code: `${CLIENT}await client.beta.messages.toolRunner({ ${BODY}, tools: [], thread: undefined });\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [], thread: null });`,
      errors: [
        { messageId: 'toolRunnerThread', line: 3 },
        { messageId: 'toolRunnerThread', line: 4 },
      ],
    },
    // An explicit thread on toolRunner is one finding, of the param.
    {
      code: `${CLIENT}await client.beta.messages.toolRunner({ ${BODY}, tools: [], thread: { type: 'create' } });`,
      errors: [{ messageId: 'messageThread', data: THREAD_RUNNER, line: 3 }],
    },
    // A member write after the call does not reach it.
    {
      code: `${CLIENT}const params = { ${BODY}, tools: [] };\nclient.beta.messages.toolRunner(params);\nparams.thread = false;`,
      errors: [{ messageId: 'toolRunnerThread', line: 4 }],
    },
    // Foundry extends the first-party client, and the AWS / Google Cloud SDKs are first-party: they thread.
    {
      code: `import AnthropicFoundry from '@anthropic-ai/foundry-sdk';\nconst client = new AnthropicFoundry();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      errors: [{ messageId: 'toolRunnerThread', line: 3 }],
    },
    {
      code: `import { AnthropicAws } from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws({ awsRegion: 'us-east-1' });\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      errors: [{ messageId: 'toolRunnerThread', line: 3 }],
    },
    {
      code: `import AnthropicGoogleCloud from '@anthropic-ai/google-cloud-sdk';\nconst client = new AnthropicGoogleCloud();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      errors: [{ messageId: 'toolRunnerThread', line: 3 }],
    },
    // Beta-only params, in any Messages body (also each batch request's params).
    {
      code: `${CLIENT}await client.beta.messages.create({\n  ${BODY},\n  compaction: { type: 'auto' },\n  fallbacks: 'default',\n  fallback_credit_token: 'tok_1',\n  billing_policy: { type: 'billing_policy' },\n});`,
      errors: [
        { messageId: 'betaParam', line: 5, column: 3, data: { key: 'compaction', call: 'beta.messages.create', feature: 'server-side compaction (beta)' } },
        { messageId: 'betaParam', line: 6, column: 3, data: { key: 'fallbacks', call: 'beta.messages.create', feature: 'server-side model fallbacks (beta)' } },
        { messageId: 'betaParam', line: 7, column: 3, data: { key: 'fallback_credit_token', call: 'beta.messages.create', feature: 'fallback credit tokens (beta)' } },
        { messageId: 'betaParam', line: 8, column: 3, data: { key: 'billing_policy', call: 'beta.messages.create', feature: 'billing policies (beta)' } },
      ],
    },
    {
      code: `${CLIENT}const fallbacks = [{ model: 'claude-sonnet-4-6' }];\nconst params = { ${BODY}, fallbacks };\nawait client.beta.messages.countTokens(params);`,
      errors: [{ messageId: 'betaParam', line: 5, column: 40, data: { ...FALLBACKS, call: 'beta.messages.countTokens' } }],
    },
    {
      code: `${CLIENT}await client.beta.messages.batches.create({ requests: [{ custom_id: 'a', params: { ${BODY}, compaction: { type: 'auto' } } }] });`,
      errors: [{ messageId: 'betaParam', data: { ...COMPACTION, call: 'beta.messages.batches.create' } }],
    },
    // Each beta flag in `betas`: literal, const, spread of a const array; reported where it is used.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['interleaved-thinking-2025-05-14', 'context-1m-2025-08-07'] });`,
      errors: [
        { messageId: 'betaFlag', data: { flag: 'interleaved-thinking-2025-05-14' }, line: 3, column: 101, endColumn: 134 },
        { messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 3, column: 136 },
      ],
    },
    {
      code: `${CLIENT}const THINKING = 'interleaved-thinking-2025-05-14';\nawait client.beta.messages.create({ ${BODY}, betas: [THINKING] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'interleaved-thinking-2025-05-14' }, line: 4, column: 101, endColumn: 109 }],
    },
    {
      code: `${CLIENT}const BASE_BETAS = ['context-1m-2025-08-07', 'files-api-2025-04-14'];\nawait client.beta.messages.create({ ${BODY}, betas: [...BASE_BETAS, 'output-128k-2025-02-19'] });\nawait client.beta.messages.stream({ ${BODY}, betas: BASE_BETAS });`,
      errors: [
        // The owned files-api flag in the same spread is no-files-api's; this rule reports the rest, at the spread.
        { messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 4, column: 101, endColumn: 114 },
        { messageId: 'betaFlag', data: { flag: 'output-128k-2025-02-19' }, line: 4, column: 116 },
        { messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 5, column: 100, endColumn: 110 },
      ],
    },
    {
      code: `${CLIENT}const betas = ['compact-2026-01-12'];\nbetas.push('fast-mode-2026-02-01');\nawait client.beta.messages.create({ ${BODY}, betas });`,
      errors: [
        { messageId: 'betaFlag', data: { flag: 'compact-2026-01-12' }, line: 5 },
        { messageId: 'betaFlag', data: { flag: 'fast-mode-2026-02-01' }, line: 5 },
      ],
    },
    // Flags passed to a beta countTokens call are still flags.
    {
      code: `${CLIENT}await client.beta.messages.countTokens({ model: 'claude-opus-4-6', messages: [], betas: ['context-1m-2025-08-07'] });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' } }],
    },
    // `anthropic-beta` headers: defaultHeaders, per-request headers, comma-separated lists (one report per flag).
    {
      code: `${IMPORT}const client = new Anthropic({\n  defaultHeaders: { 'anthropic-beta': 'interleaved-thinking-2025-05-14, files-api-2025-04-14,context-1m-2025-08-07' },\n});`,
      errors: [
        { messageId: 'betaFlag', data: { flag: 'interleaved-thinking-2025-05-14' }, line: 3, column: 39 },
        { messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 3, column: 39 },
      ],
    },
    {
      code: `${CLIENT}await client.messages.create({ ${BODY} }, { headers: { 'Anthropic-Beta': 'output-300k-2026-03-24' } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'output-300k-2026-03-24' }, line: 3, column: 121 }],
    },
    {
      code: `${CLIENT}const BETA_HEADERS = { 'anthropic-beta': 'fast-mode-2026-02-01' };\nconst fast = client.withOptions({ defaultHeaders: BETA_HEADERS });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'fast-mode-2026-02-01' }, line: 4, column: 51 }],
    },
    // Unresolved values are reported only with reportUnresolved.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: flags });\nawait client.beta.messages.create({ ${BODY}, betas: [...extraBetas, pickBeta()] });`,
      settings: REPORT_UNRESOLVED,
      errors: [
        { messageId: 'unresolvedValue', line: 3, column: 100 },
        { messageId: 'unresolvedValue', line: 4, column: 101 },
        { messageId: 'unresolvedValue', line: 4, column: 116 },
      ],
    },
    {
      code: `${IMPORT}new Anthropic({ defaultHeaders: { 'anthropic-beta': process.env.BETAS } });`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 2, column: 53 }],
    },
    {
      code: `${CLIENT}await client.beta.messages.create(params);\nawait client.beta.messages.create({ ${BODY}, ...extra });\nawait client.beta.messages.create({ ${BODY}, thread: currentThread });`,
      settings: REPORT_UNRESOLVED,
      errors: [
        { messageId: 'unresolvedValue', line: 3, column: 35 },
        { messageId: 'unresolvedValue', line: 4, column: 93 },
        // `thread` exists only for message threads: written, it is used (PRODUCT.md §3).
        { messageId: 'messageThread', line: 5, column: 93 },

      ],
    },
    // allow covers only what it names.
    {
      code: `${CLIENT}await client.beta.messages.create({ ${BODY}, betas: ['interleaved-thinking-2025-05-14', 'context-1m-2025-08-07'] });`,
      options: [{ allow: ['interleaved-thinking-*'] }],
      errors: [{ messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' } }],
    },
    {
      code: `${CLIENT}await client.beta.agents.create({ name: 'a' });\nawait client.beta.sessions.create({ agent: 'a' });\nawait client.beta.messages.create({ ${BODY}, compaction: { type: 'auto' }, fallbacks: 'default' });`,
      options: [{ allow: ['beta.agents', 'compaction'] }],
      errors: [
        { messageId: 'betaResource', line: 4, data: { call: 'beta.sessions.create', surface: 'agent sessions (beta)' } },
        { messageId: 'betaParam', line: 5, data: { ...FALLBACKS, call: 'beta.messages.create' } },
      ],
    },
    // Recognition: every import form, aliases, destructuring, optional chaining, computed keys.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';\nnew Anthropic().beta.agents.list();`,
      errors: [{ messageId: 'betaResource', data: resource('beta.agents.list', 'Managed Agents (beta)'), line: 2 }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.default();\nclient.beta.vaults.list();`,
      errors: [{ messageId: 'betaResource', data: resource('beta.vaults.list', 'credential vaults (beta)'), line: 3 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.beta.sessions.list();`,
      errors: [{ messageId: 'betaResource', line: 3 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk').default;\nconst client = new Anthropic();\nclient.beta.tunnels.list();`,
      errors: [{ messageId: 'betaResource', line: 3 }],
    },
    {
      code: `const { Anthropic: Claude } = require('@anthropic-ai/sdk');\nconst client = new Claude();\nclient.beta.dreams.list();`,
      errors: [{ messageId: 'betaResource', line: 3 }],
    },
    {
      code: `const client = require('@anthropic-ai/sdk')();\nclient.beta.memoryStores.list();`,
      errors: [{ messageId: 'betaResource', line: 2 }],
    },
    {
      code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.beta.environments.list();`,
      errors: [{ messageId: 'betaResource', line: 3 }],
    },
    {
      code: `const sdk = await import('@anthropic-ai/sdk');\nconst client = new sdk.Anthropic();\nawait client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      errors: [{ messageId: 'toolRunnerThread', line: 3 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.beta.deployments.list();`,
      tsOnly: true,
      errors: [{ messageId: 'betaResource', line: 3 }],
    },
    {
      code: `import { Sessions } from '@anthropic-ai/sdk/resources/beta/sessions/sessions';\nimport { Events } from '@anthropic-ai/sdk/resources/beta/sessions/events';\n${CLIENT}new Sessions(client).list();\nnew Events(client).list('s');`,
      errors: [
        { messageId: 'betaResource', line: 5, data: resource('beta.sessions.list', 'agent sessions (beta)') },
        { messageId: 'betaResource', line: 6, data: resource('beta.sessions.events.list', 'agent sessions (beta)') },
      ],
    },
    {
      code: `${CLIENT}const agents = client.beta.agents;\nagents.create({ name: 'a' });`,
      errors: [{ messageId: 'betaResource', data: AGENTS, line: 4 }],
    },
    {
      code: `${CLIENT}const { beta: { memoryStores } } = client;\nmemoryStores.memories.create('m', { path: '/a', content: 'x' });`,
      errors: [{ messageId: 'betaResource', data: resource('beta.memoryStores.memories.create', 'memory stores (beta)'), line: 4 }],
    },
    {
      code: `${CLIENT}const { toolRunner } = client.beta.messages;\ntoolRunner({ ${BODY}, tools: [] });`,
      errors: [{ messageId: 'toolRunnerThread', data: THREAD_RUNNER, line: 4, column: 1, endColumn: 11 }],
    },
    {
      code: `${CLIENT}await client?.beta?.agents?.create?.({ name: 'a' });`,
      errors: [{ messageId: 'betaResource', data: AGENTS, line: 3, column: 7 }],
    },
    {
      code: `${CLIENT}const RESOURCE = 'vaults';\nclient['beta'][RESOURCE].list();\nclient[\`beta\`].tunnels['list']();`,
      errors: [
        { messageId: 'betaResource', line: 4, data: resource('beta.vaults.list', 'credential vaults (beta)') },
        { messageId: 'betaResource', line: 5, data: resource('beta.tunnels.list', 'MCP tunnels (beta)') },
      ],
    },
    // Clients in class fields, constructor assignments, factories, lazy singletons, annotated params.
    {
      code: `${IMPORT}class AgentService {\n  client = new Anthropic();\n  start() { return this.client.beta.sessions.create({ agent: 'a' }); }\n}`,
      errors: [{ messageId: 'betaResource', line: 4 }],
    },
    {
      code: `${IMPORT}class AgentService {\n  constructor() { this.claude = new Anthropic(); }\n  run() { return this.claude.beta.messages.toolRunner({ ${BODY}, tools: [] }); }\n}`,
      errors: [{ messageId: 'toolRunnerThread', line: 4 }],
    },
    {
      code: `${IMPORT}const makeClient = () => new Anthropic({ apiKey: 'k' });\nmakeClient().beta.messages.create({ ${BODY}, thread: { type: 'create' } });`,
      errors: [{ messageId: 'messageThread', line: 3 }],
    },
    {
      code: `${IMPORT}let instance;\nfunction getClient() {\n  if (!instance) instance = new Anthropic();\n  return instance;\n}\ngetClient().beta.memoryStores.list();`,
      errors: [{ messageId: 'betaResource', line: 7 }],
    },
    {
      code: `${IMPORT}export async function remember(client: Anthropic, store: string) {\n  await client.beta.memoryStores.memories.list(store);\n}`,
      tsOnly: true,
      errors: [{ messageId: 'betaResource', line: 3 }],
    },
    {
      code: `import type { Anthropic } from '@anthropic-ai/sdk';\nexport const run = (client: Anthropic) => client.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      tsOnly: true,
      errors: [{ messageId: 'toolRunnerThread', line: 2 }],
    },
    {
      code: `${IMPORT}class Agents {\n  constructor(private readonly claude: Anthropic) {}\n  create() { return this.claude.beta.agents.create({ name: 'a' }); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'betaResource', line: 4 }],
    },
    {
      code: `${IMPORT}const params = { ${BODY}, thread: { type: 'create' } } satisfies Anthropic.Beta.MessageCreateParams;\nexport const send = (client: InstanceType<typeof Anthropic>) => client.beta.messages.create(params);`,
      tsOnly: true,
      errors: [{ messageId: 'messageThread', data: { call: 'beta.messages.create' }, line: 3, column: 93 }],
    },
    {
      code: `${IMPORT}export const vaults = (beta: Anthropic['beta']) => beta.vaults.list();`,
      tsOnly: true,
      errors: [{ messageId: 'betaResource', data: resource('beta.vaults.list', 'credential vaults (beta)'), line: 2 }],
    },
    // Params through identifiers, spreads, nested consts and member writes before the call.
    {
      code: `${CLIENT}const extras = { compaction: { type: 'auto' } };\nconst params = { ${BODY}, ...extras };\nawait client.beta.messages.create(params);`,
      errors: [{ messageId: 'betaParam', line: 5, column: 35, data: { ...COMPACTION, call: 'beta.messages.create' } }],
    },
    {
      code: `${CLIENT}const params = { ${BODY} };\nparams.fallbacks = [{ model: 'claude-sonnet-4-6' }];\nawait client.beta.messages.create(params);`,
      errors: [{ messageId: 'betaParam', line: 5, column: 35, data: { ...FALLBACKS, call: 'beta.messages.create' } }],

    },
    // Clones keep the client's kind; their own defaultHeaders are read like the constructor's.
    {
      code: `${CLIENT}const scoped = client.withOptions({ timeout: 10_000 });\nscoped.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      errors: [{ messageId: 'toolRunnerThread', data: THREAD_RUNNER, line: 4 }],
    },
    {
      code: `${CLIENT}client.withOptions({ defaultHeaders: { 'anthropic-beta': 'context-1m-2025-08-07' } }).beta.agents.list();`,
      errors: [
        { messageId: 'betaResource', data: resource('beta.agents.list', 'Managed Agents (beta)'), line: 3, column: 1 },
        { messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' }, line: 3, column: 58 },
      ],
    },
    // clientModules: a company's wrapper package.
    {
      code: `import { claude } from '@acme/claude';\nawait claude.beta.agents.create({ name: 'a' });\nawait claude.beta.messages.toolRunner({ ${BODY}, tools: [] });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [
        { messageId: 'betaResource', line: 2, data: AGENTS },
        { messageId: 'toolRunnerThread', line: 3 },
      ],
    },
    {
      code: `import { createClaude } from '@acme/claude/factory';\nconst client = createClaude({ team: 'legal' });\nawait client.beta.messages.create({ ${BODY}, betas: ['interleaved-thinking-2025-05-14'] });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'betaFlag', line: 3, data: { flag: 'interleaved-thinking-2025-05-14' } }],
    },
  ],
});

describe('no-beta-api options schema', () => {
  const lint = (options: unknown) =>
    new Linter().verify('', [{ plugins: { 'claude-zdr': { rules: { 'no-beta-api': rule } } }, rules: { 'claude-zdr/no-beta-api': ['error', options] } }] as never, 'file.js');

  it('accepts a list of flags, globs, params and resource paths', () => {
    expect(lint({ allow: ['interleaved-thinking-*', 'beta.agents', 'compaction'] })).toEqual([]);
  });

  it.each([
    [{ allow: 'interleaved-thinking-*' }, /should be array/],
    [{ allow: [''] }, /shorter than 1 characters/],
    [{ allow: ['beta.agents', 'beta.agents'] }, /duplicate items/],
    [{ allow: [1] }, /should be string/],
    [{ allowFlags: [] }, /additional properties/],
  ])('rejects %j with ESLint\'s validation error', (options, message) => {
    expect(() => lint(options)).toThrow(message);
  });
});
