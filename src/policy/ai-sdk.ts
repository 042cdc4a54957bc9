/**
 * The Vercel AI SDK (`ai` with `@ai-sdk/anthropic` and the Anthropic models of
 * `@ai-sdk/amazon-bedrock` and `@ai-sdk/google-vertex`, lines 5, 6 and 7) as data: its modules,
 * providers, the `providerOptions.anthropic` keys that are Messages params, its tools and the
 * provider versions that send `inferenceGeo` (PRODUCT.md §3b, integrations.md §A). Names were read
 * off the installed packages (`ai` 5.0, 6.0 and 7.0; `@ai-sdk/anthropic` 2.0, 3.0 and 4.0).
 */
import type { GatewayId } from './gateways.js';
import type { LibraryModule } from './libraries.js';

/** Who a provider's models talk to. */
export type AiSdkProviderId =
  | 'anthropic'
  | 'bedrock-anthropic'
  | 'vertex-anthropic'
  /** Bedrock Converse: any vendor's model; Claude only for `anthropic.claude-…` ids. */
  | 'bedrock'
  | 'gateway'
  | 'openrouter'
  | 'openai'
  | 'openai-compatible'
  /** Another vendor's provider (`@ai-sdk/openai`'s models, Google, Mistral, …): never Claude. */
  | 'other';

export interface AiSdkProvider {
  /** The package whose installed version decides what it sends. */
  readonly package: string;
  /** Where its requests go: Anthropic's API, a cloud platform, a gateway, or another vendor. */
  readonly reach: 'anthropic' | 'bedrock' | 'vertex' | GatewayId | 'other';
  /** Every model it makes is Claude (otherwise only ids that name a Claude model are). */
  readonly claudeOnly: boolean;
  /** Its Claude models speak the Messages API: `providerOptions.anthropic`, `tools`, headers are judged. */
  readonly messagesApi: boolean;
  /** The `providerOptions` keys its Claude models read (besides a `createAnthropic({ name })` key). */
  readonly optionKeys: readonly string[];
}

export const AI_SDK_PROVIDERS: Readonly<Record<AiSdkProviderId, AiSdkProvider>> = {
  anthropic: { package: '@ai-sdk/anthropic', reach: 'anthropic', claudeOnly: true, messagesApi: true, optionKeys: ['anthropic'] },
  // Both read the canonical `anthropic` key as well as their own (`getProviderOptionsName`).
  'bedrock-anthropic': { package: '@ai-sdk/amazon-bedrock', reach: 'bedrock', claudeOnly: true, messagesApi: true, optionKeys: ['anthropic', 'bedrock'] },
  'vertex-anthropic': { package: '@ai-sdk/google-vertex', reach: 'vertex', claudeOnly: true, messagesApi: true, optionKeys: ['anthropic', 'googleVertex', 'vertex'] },
  bedrock: { package: '@ai-sdk/amazon-bedrock', reach: 'bedrock', claudeOnly: false, messagesApi: false, optionKeys: [] },
  // The gateway hands `providerOptions.anthropic` on to Anthropic when it routes a Claude model there.
  gateway: { package: '@ai-sdk/gateway', reach: 'vercel-ai-gateway', claudeOnly: false, messagesApi: true, optionKeys: ['anthropic'] },
  openrouter: { package: '@openrouter/ai-sdk-provider', reach: 'openrouter', claudeOnly: false, messagesApi: false, optionKeys: [] },
  openai: { package: '@ai-sdk/openai', reach: 'other', claudeOnly: false, messagesApi: false, optionKeys: [] },
  'openai-compatible': { package: '@ai-sdk/openai-compatible', reach: 'other', claudeOnly: false, messagesApi: false, optionKeys: [] },
  other: { package: '', reach: 'other', claudeOnly: false, messagesApi: false, optionKeys: [] },
};

/**
 * Roles of the AI SDK's exports. `provider:<id>` is a provider instance (callable: `anthropic('id')`),
 * `factory:<id>` builds one (`createAnthropic(settings)`); the rest are functions and classes of `ai`.
 */
export type AiSdkRole =
  | `provider:${AiSdkProviderId}`
  | `factory:${AiSdkProviderId}`
  /** A call that sends a request with a model: `generateText`, `streamText`, `generateObject`, … */
  | 'generate'
  /** `new ToolLoopAgent(settings)` / `Experimental_Agent`: settings are every call's request options. */
  | 'agent'
  | 'uploadFile'
  | 'uploadSkill'
  | `batch:${AiSdkBatchMethod}`
  | 'wrapModel'
  | 'settingsMiddleware'
  | 'customProvider'
  | 'registry'
  /** `forwardAnthropicContainerIdFromLastStep`: puts the last step's container id in the next step's options. */
  | 'containerForwarder'
  /** `tool({...})`, `dynamicTool(...)`: the app's own function tools, never a server tool. */
  | 'functionTool'
  /** An MCP client (`createMCPClient`): client-side MCP, whose tools are the app's, not the hosted connector. */
  | 'mcpClient';

