// `npm run bench`: what the plugin costs against what users already run, and where it stops scaling.
// Sections (BENCH_ONLY=untyped,scaling,typed,memory,worst,monorepo picks some): untyped against one
// core rule, typed against two typescript-eslint typed rules (a fresh process per run), memory,
// generated worst cases of the analysis, and a generated monorepo through `claude-zdr audit` and
// `eslint`. Sizes come from the BENCH_* variables below, so a quick run is possible.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../dist/index.js';
import { CORPUS_DIR, generateCorpus, listSourceFiles, NODE_MODULES, ROOT, virtualPath } from './corpus.js';
import { buildConfigArray, lintWithFallback, lintWithStats } from './lint.js';
import { generateMonorepo, hasGnuTime, runAudit, runEslint } from './monorepo.js';
import { RESTRICTED_SYNTAX } from './selectors.js';
import { WORST_CASES, worstCaseFilename } from './worst-cases.js';

const env = (name, fallback) => process.env[name] ?? fallback;
const sizes = (name, fallback) => env(name, fallback).split(',').filter(Boolean).map(Number);

const ROUNDS = Number(env('BENCH_ROUNDS', 5));
const TYPED_ROUNDS = Number(env('BENCH_TYPED_ROUNDS', 3));
const REAL_FILES = Number(env('BENCH_FILES', 3000));
const CLAUDE_FILES = Number(env('BENCH_CLAUDE_FILES', 300));
const TYPED_PLAIN_FILES = Number(env('BENCH_TYPED_PLAIN_FILES', 200));
const SCALING_COPIES = sizes('BENCH_SCALING', '2,4');
const WORST_SIZES = sizes('BENCH_WORST_SIZES', '1000,4000,16000');
// Parsers themselves overflow their stack past a nesting depth of about 500.
const NESTING_SIZES = sizes('BENCH_NESTING_SIZES', '100,200,400');
const WORST_TIMEOUT_S = Number(env('BENCH_WORST_TIMEOUT_S', 120));
const MONOREPO_FILES = Number(env('BENCH_MONOREPO_FILES', 20000));
const MONOREPO_CLAUDE_EVERY = Number(env('BENCH_MONOREPO_CLAUDE_EVERY', 250));
const MONOREPO_ROUNDS = Number(env('BENCH_MONOREPO_ROUNDS', 2));
const SECTIONS = env('BENCH_ONLY', 'untyped,scaling,typed,memory,worst,monorepo').split(',');

/** Files larger than this are mostly bundles; they would dominate the time of a few thousand modules. */
const MAX_BYTES = 16 * 1024;
const DECLARATION = /\.d\.[mc]?ts$/;
const PREFIX = 'claude-zdr/';

const gc = globalThis.gc ?? (() => {});

// The baselines are what users run without the plugin: some rule is always on (with none, ESLint
// skips its traversal), and a typed-lint user has typed rules that make the parser build a program.
const CORE_RULE = { rules: { 'no-debugger': 'error' } };
const TYPED_RULES = {
  plugins: { '@typescript-eslint': tseslint.plugin },
  rules: { '@typescript-eslint/await-thenable': 'error', '@typescript-eslint/no-floating-promises': 'error' },
};
const TYPE_AWARE = { settings: { 'claude-zdr': { typeAware: true } } };

