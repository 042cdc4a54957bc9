import { describe, expect, it } from 'vitest';
import { PROFILE_NAMES, PROFILES } from '../src/configs.js';
import { isSettingsRuleName, RULE_NAMES, SETTINGS_RULE_NAMES } from '../src/policy/rule-names.js';
import { rules } from '../src/rules/index.js';

/** The JavaScript rules: every profile of PROFILE_NAMES lists them; the settings rules are `claude-code`'s alone. */
const shipped = Object.keys(rules)
  .filter((name) => !isSettingsRuleName(name))
  .map((name) => `claude-zdr/${name}`)
  .sort();
const enabled = (profile: keyof typeof PROFILES) =>
  Object.entries(PROFILES[profile].rules)
    .filter(([, severity]) => severity !== 'off')
    .map(([name]) => name);

describe('profiles', () => {
  it.each(PROFILE_NAMES)('%s lists every shipped rule explicitly', (name) => {
    expect(Object.keys(PROFILES[name].rules).sort()).toEqual(shipped);
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

  it('recommended turns on every rule zdr turns on, at least as severely', () => {
    for (const name of enabled('zdr')) {
      expect(PROFILES.recommended.rules[name]).not.toBe('off');
      if (PROFILES.zdr.rules[name] === 'error') expect(PROFILES.recommended.rules[name]).toBe('error');
    }
  });

  it('hipaa is recommended plus web search, beta API and third-party platforms as errors', () => {
    for (const rule of ['no-web-search', 'no-beta-api', 'no-third-party-platform']) {
      expect(PROFILES.hipaa.rules[`claude-zdr/${rule}`]).toBe('error');
    }
    for (const name of enabled('recommended')) expect(PROFILES.hipaa.rules[name]).not.toBe('off');
  });

  it('recommended-type-checked is recommended with typeAware on', () => {
    expect(PROFILES['recommended-type-checked'].rules).toEqual(PROFILES.recommended.rules);
    expect(PROFILES['recommended-type-checked'].settings).toEqual({ 'claude-zdr': { typeAware: true } });
  });

  it('the OpenAI-compatibility rule is on in every ZDR profile', () => {
    expect(PROFILES.zdr.rules['claude-zdr/no-openai-compat']).toBe('warn');
    expect(PROFILES.hipaa.rules['claude-zdr/no-openai-compat']).toBe('error');
  });
});
