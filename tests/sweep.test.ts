import { readFileSync } from 'node:fs';
import parser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { everyKth, listSourceFiles, NODE_MODULES, ROOT, virtualPath } from '../bench/corpus.js';
import { sweepFiles } from '../bench/lint.js';
import { WORST_CASES, worstCaseFilename } from '../bench/worst-cases.js';
import plugin from '../src/index.js';

// A fixed sample of real code: every k-th of the sorted source files under node_modules.
const SAMPLE_MINIMUM = 2000;
// Small enough to be cheap even where the analysis is quadratic, under the parsers' nesting limit.
const WORST_CASE_SIZE = 300;

describe('sweep of node_modules (fixed sample)', () => {
  it('lints at least 2,000 real files with every rule on and no rule throws', () => {
    const sample = everyKth(listSourceFiles(NODE_MODULES), SAMPLE_MINIMUM);
    expect(sample.length).toBeGreaterThanOrEqual(SAMPLE_MINIMUM);
    const summary = sweepFiles({
      files: sample,
      read: (file) => readFileSync(file, 'utf8'),
      parser,
      configs: [plugin.configs.all, { settings: { 'claude-zdr': { reportUnresolved: true } } }],
      basePath: ROOT,
      virtualPath: (file) => virtualPath(file, 'sweep'),
    });
    expect(summary.ruleExceptions.map((e) => `${e.ruleId} in ${e.file}: ${e.message}`)).toEqual([]);
    expect(summary.eslintExceptions.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
    // Parse failures are skipped, not failures; most of the sample must still be linted.
    expect(summary.linted + summary.parseFailures.length).toBe(sample.length);
    expect(summary.linted).toBeGreaterThan(sample.length * 0.95);
  }, 240_000);

  // Their timing is for `npm run bench`; here only that no rule throws on them.
  it('lints the generated worst cases of the analysis with every rule on and no rule throws', () => {
    const texts = new Map(WORST_CASES.map((testCase) => [`${ROOT}/${worstCaseFilename(testCase, WORST_CASE_SIZE)}`, testCase.text(WORST_CASE_SIZE)]));
    const summary = sweepFiles({
      files: [...texts.keys()],
      read: (file) => texts.get(file)!,
      parser,
      configs: [plugin.configs.all, { settings: { 'claude-zdr': { reportUnresolved: true } } }],
      basePath: ROOT,
      virtualPath: (file) => file,
    });
    expect(summary.ruleExceptions.map((e) => `${e.ruleId} in ${e.file}: ${e.message}`)).toEqual([]);
    expect(summary.eslintExceptions.map((e) => `${e.file}: ${e.message}`)).toEqual([]);
    expect(summary.parseFailures).toEqual([]);
    expect(summary.linted).toBe(WORST_CASES.length);
  }, 120_000);

  it('counts a rule that throws as a rule exception, not a pass', () => {
    const throwing = {
      meta: { name: 'throwing' },
      rules: { boom: { meta: { type: 'problem', schema: [] }, create: () => ({ Program: () => { throw new Error('boom'); } }) } },
    };
    const file = listSourceFiles(NODE_MODULES).find((f) => f.endsWith('.js'))!;
    const summary = sweepFiles({
      files: [file],
      read: (f) => readFileSync(f, 'utf8'),
      parser,
      configs: [{ plugins: { throwing }, rules: { 'throwing/boom': 'error' } }],
      basePath: ROOT,
      virtualPath: (f) => virtualPath(f, 'sweep'),
    });
    expect(summary.ruleExceptions).toHaveLength(1);
    expect(summary.ruleExceptions[0]!.ruleId).toBe('throwing/boom');
  });
});