const CONFIGS = {
  'no rules': [],
  'core rule': [CORE_RULE],
  plugin: [CORE_RULE, plugin.configs.all],
  'no-restricted-syntax': [CORE_RULE, { rules: { 'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX] } }],
};

const TYPED_CONFIGS = {
  'no rules': [],
  'typed rules': [TYPED_RULES],
  'typed rules + plugin': [TYPED_RULES, plugin.configs.all, TYPE_AWARE],
};

/** Real modules from node_modules: sorted, every k-th of the right size, declarations left out. */
function realCorpusFiles() {
  const candidates = listSourceFiles(NODE_MODULES).filter((file) => !DECLARATION.test(file));
  const sized = candidates.filter((file) => {
    const bytes = statSync(file).size;
    return bytes >= 200 && bytes <= MAX_BYTES;
  });
  const step = Math.max(1, Math.floor(sized.length / REAL_FILES));
  return sized.filter((_, i) => i % step === 0).slice(0, REAL_FILES);
}

function arraysFor(configs, parserOptions = {}, basePath = ROOT) {
  return {
    module: buildConfigArray({ parser, configs, basePath, parserOptions }),
    commonjs: buildConfigArray({ parser, configs, basePath, parserOptions, sourceType: 'commonjs' }),
  };
}

/**
 * The untyped corpus: each file read once, its source type settled by one lint with the core rule
 * (module, else CommonJS); files that parse neither way are left out.
 */
function loadCorpus(claudeFiles) {
  const linter = new Linter();
  const arrays = arraysFor(CONFIGS['core rule']);
  const entries = [];
  let dropped = 0;
  const claude = new Set(claudeFiles);
  for (const file of [...realCorpusFiles(), ...claudeFiles]) {
    const text = readFileSync(file, 'utf8');
    const kind = claude.has(file) ? 'claude' : 'plain';
    const filename = file.startsWith(ROOT) && !file.includes('node_modules') ? file : virtualPath(file);
    const asModule = linter.verify(text, arrays.module, filename);
    if (!asModule.some((m) => m.fatal)) {
      entries.push({ file, filename, text, sourceType: 'module', kind });
      continue;
    }
    const asScript = lintWithFallback(linter, arrays, text, filename);
    if (asScript.status === 'ok') entries.push({ file, filename, text, sourceType: 'commonjs', kind });
    else dropped++;
  }
  return { entries, dropped };
}

/** The corpus repeated `copies` times under distinct paths (new `Program` objects each time). */
function scaled(entries, copies) {
  const out = [];
  for (let c = 0; c < copies; c++) {
    for (const entry of entries) {
      out.push(c === 0 ? entry : { ...entry, filename: join(ROOT, `corpus-copy-${c}`, relative(ROOT, entry.filename)) });
    }
  }
  return out;
}

const cpuMsSince = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** One pass over the corpus with one configuration: wall and CPU milliseconds, reports made. */
function lintAll(linter, arrays, entries) {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let reports = 0;
  const byKind = { plain: 0, claude: 0 };
  for (const entry of entries) {
    const before = process.cpuUsage();
    const messages = linter.verify(entry.text, arrays[entry.sourceType], entry.filename);
    byKind[entry.kind] += cpuMsSince(before);
    for (const m of messages) if (m.ruleId) reports++;
  }
  return { wallMs: performance.now() - start, cpuMs: cpuMsSince(cpu), plainCpuMs: byKind.plain, claudeCpuMs: byKind.claude, reports };
}

/** One pass with ESLint's `stats`: the plugin's own time (its rules, `create()` included) against the whole lint. */
function statsPass(linter, arrays, entries) {
  const out = { ownMs: 0, totalMs: 0, parseMs: 0, plainOwnMs: 0, claudeOwnMs: 0, plainTotalMs: 0, claudeTotalMs: 0 };
  for (const entry of entries) {
    const { ownMs, totalMs, parseMs } = lintWithStats(linter, arrays[entry.sourceType], entry.text, entry.filename);
    out.ownMs += ownMs;
    out.totalMs += totalMs;
    out.parseMs += parseMs;
    out[`${entry.kind}OwnMs`] += ownMs;
    out[`${entry.kind}TotalMs`] += totalMs;
  }
  return out;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const medianOf = (runs, keys) => Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key]))]));

/** Runs every configuration `rounds` times, rotating which goes first each round. */
function alternate(names, arraysByName, entries, rounds, onRun) {
  const linter = new Linter();
  const runs = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const run = lintAll(linter, arraysByName[name], entries);
      runs[name].push(run);
      onRun?.(round, name, run);
    }
  }
  return Object.fromEntries(
    names.map((n) => [n, { ...medianOf(runs[n], ['wallMs', 'cpuMs', 'plainCpuMs', 'claudeCpuMs']), reports: runs[n][0].reports, runs: runs[n] }]),
  );
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const pct = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;
const share = (part, whole) => `${((part / whole) * 100).toFixed(1)}%`;
const ms = (value) => value.toFixed(0);

// ---------------------------------------------------------------------------------------------
// Sections

function untypedSection(entries) {
  const names = Object.keys(CONFIGS);
  const arraysByName = Object.fromEntries(names.map((n) => [n, arraysFor(CONFIGS[n])]));
  alternate(names, arraysByName, entries, 1); // warm-up: JIT, config caches
  const medians = alternate(names, arraysByName, entries, ROUNDS, (round, name, run) =>
    console.log(`  round ${round + 1} ${name.padEnd(22)} wall ${ms(run.wallMs)} ms  cpu ${ms(run.cpuMs)} ms  reports ${run.reports}`),
  );
  const stats = statsPass(new Linter(), arraysByName.plugin, entries);
  console.log(`  stats: plugin rules ${ms(stats.ownMs)} ms of ${ms(stats.totalMs)} ms (${share(stats.ownMs, stats.totalMs)})`);
  return { medians, stats, arraysByName };
}

