/** Every rule id the plugin ships (PRODUCT.md §3). Findings name their owner with one of these. */
export const RULE_NAMES = [
  'no-files-api',
  'no-batches-api',
  'no-skills-api',
  'no-context-management',
  'no-browser-client',
  'no-code-execution',
  'no-mcp-connector',
  'no-beta-api',
  'no-third-party-platform',
  'no-openai-compat',
  'no-web-search',
  'require-inference-geo',
  'no-disallowed-model',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];
