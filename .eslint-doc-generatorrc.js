// eslint-doc-generator settings: the README rules list and each rule page's header, generated
// from the built plugin (`npm run docs:update`; `npm test` runs `eslint-doc-generator --check`).
import plugin from './dist/index.js';
import { REPOSITORY_URL } from './dist/utils/create-rule.js';

/** One emoji per flat profile; a profile added later without one here shows as its name. */
const PROFILE_EMOJI = {
  recommended: '✅',
  zdr: '🛡️',
  'us-residency': '🇺🇸',
  hipaa: '🏥',
  strict: '🔒',
  audit: '🔍',
  all: '🌐',
  'recommended-type-checked': '☑️',
  'claude-code': '🤖',
};

const configNames = Object.keys(plugin.configs);
// The eslintrc twins repeat the flat profiles; the pages list each profile once.
const legacyConfigs = configNames.filter((name) => name.startsWith('legacy-'));
const flatConfigs = configNames.filter((name) => !legacyConfigs.includes(name));

/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  ignoreConfig: legacyConfigs,
  configEmoji: flatConfigs.map((name) => [name, PROFILE_EMOJI[name] ?? `\`${name}\``]),
  ruleDocTitleFormat: 'prefix-name',
  ruleDocNotices: ['deprecated', 'description', 'configs', 'hasSuggestions', 'fixable', 'options', 'requiresTypeChecking'],
  // No `configsOff` column: a profile that leaves a rule out says nothing about it, whether or not it lists it as `off`.
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'hasSuggestions', 'fixable', 'options', 'requiresTypeChecking', 'deprecated'],
  // Our own page format (tests/docs.test.ts checks it further): an Options section on every page,
  // "None." where the rule takes none, which the generator's own options check would reject.
  ruleDocSectionOptions: false,
  ruleDocSectionInclude: ['Why', 'Rule details', 'Options', 'What type information adds', 'Known false negatives', 'Policy sources'],
  urlConfigs: `${REPOSITORY_URL}/blob/main/docs/profiles.md`,
};
