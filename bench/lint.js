// In-process linting with ESLint's `Linter` and prebuilt flat config arrays (what the CLI does per file).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Linter } from 'eslint';

const require = createRequire(import.meta.url);

// `Linter#verify` rebuilds and re-validates a plain config array on every call; the CLI builds it
// once. ESLint does not export the class, so it is loaded from its file beside the public entry.
const { FlatConfigArray } = require(join(dirname(require.resolve('eslint')), 'config', 'flat-config-array.js'));

/** Files the TypeScript parser reads as TypeScript; the rest may hold JSX. */
const TS_FILES = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JSX_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.tsx'];

/**
 * One normalised config array: the TypeScript parser for every source extension (JSX where the
 * extension allows), `sourceType`, then `configs` (rules, plugins, settings).
 */
export function buildConfigArray({ parser, sourceType = 'module', parserOptions = {}, configs = [], basePath }) {
  const languageOptions = (jsx) => ({
    parser,
    sourceType,
    ecmaVersion: 'latest',
    parserOptions: { ...parserOptions, ecmaFeatures: { jsx } },
  });
  const array = new FlatConfigArray(
    [
      { files: TS_FILES, languageOptions: languageOptions(false) },
      { files: JSX_FILES, languageOptions: languageOptions(true) },
      // Third-party code carries directives for rules and environments this config does not have.
      { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
      ...configs,
    ],
    { basePath },
  );
  array.normalizeSync();
  return array;
}

/**
 * Lints one text. A parse error is a fatal message, not an exception; an exception thrown by a
 * rule carries its `ruleId`. Returns what happened and the messages.
 */
export function lintText(linter, configArray, text, filename) {
  try {
    const messages = linter.verify(text, configArray, filename);
    const fatal = messages.find((m) => m.fatal);
    return fatal ? { status: 'parse-failure', messages, error: fatal.message } : { status: 'ok', messages };
  } catch (error) {
    const ruleId = error && typeof error === 'object' && 'ruleId' in error ? error.ruleId : null;
    return { status: ruleId ? 'rule-exception' : 'eslint-exception', ruleId, messages: [], error };
  }
}

/**
 * Lints one file as an ES module, then as CommonJS when the module parse fails (much of
 * node_modules is CommonJS that a module parse rejects, e.g. top-level `return`).
 */
export function lintWithFallback(linter, arrays, text, filename) {
  const asModule = lintText(linter, arrays.module, text, filename);
  if (asModule.status !== 'parse-failure') return asModule;
  const asScript = lintText(linter, arrays.commonjs, text, filename);
  return asScript.status === 'parse-failure' ? asModule : asScript;
}

/**
 * Lints every file with `configs` (every rule on) and counts what happened: files linted, parse
 * failures (skipped), rule exceptions (each one a defect), and reports by rule.
 */
export function sweepFiles({ files, read, parser, configs, basePath, virtualPath, rulePrefix = 'claude-zdr/', onFile }) {
  const linter = new Linter();
  const arrays = {
    module: buildConfigArray({ parser, configs, basePath }),
    commonjs: buildConfigArray({ parser, configs, basePath, sourceType: 'commonjs' }),
  };
  const summary = { linted: 0, parseFailures: [], ruleExceptions: [], eslintExceptions: [], reportsByRule: {}, filesWithReports: [] };
  for (const file of files) {
    const result = lintWithFallback(linter, arrays, read(file), virtualPath(file));
    if (result.status === 'parse-failure') {
      summary.parseFailures.push({ file, message: result.error });
    } else if (result.status === 'rule-exception') {
      summary.ruleExceptions.push({ file, ruleId: result.ruleId, message: String(result.error?.stack ?? result.error) });
    } else if (result.status === 'eslint-exception') {
      summary.eslintExceptions.push({ file, message: String(result.error?.stack ?? result.error) });
    } else {
      summary.linted++;
      const reported = result.messages.filter((m) => m.ruleId?.startsWith(rulePrefix));
      for (const m of reported) summary.reportsByRule[m.ruleId] = (summary.reportsByRule[m.ruleId] ?? 0) + 1;
      if (reported.length > 0) summary.filesWithReports.push({ file, count: reported.length });
    }
    onFile?.(file, result);
  }
  return summary;
}

/**
 * Lints one text with ESLint's `stats` option (what `eslint --stats` reports): the time each rule
 * took, its `create()` included, and the whole pass. `verifyAndFix` with `fix: false` is the one
 * Linter entry point that keeps per-file stats (plain `verify` does not reset them).
 */
export function lintWithStats(linter, configArray, text, filename, rulePrefix = 'claude-zdr/') {
  const { messages } = linter.verifyAndFix(text, configArray, { filename, stats: true, fix: false });
  const [pass] = linter.getTimes().passes;
  let ownMs = 0;
  for (const [ruleId, { total }] of Object.entries(pass?.rules ?? {})) if (ruleId.startsWith(rulePrefix)) ownMs += total;
  return { messages, ownMs, parseMs: pass?.parse?.total ?? 0, totalMs: pass?.total ?? 0 };
}
