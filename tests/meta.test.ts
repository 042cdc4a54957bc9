/**
 * Meta tests: every rule is documented, tested and turned on by some profile, and every shipped
 * config is one ESLint accepts. Profiles name only the rules they turn on (tests/configs.test.ts
 * checks that they compose).
 */
import { ESLint } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLAT_ONLY_PROFILE_NAMES, PROFILE_NAMES } from '../src/configs.js';
import plugin from '../src/index.js';
import { isSettingsRuleName, RULE_NAMES, SETTINGS_RULE_NAMES } from '../src/policy/rule-names.js';
import { rules } from '../src/rules/index.js';
import { docsUrl, REPOSITORY_URL } from '../src/utils/create-rule.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ruleNames = Object.keys(rules).sort();
/**
 * Two kinds of rule: the JavaScript rules, which every profile of PROFILE_NAMES lists, and the
 * Claude Code settings rules (JSON, through @eslint/json), which only the flat `claude-code` lists.
 */
const jsRuleNames = ruleNames.filter((name) => !isSettingsRuleName(name));
const settingsRuleNames = ruleNames.filter(isSettingsRuleName);
const ruleIds = jsRuleNames.map((name) => `claude-zdr/${name}`);
const flatNames = [...PROFILE_NAMES];
const legacyNames = PROFILE_NAMES.map((name) => `legacy-${name}` as const);

interface LegacyEngine {
  calculateConfigForFile(file: string): Promise<{ plugins?: string[]; rules?: Record<string, unknown> }>;
}
type LegacyEngineClass = new (options: Record<string, unknown>) => LegacyEngine;

/** ESLint's eslintrc engine where the installed ESLint still has one (8.57, 9); ESLint 10 does not. */
const unsupported = (await import('eslint/use-at-your-own-risk')) as { LegacyESLint?: LegacyEngineClass };
const LegacyESLint = unsupported.LegacyESLint;

async function flatConfigFor(config: object) {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [config as never] });
  return eslint.calculateConfigForFile('x.js') as Promise<{ rules: Record<string, unknown>; settings: Record<string, unknown> }>;
}

describe('every rule', () => {
  it('is registered in src/rules/index.ts, one file each', () => {
    const files = readdirSync(new URL('../src/rules', import.meta.url))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.slice(0, -'.ts'.length))
      .sort();
    expect(ruleNames).toEqual(files);
  });

  it('is one of the rule names the product fixes, JavaScript or settings', () => {
    expect(jsRuleNames).toEqual([...RULE_NAMES].sort());
    expect(settingsRuleNames).toEqual([...SETTINGS_RULE_NAMES].sort());
  });

  it('declares its languages exactly when it is a settings rule', () => {
    for (const name of ruleNames) {
      const languages = (rules[name as keyof typeof rules].meta as { languages?: readonly string[] }).languages;
      if (isSettingsRuleName(name)) expect(languages, name).toEqual(['json/json', 'json/jsonc']);
      // A JavaScript rule declares none: profiles without `files` reach JSON files too, and ESLint 10.2+ would refuse them there.
      else expect(languages, name).toBeUndefined();
    }
  });

  describe.each(ruleNames)('%s', (name) => {
    const rule = rules[name as keyof typeof rules];

    it('has a doc page', () => {
      expect(existsSync(`${ROOT}docs/rules/${name}.md`), `docs/rules/${name}.md`).toBe(true);
    });

    it('has a test file', () => {
      expect(existsSync(`${ROOT}tests/rules/${name}.test.ts`), `tests/rules/${name}.test.ts`).toBe(true);
    });

    it('links its doc page and describes itself', () => {
      expect(rule.meta.docs?.url).toBe(docsUrl(name));
      expect(rule.meta.docs?.description).toMatch(/^[A-Z].*[^.]$/);
    });

    it('is turned on by its own kind of profile only: all, strict and audit for JS rules (flat and legacy), claude-code for settings rules', () => {
      const own = isSettingsRuleName(name) ? [...FLAT_ONLY_PROFILE_NAMES] : (['all', 'strict', 'audit', 'legacy-all', 'legacy-strict', 'legacy-audit'] as const);
      const others = isSettingsRuleName(name) ? [...flatNames, ...legacyNames] : [...FLAT_ONLY_PROFILE_NAMES];
      for (const profile of own) expect(plugin.configs[profile].rules, profile).toHaveProperty([`claude-zdr/${name}`]);
      for (const profile of others) expect(plugin.configs[profile].rules, profile).not.toHaveProperty([`claude-zdr/${name}`]);
    });
  });
});

