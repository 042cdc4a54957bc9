import { RULE_NAMES, type RuleName } from './rule-names.js';
import { ownEntry } from '../utils/own-entry.js';

/**
 * How the policy classifies every part of the SDK surface in `sdk-surface.generated.ts`. A test
 * fails when the SDK grows a resource, Messages param, tool type or beta flag missing here, so an
 * SDK upgrade that adds a storing surface is reviewed before it can pass.
 */

/**
 * A rule that owns the surface (it stores data or leaves ZDR), or why it needs none:
 * `inference` ZDR-eligible inference, `metadata` read-only catalog data, `admin` account
 * administration that carries no prompt content, `local` runs in the client, `namespace` a grouping.
 */
export type ResourceClass = RuleName | 'inference' | 'metadata' | 'admin' | 'local' | 'namespace';

/** Resources below a storing or admin resource share its class (`skills.versions` is Skills). */
const coversSubtree = (resourceClass: ResourceClass) => resourceClass === 'admin' || (RULE_NAMES as readonly string[]).includes(resourceClass);

export const RESOURCE_CLASSES: Readonly<Record<string, ResourceClass>> = {
  beta: 'namespace',
  messages: 'inference',
  'beta.messages': 'inference',
  'messages.batches': 'no-batches-api',
  'beta.messages.batches': 'no-batches-api',
  files: 'no-files-api',
  'beta.files': 'no-files-api',
  skills: 'no-skills-api',
  'beta.skills': 'no-skills-api',
  models: 'metadata',
  'beta.models': 'metadata',
  'beta.agents': 'no-beta-api',
  'beta.sessions': 'no-beta-api',
  'beta.environments': 'no-beta-api',
  'beta.deployments': 'no-beta-api',
  'beta.deploymentRuns': 'no-beta-api',
  'beta.vaults': 'no-beta-api',
  'beta.memoryStores': 'no-beta-api',
  'beta.dreams': 'no-beta-api',
  'beta.tunnels': 'no-beta-api',
  'beta.userProfiles': 'no-beta-api',
  // GA user profiles attribute requests to end users; they hold no prompt or output content.
  userProfiles: 'admin',
  organization: 'admin',
  'beta.organization': 'admin',
  // `parseUnverified` / `unwrap` verify webhook payloads locally.
  'beta.webhooks': 'local',
};

/** A resource path's class: its own entry, or the nearest ancestor's when that class covers its subtree. */
export function resourceClassOf(path: string): ResourceClass | null {
  const own = ownEntry(RESOURCE_CLASSES, path);
  if (own) return own;
  const segments = path.split('.');
  for (let end = segments.length - 1; end > 0; end--) {
    const ancestor = ownEntry(RESOURCE_CLASSES, segments.slice(0, end).join('.'));
    if (ancestor) return coversSubtree(ancestor) ? ancestor : null;
  }
  return null;
}

/**
 * Top-level keys of a Messages body (create/stream/parse/countTokens/toolRunner/thread, batch
 * creation): the rule that judges the key, or `eligible` (plain inference), `advisory` (a ZDR
 * special case the docs allow, e.g. caching) or `local` (an SDK helper option never sent).
 */
export type ParamClass = RuleName | 'eligible' | 'advisory' | 'local';

export const MESSAGE_PARAM_CLASSES: Readonly<Record<string, ParamClass>> = {
  model: 'eligible',
  messages: 'eligible',
  max_tokens: 'eligible',
  system: 'eligible',
  metadata: 'eligible',
  stop_sequences: 'eligible',
  stream: 'eligible',
  thinking: 'eligible',
  tool_choice: 'eligible',
  // Each tool is judged by its `type` (SERVER_TOOL_TYPES, TOOL_TYPE_CLASSES).
  tools: 'eligible',
  inference_geo: 'eligible',
  service_tier: 'eligible',
  speed: 'eligible',
  user_profile_id: 'eligible',
  workspace_id: 'eligible',
  cache_control: 'advisory',
  diagnostics: 'advisory',
  output_config: 'advisory',
  output_format: 'advisory',
  container: 'no-code-execution',
  context_management: 'no-context-management',
  mcp_servers: 'no-mcp-connector',
  // Each flag is judged by betaFlagOwner().
  betas: 'no-beta-api',
  thread: 'no-beta-api',
  compaction: 'no-beta-api',
  fallbacks: 'no-beta-api',
  fallback_credit_token: 'no-beta-api',
  billing_policy: 'no-beta-api',
  requests: 'no-batches-api',
  max_iterations: 'local',
  runToolsEagerly: 'local',
  unsupportedRequestBehavior: 'local',
};

