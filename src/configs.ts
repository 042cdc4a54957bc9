import type { ShippedRuleName } from './rules/index.js';
import { PLUGIN_PREFIX } from './package-info.js';
import { CLAUDE_CODE_SETTINGS_FILES } from './policy/claude-code.js';
import { isSettingsRuleName } from './policy/rule-names.js';
import { SETTINGS_KEY } from './settings.js';

/** What a profile sets a rule to. Never `off`: a profile only turns rules on, so profiles compose. */
export type Severity = 'error' | 'warn';

/**
 * The one table profiles are built from: each rule's severity in the base profiles
 * (`zdr`, `us-residency`, `hipaa`, and `claude-code` for the settings rules); a rule a profile
 * leaves out is absent from it. A new rule joins every profile of its kind by adding its line here.
 */
const RULE_PROFILES: Readonly<Record<ShippedRuleName, { zdr?: Severity; usResidency?: Severity; hipaa?: Severity; claudeCode?: Severity }>> = {
  'no-files-api': { zdr: 'error' },
  'no-batches-api': { zdr: 'error' },
  'no-skills-api': { zdr: 'error' },
  'no-context-management': { zdr: 'error' },
  'no-browser-client': { zdr: 'error' },
  'no-code-execution': { zdr: 'error' },
  'no-mcp-connector': { zdr: 'error' },
  'no-beta-api': { zdr: 'warn', hipaa: 'error' },
  'no-third-party-platform': { zdr: 'warn', hipaa: 'error' },
  'no-openai-compat': { zdr: 'warn', hipaa: 'error' },
  'no-cloud-session': { zdr: 'error' },
  'no-web-search': { hipaa: 'error' },
  'require-inference-geo': { usResidency: 'error' },
  'no-disallowed-model': { zdr: 'error' },
  // Settings rules (JSON): only the `claude-code` profile has them; the JavaScript profiles never do.
  'claude-code-settings-model': { claudeCode: 'error' },
  // `hipaa` is read by the audit, which runs the settings rules with each profile (auditSettingsRules).
  'claude-code-settings-platform': { claudeCode: 'warn', hipaa: 'error' },
  'claude-code-settings-privacy': { claudeCode: 'error' },
  'claude-code-settings-mcp': { claudeCode: 'error' },
};

export const PROFILE_NAMES = ['recommended', 'zdr', 'us-residency', 'hipaa', 'strict', 'audit', 'all', 'recommended-type-checked'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface Profile {
  readonly rules: Readonly<Record<string, Severity>>;
  readonly settings?: Readonly<Record<string, unknown>>;
}

const allRuleNames = Object.keys(RULE_PROFILES) as ShippedRuleName[];
/**
 * The rules of the JavaScript profiles. Those profiles have no `files`, so ESLint applies them to
 * every file it lints; the JSON rules stay out of them and live in `claude-code`, which has `files`.
 */
const ruleNames = allRuleNames.filter((name) => !isSettingsRuleName(name));
const settingsRuleNames = allRuleNames.filter(isSettingsRuleName);
const prefixed = (name: string) => `${PLUGIN_PREFIX}/${name}`;

/**
 * The rules a profile turns on, and only those: a later profile in a config array then raises or
 * lowers the severities it names and leaves every other rule as the earlier profiles set it.
 */
function profileRules(severityOf: (name: ShippedRuleName) => Severity | undefined, names: readonly ShippedRuleName[] = ruleNames): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  for (const name of names) {
    const severity = severityOf(name);
    if (severity !== undefined) rules[prefixed(name)] = severity;
  }
  return rules;
}

const zdr = (name: ShippedRuleName) => RULE_PROFILES[name].zdr;
const usResidency = (name: ShippedRuleName) => RULE_PROFILES[name].usResidency;
const recommended = (name: ShippedRuleName) => usResidency(name) ?? zdr(name);

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  recommended: { rules: profileRules(recommended) },
  zdr: { rules: profileRules(zdr) },
  'us-residency': { rules: profileRules(usResidency) },
  hipaa: { rules: profileRules((name) => RULE_PROFILES[name].hipaa ?? recommended(name)) },
  strict: { rules: profileRules(() => 'error'), settings: { [SETTINGS_KEY]: { reportUnresolved: true } } },
  audit: { rules: profileRules(() => 'warn') },
  all: { rules: profileRules(() => 'error') },
  'recommended-type-checked': { rules: profileRules(recommended), settings: { [SETTINGS_KEY]: { typeAware: true } } },
};

/** Profiles for other languages: flat config only, each limited to its files and language. */
export const FLAT_ONLY_PROFILE_NAMES = ['claude-code'] as const;
export type FlatOnlyProfileName = (typeof FLAT_ONLY_PROFILE_NAMES)[number];

export interface LanguageProfile extends Profile {
  readonly files: readonly string[];
  /** A language of `@eslint/json`, registered by the profile as the `json` plugin. */
  readonly language: string;
}

export const LANGUAGE_PROFILES: Readonly<Record<FlatOnlyProfileName, LanguageProfile>> = {
  // Strict JSON: Claude Code rejects a settings file with comments, so a comment is a parse error here too.
  'claude-code': {
    rules: profileRules((name) => RULE_PROFILES[name].claudeCode, settingsRuleNames),
    files: CLAUDE_CODE_SETTINGS_FILES,
    language: 'json/json',
  },
};

/**
 * The settings rules `claude-zdr audit` runs on Claude Code settings files with each profile: the
 * flat `claude-code` profile cannot be combined there, so the audit applies these to the files it
 * lists. The profiles that judge Zero Data Retention (`recommended`, `zdr`, `hipaa` and the typed
 * twin) use the `claude-code` severities (`hipaa` raises the ones it raises for code, as the platform
 * rule); `strict` and `all` turn every settings rule to error and `audit` to warn; `us-residency`
 * has none, since Claude Code settings do not choose where inference runs.
 */
export function auditSettingsRules(profile: ProfileName): Record<string, Severity> {
  const severityOf = (name: ShippedRuleName): Severity | undefined => {
    switch (profile) {
      case 'us-residency':
        return undefined;
      case 'strict':
      case 'all':
        return 'error';
      case 'audit':
        return 'warn';
      case 'hipaa':
        return RULE_PROFILES[name].hipaa ?? RULE_PROFILES[name].claudeCode;
      default:
        return RULE_PROFILES[name].claudeCode;
    }
  };
  return profileRules(severityOf, settingsRuleNames);
}
