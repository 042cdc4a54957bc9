/**
 * The Vercel AI SDK (PRODUCT.md §3b, integrations.md §A.2): every row the SDK can express,
 * reported by the owning rule at the option, tool or call that causes it, without types, in JS
 * and TS; and the traps (other vendors' providers with the same option shapes, flags the library
 * adds by itself, client-side MCP, a satisfied geo, a company proxy) stay silent.
 */
import noBatchesApi from '../../src/rules/no-batches-api.js';
import noBetaApi from '../../src/rules/no-beta-api.js';
import noBrowserClient from '../../src/rules/no-browser-client.js';
import noCodeExecution from '../../src/rules/no-code-execution.js';
import noContextManagement from '../../src/rules/no-context-management.js';
import noDisallowedModel from '../../src/rules/no-disallowed-model.js';
import noFilesApi from '../../src/rules/no-files-api.js';
import noMcpConnector from '../../src/rules/no-mcp-connector.js';
import noOpenaiCompat from '../../src/rules/no-openai-compat.js';
import noSkillsApi from '../../src/rules/no-skills-api.js';
import noThirdPartyPlatform from '../../src/rules/no-third-party-platform.js';
import noWebSearch from '../../src/rules/no-web-search.js';
import requireInferenceGeo from '../../src/rules/require-inference-geo.js';
import { fileURLToPath } from 'node:url';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const AI = "import { generateText, streamText, generateObject, ToolLoopAgent } from 'ai';\n";
const ANTHROPIC = "import { anthropic, createAnthropic } from '@ai-sdk/anthropic';\n";
const OPENAI = "import { openai, createOpenAI } from '@ai-sdk/openai';\n";
const GOOGLE = "import { google } from '@ai-sdk/google';\n";
const H = AI + ANTHROPIC;
const MODEL = "model: anthropic('claude-opus-4-6')";
const US = "providerOptions: { anthropic: { inferenceGeo: 'us' } }";
/** A request with the given provider options for `anthropic`. */
const withOptions = (options: string, model = MODEL) => `${H}await generateText({ ${model}, prompt: 'x', providerOptions: { anthropic: { ${options} } } });`;

runDual('no-context-management (AI SDK)', noContextManagement, {
  valid: [
    // The same option under another vendor's provider, or another vendor's key, reaches no Claude model.
    `${H}${OPENAI}await generateText({ model: openai('gpt-4o'), prompt: 'x', providerOptions: { anthropic: { contextManagement: { edits: [] } } } });`,
    `${H}${GOOGLE}await generateText({ model: google('gemini-2.5-pro'), prompt: 'x', providerOptions: { google: { contextManagement: { edits: [] } } } });`,
    `${H}await generateText({ ${MODEL}, prompt: 'x', providerOptions: { openai: { contextManagement: { edits: [] } } } });`,
    withOptions('contextManagement: undefined'),
    // A memory tool of another vendor.
    `${H}${OPENAI}const tools = { memory: openai.tools.memory_20250818() };`,
  ],
  invalid: [
    { code: withOptions('contextManagement: { edits: [{ type: "clear_tool_uses_20250919" }] }'), errors: [{ messageId: 'contextManagement', data: { call: 'generateText', key: 'contextManagement', feature: 'context management' }, line: 3 }] },
    // An options object held in a const is reported where the request uses it.
    {
      code: `${H}const ANTHROPIC_OPTIONS = { contextManagement: { edits: [] } };\nawait streamText({ ${MODEL}, prompt: 'x', providerOptions: { anthropic: ANTHROPIC_OPTIONS } });`,
      errors: [{ messageId: 'contextManagement', line: 4, column: 100 }],
    },
    // A model whose provider the file cannot see: options under `anthropic` are for a Claude model.
    { code: `${H}import { model } from './model';\nawait generateText({ model, prompt: 'x', providerOptions: { anthropic: { contextManagement: { edits: [] } } } });`, errors: [{ messageId: 'contextManagement', line: 4 }] },
    // The key of a `createAnthropic({ name })` provider, read as well as the canonical one.
    {
      code: `${H}const claude = createAnthropic({ name: 'legal.messages' });\nawait generateText({ model: claude('claude-opus-4-6'), prompt: 'x', providerOptions: { legal: { contextManagement: { edits: [] } } } });`,
      errors: [{ messageId: 'contextManagement', line: 4 }],
    },
    // Agents: the settings are every call's options.
    { code: `${H}new ToolLoopAgent({ ${MODEL}, providerOptions: { anthropic: { contextManagement: { edits: [] } } } });`, errors: [{ messageId: 'contextManagement', data: { call: 'new ToolLoopAgent', key: 'contextManagement', feature: 'context management' } }] },
    // The memory tool brings the context-management flag: a finding where the library makes it.
    { code: `${H}const tools = { memory: anthropic.tools.memory_20250818({ execute: async () => '' }) };`, errors: [{ messageId: 'memoryTool', data: { type: 'anthropic.tools.memory_20250818' }, line: 3 }] },
    // Bedrock's and Vertex's Anthropic providers read the same options.
    {
      code: `${AI}import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';\nawait generateText({ model: bedrockAnthropic('us.anthropic.claude-sonnet-4-6-v1:0'), prompt: 'x', providerOptions: { bedrock: { contextManagement: { edits: [] } } } });`,
      errors: [{ messageId: 'contextManagement' }],
    },
    // defaultSettingsMiddleware adds the options to every call of the wrapped model.
    { code: `import { defaultSettingsMiddleware } from 'ai';\nconst middleware = defaultSettingsMiddleware({ settings: { providerOptions: { anthropic: { contextManagement: { edits: [] } } } } });`, errors: [{ messageId: 'contextManagement' }] },
  ],
});

