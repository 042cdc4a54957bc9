/**
 * The JavaScript and TypeScript rules (PRODUCT.md §3): they lint source files through the shared
 * analysis in src/analysis/index.ts, and findings name their owner with one of these.
 */
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
  'no-cloud-session',
  'no-web-search',
  'require-inference-geo',
  'no-disallowed-model',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];

/**
 * The Claude Code settings rules (PRODUCT.md §3c): a separate kind, linting `.claude/settings.json`,
 * managed settings and `.mcp.json` as JSON through `@eslint/json` (ESLint 9.15 and later). Only the
 * flat `claude-code` profile turns them on, for those files; the JavaScript profiles never list them.
 */
export const SETTINGS_RULE_NAMES = [
  'claude-code-settings-model',
  'claude-code-settings-platform',
  'claude-code-settings-privacy',
  'claude-code-settings-mcp',
] as const;

export type SettingsRuleName = (typeof SETTINGS_RULE_NAMES)[number];

export const isSettingsRuleName = (name: string): name is SettingsRuleName => (SETTINGS_RULE_NAMES as readonly string[]).includes(name);
