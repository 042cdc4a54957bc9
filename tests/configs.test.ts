import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditSettingsRules, LANGUAGE_PROFILES, PROFILE_NAMES, PROFILES, type ProfileName } from '../src/configs.js';
import plugin from '../src/index.js';
import { isSettingsRuleName, RULE_NAMES, SETTINGS_RULE_NAMES } from '../src/policy/rule-names.js';
import { rules } from '../src/rules/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The JavaScript rules: the profiles of PROFILE_NAMES turn them on; the settings rules are `claude-code`'s alone. */
const shipped = Object.keys(rules)
  .filter((name) => !isSettingsRuleName(name))
  .map((name) => `claude-zdr/${name}`)
  .sort();
const enabled = (profile: ProfileName) => Object.keys(PROFILES[profile].rules);

type Level = 'error' | 'warn';
const levelOf = (entry: unknown): Level | 'off' => {
  const level = Array.isArray(entry) ? entry[0] : entry;
  if (level === 2 || level === 'error') return 'error';
  if (level === 1 || level === 'warn') return 'warn';
  return 'off';
};

/** The plugin's rules as ESLint resolved them, by id; a rule no config names is absent. */
function pluginLevels(resolvedRules: Record<string, unknown> | undefined): Record<string, Level | 'off'> {
  return Object.fromEntries(
    Object.entries(resolvedRules ?? {})
      .filter(([id]) => id.startsWith('claude-zdr/'))
      .map(([id, entry]) => [id, levelOf(entry)]),
  );
}

/**
 * What `[first, second]` must mean: every rule either turns on keeps its severity, and where both
 * name a rule the later one decides. Written from the profiles' intent, not from ESLint's merge,
 * so a profile that switched another one's rules off would fail it.
 */
function expectedMerge(first: ProfileName, second: ProfileName) {
  const on = (profile: ProfileName) =>
    Object.fromEntries(Object.entries(PROFILES[profile].rules).filter(([, severity]) => levelOf(severity) !== 'off'));
  const settings = (profile: ProfileName) => (PROFILES[profile].settings?.['claude-zdr'] ?? {}) as Record<string, unknown>;
  const mergedSettings = { ...settings(first), ...settings(second) };
  return {
    rules: { ...on(first), ...on(second) },
    settings: Object.keys(mergedSettings).length > 0 ? { 'claude-zdr': mergedSettings } : {},
  };
}

const orderedPairs = PROFILE_NAMES.flatMap((first) => PROFILE_NAMES.filter((second) => second !== first).map((second) => [first, second] as const));

interface LegacyEngine {
  calculateConfigForFile(file: string): Promise<{ rules?: Record<string, unknown>; settings?: Record<string, unknown> }>;
}
/** ESLint's eslintrc engine where the installed ESLint still has one (8.57, 9); ESLint 10 does not (the e2e test runs 8.57). */
const { LegacyESLint } = (await import('eslint/use-at-your-own-risk')) as { LegacyESLint?: new (options: Record<string, unknown>) => LegacyEngine };

