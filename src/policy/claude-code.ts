/**
 * What Claude Code reads from the settings files a repository commits, and which of it matters under
 * Zero Data Retention (PRODUCT.md §3c). Sources: the Claude Code "Zero Data Retention" page (seed 000:
 * the Fable 5 class is refused, `best` resolves to Opus, ZDR is first-party only, MCP servers and
 * other integrations are not covered) and its "Data usage" page (seed 003: telemetry, error
 * reporting and `/feedback` switches, local transcripts kept `cleanupPeriodDays`).
 */
import type { ThirdPartyPlatform } from './clients.js';
import { describeModel, type ModelDescription, type ModelFamily } from './models.js';

/**
 * Which settings file a path is. It decides what a missing setting means: `local` files and
 * managed drop-in fragments are merged over others, so they need not repeat what those set.
 */
export type SettingsFileKind = 'project' | 'local' | 'managed' | 'managed-fragment' | 'mcp';

/**
 * The files the `claude-code` profile lints. Managed settings are matched in the folders Claude Code
 * reads them from (and `.claude/`), so another tool's `managed-settings.json` is left alone.
 */
export const CLAUDE_CODE_SETTINGS_FILES: readonly string[] = [
  '**/.claude/settings.json',
  '**/.claude/settings.local.json',
  '**/.claude/managed-settings.json',
  '**/{ClaudeCode,claude-code}/managed-settings.json',
  '**/{.claude,ClaudeCode,claude-code}/managed-settings.d/*.json',
  '**/.mcp.json',
  '**/{.claude,ClaudeCode,claude-code}/managed-mcp.json',
];

/** The kind of a settings file from its path; any other JSON file counts as a project settings file. */
export function settingsFileKind(filename: string): SettingsFileKind {
  const parts = filename.split(/[\\/]/);
  const base = parts.at(-1) ?? '';
  if (base === '.mcp.json' || base === 'managed-mcp.json') return 'mcp';
  if (base === 'settings.local.json') return 'local';
  if (parts.at(-2) === 'managed-settings.d') return 'managed-fragment';
  if (base === 'managed-settings.json') return 'managed';
  return 'project';
}

/** Top-level settings keys that name a model Claude Code sends requests to. */
export const MODEL_SETTINGS: readonly { readonly key: string; readonly shape: 'one' | 'list' }[] = [
  { key: 'model', shape: 'one' },
  // Up to three models tried in order when the main one is overloaded; a string is read as a comma-separated list.
  { key: 'fallbackModel', shape: 'list' },
  // The models users may pick: listing one permits it.
  { key: 'availableModels', shape: 'list' },
  { key: 'advisorModel', shape: 'one' },
];

/** Environment variables (in `env`) that choose a model. */
export const MODEL_ENV_VARS: readonly string[] = [
  'ANTHROPIC_MODEL',
  'ANTHROPIC_SMALL_FAST_MODEL',
  'ANTHROPIC_DEFAULT_OPUS_MODEL',
  'ANTHROPIC_DEFAULT_SONNET_MODEL',
  'ANTHROPIC_DEFAULT_HAIKU_MODEL',
  'ANTHROPIC_DEFAULT_FABLE_MODEL',
  'CLAUDE_CODE_SUBAGENT_MODEL',
];

/**
 * Claude Code's model aliases and the class each stands for. They name no fixed id, so an allow
 * list permits one only by naming it. `best` resolves to Opus for ZDR organisations (seed 000).
 */
const CLAUDE_CODE_MODEL_ALIASES: Readonly<Record<string, ModelFamily | null>> = {
  default: null,
  best: 'opus',
  opus: 'opus',
  opusplan: 'opus',
  sonnet: 'sonnet',
  haiku: 'haiku',
  fable: 'fable',
};

/** `sonnet[1m]`, `claude-opus-4-6[1m]`: the same model with the 1M-token context window. */
const CONTEXT_SUFFIX = /\[1m\]$/i;
/** `opus-4-5`, `fable-5`: the short version spelling `availableModels` accepts. */
const SHORT_VERSION = /^(?:opus|sonnet|haiku|fable|mythos)-\d/;

export interface ClaudeCodeModel {
  /** The alias written (`fable`, `best`), or null for an id. */
  readonly alias: string | null;
  /** What the catalog knows of it; null for `default` and for ids that are not Claude models. */
  readonly description: ModelDescription | null;
}

