import type { RuleName } from './rule-names.js';

/**
 * Request-body keys that take a Messages request outside ZDR, wherever the body goes
 * (create/stream/parse/countTokens/toolRunner, GA or beta, each batch request).
 */
export interface ParamFeature {
  readonly key: string;
  readonly owner: RuleName;
  readonly feature: string;
}

/** Judged only at the top level of a Messages body. */
export const MESSAGE_PARAM_FEATURES: readonly ParamFeature[] = [
  { key: 'context_management', owner: 'no-context-management', feature: 'context management' },
  { key: 'mcp_servers', owner: 'no-mcp-connector', feature: 'the hosted MCP connector' },
  { key: 'thread', owner: 'no-beta-api', feature: 'message threads (server-held conversation state)' },
  { key: 'compaction', owner: 'no-beta-api', feature: 'server-side compaction (beta)' },
  { key: 'fallbacks', owner: 'no-beta-api', feature: 'server-side model fallbacks (beta)' },
  { key: 'fallback_credit_token', owner: 'no-beta-api', feature: 'fallback credit tokens (beta)' },
  { key: 'billing_policy', owner: 'no-beta-api', feature: 'billing policies (beta)' },
];

/**
 * Judged at any depth of any request to a recognised client: these keys mean the same thing
 * wherever they sit (an agent's `mcp_servers`, a session resource's `file_id`).
 */
export const NESTED_PARAM_FEATURES: readonly ParamFeature[] = [
  { key: 'file_id', owner: 'no-files-api', feature: 'an uploaded file' },
  { key: 'context_management', owner: 'no-context-management', feature: 'context management' },
  { key: 'mcp_servers', owner: 'no-mcp-connector', feature: 'the hosted MCP connector' },
  { key: 'skills', owner: 'no-skills-api', feature: 'Skills' },
];

/** Tool `type` literals of server-side tools, by owner. */
export const SERVER_TOOL_TYPES: readonly { readonly pattern: RegExp; readonly owner: RuleName; readonly tool: string }[] = [
  { pattern: /^code_execution_\d{8}$/, owner: 'no-code-execution', tool: 'code execution' },
  { pattern: /^mcp_toolset$/, owner: 'no-mcp-connector', tool: 'MCP toolset' },
  { pattern: /^web_search_\d{8}$/, owner: 'no-web-search', tool: 'web search' },
  { pattern: /^web_fetch_\d{8}$/, owner: 'no-web-search', tool: 'web fetch' },
];
