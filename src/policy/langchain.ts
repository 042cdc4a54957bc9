/**
 * LangChain (`@langchain/anthropic`'s `ChatAnthropic` and `langchain`'s `initChatModel` /
 * `createAgent`) as data: its modules, the constructor fields and call options that are Messages
 * params, its tool helpers, the default model and the versions that send `inferenceGeo`
 * (PRODUCT.md §3b, integrations.md §C). Read off `@langchain/anthropic` 1.5.11 and `langchain` 1.5.14.
 */
import type { LibraryModule } from './libraries.js';

export type LangChainRole =
  /** `ChatAnthropic` / `ChatAnthropicMessages`: `new` (or `super(...)` in a subclass) builds a chat model. */
  | 'chatModelClass'
  /** The `tools` namespace of provider tool helpers (`tools.webSearch_20250305()`). */
  | 'tools'
  | 'initChatModel'
  | 'createAgent'
  | 'modelFallbackMiddleware';

export const LANGCHAIN_MODULES: readonly LibraryModule[] = [
  {
    library: 'langchain',
    module: '@langchain/anthropic',
    exports: { ChatAnthropic: 'chatModelClass', ChatAnthropicMessages: 'chatModelClass', tools: 'tools' },
  },
  // `langchain` serves every vendor: a file is analysed for it only when it names Claude (`'claude-…'`, `'anthropic:…'`).
  {
    library: 'langchain',
    module: 'langchain',
    exports: { initChatModel: 'initChatModel', createAgent: 'createAgent', modelFallbackMiddleware: 'modelFallbackMiddleware' },
    gate: false,
  },
  { library: 'langchain', module: 'langchain/chat_models/universal', exports: { initChatModel: 'initChatModel' }, gate: false },
];

/** Claude model ids written as strings (`initChatModel('claude-…')`, `createAgent({ model: 'anthropic:claude-…' })`). */
export const LANGCHAIN_MARKERS: readonly string[] = ['claude-'];

/** The model `ChatAnthropic` sends when none is given (`chat_models.js`: `model = "claude-sonnet-4-5-20250929"`). */
export const LANGCHAIN_DEFAULT_MODEL = 'claude-sonnet-4-5-20250929';

/** Constructor fields that are Messages params, as the Messages param each becomes. */
export const LANGCHAIN_FIELD_PARAMS: Readonly<Record<string, string>> = {
  contextManagement: 'context_management',
  betas: 'betas',
};

/** Call options (`.invoke(input, options)`, `.bindTools(tools, options)`, `.withConfig(options)`) that are Messages params. */
export const LANGCHAIN_CALL_PARAMS: Readonly<Record<string, string>> = {
  tools: 'tools',
  betas: 'betas',
  mcp_servers: 'mcp_servers',
  container: 'container',
};

/** Methods of a chat model that take call options, and where: `invoke(input, options)`, `bindTools(tools, options)`. */
export const LANGCHAIN_CALL_METHODS: Readonly<Record<string, { readonly options: number; readonly tools?: number }>> = {
  invoke: { options: 1 },
  stream: { options: 1 },
  // Runnable concurrency over `/v1/messages`: each input is an ordinary request, not the Batches API.
  batch: { options: 1 },
  streamEvents: { options: 1 },
  withConfig: { options: 0 },
  bindTools: { options: 1, tools: 0 },
};

/** Methods that return the model with options bound (the same model for what follows). */
export const LANGCHAIN_BINDING_METHODS: readonly string[] = ['bindTools', 'withConfig', 'withRetry', 'withStructuredOutput', 'withFallbacks'];

/** Where LangChain spells the geo: the constructor field and call option, and the `invocationKwargs` param. */
export const LANGCHAIN_GEO_KEY = 'inferenceGeo';
/** The first `@langchain/anthropic` version whose `inferenceGeo` field and call option are sent (`invocationKwargs.inference_geo` works in every version). */
export const LANGCHAIN_GEO_SINCE: readonly string[] = ['1.3.15'];

/** `tools.*` helpers and the tool `type` each sends (`src/tools/*.ts`). */
export const LANGCHAIN_TOOLS: Readonly<Record<string, string>> = {
  memory_20250818: 'memory_20250818',
  webSearch_20250305: 'web_search_20250305',
  webFetch_20250910: 'web_fetch_20250910',
  toolSearchRegex_20251119: 'tool_search_tool_regex_20251119',
  toolSearchBM25_20251119: 'tool_search_tool_bm25_20251119',
  textEditor_20250728: 'text_editor_20250728',
  computer_20251124: 'computer_20251124',
  computer_20250124: 'computer_20250124',
  codeExecution_20250825: 'code_execution_20250825',
  bash_20250124: 'bash_20250124',
  mcpToolset_20251120: 'mcp_toolset',
};

/**
 * Tool types for which `ChatAnthropic` adds a beta flag that no feature rule owns
 * (`dist/utils/tools.js` `ANTHROPIC_TOOL_BETAS`), for helpers and raw tool objects alike.
 */
export const LANGCHAIN_TOOL_BETAS: Readonly<Record<string, string>> = {
  tool_search_tool_regex_20251119: 'advanced-tool-use-2025-11-20',
  tool_search_tool_bm25_20251119: 'advanced-tool-use-2025-11-20',
  computer_20251124: 'computer-use-2025-11-24',
  computer_20250124: 'computer-use-2025-01-24',
};

/** `initChatModel` providers (`modelProvider` or the `provider:` prefix) that reach Claude somewhere other than Anthropic's API. */
export const LANGCHAIN_PLATFORM_PROVIDERS: Readonly<Record<string, 'bedrock' | 'vertex' | 'langsmith-gateway'>> = {
  bedrock: 'bedrock',
  aws: 'bedrock',
  'google-vertexai': 'vertex',
  'google-vertexai-web': 'vertex',
  langsmith: 'langsmith-gateway',
};
