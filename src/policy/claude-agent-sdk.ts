/**
 * The Claude Agent SDK (`@anthropic-ai/claude-agent-sdk`) and the `ai-sdk-provider-claude-code`
 * bridge, as data (PRODUCT.md §3c; integrations.md §B). The SDK drives Claude Code as a
 * subprocess, so it builds no Messages request itself: what matters under Zero Data Retention is
 * which model, platform, tools and beta flags its options give Claude Code, and whether the code
 * opens a cloud session (Claude Code on the Web), which ZDR organisations cannot use (seed 000).
 * Source: the installed SDK's declarations (`sdk.d.ts`, `browser-sdk.d.ts`, `bridge.d.ts`).
 */
import type { LibraryModule } from './libraries.js';

/**
 * What an export of these modules is. `query`, `startup` and `prewarm` take `{ options }` with
 * Claude Code's options; the bridge's provider takes the same option names as its settings.
 */
export type AgentSdkExportRole =
  | 'query'
  | 'startup'
  | 'prewarm'
  | 'providerFactory'
  | 'provider'
  | CloudSessionEntry;

/** The entry points that open or attach a Claude Code cloud session, each an export of its own. */
export type CloudSessionEntry = 'browserQuery' | 'attachBridgeSession' | 'createCodeSession' | 'fetchRemoteCredentials';

const AGENT_SDK_EXPORTS: Readonly<Record<string, AgentSdkExportRole>> = { query: 'query', startup: 'startup', prewarm: 'prewarm' };

export const AGENT_SDK_MODULE = '@anthropic-ai/claude-agent-sdk';
export const CLAUDE_CODE_PROVIDER_MODULE = 'ai-sdk-provider-claude-code';

export const CLAUDE_AGENT_SDK_MODULES: readonly LibraryModule[] = [
  { library: 'claude-agent-sdk', module: AGENT_SDK_MODULE, exports: AGENT_SDK_EXPORTS },
  { library: 'claude-agent-sdk', module: `${AGENT_SDK_MODULE}/core`, exports: AGENT_SDK_EXPORTS },
  { library: 'claude-agent-sdk', module: `${AGENT_SDK_MODULE}/browser`, exports: { query: 'browserQuery' } },
  {
    library: 'claude-agent-sdk',
    module: `${AGENT_SDK_MODULE}/bridge`,
    exports: { attachBridgeSession: 'attachBridgeSession', createCodeSession: 'createCodeSession', fetchRemoteCredentials: 'fetchRemoteCredentials' },
  },
  // The AI SDK provider over the Agent SDK: its settings are the Agent SDK's options under the same names.
  { library: 'claude-agent-sdk', module: CLAUDE_CODE_PROVIDER_MODULE, exports: { createClaudeCode: 'providerFactory', claudeCode: 'provider', startup: 'startup' } },
];

/** How each cloud-session entry point is named in messages: its module and what the call does. */
export const CLOUD_SESSION_ENTRIES: Readonly<Record<CloudSessionEntry, { readonly call: string; readonly entry: string; readonly action: string }>> = {
  browserQuery: { call: 'query()', entry: `${AGENT_SDK_MODULE}/browser`, action: 'connects to' },
  attachBridgeSession: { call: 'attachBridgeSession()', entry: `${AGENT_SDK_MODULE}/bridge`, action: 'attaches this process to' },
  createCodeSession: { call: 'createCodeSession()', entry: `${AGENT_SDK_MODULE}/bridge`, action: 'creates' },
  fetchRemoteCredentials: { call: 'fetchRemoteCredentials()', entry: `${AGENT_SDK_MODULE}/bridge`, action: 'registers a worker for' },
};

/** `createCodeSession(baseUrl, accessToken, title, timeoutMs, tags, gitContext, cwd, model, …)`: the model's position. */
export const CREATE_CODE_SESSION_MODEL_ARGUMENT = 7;

/** Options that name the model Claude Code runs, and how they list it. */
export const AGENT_MODEL_OPTIONS: readonly { readonly key: string; readonly shape: 'one' | 'list' }[] = [
  { key: 'model', shape: 'one' },
  // A comma-separated list, tried in order (sdk.d.ts `Options.fallbackModel`).
  { key: 'fallbackModel', shape: 'list' },
];

/** `extraArgs` are CLI flags by name (without `--`): the ones that choose a model. */
export const AGENT_MODEL_FLAGS: readonly { readonly key: string; readonly shape: 'one' | 'list' }[] = [
  { key: 'model', shape: 'one' },
  { key: 'fallback-model', shape: 'list' },
];

/** Options holding a settings object (or, for `settings`, a path to a settings file). */
export const AGENT_SETTINGS_OPTIONS: readonly string[] = ['settings', 'managedSettings'];

/** An agent definition's `model` that names no model: the subagent runs the main one. */
export const INHERIT_MODEL = 'inherit';

/** The env var that adds beta flags (comma-separated) to Claude Code's requests. */
export const BETAS_ENV_VAR = 'ANTHROPIC_BETAS';

/** The built-in tool that sends searches to Anthropic's web search server tool (integrations.md §B.2). */
export const WEB_SEARCH_TOOL = 'WebSearch';

/** Options that list tools; `tools` is the base set (absent or the `claude_code` preset: every default tool). */
export const TOOL_LIST_OPTIONS: readonly string[] = ['tools', 'allowedTools'];

/**
 * Whether a tool entry names the WebSearch tool: the name itself or a permission rule for it
 * (`WebSearch(…)`). Only the bare name in `disallowedTools` removes the tool.
 */
export const namesWebSearch = (entry: string) => entry === WEB_SEARCH_TOOL || entry.startsWith(`${WEB_SEARCH_TOOL}(`);

/** Bridge settings keys the provider ignores in `sdkOptions` (its own `model` argument wins). */
export const PROVIDER_SDK_OPTIONS_IGNORED: readonly string[] = ['model'];