runDual('no-skills-api (AI SDK)', noSkillsApi, {
  valid: [
    `${H}${OPENAI}await generateText({ model: openai('gpt-4o'), prompt: 'x', providerOptions: { openai: { container: { skills: [{ type: 'anthropic', skillId: 'pdf' }] } } } });`,
    withOptions('container: { skills: [] }'),
    // uploadSkill to another vendor.
    `import { uploadSkill } from 'ai';\n${OPENAI}await uploadSkill({ api: openai, files: [] });`,
  ],
  invalid: [
    { code: withOptions("container: { skills: [{ type: 'anthropic', skillId: 'pptx', version: 'latest' }] }"), errors: [{ messageId: 'skillsParam', data: { key: 'skills' } }] },
    { code: withOptions("container: { skills: [{ type: 'custom', providerReference: { anthropic: 'skill_1' } }] }"), errors: [{ messageId: 'skillsParam' }] },
    { code: `import { uploadSkill } from 'ai';\n${ANTHROPIC}await uploadSkill({ api: anthropic.skills(), files: [], displayTitle: 'x' });`, errors: [{ messageId: 'surfaceCall', data: { call: 'uploadSkill', surface: 'the Skills API' } }] },
    { code: `import { uploadSkill } from 'ai';\n${ANTHROPIC}await uploadSkill({ api: anthropic, files: [] });`, errors: [{ messageId: 'surfaceCall' }] },
    { code: `${ANTHROPIC}await anthropic.skills().uploadSkill({ files: [] });`, errors: [{ messageId: 'surfaceCall', data: { call: 'skills().uploadSkill', surface: 'the Skills API' } }] },
  ],
});

runDual('no-files-api (AI SDK)', noFilesApi, {
  valid: [
    // PDFs and images are sent inline; the provider adds its PDF flag by itself.
    `${H}await generateText({ ${MODEL}, ${US}, messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: pdfBytes }] }] });`,
    `${H}await generateText({ ${MODEL}, ${US}, messages: [{ role: 'user', content: [{ type: 'image', image: new URL('https://example.com/a.png') }] }] });`,
    `import { uploadFile } from 'ai';\n${OPENAI}await uploadFile({ api: openai.files(), data: bytes, mediaType: 'application/pdf' });`,
    `${H}${OPENAI}await generateText({ model: openai('gpt-4o'), messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: { openai: 'file_1' } }] }] });`,
  ],
  invalid: [
    { code: `import { uploadFile } from 'ai';\n${ANTHROPIC}await uploadFile({ api: anthropic.files(), data: bytes, mediaType: 'application/pdf', filename: 'a.pdf' });`, errors: [{ messageId: 'surfaceCall', data: { call: 'uploadFile', surface: 'the Files API' } }] },
    { code: `import { uploadFile } from 'ai';\n${ANTHROPIC}const api = anthropic;\nawait uploadFile({ api, data: bytes, mediaType: 'application/pdf' });`, errors: [{ messageId: 'surfaceCall', line: 4 }] },
    { code: `${ANTHROPIC}const files = anthropic.files();\nawait files.deleteFile({ id: 'file_1' });\nawait files.getFileMetadata({ id: 'file_1' });`, errors: [{ messageId: 'surfaceCall', line: 3 }, { messageId: 'surfaceCall', line: 4 }] },
    {
      code: `${H}await generateText({ ${MODEL}, messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: { type: 'reference', reference: { anthropic: 'file_1' } } }] }] });`,
      errors: [{ messageId: 'fileReference', data: { key: 'data.reference' } }],
    },
    { code: `${H}await generateText({ ${MODEL}, messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: { anthropic: 'file_1' } }] }] });`, errors: [{ messageId: 'fileReference', data: { key: 'data.anthropic' } }] },
    { code: `${H}const part = { type: 'file', mediaType: 'application/pdf', data: uploaded.providerReference };\nawait generateText({ ${MODEL}, messages: [{ role: 'user', content: [part] }] });`, errors: [{ messageId: 'fileReference', line: 4, data: { key: 'providerReference' } }] },
    {
      code: `${H}await generateText({ ${MODEL}, messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'text/csv', data: bytes, providerOptions: { anthropic: { containerUpload: true } } }] }] });`,
      errors: [{ messageId: 'fileReference', data: { key: 'containerUpload' } }],
    },
  ],
});

