import type { TSESLint } from '@typescript-eslint/utils';
import { FLAT_ONLY_PROFILE_NAMES, type FlatOnlyProfileName, LANGUAGE_PROFILES, PROFILE_NAMES, PROFILES, type ProfileName } from './configs.js';
import { loadJsonLanguagePlugin } from './json-language.js';
import { PACKAGE_NAME, PACKAGE_VERSION, PLUGIN_PREFIX } from './package-info.js';
import { rules } from './rules/index.js';

export interface FlatConfig {
  name: string;
  /** Only on profiles for other languages (`claude-code`); the JavaScript profiles apply to every file. */
  files?: string[];
  language?: string;
  plugins: Record<string, unknown>;
  rules: Record<string, TSESLint.SharedConfig.RuleEntry>;
  settings?: Record<string, unknown>;
}

export interface LegacyConfig {
  plugins: string[];
  rules: Record<string, TSESLint.SharedConfig.RuleEntry>;
  settings?: Record<string, unknown>;
}

type Configs = Record<ProfileName | FlatOnlyProfileName, FlatConfig> & Record<`legacy-${ProfileName}`, LegacyConfig>;

const configs = {} as Configs;

const plugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION },
  rules,
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
        plugins: { [PLUGIN_PREFIX]: plugin, json: loadJsonLanguagePlugin(name) },
        rules: { ...profile.rules },
      }),
  });
}

export default plugin;
// Lets `require('eslint-plugin-claude-zdr')` return the plugin itself (Node >= 20.19 loads ESM with require).
export { plugin as 'module.exports' };