export type AiSdkBatchMethod = 'create' | 'retrieve' | 'results' | 'cancel' | 'list';

const provider = (id: AiSdkProviderId, ...names: string[]) => Object.fromEntries(names.map((name) => [name, `provider:${id}`]));
const factory = (id: AiSdkProviderId, ...names: string[]) => Object.fromEntries(names.map((name) => [name, `factory:${id}`]));

/** What `ai` itself exports that matters (every line; v7-only names are simply absent before). */
const AI_EXPORTS: Readonly<Record<string, AiSdkRole>> = {
  generateText: 'generate',
  streamText: 'generate',
  generateObject: 'generate',
  streamObject: 'generate',
  experimental_decide: 'generate',
  experimental_extract: 'generate',
  ToolLoopAgent: 'agent',
  Experimental_Agent: 'agent',
  uploadFile: 'uploadFile',
  uploadSkill: 'uploadSkill',
  experimental_startBatch: 'batch:create',
  experimental_getBatchStatus: 'batch:retrieve',
  experimental_getBatchResults: 'batch:results',
  experimental_cancelBatch: 'batch:cancel',
  experimental_listBatches: 'batch:list',
  wrapLanguageModel: 'wrapModel',
  defaultSettingsMiddleware: 'settingsMiddleware',
  customProvider: 'customProvider',
  experimental_customProvider: 'customProvider',
  createProviderRegistry: 'registry',
  experimental_createProviderRegistry: 'registry',
  gateway: 'provider:gateway',
  createGateway: 'factory:gateway',
  tool: 'functionTool',
  dynamicTool: 'functionTool',
  experimental_createMCPClient: 'mcpClient',
};

const row = (module: string, exports: Readonly<Record<string, string>>, gate?: false): LibraryModule => ({
  library: 'ai-sdk',
  module,
  exports,
  ...(gate === false ? { gate } : {}),
});

/** Other vendors' providers: their models are provably not Claude, so their options are never judged. */
const OTHER_VENDORS: readonly [string, string, string][] = [
  ['@ai-sdk/google', 'google', 'createGoogleGenerativeAI'],
  ['@ai-sdk/mistral', 'mistral', 'createMistral'],
  ['@ai-sdk/groq', 'groq', 'createGroq'],
  ['@ai-sdk/xai', 'xai', 'createXai'],
  ['@ai-sdk/azure', 'azure', 'createAzure'],
  ['@ai-sdk/deepseek', 'deepseek', 'createDeepSeek'],
  ['@ai-sdk/cohere', 'cohere', 'createCohere'],
];

export const AI_SDK_MODULES: readonly LibraryModule[] = [
  // `ai` is used with every vendor: its name alone does not mark a file as calling Claude.
  row('ai', AI_EXPORTS, false),
  row('@ai-sdk/anthropic', { ...provider('anthropic', 'anthropic'), ...factory('anthropic', 'createAnthropic'), forwardAnthropicContainerIdFromLastStep: 'containerForwarder' }),
  row('@ai-sdk/amazon-bedrock', { ...provider('bedrock', 'bedrock', 'amazonBedrock'), ...factory('bedrock', 'createAmazonBedrock') }),
  row('@ai-sdk/amazon-bedrock/anthropic', {
    ...provider('bedrock-anthropic', 'bedrockAnthropic', 'amazonBedrockAnthropic'),
    ...factory('bedrock-anthropic', 'createBedrockAnthropic', 'createAmazonBedrockAnthropic'),
  }),
  ...['@ai-sdk/google-vertex/anthropic', '@ai-sdk/google-vertex/anthropic/edge'].map((module) =>
    row(module, {
      ...provider('vertex-anthropic', 'vertexAnthropic', 'googleVertexAnthropic'),
      ...factory('vertex-anthropic', 'createVertexAnthropic', 'createGoogleVertexAnthropic'),
    }),
  ),
  // Vertex's own entry serves Google's models; Claude on Vertex is the `/anthropic` entry.
  ...['@ai-sdk/google-vertex', '@ai-sdk/google-vertex/edge'].map((module) =>
    row(module, { ...provider('other', 'vertex', 'googleVertex'), ...factory('other', 'createVertex', 'createGoogleVertex') }, false),
  ),
  row('@ai-sdk/gateway', { ...provider('gateway', 'gateway'), ...factory('gateway', 'createGateway') }),
  row('@openrouter/ai-sdk-provider', { ...provider('openrouter', 'openrouter'), ...factory('openrouter', 'createOpenRouter') }, false),
  row('@ai-sdk/mcp', { createMCPClient: 'mcpClient', experimental_createMCPClient: 'mcpClient' }, false),
  row('@ai-sdk/openai', { ...provider('openai', 'openai'), ...factory('openai', 'createOpenAI') }, false),
  row('@ai-sdk/openai-compatible', factory('openai-compatible', 'createOpenAICompatible'), false),
  ...OTHER_VENDORS.map(([module, instance, create]) => row(module, { ...provider('other', instance), ...factory('other', create) }, false)),
];

