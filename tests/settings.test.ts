import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { readSettings, SettingsError } from '../src/settings.js';

const CODE = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.batches.delete('b');\n";

/** Lints `code` with real ESLint: one rule entry and the given `settings["claude-zdr"]`. */
function lint(settings: unknown, { rule = 'no-batches-api', entry = 'error' as Linter.RuleEntry, code = CODE } = {}) {
  const config: Linter.Config = {
    plugins: { 'claude-zdr': plugin as unknown as ESLint.Plugin },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: { [`claude-zdr/${rule}`]: entry },
    ...(settings === undefined ? {} : { settings: { 'claude-zdr': settings } }),
  };
  return new Linter().verify(code, config, 'file.js');
}

/** The error ESLint throws (fails the test when it does not throw). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected ESLint to throw');
}

/** The first line of what ESLint throws: its rule prefix, then our sentence. */
const firstLine = (error: Error) => error.message.split('\n')[0]!;
const PREFIX = "Error while loading rule 'claude-zdr/no-batches-api': claude-zdr: invalid configuration: ";

describe('settings["claude-zdr"], checked once with a clear error naming the setting', () => {
  it('accepts valid settings and applies them', () => {
    const settings = { clientModules: ['@acme/claude'], models: { allow: ['claude-*'], deny: [] }, reportUnresolved: true, typeAware: false };
    expect(lint(settings).map((m) => m.messageId)).toEqual(['surfaceCall']);
    expect(lint({}).map((m) => m.messageId)).toEqual(['surfaceCall']);
    expect(lint(undefined).map((m) => m.messageId)).toEqual(['surfaceCall']);
  });

  const cases: { name: string; value: unknown; message: string }[] = [
    // Misspelt keys, with the key that was meant.
    { name: 'typeaware', value: { typeaware: true }, message: 'settings["claude-zdr"].typeaware is not a setting of claude-zdr; did you mean settings["claude-zdr"].typeAware?' },
    {
      name: 'clientModule',
      value: { clientModule: ['@acme/claude'] },
      message: 'settings["claude-zdr"].clientModule is not a setting of claude-zdr; did you mean settings["claude-zdr"].clientModules?',
    },
    {
      name: 'models.alow',
      value: { models: { alow: ['claude-opus-*'] } },
      message: 'settings["claude-zdr"].models.alow is not a setting of claude-zdr; did you mean settings["claude-zdr"].models.allow?',
    },
    {
      name: 'reportUnresolve',
      value: { reportUnresolve: true },
      message: 'settings["claude-zdr"].reportUnresolve is not a setting of claude-zdr; did you mean settings["claude-zdr"].reportUnresolved?',
    },
    {
      name: 'a key like none of them',
      value: { profile: 'strict' },
      message: 'settings["claude-zdr"].profile is not a setting of claude-zdr; the keys it takes are clientModules, models, reportUnresolved, typeAware.',
    },
    // Wrong types.
    { name: 'not an object', value: 'strict', message: 'settings["claude-zdr"] must be an object, not "strict".' },
    { name: 'null', value: null, message: 'settings["claude-zdr"] must be an object, not null.' },
    { name: 'an array', value: ['reportUnresolved'], message: 'settings["claude-zdr"] must be an object, not an array.' },
    { name: 'reportUnresolved not a boolean', value: { reportUnresolved: 'yes' }, message: 'settings["claude-zdr"].reportUnresolved must be true or false, not "yes".' },
    { name: 'typeAware not a boolean', value: { typeAware: 1 }, message: 'settings["claude-zdr"].typeAware must be true or false, not number.' },
    { name: 'clientModules a string', value: { clientModules: '@acme/claude' }, message: 'settings["claude-zdr"].clientModules must be an array of strings, not "@acme/claude".' },
    { name: 'clientModules with a non-string', value: { clientModules: [42] }, message: 'settings["claude-zdr"].clientModules[0] must be a string, not number.' },
    { name: 'models not an object', value: { models: 'claude-*' }, message: 'settings["claude-zdr"].models must be an object, not "claude-*".' },
    { name: 'models an array', value: { models: ['claude-*'] }, message: 'settings["claude-zdr"].models must be an object, not an array.' },
    { name: 'models.allow a string', value: { models: { allow: 'claude-*' } }, message: 'settings["claude-zdr"].models.allow must be an array of strings, not "claude-*".' },
    { name: 'models.deny with a non-string', value: { models: { deny: [null] } }, message: 'settings["claude-zdr"].models.deny[0] must be a string, not null.' },
    // Globs that do not compile (picomatch alone would read them as literals that never match).
    {
      name: 'an unbalanced bracket in models.allow',
      value: { models: { allow: ['claude-opus-*', 'claude-[opus'] } },
      message: 'settings["claude-zdr"].models.allow[1] "claude-[opus" is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters.',
    },
    {
      name: 'an unbalanced brace in models.deny',
      value: { models: { deny: ['claude-{fable,mythos'] } },
      message: 'settings["claude-zdr"].models.deny[0] "claude-{fable,mythos" is not a valid glob: Missing closing: "}" - use "\\\\}" to match literal characters.',
    },
    {
      name: 'an unbalanced bracket in clientModules',
      value: { clientModules: ['**/lib/[claude-client.ts'] },
      message: 'settings["claude-zdr"].clientModules[0] "**/lib/[claude-client.ts" is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters.',
    },
    { name: 'an empty clientModules entry', value: { clientModules: [''] }, message: 'settings["claude-zdr"].clientModules[0] "" is not a valid glob: an empty pattern matches nothing.' },
  ];

  it.each(cases)('rejects $name', ({ value, message }) => {
    const error = thrown(() => lint(value));
    expect(error).toBeInstanceOf(SettingsError);
    expect(firstLine(error)).toBe(`${PREFIX}${message}`);
  });

  it('names every problem of one settings object in one message', () => {
    const error = thrown(() => lint({ typeaware: true, models: { alow: [] }, reportUnresolved: 'on' }));
    expect(firstLine(error)).toBe(
      `${PREFIX}3 problems: settings["claude-zdr"].typeaware is not a setting of claude-zdr; did you mean settings["claude-zdr"].typeAware? ` +
        'settings["claude-zdr"].models.alow is not a setting of claude-zdr; did you mean settings["claude-zdr"].models.allow? ' +
        'settings["claude-zdr"].reportUnresolved must be true or false, not "on".',
    );
  });

  it('fails in a file that never mentions the SDK too: a broken setting never turns a check off quietly', () => {
    const error = thrown(() => lint({ clientModule: ['@acme/claude'] }, { rule: 'no-files-api', code: 'const x = 1;\n' }));
    expect(error.message).toContain('did you mean settings["claude-zdr"].clientModules?');
  });

  it('judges one settings object once and keeps failing with the same single message', () => {
    let reads = 0;
    const settings = {
      get typeaware() {
        reads++;
        return true;
      },
    };
    const first = thrown(() => readSettings({ 'claude-zdr': settings }));
    const second = thrown(() => readSettings({ 'claude-zdr': settings }));
    expect(reads).toBe(1);
    expect(second).not.toBe(first);
    expect(second.message).toBe(first.message);
    // ESLint appends the file to what it catches; the next file's message must not carry the last one's.
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{ plugins: { 'claude-zdr': plugin as never }, rules: { 'claude-zdr/no-files-api': 'error' }, settings: { 'claude-zdr': { typeaware: true } } }],
    });
    return Promise.all(
      ['a.js', 'b.js'].map(async (filePath) => {
        const error = await eslint.lintText('const x = 1;\n', { filePath }).then(
          () => null,
          (e: Error) => e,
        );
        expect(error?.message.match(/did you mean/g)).toHaveLength(1);
        expect(error?.message.match(/Occurred while linting/g)).toHaveLength(1);
      }),
    );
  });

  it('memoises valid settings too: the same object gives the same reading', () => {
    const settings = { models: { allow: ['claude-opus-*'] } };
    expect(readSettings({ 'claude-zdr': settings })).toBe(readSettings({ 'claude-zdr': settings }));
  });
});