runDual('no-batches-api (AI SDK)', noBatchesApi, {
  valid: [
    `import { experimental_startBatch } from 'ai';\n${OPENAI}await experimental_startBatch({ provider: openai, requests: [] });`,
    // With no provider the global provider (the gateway) runs it: not Anthropic's Batches API.
    `import { experimental_startBatch } from 'ai';\nawait experimental_startBatch({ requests: [] });`,
    { code: `import { experimental_cancelBatch } from 'ai';\n${ANTHROPIC}await experimental_cancelBatch({ provider: anthropic, batch });`, options: [{ allowMethods: ['cancel'] }] },
  ],
  invalid: [
    {
      code: `import { experimental_startBatch, experimental_getBatchResults, experimental_listBatches } from 'ai';\n${ANTHROPIC}const batch = await experimental_startBatch({ provider: anthropic, requests: [{ id: 'a', type: 'text', model: 'claude-opus-4-6', prompt: 'x' }] });\nawait experimental_getBatchResults({ provider: anthropic.experimental_batch(), batch });\nawait experimental_listBatches({ provider: anthropic });`,
      errors: [
        { messageId: 'surfaceCall', data: { call: 'experimental_startBatch', surface: 'the Message Batches API' }, line: 3 },
        { messageId: 'surfaceCall', line: 4 },
        { messageId: 'surfaceCall', line: 5 },
      ],
    },
    { code: `${ANTHROPIC}await anthropic.experimental_batch().doCancelBatch({ batch });`, errors: [{ messageId: 'surfaceCall', data: { call: 'experimental_batch().doCancelBatch', surface: 'the Message Batches API' } }] },
  ],
});

runDual('no-code-execution (AI SDK)', noCodeExecution, {
  valid: [
    `${H}${OPENAI}await generateText({ model: openai('gpt-4o'), prompt: 'x', providerOptions: { openai: { container: { id: 'cont_1' } } }, tools: { code: openai.tools.codeInterpreter() } });`,
    withOptions("container: { skills: [{ type: 'anthropic', skillId: 'pdf' }] }"),
  ],
  invalid: [
    { code: withOptions("container: { id: 'cont_1' }"), errors: [{ messageId: 'containerReuse', data: { call: 'generateText', key: 'container' } }] },
    { code: withOptions('container: { id: containerId }'), errors: [{ messageId: 'containerReuse' }] },
    {
      code: `${H}await generateText({ ${MODEL}, prompt: 'x', tools: { a: anthropic.tools.codeExecution_20250522(), b: anthropic.tools.codeExecution_20250825(), c: anthropic.tools.codeExecution_20260120() } });`,
      errors: [
        { messageId: 'codeExecutionTool', data: { type: 'anthropic.tools.codeExecution_20250522' } },
        { messageId: 'codeExecutionTool', data: { type: 'anthropic.tools.codeExecution_20250825' } },
        { messageId: 'codeExecutionTool', data: { type: 'anthropic.tools.codeExecution_20260120' } },
      ],
    },
    // A raw provider tool object, judged where the request uses it (v6/v7 `provider`, v5 `provider-defined`).
    { code: `${H}await generateText({ ${MODEL}, prompt: 'x', tools: { code: { type: 'provider', id: 'anthropic.code_execution_20250825', args: {} } } });`, errors: [{ messageId: 'codeExecutionTool', data: { type: 'anthropic.code_execution_20250825' } }] },
    { code: `${H}await generateText({ ${MODEL}, prompt: 'x', tools: { code: { type: 'provider-defined', id: 'anthropic.code_execution_20250522', name: 'code_execution', args: {} } } });`, errors: [{ messageId: 'codeExecutionTool' }] },
    // The container forwarder reuses the last step's sandbox.
    { code: `${H}import { forwardAnthropicContainerIdFromLastStep } from '@ai-sdk/anthropic';\nawait generateText({ ${MODEL}, prompt: 'x', prepareStep: forwardAnthropicContainerIdFromLastStep });`, errors: [{ messageId: 'containerReuse', data: { call: 'generateText', key: 'prepareStep' }, line: 4 }] },
    { code: `${H}import { forwardAnthropicContainerIdFromLastStep } from '@ai-sdk/anthropic';\nnew ToolLoopAgent({ ${MODEL}, prepareStep: ({ steps }) => forwardAnthropicContainerIdFromLastStep({ steps }) });`, errors: [{ messageId: 'containerReuse', data: { call: 'forwardAnthropicContainerIdFromLastStep', key: 'container' } }] },
    // prepareStep returning provider options.
    { code: `${H}await generateText({ ${MODEL}, prompt: 'x', prepareStep: () => ({ providerOptions: { anthropic: { container: { id: 'cont_1' } } } }) });`, errors: [{ messageId: 'containerReuse' }] },
  ],
});