/**
 * Text only a file that calls Claude through the AI SDK contains, besides the provider modules:
 * a gateway or OpenRouter id (`'anthropic/claude-…'`) and a `providerOptions` key `anthropic`
 * (a route that imports its model from another module). Registry ids (`'anthropic:claude-…'`) too.
 */
export const AI_SDK_MARKERS: readonly (string | RegExp)[] = ['anthropic/', /anthropic['"]?\s*:/];

/** Provider methods that make a language model from an id (`anthropic.languageModel('id')`). */
export const AI_SDK_MODEL_METHODS: readonly string[] = ['languageModel', 'chat', 'messages', 'decisionModel', 'extractionModel', 'evaluationModel'];

/** Provider methods that return a storing API (`anthropic.files()`), with the rule, surface and what each method is. */
export const AI_SDK_PROVIDER_APIS: Readonly<Record<string, { readonly owner: 'no-files-api' | 'no-skills-api' | 'no-batches-api'; readonly surface: string; readonly methods: Readonly<Record<string, string>> }>> = {
  files: {
    owner: 'no-files-api',
    surface: 'the Files API',
    methods: { uploadFile: 'upload', getFileMetadata: 'retrieveMetadata', downloadFile: 'download', deleteFile: 'delete' },
  },
  skills: { owner: 'no-skills-api', surface: 'the Skills API', methods: { uploadSkill: 'create' } },
  experimental_batch: {
    owner: 'no-batches-api',
    surface: 'the Message Batches API',
    methods: { doStartBatch: 'create', doGetBatchStatus: 'retrieve', doGetBatchResults: 'results', doCancelBatch: 'cancel', doListBatches: 'list' },
  },
};

/** `ai`'s storing functions: the rule, surface and which provider API they take in `api` / `provider`. */
export const AI_SDK_STORING_FUNCTIONS = {
  uploadFile: { owner: 'no-files-api', surface: 'the Files API', via: 'api', api: 'files', subject: 'upload' },
  uploadSkill: { owner: 'no-skills-api', surface: 'the Skills API', via: 'api', api: 'skills', subject: 'create' },
} as const;

/**
 * `providerOptions.anthropic` keys that are Messages params: each is judged as its snake_case
 * twin (PRODUCT.md §3b), reported under the AI SDK's spelling.
 */
export const AI_SDK_OPTION_PARAMS: Readonly<Record<string, string>> = {
  contextManagement: 'context_management',
  mcpServers: 'mcp_servers',
  container: 'container',
  thread: 'thread',
  compaction: 'compaction',
  fallbacks: 'fallbacks',
  anthropicBeta: 'betas',
};

/** `providerOptions.anthropic` keys that turn on a beta feature (the provider adds its flag), with the feature. */
export const AI_SDK_BETA_OPTIONS: Readonly<Record<string, string>> = {
  safeguards: 'dangerous-tool-use safeguards (beta)',
  taskBudget: 'task budgets (beta)',
};

/** Where the AI SDK spells the geo, and the provider versions that send it (integrations.md §A.1). */
export const AI_SDK_GEO_KEY = 'inferenceGeo';
export const AI_SDK_GEO_SPELLING = 'providerOptions.anthropic.inferenceGeo';
/** Per major line, the first `@ai-sdk/anthropic` version that sends `inferenceGeo`; older ones drop it silently. */
export const AI_SDK_GEO_SINCE: readonly string[] = ['2.0.76', '3.0.69'];

/** A provider tool factory name (`webSearch_20250305`) as the tool `type` it sends (`web_search_20250305`). */
export function aiSdkToolType(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A raw provider tool's `id` (`anthropic.web_search_20250305`) as the tool `type` it sends. */
export function aiSdkProviderToolType(id: string): string | null {
  const match = /^anthropic\.([a-z0-9_]+)$/.exec(id);
  return match ? match[1]! : null;
}

/** The raw tool object `type`s of provider-defined tools (`'provider'` from v6 on, `'provider-defined'` in v5). */
export const AI_SDK_PROVIDER_TOOL_TYPES: readonly string[] = ['provider', 'provider-defined'];

/**
 * Tools for which the provider adds a beta flag that no feature rule owns (`anthropic-prepare-tools.ts`):
 * the tool is the `no-beta-api` finding (the flags of code execution, memory and web tools belong
 * to those tools' own rules).
 */
export const AI_SDK_TOOL_BETAS: Readonly<Record<string, string>> = {
  computer_20241022: 'computer-use-2024-10-22',
  text_editor_20241022: 'computer-use-2024-10-22',
  bash_20241022: 'computer-use-2024-10-22',
  computer_20250124: 'computer-use-2025-01-24',
  text_editor_20250124: 'computer-use-2025-01-24',
  text_editor_20250429: 'computer-use-2025-01-24',
  bash_20250124: 'computer-use-2025-01-24',
  computer_20251124: 'computer-use-2025-11-24',
  advisor_20260301: 'advisor-tool-2026-03-01',
};