describe('glob options of the rules, checked to compile', () => {
  it('rejects an allow pattern of no-beta-api that does not compile, naming the rule and the option', () => {
    const error = thrown(() => lint(undefined, { rule: 'no-beta-api', entry: ['error', { allow: ['interleaved-[thinking'] }] }));
    expect(firstLine(error)).toBe(
      'Error while loading rule \'claude-zdr/no-beta-api\': claude-zdr/no-beta-api: option "allow" entry "interleaved-[thinking" is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters.',
    );
  });

  it('rejects allow and deny patterns of no-disallowed-model that do not compile', () => {
    const allow = thrown(() => lint(undefined, { rule: 'no-disallowed-model', entry: ['error', { allow: ['claude-[opus'] }] }));
    expect(firstLine(allow)).toContain('claude-zdr/no-disallowed-model: option "allow" entry "claude-[opus" is not a valid glob');
    const deny = thrown(() => lint(undefined, { rule: 'no-disallowed-model', entry: ['error', { deny: ['claude-(fable'] }] }));
    expect(firstLine(deny)).toContain('claude-zdr/no-disallowed-model: option "deny" entry "claude-(fable" is not a valid glob: Missing closing: ")"');
  });

  it('checks the options in files that never mention the SDK as well', () => {
    const error = thrown(() => lint(undefined, { rule: 'no-beta-api', entry: ['error', { allow: ['a{b'] }], code: 'const x = 1;\n' }));
    expect(error.message).toContain('option "allow" entry "a{b" is not a valid glob');
  });

  it('still applies patterns that compile', () => {
    const code = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1, messages: [] });\n";
    expect(lint(undefined, { rule: 'no-disallowed-model', entry: ['error', { deny: ['claude-opus-4-[0-9]'] }], code }).map((m) => m.messageId)).toEqual(['deniedModel']);
    expect(lint(undefined, { rule: 'no-disallowed-model', entry: ['error', { deny: ['claude-{haiku,sonnet}-*'] }], code })).toEqual([]);
  });
});

