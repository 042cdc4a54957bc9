// `node --expose-gc bench/gate.js [baseDist]`: what the file gate costs on files that never call
// Claude. Lints real modules from node_modules (every k-th of 200 B-16 KB, declarations left out;
// BENCH_FILES of them) with no rules, with `configs.all` of this build and, when given, of another
// build of the plugin (`baseDist`, e.g. a checkout of main built into its own folder), alternating
// for BENCH_ROUNDS rounds; prints the median CPU of each and how many files passed the gate.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../dist/index.js';
import { listSourceFiles, NODE_MODULES, ROOT, virtualPath } from './corpus.js';
import { buildConfigArray } from './lint.js';
import { LIBRARY_MARKERS } from '../dist/policy/libraries.js';
import { ANTHROPIC_API_HOSTS } from '../dist/policy/http.js';
import { BETA_HEADER, BROWSER_ACCESS_HEADER } from '../dist/policy/betas.js';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The file gate of this build (src/analysis/index.ts): a file it lets through is analysed. */
const GATE = new RegExp(
  [...['@anthropic-ai/', ...ANTHROPIC_API_HOSTS, BETA_HEADER, BROWSER_ACCESS_HEADER].map(escape), ...LIBRARY_MARKERS.map((m) => (typeof m === 'string' ? escape(m) : m.source))].join('|'),
  'i',
);

const FILES = Number(process.env.BENCH_FILES ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const gc = globalThis.gc ?? (() => {});

const sized = listSourceFiles(NODE_MODULES).filter((file) => !/\.d\.[mc]?ts$/.test(file) && statSync(file).size >= 200 && statSync(file).size <= 16 * 1024);
const step = Math.max(1, Math.floor(sized.length / FILES));
const files = sized.filter((_, i) => i % step === 0).slice(0, FILES);

const plugins = { plugin };
if (process.argv[2]) plugins.base = (await import(pathToFileURL(resolve(process.argv[2], 'index.js')).href)).default;
const arraysOf = (configs) => ({
  module: buildConfigArray({ parser, configs, basePath: ROOT }),
  commonjs: buildConfigArray({ parser, configs, basePath: ROOT, sourceType: 'commonjs' }),
});
const configs = { baseline: arraysOf([]), ...Object.fromEntries(Object.entries(plugins).map(([name, p]) => [name, arraysOf([p.configs.all])])) };

const linter = new Linter();
const entries = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const filename = virtualPath(file);
  const sourceType = linter.verify(text, configs.baseline.module, filename).some((m) => m.fatal) ? 'commonjs' : 'module';
  if (sourceType === 'commonjs' && linter.verify(text, configs.baseline.commonjs, filename).some((m) => m.fatal)) continue;
  entries.push({ text, filename, sourceType, gated: !GATE.test(text) });
}

/** Files each build analyses (its gate lets through), counted by a rule that reads the analysis of the file. */
function cpuOf(arrays) {
  gc();
  const start = process.cpuUsage();
  let reports = 0;
  let gatedCpu = 0;
  for (const entry of entries) {
    const before = process.cpuUsage();
    reports += linter.verify(entry.text, arrays[entry.sourceType], entry.filename).filter((m) => m.ruleId).length;
    const spent = process.cpuUsage(before);
    if (entry.gated) gatedCpu += (spent.user + spent.system) / 1000;
  }
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, gatedCpu, reports };
}

const names = Object.keys(configs);
const runs = Object.fromEntries(names.map((n) => [n, []]));
for (const name of names) cpuOf(configs[name]); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(round + k) % names.length];
    runs[name].push(cpuOf(configs[name]));
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const gated = entries.filter((e) => e.gated).length;
console.log(`${entries.length} files from node_modules (of ${files.length} sampled), ${ROUNDS} rounds, median CPU ms;`);
console.log(`${gated} never name Claude (this build's gate skips them), ${entries.length - gated} do (Claude SDK and library sources):`);
for (const name of names) {
  const cpu = median(runs[name].map((r) => r.cpu));
  const base = median(runs.baseline.map((r) => r.cpu));
  const gatedCpu = median(runs[name].map((r) => r.gatedCpu));
  const gatedBase = median(runs.baseline.map((r) => r.gatedCpu));
  console.log(
    `  ${name.padEnd(9)} all ${cpu.toFixed(0).padStart(6)} ms (x${(cpu / base).toFixed(3)})   never name Claude ${gatedCpu.toFixed(0).padStart(6)} ms, ${(gatedCpu / gated).toFixed(3)} ms/file (x${(gatedCpu / gatedBase).toFixed(3)})  reports ${runs[name][0].reports}`,
  );
}
