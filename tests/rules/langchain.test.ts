/**
 * LangChain (PRODUCT.md §3b, integrations.md §C.2): `ChatAnthropic` (and subclasses),
 * `initChatModel`, `createAgent`; every row LangChain can express, reported by the owning rule at
 * the field, call option, tool or construction that causes it, without types, in JS and TS; and
 * the traps (`.batch()`, other vendors' models, a satisfied geo, the browser header turned off).
 */
import { fileURLToPath } from 'node:url';
import noBatchesApi from '../../src/rules/no-batches-api.js';
import noBetaApi from '../../src/rules/no-beta-api.js';
import noBrowserClient from '../../src/rules/no-browser-client.js';
import noCodeExecution from '../../src/rules/no-code-execution.js';
import noContextManagement from '../../src/rules/no-context-management.js';
import noDisallowedModel from '../../src/rules/no-disallowed-model.js';
import noFilesApi from '../../src/rules/no-files-api.js';
import noMcpConnector from '../../src/rules/no-mcp-connector.js';
import noSkillsApi from '../../src/rules/no-skills-api.js';
import noThirdPartyPlatform from '../../src/rules/no-third-party-platform.js';
import noWebSearch from '../../src/rules/no-web-search.js';
import requireInferenceGeo from '../../src/rules/require-inference-geo.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const LC = "import { ChatAnthropic, tools } from '@langchain/anthropic';\n";
const UNIVERSAL = "import { initChatModel, createAgent } from 'langchain';\n";
/** A compliant model: geo pinned, browser header off. */
const SAFE = "inferenceGeo: 'us', clientOptions: { dangerouslyAllowBrowser: false }";
const model = (fields: string) => `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE}, ${fields} });`;

