import type { TSESLint } from '@typescript-eslint/utils';
import { PROFILE_NAMES, PROFILES, type ProfileName } from './configs.js';
import { PACKAGE_NAME, PACKAGE_VERSION, PLUGIN_PREFIX } from './package-info.js';
import { rules } from './rules/index.js';

export interface FlatConfig {
  name: string;
  plugins: Record<string, unknown>;
  rules: Record<string, TSESLint.SharedConfig.RuleEntry>;
  settings?: Record<string, unknown>;
}

export interface LegacyConfig {
  plugins: string[];
  rules: Record<string, TSESLint.SharedConfig.RuleEntry>;
  settings?: Record<string, unknown>;
}

type Configs = Record<ProfileName, FlatConfig> & Record<`legacy-${ProfileName}`, LegacyConfig>;

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

export default plugin;
// Lets `require('eslint-plugin-claude-zdr')` return the plugin itself (Node >= 20.19 loads ESM with require).
export { plugin as 'module.exports' };