/** Tool types no rule owns: `client-side` tools run in the caller's code, `eligible-server` tools keep no state. */
export const TOOL_TYPE_CLASSES: readonly { readonly pattern: RegExp; readonly toolClass: 'client-side' | 'eligible-server' }[] = [
  { pattern: /^custom$/, toolClass: 'client-side' },
  { pattern: /^bash_\d{8}$/, toolClass: 'client-side' },
  { pattern: /^computer_\d{8}$/, toolClass: 'client-side' },
  { pattern: /^text_editor_\d{8}$/, toolClass: 'client-side' },
  { pattern: /^memory_\d{8}$/, toolClass: 'client-side' },
  { pattern: /^(browser|computer)_toolset_\d{8}$/, toolClass: 'client-side' },
  { pattern: /^tool_search_tool_(bm25|regex)(_\d{8})?$/, toolClass: 'eligible-server' },
  // The advisor is a beta server tool; its `advisor-tool-*` flag is judged by no-beta-api.
  { pattern: /^advisor_\d{8}$/, toolClass: 'eligible-server' },
];

/**
 * Beta flags reviewed as having no feature rule of their own: they fall to `no-beta-api` by
 * betaFlagOwner()'s default. A new SDK flag must either match a feature prefix or be added here.
 */
export const GENERAL_BETA_FLAGS: readonly string[] = [
  'admin-user-sign-out-2026-10-08',
  'advisor-tool-2026-03-01',
  'agent-memory-2026-07-22',
  'analytics-usage-cost-2026-08-24',
  'cache-diagnosis-2026-04-07',
  'ce-claude-code-managed-settings-2026-10-06',
  'ce-plugins-2026-09-01',
  'ce-user-management-2026-07-13',
  'compact-2026-01-12',
  'compact-2026-09-04',
  'computer-use-2024-10-22',
  'computer-use-2025-01-24',
  'computer-use-2025-11-24',
  'context-1m-2025-08-07',
  'dev-full-thinking-2025-05-14',
  'dreaming-2026-04-21',
  'experimental-claude-tag-2026-10-21',
  'extended-cache-ttl-2025-04-11',
  'fallback-credit-2026-06-01',
  'fallback-credit-2026-07-01',
  'fast-mode-2026-02-01',
  'inline-tools-2026-09-15',
  'interleaved-thinking-2025-05-14',
  'managed-agents-2026-04-01',
  'mcp-tunnels-2026-06-22',
  'message-threads-2026-08-12',
  'mid-conversation-output-config-2026-07-01',
  'mid-conversation-system-clear-at-2026-08-21',
  'mid-conversation-tool-changes-2026-07-01',
  'model-context-window-exceeded-2025-08-26',
  'output-128k-2025-02-19',
  'output-300k-2026-03-24',
  'pdfs-2024-09-25',
  'prompt-caching-2024-07-31',
  'server-side-fallback-2026-06-01',
  'server-side-fallback-2026-07-01',
  'spend-limit-reads-2026-09-26',
  'structured-outputs-2025-11-13',
  'task-budgets-2026-03-13',
  'telemetry-destinations-2026-08-11',
  'thinking-binding-controls-2026-08-01',
  'thinking-display-updates-2026-08-18',
  'thinking-token-count-2026-05-13',
  'token-counting-2024-11-01',
  'token-efficient-tools-2025-02-19',
  'user-profiles-2026-03-24',
  'user-profiles-2026-08-18',
  'user-profiles-2026-09-04',
  'user-profiles-billing-2026-10-01',
  'webhooks-2026-10-07',
];
