import type { FindingKind } from './finding-kinds.js';
import { RULE_NAMES, type RuleName } from './rule-names.js';

/** A request key that turns on a feature outside ZDR, with the rule and finding kind it makes. */
export interface ParamFeature<R extends RuleName = RuleName> {
  readonly key: string;
  readonly owner: R;
  readonly kind: FindingKind<R>;
  readonly feature: string;
  /** `body`: judged at the top level of a Messages body; `anywhere`: at any depth of any request to a client. */
  readonly scope: 'body' | 'anywhere';
  /**
   * The key exists only for its feature: writing it is using the feature whatever the value,
   * unless the value is statically nullish, `false` or an empty array (PRODUCT.md §3).
   */
  readonly keyOnly: boolean;
}

const feature = <R extends RuleName>(row: ParamFeature<R>): ParamFeature => row as unknown as ParamFeature;

export const PARAM_FEATURES: readonly ParamFeature[] = [
  feature({ key: 'file_id', owner: 'no-files-api', kind: 'fileReference', feature: 'an uploaded file', scope: 'anywhere', keyOnly: true }),
  feature({ key: 'skills', owner: 'no-skills-api', kind: 'skillsParam', feature: 'Skills', scope: 'anywhere', keyOnly: false }),
  feature({ key: 'context_management', owner: 'no-context-management', kind: 'contextManagement', feature: 'context management', scope: 'anywhere', keyOnly: true }),
  feature({ key: 'mcp_servers', owner: 'no-mcp-connector', kind: 'mcpServers', feature: 'the hosted MCP connector', scope: 'anywhere', keyOnly: true }),
  feature({ key: 'thread', owner: 'no-beta-api', kind: 'messageThread', feature: 'message threads (server-held conversation state)', scope: 'body', keyOnly: true }),
  feature({ key: 'compaction', owner: 'no-beta-api', kind: 'betaParam', feature: 'server-side compaction (beta)', scope: 'body', keyOnly: true }),
  feature({ key: 'fallbacks', owner: 'no-beta-api', kind: 'betaParam', feature: 'server-side model fallbacks (beta)', scope: 'body', keyOnly: true }),
  feature({ key: 'fallback_credit_token', owner: 'no-beta-api', kind: 'betaParam', feature: 'fallback credit tokens (beta)', scope: 'body', keyOnly: true }),
  feature({ key: 'billing_policy', owner: 'no-beta-api', kind: 'betaParam', feature: 'billing policies (beta)', scope: 'body', keyOnly: true }),
];

/**
 * `container` on a Messages body: a string or `{ id }` reuses a code-execution sandbox, its
 * `skills` attach Skills; a container with only `skills` is a Skills finding alone.
 */
export const CONTAINER_KEY = 'container';
export const CONTAINER_REUSE = feature({
  key: 'id',
  owner: 'no-code-execution',
  kind: 'containerReuse',
  feature: 'a reused code-execution container',
  scope: 'body',
  keyOnly: true,
});

/** A server-side tool `type`, the rule that owns it and the finding it makes. */
export interface ServerToolType<R extends RuleName = RuleName> {
  readonly pattern: RegExp;
  readonly owner: R;
  readonly kind: FindingKind<R>;
  readonly tool: string;
}

const tool = <R extends RuleName>(row: ServerToolType<R>): ServerToolType => row as unknown as ServerToolType;

export const SERVER_TOOL_TYPES: readonly ServerToolType[] = [
  // The memory tool brings the `context-management-*` flag (PRODUCT.md §3b).
  tool({ pattern: /^memory_\d{8}$/, owner: 'no-context-management', kind: 'memoryTool', tool: 'memory' }),
  tool({ pattern: /^code_execution_\d{8}$/, owner: 'no-code-execution', kind: 'codeExecutionTool', tool: 'code execution' }),
  tool({ pattern: /^mcp_toolset$/, owner: 'no-mcp-connector', kind: 'mcpToolset', tool: 'MCP toolset' }),
  tool({ pattern: /^web_search_\d{8}$/, owner: 'no-web-search', kind: 'webTool', tool: 'web search' }),
  tool({ pattern: /^web_fetch_\d{8}$/, owner: 'no-web-search', kind: 'webTool', tool: 'web fetch' }),
];

export function serverToolOf(type: string): ServerToolType | undefined {
  return SERVER_TOOL_TYPES.find((t) => t.pattern.test(type));
}

/** Rules in the order of PRODUCT.md §3's table, which decides who reports an unreadable value. */
export function inTableOrder(rules: Iterable<RuleName>): RuleName[] {
  const set = new Set(rules);
  return RULE_NAMES.filter((rule) => set.has(rule));
}

/** Rules whose findings an unreadable `tools` list may hide. */
export const TOOL_RULES: readonly RuleName[] = inTableOrder(SERVER_TOOL_TYPES.map((t) => t.owner));

/**
 * Rules whose findings an unreadable request body may hide: every param feature, `container`
 * (code execution and Skills), server tools, and beta flags (`betas`).
 */
export const BODY_RULES: readonly RuleName[] = inTableOrder([
  ...PARAM_FEATURES.map((f) => f.owner),
  CONTAINER_REUSE.owner,
  ...TOOL_RULES,
  'no-beta-api',
]);

/** Rules an unreadable `container` may hide findings of. */
export const CONTAINER_RULES: readonly RuleName[] = inTableOrder([CONTAINER_REUSE.owner, 'no-skills-api']);