describe('every profile', () => {
  it.each(flatNames)('%s turns on only plugin rules, none off, and its legacy twin the same', (name) => {
    const ids = Object.keys(plugin.configs[name].rules);
    expect(ids.filter((id) => !ruleIds.includes(id))).toEqual([]);
    expect(Object.values(plugin.configs[name].rules).filter((entry) => entry === 'off' || entry === 0)).toEqual([]);
    expect(plugin.configs[`legacy-${name}`].rules).toEqual(plugin.configs[name].rules);
    expect(plugin.configs[`legacy-${name}`].settings).toEqual(plugin.configs[name].settings);
  });
});

describe('every flat config', () => {
  it.each(flatNames)('%s validates in ESLint', async (name) => {
    const config = plugin.configs[name];
    expect(config.name).toBe(`claude-zdr/${name}`);
    expect(config.plugins['claude-zdr']).toBe(plugin);
    const resolved = await flatConfigFor(config);
    expect(Object.keys(resolved.rules).filter((id) => id.startsWith('claude-zdr/')).sort()).toEqual(Object.keys(config.rules).sort());
    expect(resolved.settings ?? {}).toEqual(config.settings ?? {});
  });

  it.each([...FLAT_ONLY_PROFILE_NAMES])('%s validates in ESLint for its own files', async (name) => {
    const config = plugin.configs[name];
    expect(config.name).toBe(`claude-zdr/${name}`);
    expect(config.plugins['claude-zdr']).toBe(plugin);
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [config as never] });
    const resolved = (await eslint.calculateConfigForFile('.claude/settings.json')) as { rules: Record<string, unknown> };
    expect(Object.keys(resolved.rules).sort()).toEqual(settingsRuleNames.map((n) => `claude-zdr/${n}`));
  });

  // Shows the check above is live: ESLint rejects a rule option the schema does not allow.
  it('would fail on an invalid rule option', async () => {
    const broken = { ...plugin.configs.all, rules: { 'claude-zdr/no-batches-api': ['error', { allowMethods: ['upload'] }] } };
    await expect(flatConfigFor(broken)).rejects.toThrow(/no-batches-api/);
  });
});

describe('every legacy config', () => {
  /**
   * With an eslintrc engine installed, it loads the config as a user would. ESLint 10 has none:
   * then the config's eslintrc shape is checked and its rules validated by ESLint with the
   * plugin mapped to the name it declares. The e2e test loads every legacy config in ESLint 8.57.
   */
  it.each(legacyNames)('%s validates', async (name) => {
    const config = plugin.configs[name];
    expect(config.plugins).toEqual(['claude-zdr']);
    expect(Object.keys(config).filter((key) => !['plugins', 'rules', 'settings'].includes(key))).toEqual([]);
    if (LegacyESLint) {
      const eslint = new LegacyESLint({ cwd: ROOT, useEslintrc: false, baseConfig: config, plugins: { 'claude-zdr': plugin } });
      const resolved = await eslint.calculateConfigForFile('x.js');
      expect(Object.keys(resolved.rules ?? {}).sort()).toEqual(Object.keys(config.rules).sort());
      return;
    }
    const pluginsByName = Object.fromEntries(config.plugins.map((pluginName) => [pluginName, plugin]));
    const resolved = await flatConfigFor({ plugins: pluginsByName, rules: config.rules, ...(config.settings ? { settings: config.settings } : {}) });
    expect(Object.keys(resolved.rules).filter((id) => id.startsWith('claude-zdr/')).sort()).toEqual(Object.keys(config.rules).sort());
  });
});

describe('package metadata', () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as Record<string, unknown>;

  it('names the repository the rule docs link to', () => {
    expect(manifest['repository']).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
    expect(manifest['homepage']).toBe(`${REPOSITORY_URL}#readme`);
    expect(manifest['bugs']).toEqual({ url: `${REPOSITORY_URL}/issues` });
    for (const name of ruleNames) expect(docsUrl(name).startsWith(`${REPOSITORY_URL}/`), name).toBe(true);
  });

  it('ships an MIT LICENSE and a CHANGELOG', () => {
    expect(manifest['license']).toBe('MIT');
    expect(readFileSync(`${ROOT}LICENSE`, 'utf8')).toMatch(/^MIT License\n/);
    expect(readFileSync(`${ROOT}CHANGELOG.md`, 'utf8')).toContain(`## [${manifest['version'] as string}]`);
    expect(manifest['files']).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md']));
  });
});