function scalingSection(entries, arraysByName, untyped) {
  const rows = [{ copies: 1, files: entries.length, result: untyped }];
  for (const copies of SCALING_COPIES) {
    const corpus = scaled(entries, copies);
    const result = alternate(['core rule', 'plugin'], arraysByName, corpus, 1);
    rows.push({ copies, files: corpus.length, result });
    console.log(`  ${copies}x: ${corpus.length} files  core rule ${(result['core rule'].cpuMs / corpus.length).toFixed(3)} ms/file  plugin ${(result.plugin.cpuMs / corpus.length).toFixed(3)} ms/file (cpu)`);
  }
  return rows;
}

/** The typed corpora: the generated worst case, and this repository with its own tsconfigs. */
function typedCorpus(name) {
  if (name === 'generated') {
    const dir = join(CORPUS_DIR, 'typed');
    return { files: listSourceFiles(dir).filter((f) => f.endsWith('.ts')), tsconfigRootDir: dir };
  }
  // The repository's own tsconfig.json (src, tests, bench, scripts) and the typed example app's.
  const files = [
    ...['src', 'tests', 'bench', 'scripts'].flatMap((dir) => listSourceFiles(join(ROOT, dir))),
    ...listSourceFiles(join(ROOT, 'examples', 'typed', 'src')),
    join(ROOT, 'vitest.config.ts'),
  ].filter((f) => /\.[mc]?ts$/.test(f) && !DECLARATION.test(f) && !f.startsWith(join(ROOT, 'tests', 'fixtures')) && !f.startsWith(CORPUS_DIR));
  return { files, tsconfigRootDir: ROOT };
}

/** Child mode: one typed configuration over one corpus in a fresh process (the parser caches programs per process). */
function typedChild(corpusName, configName) {
  const { files, tsconfigRootDir } = typedCorpus(corpusName);
  const arrays = arraysFor(TYPED_CONFIGS[configName], { projectService: true, tsconfigRootDir }, tsconfigRootDir);
  const linter = new Linter();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let ownMs = 0;
  let reports = 0;
  let fatal = 0;
  // Every typed configuration runs with `stats`, so its small cost is the same on both sides.
  for (const file of files) {
    const result = lintWithStats(linter, arrays.module, readFileSync(file, 'utf8'), file);
    ownMs += result.ownMs;
    for (const m of result.messages) {
      if (m.fatal) fatal++;
      else if (m.ruleId?.startsWith(PREFIX)) reports++;
    }
  }
  const out = { corpus: corpusName, config: configName, files: files.length, wallMs: performance.now() - start, cpuMs: cpuMsSince(cpu), ownMs, reports, fatal };
  process.stdout.write(JSON.stringify(out));
}

function typedSection() {
  const corpora = {};
  for (const corpusName of ['generated', 'realistic']) {
    const names = Object.keys(TYPED_CONFIGS);
    const runs = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < TYPED_ROUNDS; round++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length];
        const out = execFileSync(process.execPath, ['--expose-gc', process.argv[1], '--typed-child', corpusName, name], { encoding: 'utf8', maxBuffer: 1 << 24 });
        const run = JSON.parse(out);
        runs[name].push(run);
        console.log(`  typed ${corpusName} round ${round + 1} ${name.padEnd(22)} wall ${ms(run.wallMs)} ms  cpu ${ms(run.cpuMs)} ms  plugin ${ms(run.ownMs)} ms  reports ${run.reports}`);
      }
    }
    corpora[corpusName] = Object.fromEntries(
      names.map((n) => [n, { ...medianOf(runs[n], ['wallMs', 'cpuMs', 'ownMs']), reports: runs[n][0].reports, fatal: runs[n][0].fatal, files: runs[n][0].files }]),
    );
  }
  return corpora;
}

/** Child mode: one configuration over the corpus, reporting peak RSS and the heap left after GC. */
function memoryChild(name, copies) {
  const { entries } = loadCorpus(listSourceFiles(join(CORPUS_DIR, 'claude')));
  const corpus = scaled(entries, copies);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const run = lintAll(new Linter(), arraysFor(CONFIGS[name]), corpus);
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(JSON.stringify({ name, copies, files: corpus.length, maxRssKb: process.resourceUsage().maxRSS, heapBefore, heapAfter, ...run }));
}