runDual('no-mcp-connector (AI SDK)', noMcpConnector, {
  valid: [
    // Client-side MCP: the app's own MCP client and its tools are not the hosted connector.
    `${H}import { createMCPClient } from '@ai-sdk/mcp';\nconst mcp = await createMCPClient({ transport: { type: 'sse', url: 'https://mcp.example.com/sse' } });\nawait generateText({ ${MODEL}, ${US}, tools: await mcp.tools() });`,
    { code: `${H}import { createMCPClient } from '@ai-sdk/mcp';\nconst mcp = await createMCPClient({ transport });\nconst tools = await mcp.tools();\nawait generateText({ ${MODEL}, ${US}, tools });`, settings: REPORT_UNRESOLVED },
    // An app variable named mcpServers.
    `${H}const mcpServers = [{ url: 'https://mcp.example.com' }];\nawait generateText({ ${MODEL}, ${US}, prompt: JSON.stringify(mcpServers) });`,
    withOptions('mcpServers: []'),
  ],
  invalid: [
    { code: withOptions("mcpServers: [{ type: 'url', name: 'crm', url: 'https://mcp.example.com/sse' }]"), errors: [{ messageId: 'mcpServers', data: { call: 'generateText', key: 'mcpServers', feature: 'the hosted MCP connector' } }] },
    { code: `${H}const servers = [{ type: 'url', name: 'crm', url }];\nawait generateText({ ${MODEL}, prompt: 'x', providerOptions: { anthropic: { mcpServers: servers } } });`, errors: [{ messageId: 'mcpServers', line: 4, column: 104 }] },
  ],
});

runDual('no-web-search (AI SDK)', noWebSearch, {
  valid: [`${H}${OPENAI}await generateText({ model: openai('gpt-4o'), prompt: 'x', tools: { search: openai.tools.webSearch() } });`],
  invalid: [
    {
      code: `${H}const tools = {\n  search: anthropic.tools.webSearch_20250305({ maxUses: 3 }),\n  search2: anthropic.tools.webSearch_20260209(),\n  fetch: anthropic.tools.webFetch_20250910(),\n  fetch2: anthropic.tools.webFetch_20260318(),\n};`,
      errors: [
        { messageId: 'webTool', data: { type: 'anthropic.tools.webSearch_20250305', tool: 'web search' }, line: 4 },
        { messageId: 'webTool', line: 5 },
        { messageId: 'webTool', data: { type: 'anthropic.tools.webFetch_20250910', tool: 'web fetch' }, line: 6 },
        { messageId: 'webTool', line: 7 },
      ],
    },
    { code: `${AI}import { vertexAnthropic } from '@ai-sdk/google-vertex/anthropic';\nconst tools = { search: vertexAnthropic.tools.webSearch_20250305() };`, errors: [{ messageId: 'webTool', data: { type: 'vertexAnthropic.tools.webSearch_20250305', tool: 'web search' } }] },
    { code: `${H}await generateText({ ${MODEL}, prompt: 'x', tools: { search: { type: 'provider', id: 'anthropic.web_search_20250305', args: {} } } });`, errors: [{ messageId: 'webTool', data: { type: 'anthropic.web_search_20250305', tool: 'web search' } }] },
  ],
});

