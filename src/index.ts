import type { TSESLint } from '@typescript-eslint/utils';
import type { ESLint, Rule } from 'eslint';
import { FLAT_ONLY_PROFILE_NAMES, type FlatOnlyProfileName, LANGUAGE_PROFILES, PROFILE_NAMES, PROFILES, type ProfileName } from './configs.js';
import { loadJsonLanguagePlugin } from './json-language.js';
import { PACKAGE_NAME, PACKAGE_VERSION, PLUGIN_PREFIX } from './package-info.js';
import { rules, type ShippedRuleName } from './rules/index.js';

/**
 * A flat profile (`configs.<name>`). Typed with ESLint's own plugin type, so that `Linter.Config`,
 * `defineConfig`, typescript-eslint's `config()` and `ESLint.Plugin` all accept it.
 */
export interface FlatConfig {
  name: string;
  /** Only on profiles for other languages (`claude-code`); the JavaScript profiles apply to every file. */
  files?: string[];
  language?: string;
  plugins: Record<string, ESLint.Plugin>;
  rules: Record<string, TSESLint.SharedConfig.RuleEntry>;
  settings?: Record<string, unknown>;
}

/** An eslintrc profile (`configs["legacy-<name>"]`, `extends: ["plugin:claude-zdr/legacy-<name>"]`). */
export interface LegacyConfig {
  plugins: string[];
  rules: Record<string, TSESLint.SharedConfig.RuleEntry>;
  settings?: Record<string, unknown>;
}

export type Configs = Record<ProfileName | FlatOnlyProfileName, FlatConfig> & Record<`legacy-${ProfileName}`, LegacyConfig>;

/** A rule as ESLint's own types describe it, with the metadata every rule of ours has. */
export type ClaudeZdrRule = Rule.RuleModule & {
  meta: Rule.RuleMetaData & { docs: { description: string; url: string } };
};

/** The plugin object: what `import claudeZdr from 'eslint-plugin-claude-zdr'` gives. */
export interface ClaudeZdrPlugin {
  meta: { name: string; version: string };
  rules: Record<ShippedRuleName, ClaudeZdrRule>;
  configs: Configs;
}

const configs = {} as Configs;

const plugin: ClaudeZdrPlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION },
  // The rules are typed with @typescript-eslint/utils, whose RuleModule ESLint's Plugin type does
  // not accept (typescript-eslint#11543); users see ESLint's own rule type.
  rules: rules as unknown as ClaudeZdrPlugin['rules'],
  configs,
};

for (const name of PROFILE_NAMES) {
  const profile = PROFILES[name];
  const settings = profile.settings ? { settings: profile.settings } : {};
  configs[name] = { name: `${PLUGIN_PREFIX}/${name}`, plugins: { [PLUGIN_PREFIX]: plugin }, rules: { ...profile.rules }, ...settings };
  configs[`legacy-${name}`] = { plugins: [PLUGIN_PREFIX], rules: { ...profile.rules }, ...settings };
}

for (const name of FLAT_ONLY_PROFILE_NAMES) {
  const profile = LANGUAGE_PROFILES[name];
  let built: FlatConfig | undefined;
  // Built on first read, so `@eslint/json` (an optional peer) loads only for users of this profile.
  Object.defineProperty(configs, name, {
    enumerable: true,
    get: (): FlatConfig =>
      (built ??= {
        name: `${PLUGIN_PREFIX}/${name}`,
        files: [...profile.files],
        language: profile.language,
        plugins: { [PLUGIN_PREFIX]: plugin, json: loadJsonLanguagePlugin(name) as ESLint.Plugin },
        rules: { ...profile.rules },
      }),
  });
}

export default plugin;
// Lets `require('eslint-plugin-claude-zdr')` return the plugin itself (Node >= 20.19 loads ESM with require).
export { plugin as 'module.exports' };