describe('require-inference-geo: allowed takes only the geos the API knows', () => {
  it.each([['US'], ['eu'], ['us', 'Global']])('ESLint’s schema check rejects %s', (...allowed) => {
    const error = thrown(() => lint(undefined, { rule: 'require-inference-geo', entry: ['error', { allowed }] }));
    expect(error.message).toMatch(/Key "claude-zdr\/require-inference-geo"/);
    expect(error.message).toMatch(/should be equal to one of the allowed values/);
  });

  it('accepts "us" and "global"', () => {
    expect(() => lint(undefined, { rule: 'require-inference-geo', entry: ['error', { allowed: ['us', 'global'] }] })).not.toThrow();
  });
});

describe('typeAware where the SDK’s declarations cannot be found', () => {
  const FIXTURE = fileURLToPath(new URL('./fixtures/typed-unresolved', import.meta.url));
  // Outside the repository, so module resolution cannot walk up into the repository's node_modules.
  const project = mkdtempSync(path.join(os.tmpdir(), 'claude-zdr-unresolved-'));
  cpSync(FIXTURE, project, { recursive: true });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  async function lintProject(file: string, settings: Record<string, unknown>) {
    const eslint = new ESLint({
      cwd: project,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser as never, parserOptions: { projectService: true, tsconfigRootDir: project } },
        },
        { ...(plugin.configs.recommended as object), settings: { 'claude-zdr': settings } },
      ] as never,
    });
    return eslint.lintFiles([file]);
  }

  it('fails with an error naming the package to install, instead of dropping to the untyped result', async () => {
    const error = await lintProject('src/archive.ts', { typeAware: true }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toContain('settings["claude-zdr"].typeAware is true, but TypeScript cannot find the declarations of "@anthropic-ai/sdk"');
    expect(error?.message).toContain('npm i -D @anthropic-ai/sdk');
    expect(error?.message).toContain(path.join(project, 'src/archive.ts'));
  });

  it('names the client package the file imports', async () => {
    const error = await lintProject('src/bedrock.ts', { typeAware: true }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toContain('npm i -D @anthropic-ai/bedrock-sdk');
  });

  it('treats a bodiless `declare module` as missing declarations: every import from it is `any`', async () => {
    writeFileSync(path.join(project, 'src/shims.d.ts'), "declare module '@anthropic-ai/sdk';\n");
    try {
      const error = await lintProject('src/archive.ts', { typeAware: true }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toContain('cannot find the declarations of "@anthropic-ai/sdk"');
    } finally {
      rmSync(path.join(project, 'src/shims.d.ts'));
    }
  });

  it('lints the same project untyped, and a file that imports no client package typed', async () => {
    const [untyped] = await lintProject('src/archive.ts', { typeAware: false });
    expect(untyped!.messages.map((m) => m.ruleId)).toEqual(['claude-zdr/no-files-api']);
    const [unrelated] = await lintProject('src/unrelated.ts', { typeAware: true });
    expect(unrelated!.messages).toEqual([]);
  });
});