/** Reads a model value of a Claude Code setting: an alias, a short version, an id or a provider id. */
export function describeClaudeCodeModel(raw: string): ClaudeCodeModel {
  const text = raw.trim().replace(CONTEXT_SUFFIX, '').toLowerCase();
  if (Object.hasOwn(CLAUDE_CODE_MODEL_ALIASES, text)) {
    const family = CLAUDE_CODE_MODEL_ALIASES[text]!;
    const description: ModelDescription | null = family && {
      id: text,
      family,
      generation: 'latest',
      acceptsInferenceGeo: true,
      retentionClass: family === 'fable' ? 'fable' : null,
      deprecatedUntil: null,
      catalogued: false,
    };
    return { alias: text, description };
  }
  return { alias: null, description: describeModel(SHORT_VERSION.test(text) ? `claude-${text}` : text) };
}

/** Environment variables that send Claude Code's requests through a cloud platform instead of Anthropic's API. */
export const PLATFORM_ENV_VARS: Readonly<Record<string, ThirdPartyPlatform>> = {
  CLAUDE_CODE_USE_BEDROCK: 'bedrock',
  CLAUDE_CODE_USE_MANTLE: 'bedrock',
  CLAUDE_CODE_USE_VERTEX: 'vertex',
  CLAUDE_CODE_USE_FOUNDRY: 'foundry',
};

const ON_VALUES = new Set(['1', 'true', 'yes', 'on']);
const OFF_VALUES = new Set(['', '0', 'false', 'no', 'off']);

/** Whether an env value turns a switch on; only these spellings are read as on. */
export const envSwitchOn = (value: string) => ON_VALUES.has(value.trim().toLowerCase());
/** Whether an env value plainly leaves a switch off; anything else may turn it on. */
export const envSwitchOff = (value: string) => OFF_VALUES.has(value.trim().toLowerCase());

/** Turns off every switch below at once (seed 003), so it satisfies each of them. */
export const NONESSENTIAL_TRAFFIC_ENV = 'CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC';

export interface PrivacySwitch {
  /** What Claude Code sends to Anthropic while the switch is off. */
  readonly sends: string;
  /** Other variables that turn this one's traffic off too. */
  readonly coveredBy: readonly string[];
}

/** The env switches of seed 003 that stop data leaving outside Zero Data Retention. */
export const PRIVACY_SWITCHES: Readonly<Record<string, PrivacySwitch>> = {
  DISABLE_TELEMETRY: { sends: 'usage metrics (Statsig)', coveredBy: [NONESSENTIAL_TRAFFIC_ENV] },
  DISABLE_ERROR_REPORTING: { sends: 'error reports (Sentry)', coveredBy: [NONESSENTIAL_TRAFFIC_ENV] },
  DISABLE_FEEDBACK_COMMAND: { sends: '`/feedback` transcripts (kept for five years)', coveredBy: [NONESSENTIAL_TRAFFIC_ENV] },
  CLAUDE_CODE_DISABLE_FEEDBACK_SURVEY: { sends: 'session survey ratings', coveredBy: [NONESSENTIAL_TRAFFIC_ENV, 'DISABLE_TELEMETRY'] },
  [NONESSENTIAL_TRAFFIC_ENV]: { sends: 'metrics, error reports, `/feedback` transcripts and surveys', coveredBy: [] },
};

/** PRODUCT.md §3c: each of these, or `CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC`. */
export const DEFAULT_REQUIRED_PRIVACY_ENV: readonly string[] = ['DISABLE_TELEMETRY', 'DISABLE_ERROR_REPORTING', 'DISABLE_FEEDBACK_COMMAND'];

/** How long local transcripts stay in plaintext under ~/.claude/projects when `cleanupPeriodDays` is not set (seed 003). */
export const DEFAULT_CLEANUP_PERIOD_DAYS = 30;

/** MCP transports that reach a server over the network; `stdio` and `sdk` servers are the user's own code. */
export const MCP_REMOTE_TRANSPORTS: readonly string[] = ['http', 'sse', 'ws'];
export const MCP_LOCAL_TRANSPORTS: readonly string[] = ['stdio', 'sdk'];
