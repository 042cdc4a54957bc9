// `npm run sweep`: every source file under node_modules and the generated worst cases of the
// analysis (bench/worst-cases.js, sizes from SWEEP_WORST_SIZES), every rule on; rule exceptions must be zero.
import { readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import parser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';
import { listSourceFiles, NODE_MODULES, ROOT, virtualPath } from './corpus.js';
import { sweepFiles } from './lint.js';
import { WORST_CASES, worstCaseFilename } from './worst-cases.js';

// Every rule, and unresolved values reported too, so every analysis path runs.
export const SWEEP_CONFIGS = [plugin.configs.all, { settings: { 'claude-zdr': { reportUnresolved: true } } }];

// SWEEP_NODE_MODULES=0 sweeps only the generated worst cases.
const files = process.env.SWEEP_NODE_MODULES === '0' ? [] : listSourceFiles(NODE_MODULES);
console.log(`sweep: ${files.length} files under node_modules (${[...new Set(files.map((f) => f.slice(f.lastIndexOf('.'))))].join(' ')})`);
const started = performance.now();
let done = 0;
const summary = sweepFiles({
  files,
  read: (file) => readFileSync(file, 'utf8'),
  parser,
  configs: SWEEP_CONFIGS,
  basePath: ROOT,
  virtualPath: (file) => virtualPath(file, 'sweep'),
  onFile: () => {
    if (++done % 2000 === 0) console.log(`  ${done}/${files.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  },
});
// The worst cases are linted by their virtual names, from memory.
const WORST_SIZES = (process.env.SWEEP_WORST_SIZES ?? '1000,4000').split(',').filter(Boolean).map(Number);
const worst = new Map(
  WORST_CASES.flatMap((testCase) =>
    (testCase.unit === 'level' ? WORST_SIZES.map((n) => Math.min(n, 400)) : WORST_SIZES).map((n) => [join(ROOT, worstCaseFilename(testCase, n)), testCase.text(n)]),
  ),
);
console.log(`worst cases: ${worst.size} generated files (sizes ${WORST_SIZES.join(', ')}; nesting at most 400 levels, where parsers stop)`);
const worstSummary = sweepFiles({
  files: [...worst.keys()],
  read: (file) => worst.get(file),
  parser,
  configs: SWEEP_CONFIGS,
  basePath: ROOT,
  virtualPath: (file) => file,
});
summary.linted += worstSummary.linted;
summary.parseFailures.push(...worstSummary.parseFailures);
summary.ruleExceptions.push(...worstSummary.ruleExceptions);
summary.eslintExceptions.push(...worstSummary.eslintExceptions);
for (const [ruleId, count] of Object.entries(worstSummary.reportsByRule)) summary.reportsByRule[ruleId] = (summary.reportsByRule[ruleId] ?? 0) + count;
const seconds = (performance.now() - started) / 1000;
const shown = (file) => (worst.has(file) ? relative(ROOT, file) : `node_modules/${relative(realpathSync(NODE_MODULES), file)}`);

console.log(`\nfiles linted:       ${summary.linted}`);
console.log(`parse failures:     ${summary.parseFailures.length} (skipped)`);
console.log(`rule exceptions:    ${summary.ruleExceptions.length}`);
console.log(`other exceptions:   ${summary.eslintExceptions.length} (thrown outside any rule)`);
console.log(`time:               ${seconds.toFixed(1)} s`);
console.log(`reports by rule:    ${JSON.stringify(summary.reportsByRule)}`);
for (const { file, count } of summary.filesWithReports.slice(0, 20)) console.log(`  ${count} report(s) in ${shown(file)}`);
if (summary.parseFailures.length > 0) {
  console.log('\nparse failures (first 10):');
  for (const { file, message } of summary.parseFailures.slice(0, 10)) console.log(`  ${shown(file)}: ${message}`);
}
for (const { file, ruleId, message } of summary.ruleExceptions) console.error(`\nRULE EXCEPTION ${ruleId} in ${shown(file)}\n${message}`);
for (const { file, message } of summary.eslintExceptions) console.error(`\nEXCEPTION in ${shown(file)}\n${message}`);
process.exitCode = summary.ruleExceptions.length > 0 ? 1 : 0;