runDual('no-beta-api (AI SDK)', noBetaApi, {
  valid: [
    // Flags the provider adds by itself (structured outputs for function tools, PDFs) are no findings.
    `${H}import { tool } from 'ai';\nawait generateText({ ${MODEL}, ${US}, tools: { weather: tool({ description: 'x', inputSchema, execute: async () => 1 }) } });`,
    `${H}await generateObject({ ${MODEL}, ${US}, schema, messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: bytes }] }] });`,
    // The text editor and tool search of this line add no beta.
    `${ANTHROPIC}const tools = { edit: anthropic.tools.textEditor_20250728(), search: anthropic.tools.toolSearchBm25_20251119() };`,
    { code: withOptions("anthropicBeta: ['context-1m-2025-08-07']"), options: [{ allow: ['context-1m-*'] }] },
    `${H}${OPENAI}await generateText({ model: openai('gpt-4o'), prompt: 'x', headers: { 'anthropic-beta': 'x-2025' }, providerOptions: { openai: { thread: { type: 'create' } } } });`,
  ],
  invalid: [
    { code: withOptions("anthropicBeta: ['context-1m-2025-08-07']"), errors: [{ messageId: 'betaFlag', data: { flag: 'context-1m-2025-08-07' } }] },
    { code: `${H}await generateText({ ${MODEL}, prompt: 'x', headers: { 'anthropic-beta': 'interleaved-thinking-2025-05-14' } });`, errors: [{ messageId: 'betaFlag' }] },
    { code: `${ANTHROPIC}const claude = createAnthropic({ headers: { 'anthropic-beta': 'fine-grained-tool-streaming-2025-05-14' } });`, errors: [{ messageId: 'betaFlag' }] },
    { code: withOptions("thread: { type: 'create' }"), errors: [{ messageId: 'messageThread', data: { call: 'generateText', key: 'thread', feature: 'message threads (server-held conversation state)' } }] },
    { code: withOptions("fallbacks: 'default'"), errors: [{ messageId: 'betaParam', data: { call: 'generateText', key: 'fallbacks', feature: 'server-side model fallbacks (beta)' } }] },
    { code: withOptions("compaction: { type: 'summarize' }"), errors: [{ messageId: 'betaParam', data: { call: 'generateText', key: 'compaction', feature: 'server-side compaction (beta)' } }] },
    { code: withOptions("safeguards: [{ type: 'dangerous_tool_use' }], taskBudget: { type: 'tokens', total: 50000 }"), errors: [{ messageId: 'betaParam', data: { call: 'generateText', key: 'safeguards', feature: 'dangerous-tool-use safeguards (beta)' } }, { messageId: 'betaParam', data: { call: 'generateText', key: 'taskBudget', feature: 'task budgets (beta)' } }] },
    // Beta tools: the tool is the finding, not the flag the provider adds.
    {
      code: `${ANTHROPIC}const tools = { computer: anthropic.tools.computer_20250124({ displayWidthPx: 1, displayHeightPx: 1 }), advisor: anthropic.tools.advisor_20260301({ model: 'claude-opus-4-8' }) };`,
      errors: [
        { messageId: 'betaTool', data: { type: 'anthropic.tools.computer_20250124', flag: 'computer-use-2025-01-24', library: '@ai-sdk/anthropic' } },
        { messageId: 'betaTool', data: { type: 'anthropic.tools.advisor_20260301', flag: 'advisor-tool-2026-03-01', library: '@ai-sdk/anthropic' } },
      ],
    },
  ],
});

runDual('no-browser-client (AI SDK)', noBrowserClient, {
  valid: [
    `${ANTHROPIC}const claude = createAnthropic({ apiKey: process.env.KEY, headers: { 'x-app': 'legal' } });`,
    `${ANTHROPIC}const claude = createAnthropic({ headers: { 'anthropic-dangerous-direct-browser-access': 'false' } });`,
  ],
  invalid: [
    { code: `${ANTHROPIC}const claude = createAnthropic({ headers: { 'anthropic-dangerous-direct-browser-access': 'true' } });`, errors: [{ messageId: 'browserHeader', data: { header: 'anthropic-dangerous-direct-browser-access' } }] },
    { code: `${H}await streamText({ ${MODEL}, prompt: 'x', headers: { 'anthropic-dangerous-direct-browser-access': 'true' } });`, errors: [{ messageId: 'browserHeader' }] },
  ],
});