describe('profiles', () => {
  it.each(PROFILE_NAMES)('%s names only shipped rules, and never turns one off', (name) => {
    const ids = Object.keys(PROFILES[name].rules);
    expect(ids.filter((id) => !shipped.includes(id))).toEqual([]);
    expect(Object.values(PROFILES[name].rules).filter((severity) => levelOf(severity) === 'off')).toEqual([]);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('every shipped rule is turned on by a selective profile (not only by all, strict and audit)', () => {
    const selective = PROFILE_NAMES.filter((name) => !['all', 'strict', 'audit'].includes(name));
    for (const id of shipped) expect(selective.some((name) => id in PROFILES[name].rules), id).toBe(true);
  });

  it('every shipped rule is a rule name of the product, of one kind or the other', () => {
    for (const name of Object.keys(rules)) expect([...RULE_NAMES, ...SETTINGS_RULE_NAMES]).toContain(name);
    expect(RULE_NAMES.filter((name) => isSettingsRuleName(name))).toEqual([]);
  });

  it('all and strict turn every rule on as an error, audit as a warning', () => {
    for (const name of shipped) {
      expect(PROFILES.all.rules[name]).toBe('error');
      expect(PROFILES.strict.rules[name]).toBe('error');
      expect(PROFILES.audit.rules[name]).toBe('warn');
    }
    expect(PROFILES.strict.settings).toEqual({ 'claude-zdr': { reportUnresolved: true } });
  });

  it('recommended is exactly zdr and us-residency together', () => {
    expect(PROFILES.recommended.rules).toEqual({ ...PROFILES.zdr.rules, ...PROFILES['us-residency'].rules });
    expect(Object.keys(PROFILES['us-residency'].rules)).toEqual(['claude-zdr/require-inference-geo']);
  });

  it('hipaa is recommended plus web search, beta API and third-party platforms as errors', () => {
    for (const rule of ['no-web-search', 'no-beta-api', 'no-third-party-platform']) {
      expect(PROFILES.hipaa.rules[`claude-zdr/${rule}`]).toBe('error');
    }
    for (const name of enabled('recommended')) expect(PROFILES.hipaa.rules[name]).toBeDefined();
  });

  it('recommended-type-checked is recommended with typeAware on', () => {
    expect(PROFILES['recommended-type-checked'].rules).toEqual(PROFILES.recommended.rules);
    expect(PROFILES['recommended-type-checked'].settings).toEqual({ 'claude-zdr': { typeAware: true } });
  });

  it('the cloud-session rule is an error wherever ZDR is judged', () => {
    for (const profile of ['zdr', 'recommended', 'hipaa', 'strict', 'all', 'recommended-type-checked'] as const) {
      expect(PROFILES[profile].rules['claude-zdr/no-cloud-session'], profile).toBe('error');
    }
    expect(PROFILES['us-residency'].rules['claude-zdr/no-cloud-session']).toBeUndefined();
  });

  it('the audit runs the claude-code severities with the ZDR profiles, every settings rule with strict, all and audit, and none with us-residency', () => {
    const claudeCode = LANGUAGE_PROFILES['claude-code'].rules;
    for (const profile of ['recommended', 'zdr', 'recommended-type-checked'] as const) expect(auditSettingsRules(profile), profile).toEqual(claudeCode);
    expect(auditSettingsRules('hipaa')).toEqual({ ...claudeCode, 'claude-zdr/claude-code-settings-platform': 'error' });
    const every = (severity: string) => Object.fromEntries(SETTINGS_RULE_NAMES.map((name) => [`claude-zdr/${name}`, severity]));
    expect(auditSettingsRules('strict')).toEqual(every('error'));
    expect(auditSettingsRules('all')).toEqual(every('error'));
    expect(auditSettingsRules('audit')).toEqual(every('warn'));
    expect(auditSettingsRules('us-residency')).toEqual({});
  });

  it('the OpenAI-compatibility rule is on in every ZDR profile', () => {
    expect(PROFILES.zdr.rules['claude-zdr/no-openai-compat']).toBe('warn');
    expect(PROFILES.hipaa.rules['claude-zdr/no-openai-compat']).toBe('error');
  });
});

describe('profiles compose through ESLint’s own config resolution', () => {
  async function resolveFlat(configs: object[]) {
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: configs as never });
    return (await eslint.calculateConfigForFile('x.js')) as { rules?: Record<string, unknown>; settings?: Record<string, unknown> };
  }

  it.each(orderedPairs)('flat [%s, %s]', async (first, second) => {
    const resolved = await resolveFlat([plugin.configs[first], plugin.configs[second]]);
    const expected = expectedMerge(first, second);
    expect(pluginLevels(resolved.rules)).toEqual(expected.rules);
    expect(resolved.settings ?? {}).toEqual(expected.settings);
  });

  it('[zdr, us-residency] resolves to what recommended resolves to', async () => {
    const composed = await resolveFlat([plugin.configs.zdr, plugin.configs['us-residency']]);
    const recommended = await resolveFlat([plugin.configs.recommended]);
    expect(pluginLevels(composed.rules)).toEqual(pluginLevels(recommended.rules));
  });

  it('[zdr, us-residency] reports both the Files API call and the missing geo', async () => {
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [plugin.configs.zdr, plugin.configs['us-residency']] as never });
    const [result] = await eslint.lintText(
      [
        "import Anthropic from '@anthropic-ai/sdk';",
        'const client = new Anthropic();',
        'await client.beta.files.upload({ file });',
        "await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1, messages: [] });",
      ].join('\n'),
      { filePath: 'x.js' },
    );
    expect(result!.messages.map((m) => m.ruleId).sort()).toEqual(['claude-zdr/no-files-api', 'claude-zdr/require-inference-geo']);
  });

  it.skipIf(!LegacyESLint).each(orderedPairs)('eslintrc extends [legacy-%s, legacy-%s]', async (first, second) => {
    const eslint = new LegacyESLint!({
      cwd: ROOT,
      useEslintrc: false,
      baseConfig: { extends: [`plugin:claude-zdr/legacy-${first}`, `plugin:claude-zdr/legacy-${second}`] },
      plugins: { 'claude-zdr': plugin },
    });
    const resolved = await eslint.calculateConfigForFile('x.js');
    const expected = expectedMerge(first, second);
    expect(pluginLevels(resolved.rules)).toEqual(expected.rules);
    expect(resolved.settings ?? {}).toEqual(expected.settings);
  });
});