runDual('no-context-management (LangChain)', noContextManagement, {
  valid: [model('contextManagement: undefined'), model('thinking: { type: "adaptive" }')],
  invalid: [
    { code: model("contextManagement: { edits: [{ type: 'clear_tool_uses_20250919' }] }"), errors: [{ messageId: 'contextManagement', data: { call: 'new ChatAnthropic', key: 'contextManagement', feature: 'context management' } }] },
    { code: model('invocationKwargs: { context_management: { edits: [] } }'), errors: [{ messageId: 'contextManagement', data: { call: 'new ChatAnthropic', key: 'context_management', feature: 'context management' } }] },
    { code: `${LC}const bound = model.bindTools([tools.memory_20250818({ execute: async () => '' })]);`, errors: [{ messageId: 'memoryTool', data: { type: 'tools.memory_20250818' } }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.bindTools([{ type: 'memory_20250818', name: 'memory' }]).invoke('x');`, errors: [{ messageId: 'memoryTool', line: 3 }] },
  ],
});

runDual('no-skills-api (LangChain)', noSkillsApi, {
  valid: [model("invocationKwargs: { container: { skills: [] } }")],
  invalid: [{ code: model("invocationKwargs: { container: { skills: [{ type: 'anthropic', skill_id: 'xlsx', version: 'latest' }] } }"), errors: [{ messageId: 'skillsParam', data: { key: 'skills' } }] }],
});

runDual('no-files-api (LangChain)', noFilesApi, {
  valid: [`${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke([{ role: 'user', content: [{ type: 'text', text: 'x' }] }]);`],
  invalid: [
    // An uploaded file referenced in invocationKwargs' messages is judged like the SDK's params.
    { code: model("invocationKwargs: { system: [{ type: 'document', source: { type: 'file', file_id: 'file_1' } }] }"), errors: [{ messageId: 'fileReference', data: { key: 'file_id' } }] },
    { code: model("betas: ['files-api-2025-04-14']"), errors: [{ messageId: 'betaFlag', data: { flag: 'files-api-2025-04-14' } }] },
  ],
});

runDual('no-batches-api (LangChain)', noBatchesApi, {
  // `.batch()` is concurrent Messages requests, not the Message Batches API.
  valid: [`${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.batch(['a', 'b'], { maxConcurrency: 2 });`],
  invalid: [],
});

runDual('no-code-execution (LangChain)', noCodeExecution, {
  valid: [`${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke('x', { container: undefined });`],
  invalid: [
    { code: `${LC}const bound = model.bindTools([tools.codeExecution_20250825()]);`, errors: [{ messageId: 'codeExecutionTool', data: { type: 'tools.codeExecution_20250825' } }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nmodel.bindTools([{ type: 'code_execution_20250825', name: 'code_execution' }]);`, errors: [{ messageId: 'codeExecutionTool', data: { type: 'code_execution_20250825' }, line: 3 }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke('x', { container: 'cont_1' });`, errors: [{ messageId: 'containerReuse', data: { call: 'model.invoke', key: 'container' }, line: 3 }] },
  ],
});

runDual('no-mcp-connector (LangChain)', noMcpConnector, {
  valid: [`${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke('x', { mcp_servers: [] });`],
  invalid: [
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.stream('x', { mcp_servers: [{ type: 'url', url: 'https://mcp.example.com/sse', name: 'crm' }] });`, errors: [{ messageId: 'mcpServers', data: { call: 'model.stream', key: 'mcp_servers', feature: 'the hosted MCP connector' } }] },
    { code: model("invocationKwargs: { mcp_servers: [{ type: 'url', url, name: 'crm' }] }"), errors: [{ messageId: 'mcpServers' }] },
    { code: `${LC}const bound = model.bindTools([tools.mcpToolset_20251120({ serverName: 'crm' })]);`, errors: [{ messageId: 'mcpToolset' }] },
  ],
});

runDual('no-web-search (LangChain)', noWebSearch, {
  valid: [
    // Another vendor's model through initChatModel: its tools are not Anthropic's server tools.
    `${UNIVERSAL}const gpt = await initChatModel('openai:gpt-4o');\nawait gpt.bindTools([{ type: 'web_search_20250305', name: 'web_search' }]).invoke('x');`,
  ],
  invalid: [
    { code: `${LC}const search = tools.webSearch_20250305({ maxUses: 2 });\nconst fetcher = tools.webFetch_20250910();`, errors: [{ messageId: 'webTool', data: { type: 'tools.webSearch_20250305', tool: 'web search' } }, { messageId: 'webTool', data: { type: 'tools.webFetch_20250910', tool: 'web fetch' } }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke('x', { tools: [{ type: 'web_search_20250305', name: 'web_search' }] });`, errors: [{ messageId: 'webTool', line: 3 }] },
  ],
});

runDual('no-beta-api (LangChain)', noBetaApi, {
  valid: [model("betas: []"), { code: model("betas: ['context-1m-2025-08-07']"), options: [{ allow: ['context-1m-*'] }] }],
  invalid: [
    { code: model("betas: ['context-1m-2025-08-07']"), errors: [{ messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' } }] },
    { code: model("clientOptions: { dangerouslyAllowBrowser: false, defaultHeaders: { 'anthropic-beta': 'interleaved-thinking-2025-05-14' } }").replace(`clientOptions: { dangerouslyAllowBrowser: false }, `, ''), errors: [{ messageId: 'betaFlag' }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke('x', { betas: ['token-efficient-tools-2025-02-19'], headers: { 'anthropic-beta': 'output-128k-2025-02-19' } });`, errors: [{ messageId: 'betaFlag', line: 3 }, { messageId: 'betaFlag', line: 3 }] },
    // Tools LangChain adds a beta flag for by itself.
    { code: `${LC}model.bindTools([tools.toolSearchRegex_20251119(), tools.computer_20250124({ displayWidthPx: 1, displayHeightPx: 1 })]);`, errors: [{ messageId: 'betaTool', data: { type: 'tools.toolSearchRegex_20251119', flag: 'advanced-tool-use-2025-11-20', library: '@langchain/anthropic' } }, { messageId: 'betaTool', data: { type: 'tools.computer_20250124', flag: 'computer-use-2025-01-24', library: '@langchain/anthropic' } }] },
  ],
});

runDual('no-browser-client (LangChain)', noBrowserClient, {
  valid: [
    `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', clientOptions: { dangerouslyAllowBrowser: false } });`,
    `${LC}const options = { dangerouslyAllowBrowser: false };\nconst model = new ChatAnthropic({ model: 'claude-opus-4-6', clientOptions: options });`,
    `${UNIVERSAL}const model = await initChatModel('anthropic:claude-opus-4-6', { clientOptions: { dangerouslyAllowBrowser: false } });`,
    `${UNIVERSAL}const model = await initChatModel('openai:gpt-4o');`,
    // Unreadable fields are silent unless asked for.
    `${LC}export const make = (fields) => new ChatAnthropic(fields);`,
  ],
  invalid: [
    {
      code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6' });`,
      errors: [{
        messageId: 'browserDefault',
        data: { client: 'new ChatAnthropic' },
        line: 2,
        column: 19,
        suggestions: [{ messageId: 'addBrowserOptOut', data: { property: 'clientOptions: { dangerouslyAllowBrowser: false }' }, output: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', clientOptions: { dangerouslyAllowBrowser: false } });` }],
      }],
    },
    {
      code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', clientOptions: { maxRetries: 2 } });`,
      errors: [{ messageId: 'browserDefault', suggestions: [{ messageId: 'addBrowserOptOut', output: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', clientOptions: { maxRetries: 2, dangerouslyAllowBrowser: false } });` }] }],
    },
    { code: `${LC}const model = new ChatAnthropic();`, errors: [{ messageId: 'browserDefault', suggestions: [{ messageId: 'addBrowserOptOut', output: `${LC}const model = new ChatAnthropic({ clientOptions: { dangerouslyAllowBrowser: false } });` }] }] },
    { code: `${LC}const model = new ChatAnthropic('claude-opus-4-6');`, errors: [{ messageId: 'browserDefault', suggestions: [{ messageId: 'addBrowserOptOut', output: `${LC}const model = new ChatAnthropic('claude-opus-4-6', { clientOptions: { dangerouslyAllowBrowser: false } });` }] }] },
    { code: `${LC}const model = new ChatAnthropic({ clientOptions: { dangerouslyAllowBrowser: undefined } });`, errors: [{ messageId: 'browserDefault', suggestions: [] }] },
    { code: `${LC}const model = new ChatAnthropic({ clientOptions: { dangerouslyAllowBrowser: true } });`, errors: [{ messageId: 'browserClient', data: { client: 'new ChatAnthropic' } }] },
    // Subclasses: `super(fields)` and a class with no constructor of its own.
    {
      code: `${LC}class LegalModel extends ChatAnthropic {\n  constructor() {\n    super({ model: 'claude-opus-4-6' });\n  }\n}\nclass Plain extends ChatAnthropic {}\nnew Plain({ model: 'claude-opus-4-6' });`,
      errors: [
        { messageId: 'browserDefault', data: { client: 'super' }, line: 4, suggestions: [{ messageId: 'addBrowserOptOut', output: `${LC}class LegalModel extends ChatAnthropic {\n  constructor() {\n    super({ model: 'claude-opus-4-6', clientOptions: { dangerouslyAllowBrowser: false } });\n  }\n}\nclass Plain extends ChatAnthropic {}\nnew Plain({ model: 'claude-opus-4-6' });` }] },
        { messageId: 'browserDefault', data: { client: 'new Plain' }, line: 8, suggestions: [{ messageId: 'addBrowserOptOut', output: `${LC}class LegalModel extends ChatAnthropic {\n  constructor() {\n    super({ model: 'claude-opus-4-6' });\n  }\n}\nclass Plain extends ChatAnthropic {}\nnew Plain({ model: 'claude-opus-4-6', clientOptions: { dangerouslyAllowBrowser: false } });` }] },
      ],
    },
    {
      code: `${UNIVERSAL}const model = await initChatModel('anthropic:claude-opus-4-6', { temperature: 0 });`,
      errors: [{ messageId: 'browserDefault', data: { client: 'initChatModel' }, suggestions: [{ messageId: 'addBrowserOptOut', output: `${UNIVERSAL}const model = await initChatModel('anthropic:claude-opus-4-6', { temperature: 0, clientOptions: { dangerouslyAllowBrowser: false } });` }] }],
    },
    { code: `${UNIVERSAL}const agent = createAgent({ model: 'anthropic:claude-opus-4-6', tools: [] });`, errors: [{ messageId: 'browserDefault', data: { client: "createAgent({ model: 'claude-opus-4-6' })" } }] },
    { code: `${LC}export const make = (fields) => new ChatAnthropic(fields);`, settings: REPORT_UNRESOLVED, errors: [{ messageId: 'unresolvedValue' }] },
  ],
});

runDual('no-third-party-platform (LangChain)', noThirdPartyPlatform, {
  valid: [
    `${LC}const model = new ChatAnthropic({ anthropicApiUrl: 'https://llm-proxy.internal.example.com' });`,
    `${UNIVERSAL}const model = await initChatModel('amazon.nova-pro-v1:0', { modelProvider: 'bedrock' });`,
  ],
  invalid: [
    { code: `${LC}const model = new ChatAnthropic({ anthropicApiUrl: 'https://openrouter.ai/api' });`, errors: [{ messageId: 'gatewayClient', data: { client: 'new ChatAnthropic', gateway: 'OpenRouter', note: '' } }] },
    { code: `${LC}const model = new ChatAnthropic({ clientOptions: { baseURL: 'https://gateway.smith.langchain.com/anthropic' } });`, errors: [{ messageId: 'gatewayClient', data: { client: 'new ChatAnthropic', gateway: 'the LangSmith LLM Gateway', note: '' } }] },
    { code: `${UNIVERSAL}const model = await initChatModel('claude-sonnet-4-6', { modelProvider: 'google-vertexai' });`, errors: [{ messageId: 'platformClient', data: { client: 'initChatModel', platform: 'Google Vertex AI' } }] },
    { code: `${UNIVERSAL}const model = await initChatModel('bedrock:anthropic.claude-sonnet-4-6');`, errors: [{ messageId: 'platformClient', data: { client: 'initChatModel', platform: 'Amazon Bedrock' } }] },
  ],
});

runDual('no-disallowed-model (LangChain)', noDisallowedModel, {
  valid: [model(''), `${UNIVERSAL}const model = await initChatModel('gpt-4o');`],
  invalid: [
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-fable-5' });`, errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'new ChatAnthropic', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' } }] },
    { code: `${LC}const model = new ChatAnthropic({ modelName: 'claude-mythos-5' });`, errors: [{ messageId: 'retentionModel' }] },
    { code: `${LC}const model = new ChatAnthropic('claude-fable-5-1');`, errors: [{ messageId: 'retentionModel' }] },
    // invocationKwargs is spread last: its model is the one sent.
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', invocationKwargs: { model: 'claude-fable-5' } });`, errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'new ChatAnthropic', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' } }] },
    // Omitting the model is the library's default, judged as if written: deprecated.
    {
      code: `${LC}const model = new ChatAnthropic({ temperature: 0 });`,
      errors: [{ messageId: 'deprecatedModel', data: { model: 'claude-sonnet-4-5-20250929', place: 'new ChatAnthropic, whose default model it is', date: 'November 30th, 2026' }, line: 2, column: 19 }],
    },
    { code: `${UNIVERSAL}const model = await initChatModel('anthropic:claude-fable-5');`, errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'initChatModel', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' } }] },
    { code: `${UNIVERSAL}const agent = createAgent({ model: 'claude-mythos-5' });`, errors: [{ messageId: 'retentionModel' }] },
    { code: `import { modelFallbackMiddleware } from 'langchain';\nconst fallback = modelFallbackMiddleware('anthropic:claude-fable-5', 'openai:gpt-4o');`, errors: [{ messageId: 'retentionModel' }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-sonnet-4-6' });`, options: [{ allow: ['claude-opus-*'] }], errors: [{ messageId: 'notAllowedModel' }] },
  ],
});

runDual('require-inference-geo (LangChain)', requireInferenceGeo, {
  valid: [
    model(''),
    `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', invocationKwargs: { inference_geo: 'us' } });`,
    // A geo every call sets counts for the model.
    `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6' });\nawait model.invoke('x', { inferenceGeo: 'us' });`,
    // A gateway takes no geo.
    `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', anthropicApiUrl: 'https://openrouter.ai/api' });`,
    `${UNIVERSAL}const model = await initChatModel('openai:gpt-4o');`,
  ],
  invalid: [
    {
      code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6' });`,
      errors: [{
        messageId: 'missingGeo',
        data: { call: 'new ChatAnthropic', key: 'inferenceGeo', allowed: '"us"' },
        line: 2,
        column: 19,
        suggestions: [{ messageId: 'addGeo', data: { key: 'inferenceGeo', geo: 'us' }, output: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', inferenceGeo: 'us' });` }],
      }],
    },
    { code: `${LC}const model = new ChatAnthropic('claude-opus-4-6');`, errors: [{ messageId: 'missingGeo', suggestions: [{ messageId: 'addGeo', output: `${LC}const model = new ChatAnthropic('claude-opus-4-6', { inferenceGeo: 'us' });` }] }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', inferenceGeo: 'global' });`, errors: [{ messageId: 'disallowedGeo', data: { key: 'inferenceGeo', geo: '"global"', call: 'new ChatAnthropic', allowed: '"us"' }, suggestions: [{ messageId: 'replaceGeo', output: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', inferenceGeo: 'us' });` }] }] },
    { code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke('x', { inferenceGeo: 'global' });`, errors: [{ messageId: 'disallowedGeo', line: 3, suggestions: [{ messageId: 'replaceGeo', output: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', ${SAFE} });\nawait model.invoke('x', { inferenceGeo: 'us' });` }] }] },
    // The default model predates geo support: pinned, the request fails; unpinned, it cannot be pinned.
    { code: `${LC}const model = new ChatAnthropic({ inferenceGeo: 'us' });`, errors: [{ messageId: 'legacyModelPinned', data: { model: 'claude-sonnet-4-5-20250929', call: 'new ChatAnthropic', supported: 'Claude Opus 4.6, Sonnet 4.6 and later models' } }] },
    { code: `${LC}const model = new ChatAnthropic();`, errors: [{ messageId: 'legacyModelUnpinned', data: { model: 'claude-sonnet-4-5-20250929', call: 'new ChatAnthropic', supported: 'Claude Opus 4.6, Sonnet 4.6 and later models', allowed: '"us"' } }] },
    { code: `${UNIVERSAL}const model = await initChatModel('claude-opus-4-6', { modelProvider: 'anthropic' });`, errors: [{ messageId: 'missingGeo', data: { call: 'initChatModel', key: 'inferenceGeo', allowed: '"us"' }, suggestions: [{ messageId: 'addGeo', output: `${UNIVERSAL}const model = await initChatModel('claude-opus-4-6', { modelProvider: 'anthropic', inferenceGeo: 'us' });` }] }] },
    { code: `${UNIVERSAL}const agent = createAgent({ model: 'anthropic:claude-opus-4-6' });`, errors: [{ messageId: 'missingGeo', data: { call: 'createAgent', key: 'inferenceGeo', allowed: '"us"' }, suggestions: [] }] },
    // A project on @langchain/anthropic 1.3.0: the `inferenceGeo` field is dropped; `invocationKwargs.inference_geo` is sent.
    {
      filename: fileURLToPath(new URL('../fixtures/old-providers/src/chain.ts', import.meta.url)),
      code: `${LC}const model = new ChatAnthropic({ model: 'claude-opus-4-6', inferenceGeo: 'us' });`,
      errors: [{ messageId: 'geoDropped', data: { package: '@langchain/anthropic', version: '1.3.0', since: '1.3.15', key: 'inferenceGeo', call: 'new ChatAnthropic', allowed: '"us"' } }],
    },
  ],
});