runDual('no-third-party-platform (AI SDK)', noThirdPartyPlatform, {
  valid: [
    // A company's own proxy is not a gateway.
    `${ANTHROPIC}const claude = createAnthropic({ baseURL: 'https://llm-proxy.internal.example.com/v1' });`,
    // Bedrock and the gateway with another vendor's model.
    `${AI}import { bedrock } from '@ai-sdk/amazon-bedrock';\nawait generateText({ model: bedrock('amazon.nova-pro-v1:0'), prompt: 'x' });`,
    `${AI}await generateText({ model: 'openai/gpt-5', prompt: 'x' });`,
    { code: `${AI}await generateText({ model: 'anthropic/claude-sonnet-4.5', prompt: 'x' });`, options: [{ allow: ['vercel-ai-gateway'] }] },
    { code: `${AI}import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';\nbedrockAnthropic('anthropic.claude-sonnet-4-6');`, options: [{ allow: ['bedrock'] }] },
  ],
  invalid: [
    { code: `${AI}import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';\nawait generateText({ model: bedrockAnthropic('us.anthropic.claude-sonnet-4-6-v1:0'), prompt: 'x' });`, errors: [{ messageId: 'platformClient', data: { client: 'bedrockAnthropic', platform: 'Amazon Bedrock' } }] },
    // A provider built once is one finding, at its construction.
    {
      code: `import { createBedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';\nconst bedrock = createBedrockAnthropic({ region: 'us-east-1' });\nbedrock('anthropic.claude-sonnet-4-6');\nbedrock('anthropic.claude-opus-4-6');`,
      errors: [{ messageId: 'platformClient', data: { client: 'createBedrockAnthropic', platform: 'Amazon Bedrock' }, line: 2 }],
    },
    { code: `import { createVertexAnthropic } from '@ai-sdk/google-vertex/anthropic';\nconst vertex = createVertexAnthropic({ project: 'p' });`, errors: [{ messageId: 'platformClient', data: { client: 'createVertexAnthropic', platform: 'Google Vertex AI' } }] },
    { code: `import { googleVertexAnthropic } from '@ai-sdk/google-vertex/anthropic/edge';\ngoogleVertexAnthropic('claude-sonnet-4-6@20260101');`, errors: [{ messageId: 'platformClient', data: { client: 'googleVertexAnthropic', platform: 'Google Vertex AI' } }] },
    // Bedrock Converse with a Claude id.
    { code: `import { bedrock } from '@ai-sdk/amazon-bedrock';\nbedrock('us.anthropic.claude-3-7-sonnet-20250219-v1:0');`, errors: [{ messageId: 'platformClient', data: { client: 'bedrock', platform: 'Amazon Bedrock' } }] },
    // Gateways: a string id goes to the Vercel AI Gateway; `gateway()`; OpenRouter; a gateway baseURL.
    {
      code: `${AI}await generateText({ model: 'anthropic/claude-opus-4.6', prompt: 'x' });`,
      errors: [{ messageId: 'gatewayClient', data: { client: "model: 'anthropic/claude-opus-4.6'", gateway: 'the Vercel AI Gateway', note: "; its `providerOptions.gateway.zeroDataRetention` routing filter is Vercel's arrangement, not the organisation's agreement with Anthropic" } }],
    },
    { code: `import { gateway } from 'ai';\nconst model = gateway('anthropic/claude-sonnet-4.5');`, errors: [{ messageId: 'gatewayClient' }] },
    { code: `import { createGateway } from '@ai-sdk/gateway';\nconst gw = createGateway({ apiKey });\nconst model = gw('anthropic/claude-sonnet-4.5');`, errors: [{ messageId: 'gatewayClient', line: 3 }] },
    { code: `import { openrouter } from '@openrouter/ai-sdk-provider';\nconst model = openrouter('anthropic/claude-3.5-sonnet');`, errors: [{ messageId: 'gatewayClient', data: { client: "openrouter('anthropic/claude-3.5-sonnet')", gateway: 'OpenRouter', note: '' } }] },
    { code: `${ANTHROPIC}const claude = createAnthropic({ baseURL: 'https://openrouter.ai/api/v1' });`, errors: [{ messageId: 'gatewayClient', data: { client: 'createAnthropic', gateway: 'OpenRouter', note: '' } }] },
    // The Anthropic SDK's own client pointed at a gateway.
    { code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ baseURL: 'https://gateway.ai.cloudflare.com/v1/acct/gw/anthropic' });`, errors: [{ messageId: 'gatewayClient', data: { client: 'Anthropic', gateway: 'Cloudflare AI Gateway', note: '' } }] },
  ],
});

runDual('no-openai-compat (AI SDK)', noOpenaiCompat, {
  valid: [`${OPENAI}const provider = createOpenAI({ baseURL: 'https://api.openai.com/v1' });`],
  invalid: [
    { code: `${OPENAI}const provider = createOpenAI({ baseURL: 'https://api.anthropic.com/v1/' });`, errors: [{ messageId: 'openaiCompat', data: { client: 'createOpenAI', url: 'https://api.anthropic.com/v1/' } }] },
    { code: `import { createOpenAICompatible } from '@ai-sdk/openai-compatible';\nconst provider = createOpenAICompatible({ name: 'claude', baseURL: 'https://api.anthropic.com/v1' });`, errors: [{ messageId: 'openaiCompat' }] },
  ],
});

runDual('no-disallowed-model (AI SDK)', noDisallowedModel, {
  valid: [
    `${ANTHROPIC}const model = anthropic('claude-opus-4-6');`,
    `${AI}await generateText({ model: 'openai/gpt-5', prompt: 'x' });`,
    { code: `import { bedrock } from '@ai-sdk/amazon-bedrock';\nbedrock('amazon.nova-pro-v1:0');`, options: [{ allow: ['claude-opus-*'] }] },
  ],
  invalid: [
    { code: `${ANTHROPIC}const model = anthropic('claude-fable-5');`, errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'anthropic model', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' } }] },
    { code: `${ANTHROPIC}const model = anthropic.languageModel('claude-mythos-5');\nconst chat = createAnthropic({})('claude-fable-5-1');`, errors: [{ messageId: 'retentionModel', line: 2 }, { messageId: 'retentionModel', line: 3 }] },
    // Gateway ids with dotted versions, normalised.
    { code: `${AI}await generateText({ model: 'anthropic/claude-fable-5.1', prompt: 'x' });`, errors: [{ messageId: 'retentionModel', data: { model: 'anthropic/claude-fable-5.1', place: 'generateText model', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' } }] },
    { code: `${AI}await generateText({ model: 'anthropic/claude-opus-4.6', prompt: 'x' });`, options: [{ allow: ['claude-opus-4-8'] }], errors: [{ messageId: 'notAllowedModel' }] },
    { code: withOptions("fallbacks: [{ model: 'claude-fable-5' }]"), errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'generateText fallbacks', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' } }] },
    { code: `${ANTHROPIC}const tools = { advisor: anthropic.tools.advisor_20260301({ model: 'claude-fable-5' }) };`, errors: [{ messageId: 'retentionModel' }] },
    { code: `import { experimental_startBatch } from 'ai';\n${ANTHROPIC}await experimental_startBatch({ provider: anthropic, requests: [{ id: 'a', type: 'text', model: 'claude-mythos-5', prompt: 'x' }] });`, errors: [{ messageId: 'retentionModel' }] },
    { code: `import { createProviderRegistry } from 'ai';\n${ANTHROPIC}${OPENAI}const registry = createProviderRegistry({ anthropic, openai });\nregistry.languageModel('anthropic:claude-fable-5');\nregistry.languageModel('openai:gpt-5');`, errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'registry.languageModel model', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' }, line: 5 }] },
    { code: `import { bedrock } from '@ai-sdk/amazon-bedrock';\nbedrock('anthropic.claude-3-5-sonnet-20240620-v1:0');`, options: [{ allow: ['claude-opus-*'] }], errors: [{ messageId: 'notAllowedModel' }] },
  ],
});

runDual('require-inference-geo (AI SDK)', requireInferenceGeo, {
  valid: [
    `${H}await generateText({ ${MODEL}, prompt: 'x', ${US} });`,
    `${H}const options = { anthropic: { inferenceGeo: 'us' } };\nawait streamText({ ${MODEL}, prompt: 'x', providerOptions: options });`,
    `${H}new ToolLoopAgent({ ${MODEL}, ${US} });`,
    // Platforms and gateways take no geo; other vendors' models are none of ours.
    `${AI}import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';\nawait generateText({ model: bedrockAnthropic('anthropic.claude-sonnet-4-6'), prompt: 'x' });`,
    `${AI}await generateText({ model: 'anthropic/claude-opus-4.6', prompt: 'x' });`,
    `${H}const claude = createAnthropic({ baseURL: 'https://openrouter.ai/api/v1' });\nawait generateText({ model: claude('claude-opus-4-6'), prompt: 'x' });`,
    `${H}${OPENAI}await generateText({ model: openai('gpt-4o'), prompt: 'x' });`,
    // A company's proxy still reaches Anthropic, with its geo.
    `${H}const claude = createAnthropic({ baseURL: 'https://llm-proxy.internal.example.com/v1' });\nawait generateText({ model: claude('claude-opus-4-6'), prompt: 'x', ${US} });`,
    // The geo comes from defaultSettingsMiddleware around the model, or prepareStep.
    `${H}import { wrapLanguageModel, defaultSettingsMiddleware } from 'ai';\nconst model = wrapLanguageModel({ model: anthropic('claude-opus-4-6'), middleware: defaultSettingsMiddleware({ settings: { ${US} } }) });\nawait generateText({ model, prompt: 'x' });`,
    // An imported model cannot be judged untyped (silent unless unresolved values are asked for).
    `${H}import { model } from './models';\nawait generateText({ model, prompt: 'x' });`,
  ],
  invalid: [
    {
      code: `${H}await generateText({ ${MODEL}, prompt: 'x' });`,
      errors: [{
        messageId: 'missingGeo',
        data: { call: 'generateText', key: 'providerOptions.anthropic.inferenceGeo', allowed: '"us"' },
        suggestions: [{ messageId: 'addGeo', data: { key: 'providerOptions.anthropic.inferenceGeo', geo: 'us' }, output: `${H}await generateText({ ${MODEL}, prompt: 'x', providerOptions: { anthropic: { inferenceGeo: 'us' } } });` }],
      }],
    },
    {
      code: `${H}await streamText({ ${MODEL}, prompt: 'x', providerOptions: { anthropic: { sendReasoning: true } } });`,
      errors: [{ messageId: 'missingGeo', suggestions: [{ messageId: 'addGeo', output: `${H}await streamText({ ${MODEL}, prompt: 'x', providerOptions: { anthropic: { sendReasoning: true, inferenceGeo: 'us' } } });` }] }],
    },
    {
      code: `${H}await generateText({ ${MODEL}, prompt: 'x', providerOptions: { openai: {} } });`,
      errors: [{ messageId: 'missingGeo', suggestions: [{ messageId: 'addGeo', output: `${H}await generateText({ ${MODEL}, prompt: 'x', providerOptions: { openai: {}, anthropic: { inferenceGeo: 'us' } } });` }] }],
    },
    {
      code: `${H}new ToolLoopAgent({ model: anthropic('claude-sonnet-4-6'), instructions: 'x' });`,
      errors: [{
        messageId: 'missingGeo',
        data: { call: 'new ToolLoopAgent', key: 'providerOptions.anthropic.inferenceGeo', allowed: '"us"' },
        column: 5,
        suggestions: [{ messageId: 'addGeo', output: `${H}new ToolLoopAgent({ model: anthropic('claude-sonnet-4-6'), instructions: 'x', providerOptions: { anthropic: { inferenceGeo: 'us' } } });` }],
      }],
    },
    {
      code: `${H}await generateText({ ${MODEL}, prompt: 'x', providerOptions: { anthropic: { inferenceGeo: 'global' } } });`,
      errors: [{ messageId: 'disallowedGeo', data: { key: 'providerOptions.anthropic.inferenceGeo', geo: '"global"', call: 'generateText', allowed: '"us"' }, suggestions: [{ messageId: 'replaceGeo', output: `${H}await generateText({ ${MODEL}, prompt: 'x', providerOptions: { anthropic: { inferenceGeo: 'us' } } });` }] }],
    },
    { code: `${H}await generateText({ model: anthropic('claude-haiku-4-5'), prompt: 'x', ${US} });`, errors: [{ messageId: 'legacyModelPinned', data: { model: 'claude-haiku-4-5', call: 'generateText', supported: 'Claude Opus 4.6, Sonnet 4.6 and later models' } }] },
    // Each batch request.
    {
      code: `import { experimental_startBatch } from 'ai';\n${ANTHROPIC}await experimental_startBatch({ provider: anthropic, requests: [{ id: 'a', type: 'text', model: 'claude-opus-4-6', prompt: 'x', ${US} }, { id: 'b', type: 'text', model: 'claude-opus-4-6', prompt: 'y' }] });`,
      errors: [{ messageId: 'missingGeo', data: { call: 'experimental_startBatch', key: 'providerOptions.anthropic.inferenceGeo', allowed: '"us"' }, suggestions: [{ messageId: 'addGeo', output: `import { experimental_startBatch } from 'ai';\n${ANTHROPIC}await experimental_startBatch({ provider: anthropic, requests: [{ id: 'a', type: 'text', model: 'claude-opus-4-6', prompt: 'x', ${US} }, { id: 'b', type: 'text', model: 'claude-opus-4-6', prompt: 'y', providerOptions: { anthropic: { inferenceGeo: 'us' } } }] });` }] }],
    },
    // An options object built elsewhere: reported, with no suggestion.
    { code: `${H}const options = { ${MODEL}, prompt: 'x' };\nawait generateText(options);`, errors: [{ messageId: 'missingGeo', line: 4, suggestions: [] }] },
    // Unresolved values when asked for: a model the file cannot see.
    { code: `${H}import { model } from './models';\nawait generateText({ model, prompt: 'x' });`, settings: REPORT_UNRESOLVED, errors: [{ messageId: 'unresolvedValue', data: { checks: 'the inference geo and the model', part: 'the `model` of `generateText`' } }] },
  ],
});

/** A project pinned to `@ai-sdk/anthropic` 2.0.75, which drops `inferenceGeo` without sending it. */
const OLD_PROJECT_FILE = fileURLToPath(new URL('../fixtures/old-providers/src/route.ts', import.meta.url));

runDual('require-inference-geo (AI SDK, provider too old to send the geo)', requireInferenceGeo, {
  valid: [],
  invalid: [
    {
      filename: OLD_PROJECT_FILE,
      code: `${H}await generateText({ ${MODEL}, prompt: 'x', ${US} });`,
      errors: [{
        messageId: 'geoDropped',
        data: { package: '@ai-sdk/anthropic', version: '2.0.75', since: '2.0.76', key: 'providerOptions.anthropic.inferenceGeo', call: 'generateText', allowed: '"us"' },
        line: 3,
      }],
    },
  ],
});
