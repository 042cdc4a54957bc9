// `npm run sweep`: every source file under node_modules, every rule on; rule exceptions must be zero.
import { readFileSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import parser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';
import { listSourceFiles, NODE_MODULES, ROOT, virtualPath } from './corpus.js';
import { sweepFiles } from './lint.js';

// Every rule, and unresolved values reported too, so every analysis path runs.
export const SWEEP_CONFIGS = [plugin.configs.all, { settings: { 'claude-zdr': { reportUnresolved: true } } }];

const files = listSourceFiles(NODE_MODULES);
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
const seconds = (performance.now() - started) / 1000;
const shown = (file) => `node_modules/${relative(realpathSync(NODE_MODULES), file)}`;

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
