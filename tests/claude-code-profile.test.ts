/**
 * The `claude-code` profile and the separation of kinds: the JSON settings rules run only on the
 * settings files, through `@eslint/json`, and never on JavaScript; the JavaScript rules never read a
 * JSON tree, even from profiles without `files` (which ESLint applies to every file).
 */
import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLAT_ONLY_PROFILE_NAMES, PROFILE_NAMES } from '../src/configs.js';
import plugin from '../src/index.js';
import { JsonLanguageError, loadJsonLanguagePlugin } from '../src/json-language.js';
import { CLAUDE_CODE_SETTINGS_FILES } from '../src/policy/claude-code.js';
import { SETTINGS_RULE_NAMES } from '../src/policy/rule-names.js';
import { SETTINGS_RULE_LANGUAGES } from '../src/utils/create-settings-rule.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const settingsRuleIds = SETTINGS_RULE_NAMES.map((name) => `claude-zdr/${name}`);
const claudeCode = plugin.configs['claude-code'];

/** A settings file that also names the SDK and the API host, so the JavaScript rules' cheap gate lets it through. */
const SETTINGS_WITH_MARKERS = `{
  "model": "fable",
  "env": { "ANTHROPIC_BASE_URL": "https://api.anthropic.com", "NOTE": "@anthropic-ai/sdk", "CLAUDE_CODE_USE_BEDROCK": "1" }
}
`;
const PLANTED_JS = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.files.list();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 64, messages: [] });
`;

const ruleIdsOf = (messages: Linter.LintMessage[]) => [...new Set(messages.map((m) => m.ruleId))].sort();

describe('configs["claude-code"]', () => {
  it('is flat only, and lints the settings files as strict JSON with the settings rules alone', () => {
    expect(FLAT_ONLY_PROFILE_NAMES).toEqual(['claude-code']);
    expect(plugin.configs).not.toHaveProperty(['legacy-claude-code']);
    expect(claudeCode.name).toBe('claude-zdr/claude-code');
    expect(claudeCode.language).toBe('json/json');
    expect(claudeCode.files).toEqual([...CLAUDE_CODE_SETTINGS_FILES]);
    expect(Object.keys(claudeCode.rules).sort()).toEqual([...settingsRuleIds].sort());
    expect(claudeCode.rules).toEqual({
      'claude-zdr/claude-code-settings-model': 'error',
      'claude-zdr/claude-code-settings-platform': 'warn',
      'claude-zdr/claude-code-settings-privacy': 'error',
      'claude-zdr/claude-code-settings-mcp': 'error',
    });
  });

  it('registers the very @eslint/json instance a user imports, and the plugin itself, so both can sit in one config', () => {
    expect(claudeCode.plugins['json']).toBe(json);
    expect(claudeCode.plugins['claude-zdr']).toBe(plugin);
    expect(plugin.configs['claude-code']).toBe(claudeCode);
    const linter = new Linter();
    const config = [{ files: ['**/*.json'], plugins: { json }, language: 'json/json', rules: { 'json/no-duplicate-keys': 'error' } }, claudeCode] as Linter.Config[];
    const messages = linter.verify('{ "model": "opus", "model": "fable" }', config, '.claude/settings.json');
    expect(ruleIdsOf(messages)).toEqual(['claude-zdr/claude-code-settings-model', 'claude-zdr/claude-code-settings-privacy', 'json/no-duplicate-keys']);
  });

  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended, claudeCode] as never });
  const settingsRulesFor = async (file: string) => {
    const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown>; language?: string } | undefined;
    return Object.keys(config?.rules ?? {}).filter((id) => settingsRuleIds.includes(id)).sort();
  };

  it.each([
    '.claude/settings.json',
    '.claude/settings.local.json',
    '.claude/managed-settings.json',
    'packages/api/.claude/settings.json',
    '.mcp.json',
    'services/intake/.mcp.json',
    'deploy/ClaudeCode/managed-settings.json',
    'deploy/claude-code/managed-settings.json',
    'deploy/claude-code/managed-settings.d/10-telemetry.json',
    '.claude/managed-settings.d/20-models.json',
    'deploy/ClaudeCode/managed-mcp.json',
  ])('applies to %s', async (file) => {
    expect(await settingsRulesFor(file)).toEqual([...settingsRuleIds].sort());
  });

  it.each([
    'settings.json',
    'package.json',
    '.vscode/settings.json',
    // GitHub Copilot's enterprise file has the same name and another schema.
    '.github-private/managed-settings.json',
    '.claude/settings.jsonc',
    'src/app.js',
    'src/app.ts',
  ])('leaves %s alone', async (file) => {
    expect(await settingsRulesFor(file)).toEqual([]);
  });

  it('reports a comment as a parse error, as Claude Code refuses a settings file with one', () => {
    const messages = new Linter().verify('{\n  // why\n  "model": "opus"\n}', [claudeCode as Linter.Config], '.claude/settings.json');
    expect(messages).toMatchObject([{ fatal: true, ruleId: null, line: 2 }]);
  });
});

describe('glob options of the settings rules, checked to compile as the JavaScript rules\' are', () => {
  it.each([
    ['claude-code-settings-mcp', { allow: ['mcp-[clauses'] }, 'allow', '.mcp.json'],
    ['claude-code-settings-model', { deny: ['claude-{fable'] }, 'deny', '.claude/settings.json'],
  ])('%s rejects a pattern that does not compile, naming the option, even in a file with nothing to check', (rule, options, option, file) => {
    const config = [claudeCode as Linter.Config, { rules: { [`claude-zdr/${rule}`]: ['error', options] } }] as Linter.Config[];
    expect(() => new Linter().verify('{}', config, file)).toThrow(`claude-zdr/${rule}: option "${option}" entry`);
  });
});

describe('the JavaScript profiles', () => {
  it.each(PROFILE_NAMES)('%s lists no settings rule, flat or legacy', (name) => {
    for (const config of [plugin.configs[name], plugin.configs[`legacy-${name}`]]) {
      expect(Object.keys(config.rules).filter((id) => settingsRuleIds.includes(id))).toEqual([]);
    }
  });

  it.each(PROFILE_NAMES)('%s with claude-code: JavaScript gets only JavaScript rules, settings files only settings rules', (name) => {
    const linter = new Linter();
    const typed = name === 'recommended-type-checked';
    const config = [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser, ...(typed ? { parserOptions: { projectService: true, tsconfigRootDir: ROOT } } : {}) } },
      plugin.configs[name],
      claudeCode,
    ] as Linter.Config[];
    const jsMessages = typed ? [] : linter.verify(PLANTED_JS, config, 'src/upload.js');
    if (!typed) {
      expect(jsMessages.filter((m) => m.fatal)).toEqual([]);
      expect(jsMessages.length).toBeGreaterThan(0);
      expect(jsMessages.filter((m) => settingsRuleIds.includes(m.ruleId ?? ''))).toEqual([]);
    }
    // recommended-type-checked requires type information on JavaScript files; a JSON file must not ask for it.
    const jsonMessages = linter.verify(SETTINGS_WITH_MARKERS, config, '.claude/settings.json');
    expect(jsonMessages.filter((m) => m.fatal)).toEqual([]);
    expect(ruleIdsOf(jsonMessages)).toEqual(['claude-zdr/claude-code-settings-model', 'claude-zdr/claude-code-settings-platform', 'claude-zdr/claude-code-settings-privacy']);
  });
});

describe('the settings rules', () => {
  it.each(SETTINGS_RULE_NAMES)('%s declares the JSON languages, so ESLint refuses it on JavaScript', (name) => {
    const rule = plugin.rules[name];
    expect(rule.meta.languages).toEqual(SETTINGS_RULE_LANGUAGES);
    const linter = new Linter();
    expect(() => linter.verify('const x = 1;', [{ plugins: { 'claude-zdr': plugin as never }, rules: { [`claude-zdr/${name}`]: 'error' } }], 'a.js')).toThrow(
      new RegExp(`claude-zdr/${name}`),
    );
  });

  it.each(SETTINGS_RULE_NAMES)('%s listens to nothing on a JavaScript tree (ESLint before 10.2 does not check languages)', (name) => {
    const rule = plugin.rules[name];
    const { languages: _languages, ...meta } = rule.meta;
    const unchecked = { ...rule, meta };
    const linter = new Linter();
    const config = { plugins: { t: { rules: { r: unchecked } } as never }, rules: { 't/r': 'error' } } as Linter.Config;
    expect(linter.verify('const settings = { model: "fable", env: {} };', [config], 'a.js')).toEqual([]);
  });
});

describe('@eslint/json, the optional peer', () => {
  const missing = (id: string) => {
    if (id === 'eslint/package.json') return { version: '10.1.0' };
    throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
  };

  it('is asked for by name when it is not installed', () => {
    expect(() => loadJsonLanguagePlugin('claude-code', missing)).toThrow(
      'eslint-plugin-claude-zdr: configs["claude-code"] lints Claude Code settings files as JSON and needs the @eslint/json package: npm install --save-dev @eslint/json',
    );
  });

  it('needs ESLint 9.15 or later, and says so', () => {
    const old = (version: string) => (id: string) => (id === 'eslint/package.json' ? { version } : json);
    expect(() => loadJsonLanguagePlugin('claude-code', old('8.57.1'))).toThrow(/needs ESLint 9\.15 or later \(this project has 8\.57\.1\)/);
    expect(() => loadJsonLanguagePlugin('claude-code', old('9.14.0'))).toThrow(/9\.14\.0/);
    expect(loadJsonLanguagePlugin('claude-code', old('9.15.0'))).toBe(json);
  });

  it('tells the audit why, so it can list each settings file as skipped with the reason', () => {
    const reasonOf = (load: (id: string) => unknown) => {
      try {
        loadJsonLanguagePlugin('claude-code', load);
        return null;
      } catch (error) {
        return error instanceof JsonLanguageError ? error.reason : 'other';
      }
    };
    expect(reasonOf(missing)).toBe('missing');
    expect(reasonOf((id) => (id === 'eslint/package.json' ? { version: '8.57.1' } : json))).toBe('old-eslint');
  });

  it('passes other load errors on', () => {
    const broken = (id: string) => {
      if (id === 'eslint/package.json') return { version: '10.0.0' };
      throw new SyntaxError('Unexpected token');
    };
    expect(() => loadJsonLanguagePlugin('claude-code', broken)).toThrow(SyntaxError);
  });
});