function memorySection() {
  const rows = [];
  for (const [name, copies] of [['core rule', 1], ['plugin', 1], ['no-restricted-syntax', 1], ['plugin', 4]]) {
    const out = execFileSync(process.execPath, ['--expose-gc', process.argv[1], '--memory-child', name, String(copies)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const result = JSON.parse(out);
    rows.push(result);
    console.log(`  memory ${name} ${copies}x: peak RSS ${mb(result.maxRssKb * 1024)}, heap after GC ${mb(result.heapBefore)} -> ${mb(result.heapAfter)}`);
  }
  return rows;
}

const firstLine = (error) => String(error?.message ?? error).split('\n')[0].slice(0, 160);

/**
 * Child mode: one worst case at one size in a fresh process. ESLint alone (the core rule), then
 * the plugin twice: cold (the first run in the process, as on a CI machine) and warm, each with
 * `stats` for the plugin's own time. A result that changes with JIT warmth is a defect.
 */
function worstChild(index, n) {
  const testCase = WORST_CASES[index];
  const text = testCase.text(n);
  const filename = join(ROOT, worstCaseFilename(testCase, n));
  const linter = new Linter();
  const base = arraysFor(CONFIGS['core rule']).module;
  const withPlugin = arraysFor(CONFIGS.plugin).module;
  const out = { case: testCase.name, n, bytes: text.length };
  let start = performance.now();
  const baseMessages = linter.verify(text, base, filename);
  out.eslintMs = performance.now() - start;
  const parseError = baseMessages.find((m) => m.fatal);
  if (parseError) {
    out.status = `parser: ${parseError.message}`;
    process.stdout.write(JSON.stringify(out));
    return;
  }
  for (const run of ['cold', 'warm']) {
    start = performance.now();
    try {
      const result = lintWithStats(linter, withPlugin, text, filename);
      out[`${run}Ms`] = performance.now() - start;
      out[`${run}OwnMs`] = result.ownMs;
      out[`${run}Reports`] = result.messages.filter((m) => m.ruleId?.startsWith(PREFIX)).length;
    } catch (error) {
      out.status = `${error?.ruleId ? `${error.ruleId}: ` : ''}${error?.name ?? 'Error'}: ${firstLine(error)}`;
      break;
    }
    if (out.coldMs > WORST_TIMEOUT_S * 250) break; // a second slow run would only hit the time limit
  }
  const expected = testCase.findings(n);
  if (!out.status && out.coldReports !== expected) out.status = `${out.coldReports} of ${expected} findings reported (cold)`;
  if (!out.status && out.warmReports !== undefined && out.warmReports !== out.coldReports) out.status = `cold and warm results differ (${out.coldReports} / ${out.warmReports})`;
  out.status ??= 'ok';
  process.stdout.write(JSON.stringify(out));
}

function worstSection() {
  const rows = [];
  WORST_CASES.forEach((testCase, index) => {
    const caseSizes = testCase.unit === 'level' ? NESTING_SIZES : WORST_SIZES;
    for (const n of caseSizes) {
      const child = spawnSync(process.execPath, ['--max-old-space-size=4096', process.argv[1], '--worst-child', String(index), String(n)], {
        encoding: 'utf8',
        timeout: WORST_TIMEOUT_S * 1000,
        maxBuffer: 1 << 24,
      });
      let row;
      if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') {
        row = { case: testCase.name, n, status: `timed out after ${WORST_TIMEOUT_S} s` };
      } else if (child.status !== 0) {
        const reason = /heap out of memory/i.test(child.stderr) ? 'out of memory (4 GB heap)' : `crashed (exit ${child.status}): ${child.stderr.split('\n').find((l) => /Error/.test(l)) ?? ''}`;
        row = { case: testCase.name, n, status: reason.slice(0, 200) };
      } else {
        row = JSON.parse(child.stdout);
      }
      row.unit = testCase.unit;
      rows.push(row);
      const per = row.coldOwnMs === undefined ? '' : `  plugin ${ms(row.coldOwnMs)} ms cold, ${row.warmOwnMs === undefined ? '-' : ms(row.warmOwnMs)} ms warm = ${((row.coldOwnMs / n) * 1000).toFixed(1)} µs/${testCase.unit}`;
      console.log(`  worst ${testCase.name.padEnd(26)} n=${String(n).padEnd(6)} ${row.status}${per}`);
    }
  });
  return rows;
}

function monorepoSection() {
  if (!hasGnuTime()) {
    console.log('  monorepo: skipped, /usr/bin/time (GNU time) is needed to time the child processes');
    return null;
  }
  const generated = generateMonorepo({ files: MONOREPO_FILES, claudeEvery: MONOREPO_CLAUDE_EVERY });
  console.log(`  monorepo: ${generated.files} files (${generated.claudeFiles} calling Claude), ${mb(generated.bytes)}`);
  const audit = [];
  const eslint = [];
  const show = (name, run) => console.log(`  ${name.padEnd(34)} wall ${ms(run.wallMs)} ms  cpu ${ms(run.cpuMs)} ms  rss ${mb(run.maxRssKb * 1024)}  files ${run.files}  findings ${run.findings}`);
  runEslint(); // warm-up: the file system cache
  for (let round = 0; round < MONOREPO_ROUNDS; round++) {
    const pair = round % 2 === 0 ? ['audit', 'eslint'] : ['eslint', 'audit'];
    for (const which of pair) {
      const run = which === 'audit' ? runAudit() : runEslint();
      (which === 'audit' ? audit : eslint).push(run);
      show(`round ${round + 1} ${which === 'audit' ? 'claude-zdr audit .' : 'eslint .'}`, run);
    }
  }
  const variants = {};
  for (const [name, flags] of [
    ['eslint --concurrency=auto', ['--concurrency=auto']],
    ['eslint --concurrency=2', ['--concurrency=2']],
    ['eslint --cache (cold)', ['--cache', '--cache-location', join(CORPUS_DIR, 'monorepo.eslintcache')]],
    ['eslint --cache (warm)', ['--cache', '--cache-location', join(CORPUS_DIR, 'monorepo.eslintcache')]],
  ]) {
    variants[name] = runEslint(flags);
    show(name, variants[name]);
  }
  const keys = ['wallMs', 'cpuMs', 'maxRssKb'];
  return {
    ...generated,
    audit: { ...medianOf(audit, keys), files: audit[0].files, findings: audit[0].findings, callSites: audit[0].callSites },
    eslint: { ...medianOf(eslint, keys), files: eslint[0].files, findings: eslint[0].findings, fatal: eslint[0].fatal },
    variants,
  };
}

// ---------------------------------------------------------------------------------------------

function main() {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory: mb(os.totalmem()),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    eslint: Linter.version,
    parser: parser.version,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
  console.log('machine:', JSON.stringify(machine));
  const r = { machine, started: new Date() };

  const needsCorpus = ['untyped', 'scaling', 'typed', 'memory'].some((s) => SECTIONS.includes(s));
  if (needsCorpus) generateCorpus({ claude: CLAUDE_FILES, typedPlain: TYPED_PLAIN_FILES });
  if (SECTIONS.includes('untyped') || SECTIONS.includes('scaling')) {
    const claudeFiles = listSourceFiles(join(CORPUS_DIR, 'claude'));
    const { entries, dropped } = loadCorpus(claudeFiles);
    r.corpus = { entries, dropped, bytes: entries.reduce((sum, e) => sum + e.text.length, 0), claudeCount: claudeFiles.length, realCount: entries.length - claudeFiles.length };
    console.log(`corpus: ${entries.length} files (${r.corpus.realCount} from node_modules, ${claudeFiles.length} generated), ${mb(r.corpus.bytes)}; ${dropped} unparseable left out`);
  }
  if (SECTIONS.includes('untyped') || SECTIONS.includes('scaling')) {
    console.log('untyped:');
    r.untyped = untypedSection(r.corpus.entries);
  }
  if (SECTIONS.includes('scaling') && SCALING_COPIES.length > 0) {
    console.log('scaling:');
    r.scaling = scalingSection(r.corpus.entries, r.untyped.arraysByName, r.untyped.medians);
  }
  if (SECTIONS.includes('typed')) {
    console.log('typed (a fresh process per run):');
    r.typed = typedSection();
  }
  if (SECTIONS.includes('memory')) {
    console.log('memory:');
    r.memory = memorySection();
  }
  if (SECTIONS.includes('worst')) {
    console.log('worst cases (a fresh process per case and size):');
    r.worst = worstSection();
  }
  if (SECTIONS.includes('monorepo')) {
    console.log('monorepo:');
    r.monorepo = monorepoSection();
  }
  r.finished = new Date();
  r.machine.loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const report = renderResults(r);
  if (process.env.BENCH_WRITE !== '0') writeFileSync(join(ROOT, 'bench', 'results.md'), report);
  console.log(`\n${report}`);
}

// ---------------------------------------------------------------------------------------------
// bench/results.md

const NOT_RUN = '_Not run in this run (BENCH_ONLY)._';

function renderUntyped(r) {
  if (!r.untyped) return NOT_RUN;
  const u = r.untyped.medians;
  const s = r.untyped.stats;
  const n = r.corpus.entries.length;
  const base = u['core rule'];
  const line = (name) => `| ${name} | ${ms(u[name].wallMs)} | ${ms(u[name].cpuMs)} | ${(u[name].cpuMs / n).toFixed(3)} | ${u[name].reports} |`;
  const ratio = (name, key = 'cpuMs') => u[name][key] / base[key];
  return `Medians of ${ROUNDS} alternating rounds (the order of configurations rotates each round) after one warm-up round,
in one process with one \`Linter\`. CPU time of the process (\`process.cpuUsage\`) is the primary figure.

| configuration | wall ms | CPU ms | CPU ms/file | reports |
|---|---|---|---|---|
${line('core rule')}
${line('plugin')}
${line('no-restricted-syntax')}
${line('no rules')}

- Baseline **core rule** = \`no-debugger\` alone: one cheap rule, so ESLint traverses every file as in any real
  configuration. **plugin** = the same plus \`claudeZdr.configs.all\`. **no-restricted-syntax** = the same plus
  ${RESTRICTED_SYNTAX.length} hand-written selectors for the same surfaces (bench/selectors.js), which report far more because
  selectors cannot tell an Anthropic client from any other object. **no rules** is kept as an extra row: with no
  rule at all ESLint skips its traversal, so it is not a baseline a user has.
- \`plugin / core rule\`: **${ratio('plugin').toFixed(3)}** CPU (${pct(ratio('plugin'))}), ${ratio('plugin', 'wallMs').toFixed(3)} wall. Target: under +5%.
- \`no-restricted-syntax / core rule\`: ${ratio('no-restricted-syntax').toFixed(3)} CPU.

**The plugin's own time, from ESLint's \`stats\`** (one more pass of the \`plugin\` configuration with
\`stats: true\`, what \`eslint --stats\` reports: the time in each rule's \`create()\` and listeners, where the
shared analysis runs):

| files | count | plugin rules ms | whole lint ms | plugin's share |
|---|---|---|---|---|
| all | ${n} | ${ms(s.ownMs)} | ${ms(s.totalMs)} | **${share(s.ownMs, s.totalMs)}** |
| never call Claude (real modules) | ${r.corpus.realCount} | ${ms(s.plainOwnMs)} | ${ms(s.plainTotalMs)} | ${share(s.plainOwnMs, s.plainTotalMs)} |
| call Claude (generated) | ${r.corpus.claudeCount} | ${ms(s.claudeOwnMs)} | ${ms(s.claudeTotalMs)} | ${share(s.claudeOwnMs, s.claudeTotalMs)} |

Parsing took ${ms(s.parseMs)} ms of the ${ms(s.totalMs)} ms. A file that names no \`@anthropic-ai/\` module, Anthropic host
or header costs the plugin one regular-expression test, and its rules return no listeners.`;
}

function renderScaling(r) {
  if (!r.scaling) return NOT_RUN;
  const rows = r.scaling.map(({ copies, files, result }) => {
    const base = result['core rule'].cpuMs / files;
    const plug = result.plugin.cpuMs / files;
    return `| ${copies}x | ${files} | ${base.toFixed(3)} | ${plug.toFixed(3)} | ${(plug - base).toFixed(3)} | ${pct(plug / base)} |`;
  });
  return `The corpus repeated under distinct paths (new \`Program\` objects each time). 1x is the untyped medians above;
the others are one alternating round each. CPU ms per file.

| corpus | files | core rule | plugin | added by plugin | plugin / core rule |
|---|---|---|---|---|---|
${rows.join('\n')}`;
}

function renderTyped(r) {
  if (!r.typed) return NOT_RUN;
  const table = (name) => {
    const t = r.typed[name];
    const base = t['typed rules'];
    const row = (config, label) =>
      `| ${label} | ${ms(t[config].wallMs)} | ${ms(t[config].cpuMs)} | ${(t[config].cpuMs / base.cpuMs).toFixed(3)} | ${config.includes('plugin') ? `${ms(t[config].ownMs)} (${share(t[config].ownMs, t[config].wallMs)} of wall)` : '-'} | ${t[config].reports} |`;
    return `| configuration | wall ms | CPU ms | CPU / typed rules | plugin's own ms (stats) | reports |
|---|---|---|---|---|---|
${row('typed rules', '**typed rules** (baseline)')}
${row('typed rules + plugin', 'typed rules + plugin `all`, `typeAware: true`')}
${row('no rules', 'no rules (program built by the parser, no rule asks the checker)')}`;
  };
  const g = r.typed.generated;
  const real = r.typed.realistic;
  const ratio = (t) => t['typed rules + plugin'].cpuMs / t['typed rules'].cpuMs;
  return `\`parserOptions.projectService\`; every run is a fresh process (the parser caches programs per process), medians of
${TYPED_ROUNDS} rounds with the order rotating. The baseline is what a typed-lint user already runs: two typescript-eslint
typed rules (\`await-thenable\`, \`no-floating-promises\`), so the type checker's first use is in the baseline too. All
typed runs have \`stats\` on, so its small cost is on both sides.

**Realistic: this repository** (${real['typed rules'].files} files: its own tsconfig.json over \`src\`, \`tests\`, \`bench\`, \`scripts\`,
and the typed example app \`examples/typed\` with its own tsconfig; 5 files call Claude, many more only mention the SDK in test
strings):

${table('realistic')}

- \`plugin / typed rules\`: **${ratio(real).toFixed(3)}** CPU (${pct(ratio(real))}). Target: under +10%.

**Worst case: generated** (${g['typed rules'].files} files in \`bench/.corpus/typed\`: ${CLAUDE_FILES} files that call Claude, each in
several shapes, and ${TYPED_PLAIN_FILES} ordinary modules importing each other):

${table('generated')}

- \`plugin / typed rules\`: **${ratio(g).toFixed(3)}** CPU (${pct(ratio(g))}).`;
}

function renderMemory(r) {
  if (!r.memory) return NOT_RUN;
  const rows = r.memory.map((m) => `| ${m.name} | ${m.copies}x (${m.files} files) | ${mb(m.maxRssKb * 1024)} | ${mb(m.heapBefore)} | ${mb(m.heapAfter)} |`);
  return `Each configuration alone in a child process (\`node --expose-gc bench/bench.js --memory-child <name> <copies>\`), one pass
over the untyped corpus. Peak RSS is \`process.resourceUsage().maxRSS\` (it includes reading and holding the corpus text);
"heap" is \`heapUsed\` after a forced GC before and after the pass. The per-file analysis lives in a \`WeakMap\` keyed by
the file's \`Program\` node and is collected with the AST.

| configuration | corpus | peak RSS | heap before pass | heap after pass |
|---|---|---|---|---|
${rows.join('\n')}`;
}

function renderWorst(r) {
  if (!r.worst) return NOT_RUN;
  const us = (value, n) => (value === undefined ? '-' : ((value / n) * 1000).toFixed(1));
  const rows = r.worst.map(
    (w) =>
      `| ${w.case} | ${w.n} | ${w.eslintMs === undefined ? '-' : ms(w.eslintMs)} | ${w.coldOwnMs === undefined ? '-' : ms(w.coldOwnMs)} | ${us(w.coldOwnMs, w.n)} | ${us(w.warmOwnMs, w.n)} | ${w.coldReports ?? '-'} | ${w.status} |`,
  );
  const descriptions = WORST_CASES.map((c) => `- **${c.name}** (per ${c.unit}): ${c.description}.`).join('\n');
  return `Generated files (bench/worst-cases.js), each size in a fresh process with a ${WORST_TIMEOUT_S} s limit and a 4 GB heap.
"ESLint ms" is the file linted with the core rule alone; the plugin's own time is from \`stats\`, cold (the first lint in the
process) and warm (the same file again). Linear analysis keeps µs per unit flat as n grows. Every request uses a
refused model (\`claude-fable-5\`), so each one the analysis reads to the end is a finding: "ok" means every expected
finding was reported, cold and warm alike.

${descriptions}

Nesting cases stop at a few hundred levels: past about 500, \`@typescript-eslint/parser\` itself overflows its stack, so
the plugin never sees the file.

| case | n | ESLint ms | plugin ms (cold) | µs per unit (cold) | µs per unit (warm) | reports | status |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`;
}

function renderMonorepo(r) {
  if (r.monorepo === undefined) return NOT_RUN;
  if (r.monorepo === null) return '_Skipped: GNU time (`/usr/bin/time`) was not found._';
  const m = r.monorepo;
  const ratio = m.audit.wallMs / m.eslint.wallMs;
  const row = (name, run) => `| ${name} | ${ms(run.wallMs)} | ${ms(run.cpuMs)} | ${mb(run.maxRssKb * 1024)} | ${run.files} | ${((run.files / run.wallMs) * 1000).toFixed(0)} | ${run.findings} |`;
  const variantRows = Object.entries(m.variants).map(([name, run]) => row(`\`${name}\``, run));
  return `A generated monorepo (bench/monorepo.js): ${m.files} files in ${Math.ceil(m.files / 200)} packages under \`bench/.corpus/monorepo\`, ${mb(m.bytes)};
${m.claudeFiles} of them call Claude (one in ${MONOREPO_CLAUDE_EVERY}), the rest are ordinary TypeScript and JavaScript modules. Both
CLIs run as child processes timed by GNU time: \`claude-zdr audit .\` (recommended profile, JSON report) and \`eslint .\`
with a generated \`eslint.config.js\` that is the audit's own set-up (recommended profile, \`@typescript-eslint/parser\` for
every file, the same ignores). Medians of ${MONOREPO_ROUNDS} alternating rounds after one warm-up \`eslint\` run.

| run | wall ms | CPU ms | peak RSS | files | files/s | findings |
|---|---|---|---|---|---|---|
${row('`claude-zdr audit .`', m.audit)}
${row('`eslint .` (same rules)', m.eslint)}
${variantRows.join('\n')}

- **audit / eslint: ${ratio.toFixed(3)}** wall (${(m.audit.cpuMs / m.eslint.cpuMs).toFixed(3)} CPU). Target: at most 1.2.
- The audit scanned **${((m.audit.files / m.audit.wallMs) * 1000).toFixed(0)} files/s** and listed ${m.audit.callSites} call sites.
- Both found the same findings: ${m.audit.findings === m.eslint.findings ? `yes (${m.audit.findings})` : `**no** (audit ${m.audit.findings}, eslint ${m.eslint.findings})`}.
- \`--concurrency=auto\` lets ESLint choose; on ${r.machine.cores} cores it keeps to one thread. \`--concurrency=2\` starts two
  worker threads, each loading the config and the plugin; on a small shared machine that can be slower than one thread
  (ESLint says so with \`ESLintPoorConcurrencyWarning\`). The warm \`--cache\` run re-lints nothing.`;
}

function renderResults(r) {
  const date = r.started.toISOString().slice(0, 10);
  const minutes = ((r.finished - r.started) / 60000).toFixed(1);
  const corpus = r.corpus
    ? `${r.corpus.entries.length} files, ${mb(r.corpus.bytes)}: ${r.corpus.realCount} real modules from \`node_modules\` (sorted, every k-th
\`.js .mjs .cjs .ts .mts .cts\` file of 200 B-16 KB, declarations left out; ${r.corpus.dropped} that parse neither as a module nor as
CommonJS left out) and ${r.corpus.claudeCount} generated files in \`bench/.corpus/claude\` that call Claude in the shapes the rules
recognise. \`@typescript-eslint/parser\` for every file.`
    : NOT_RUN;
  return `# Benchmark results

Generated by \`npm run bench\` (bench/bench.js) on ${date}, in ${minutes} minutes. Sizes are set by \`BENCH_*\` variables
(see the top of bench/bench.js); \`BENCH_ONLY\` runs some sections only.

## Machine

| | |
|---|---|
| CPU | ${r.machine.cpu} |
| Cores | ${r.machine.cores} |
| Memory | ${r.machine.memory} |
| Node | ${r.machine.node} |
| OS | ${r.machine.platform} |
| ESLint | ${r.machine.eslint} |
| @typescript-eslint/parser | ${r.machine.parser} |
| Load average before / after | ${r.machine.load} / ${r.machine.loadAfter} |

The machine is shared with other engineers' builds and tests, so wall times are noisy and every figure is a median of
alternating runs; CPU time is the steadier figure.

## Untyped corpus

${corpus}

${renderUntyped(r)}

## Time per file as the corpus grows

${renderScaling(r)}

## Typed (projectService)

${renderTyped(r)}

## Memory

${renderMemory(r)}

## Generated worst cases of the analysis

${renderWorst(r)}

## A 20,000-file monorepo: \`claude-zdr audit\` against \`eslint\`

${renderMonorepo(r)}
`;
}

if (process.argv[2] === '--typed-child') typedChild(process.argv[3], process.argv[4]);
else if (process.argv[2] === '--memory-child') memoryChild(process.argv[3], Number(process.argv[4]));
else if (process.argv[2] === '--worst-child') worstChild(Number(process.argv[3]), Number(process.argv[4]));
else main();
