// `npm run bench`: the plugin's cost against ESLint alone and against hand-written no-restricted-syntax.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../dist/index.js';
import { generateCorpus, listSourceFiles, NODE_MODULES, ROOT, virtualPath } from './corpus.js';
import { buildConfigArray, lintWithFallback } from './lint.js';
import { RESTRICTED_SYNTAX } from './selectors.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TYPED_ROUNDS = Number(process.env.BENCH_TYPED_ROUNDS ?? 3);
const REAL_FILES = Number(process.env.BENCH_FILES ?? 3000);
const CLAUDE_FILES = 300;
const TYPED_PLAIN_FILES = 200;
/** Files larger than this are mostly bundles; they would dominate the time of a few thousand modules. */
const MAX_BYTES = 16 * 1024;
const DECLARATION = /\.d\.[mc]?ts$/;

const gc = globalThis.gc ?? (() => {});

/**
 * As many rules as `configs.all` runs on JavaScript (the settings rules, which declare JSON
 * languages, are not in it), each doing nothing: ESLint's own cost of running that many rules.
 */
const JS_RULE_NAMES = Object.keys(plugin.rules).filter((name) => !plugin.rules[name].meta.languages);
const EMPTY_RULES = {
  rules: Object.fromEntries(JS_RULE_NAMES.map((name) => [name, { meta: { schema: [] }, create: () => ({}) }])),
};

const CONFIGS = {
  baseline: [],
  'empty rules': [{ plugins: { empty: EMPTY_RULES }, rules: Object.fromEntries(Object.keys(EMPTY_RULES.rules).map((name) => [`empty/${name}`, 'error'])) }],
  plugin: [plugin.configs.all],
  'no-restricted-syntax': [{ rules: { 'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX] } }],
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

function arraysFor(configs, parserOptions = {}) {
  return {
    module: buildConfigArray({ parser, configs, basePath: ROOT, parserOptions }),
    commonjs: buildConfigArray({ parser, configs, basePath: ROOT, parserOptions, sourceType: 'commonjs' }),
  };
}

/**
 * The untyped corpus: each file read once, its source type settled by one baseline lint
 * (module, else CommonJS); files that parse neither way are left out. `copies` > 1 repeats the
 * corpus under distinct virtual paths (the 2x and 4x corpora).
 */
function loadCorpus(claudeFiles) {
  const linter = new Linter();
  const arrays = arraysFor([]);
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

function scaled(entries, copies) {
  const out = [];
  for (let c = 0; c < copies; c++) {
    for (const entry of entries) {
      out.push(c === 0 ? entry : { ...entry, filename: join(ROOT, `corpus-copy-${c}`, relative(ROOT, entry.filename)) });
    }
  }
  return out;
}

/** One pass over the corpus with one configuration: wall and CPU milliseconds, reports made. */
function lintAll(linter, arrays, entries) {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let reports = 0;
  // CPU split by kind of file: files that never call Claude, and the generated ones that do.
  const byKind = { plain: 0, claude: 0 };
  for (const entry of entries) {
    const before = process.cpuUsage();
    const messages = linter.verify(entry.text, arrays[entry.sourceType], entry.filename);
    const spent = process.cpuUsage(before);
    byKind[entry.kind] += (spent.user + spent.system) / 1000;
    for (const m of messages) if (m.ruleId) reports++;
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, plainCpuMs: byKind.plain, claudeCpuMs: byKind.claude, reports };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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
    names.map((n) => [
      n,
      {
        wallMs: median(runs[n].map((r) => r.wallMs)),
        cpuMs: median(runs[n].map((r) => r.cpuMs)),
        plainCpuMs: median(runs[n].map((r) => r.plainCpuMs)),
        claudeCpuMs: median(runs[n].map((r) => r.claudeCpuMs)),
        reports: runs[n][0].reports,
        runs: runs[n],
      },
    ]),
  );
}

/** Child mode: one configuration over the corpus, reporting peak RSS and the heap left after GC. */
function child(name, copies) {
  const { claudeFiles } = generateCorpus({ claude: CLAUDE_FILES, typedPlain: TYPED_PLAIN_FILES });
  const { entries } = loadCorpus(claudeFiles);
  const corpus = scaled(entries, copies);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const run = lintAll(new Linter(), arraysFor(CONFIGS[name]), corpus);
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(JSON.stringify({ name, copies, files: corpus.length, maxRssKb: process.resourceUsage().maxRSS, heapBefore, heapAfter, ...run }));
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const pct = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;
const ms = (value) => value.toFixed(0);

function main() {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory: mb(os.totalmem()),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    eslint: Linter.version,
    parser: parser.version,
  };
  console.log('machine:', JSON.stringify(machine));

  const { claudeFiles, typedFiles, typedDir } = generateCorpus({ claude: CLAUDE_FILES, typedPlain: TYPED_PLAIN_FILES });
  const { entries, dropped } = loadCorpus(claudeFiles);
  const bytes = entries.reduce((sum, e) => sum + e.text.length, 0);
  const realCount = entries.length - claudeFiles.length;
  console.log(`corpus: ${entries.length} files (${realCount} from node_modules, ${claudeFiles.length} generated), ${mb(bytes)}; ${dropped} unparseable left out`);

  // 1. Untyped: baseline vs plugin vs no-restricted-syntax.
  const names = Object.keys(CONFIGS);
  const arraysByName = Object.fromEntries(names.map((n) => [n, arraysFor(CONFIGS[n])]));
  alternate(names, arraysByName, entries, 1); // warm-up: JIT, config caches
  const untyped = alternate(names, arraysByName, entries, ROUNDS, (round, name, run) =>
    console.log(`  round ${round + 1} ${name.padEnd(22)} wall ${ms(run.wallMs)} ms  cpu ${ms(run.cpuMs)} ms  reports ${run.reports}`),
  );

  // 2. Scaling: time per file at 1x, 2x, 4x the corpus (baseline and plugin alternating).
  const scaling = [{ copies: 1, files: entries.length, result: untyped }];
  for (const copies of [2, 4]) {
    const corpus = scaled(entries, copies);
    const result = alternate(['baseline', 'plugin'], arraysByName, corpus, 1);
    scaling.push({ copies, files: corpus.length, result });
    console.log(`  ${copies}x: ${corpus.length} files  baseline ${(result.baseline.cpuMs / corpus.length).toFixed(3)} ms/file  plugin ${(result.plugin.cpuMs / corpus.length).toFixed(3)} ms/file (cpu)`);
  }

  // 3. Typed: projectService baseline vs the same plus the plugin with typeAware.
  const typedOptions = { projectService: true, tsconfigRootDir: typedDir };
  const typedArrays = {
    baseline: arraysFor([], typedOptions),
    plugin: arraysFor([plugin.configs.all, { settings: { 'claude-zdr': { typeAware: true } } }], typedOptions),
  };
  const typedEntries = typedFiles.map((file) => ({ file, filename: file, text: readFileSync(file, 'utf8'), sourceType: 'module' }));
  alternate(['baseline', 'plugin'], typedArrays, typedEntries, 1);
  const typed = alternate(['baseline', 'plugin'], typedArrays, typedEntries, TYPED_ROUNDS, (round, name, run) =>
    console.log(`  typed round ${round + 1} ${name.padEnd(10)} wall ${ms(run.wallMs)} ms  cpu ${ms(run.cpuMs)} ms  reports ${run.reports}`),
  );
  const typeAwareRead = typeAwareIsRead();

  // 4. Memory: each configuration alone in a child process.
  const memory = [];
  for (const [name, copies] of [['baseline', 1], ['plugin', 1], ['no-restricted-syntax', 1], ['plugin', 4]]) {
    const out = execFileSync(process.execPath, ['--expose-gc', process.argv[1], '--child', name, String(copies)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const result = JSON.parse(out);
    memory.push(result);
    console.log(`  memory ${name} ${copies}x: peak RSS ${mb(result.maxRssKb * 1024)}, heap after GC ${mb(result.heapBefore)} -> ${mb(result.heapAfter)}`);
  }

  const report = writeResults({ machine, entries, realCount, claudeCount: claudeFiles.length, bytes, dropped, untyped, scaling, typed, typedCount: typedEntries.length, typeAwareRead, memory });
  console.log(`\n${report}`);
}

/** Whether this build reads `typeAware` for anything: the rules' source mentions it beyond settings parsing. */
function typeAwareIsRead() {
  const dist = join(ROOT, 'dist');
  const readers = listSourceFiles(dist).filter((file) => file.endsWith('.js') && !/[/\\](settings|configs)\.js$/.test(file));
  return readers.some((file) => /\btypeAware\b/.test(readFileSync(file, 'utf8')));
}

function retained(memory, name, copies) {
  const m = memory.find((x) => x.name === name && x.copies === copies);
  return m ? `${((m.heapAfter - m.heapBefore) / 2 ** 20).toFixed(1)} MB` : 'n/a';
}

function writeResults(r) {
  const u = r.untyped;
  const ratio = (a, b, key) => a[key] / b[key];
  const line = (name) => `| ${name} | ${ms(u[name].wallMs)} | ${ms(u[name].cpuMs)} | ${(u[name].cpuMs / r.entries.length).toFixed(3)} | ${u[name].reports} |`;
  const scalingRows = r.scaling.map(({ copies, files, result }) => {
    const base = result.baseline.cpuMs / files;
    const plug = result.plugin.cpuMs / files;
    return `| ${copies}x | ${files} | ${base.toFixed(3)} | ${plug.toFixed(3)} | ${(plug - base).toFixed(3)} | ${pct(plug / base)} |`;
  });
  const memoryRows = r.memory.map((m) => `| ${m.name} | ${m.copies}x (${m.files} files) | ${mb(m.maxRssKb * 1024)} | ${mb(m.heapBefore)} | ${mb(m.heapAfter)} |`);
  const t = r.typed;
  const text = `# Benchmark results

Generated by \`npm run bench\` (bench/bench.js) on ${new Date().toISOString().slice(0, 10)}.

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

The machine is shared (other jobs run beside the bench), so wall time is noisy; CPU time of the
process (\`process.cpuUsage\`, user + system) is the primary figure. Both are medians of ${ROUNDS}
alternating rounds (the order of configurations rotates each round) after one warm-up round.

## Corpus

${r.entries.length} files, ${mb(r.bytes)}: ${r.realCount} real modules from \`node_modules\` (sorted, every k-th
\`.js .mjs .cjs .ts .mts .cts\` file of 200 B-16 KB, declarations left out; ${r.dropped} that parse neither as a
module nor as CommonJS left out) and ${r.claudeCount} generated files in \`bench/.corpus/claude\` that call Claude
in the shapes the rules recognise. One \`Linter\`, flat config, \`@typescript-eslint/parser\` for every file.

## Untyped

| configuration | wall ms | CPU ms | CPU ms/file | reports |
|---|---|---|---|---|
${line('baseline')}
${line('empty rules')}
${line('plugin')}
${line('no-restricted-syntax')}

- \`plugin/baseline\`: **${ratio(u.plugin, u.baseline, 'cpuMs').toFixed(3)}** CPU (${pct(ratio(u.plugin, u.baseline, 'cpuMs'))}), ${ratio(u.plugin, u.baseline, 'wallMs').toFixed(3)} wall. Target: under +5%.
- \`plugin/empty rules\`: **${ratio(u.plugin, u['empty rules'], 'cpuMs').toFixed(3)}** CPU (${pct(ratio(u.plugin, u['empty rules'], 'cpuMs'))}): the plugin's own work over ESLint's fixed cost of running ${JS_RULE_NAMES.length} rules that do nothing (\`empty rules\`/baseline: ${ratio(u['empty rules'], u.baseline, 'cpuMs').toFixed(3)}).
- \`plugin/no-restricted-syntax\`: **${ratio(u.plugin, u['no-restricted-syntax'], 'cpuMs').toFixed(3)}** CPU, ${ratio(u.plugin, u['no-restricted-syntax'], 'wallMs').toFixed(3)} wall.

By kind of file (CPU ms, medians; per-file CPU summed, so GC threads are left out):

| files | count | baseline | empty rules | plugin | plugin/baseline | plugin/empty rules |
|---|---|---|---|---|---|---|
| never call Claude (real modules) | ${r.realCount} | ${ms(u.baseline.plainCpuMs)} | ${ms(u['empty rules'].plainCpuMs)} | ${ms(u.plugin.plainCpuMs)} | **${ratio(u.plugin, u.baseline, 'plainCpuMs').toFixed(3)}** | **${ratio(u.plugin, u['empty rules'], 'plainCpuMs').toFixed(3)}** |
| call Claude (generated) | ${r.claudeCount} | ${ms(u.baseline.claudeCpuMs)} | ${ms(u['empty rules'].claudeCpuMs)} | ${ms(u.plugin.claudeCpuMs)} | ${ratio(u.plugin, u.baseline, 'claudeCpuMs').toFixed(3)} | ${ratio(u.plugin, u['empty rules'], 'claudeCpuMs').toFixed(3)} |

Rules return no listeners for a file whose analysis holds nothing for them, so a file that names no
\`@anthropic-ai/\` module, Anthropic host or header costs one regular-expression test. On a file that calls Claude the cost is
ESLint's own dispatch of events to the rules that listen (about what any one enabled rule costs),
the analysis, and building the reports.
- baseline = no rules; plugin = \`claudeZdr.configs.all\`; no-restricted-syntax = ${RESTRICTED_SYNTAX.length} selectors for
  the same surfaces (bench/selectors.js), which report far more (every \`.files.x()\`, every \`type\` key) because
  selectors cannot tell an Anthropic client from any other object.

## Time per file as the corpus grows

The 2x and 4x corpora repeat the files under distinct paths (new \`Program\` objects each time).
1x is the untyped medians above; 2x and 4x are one alternating round each. CPU ms per file.

| corpus | files | baseline | plugin | added by plugin | plugin/baseline |
|---|---|---|---|---|---|
${scalingRows.join('\n')}

## Typed (projectService)

${r.typedCount} files in a generated project (\`bench/.corpus/typed\`, tsconfig, ${CLAUDE_FILES} Claude files and
${TYPED_PLAIN_FILES} ordinary modules importing each other), \`parserOptions.projectService\`. Medians of ${TYPED_ROUNDS} rounds.

| configuration | wall ms | CPU ms | reports |
|---|---|---|---|
| projectService baseline | ${ms(t.baseline.wallMs)} | ${ms(t.baseline.cpuMs)} | ${t.baseline.reports} |
| + plugin \`all\`, \`typeAware: true\` | ${ms(t.plugin.wallMs)} | ${ms(t.plugin.cpuMs)} | ${t.plugin.reports} |

- \`plugin/baseline\` typed: **${ratio(t.plugin, t.baseline, 'cpuMs').toFixed(3)}** CPU (${pct(ratio(t.plugin, t.baseline, 'cpuMs'))}), ${ratio(t.plugin, t.baseline, 'wallMs').toFixed(3)} wall. Target: under +10%.
- ${r.typeAwareRead ? '`typeAware` is read by the analysis in this build.' : '**`typeAware` is ignored by this build** (no code outside settings parsing reads it), so the typed run measures the untyped analysis on top of a typed parse.'}

## Memory

Each configuration run alone in a child process (\`node --expose-gc bench/bench.js --child <name> <copies>\`),
one pass over the corpus. Peak RSS is \`process.resourceUsage().maxRSS\` (it includes reading and
holding the corpus text); "heap after GC" is \`heapUsed\` after a forced GC before and after the pass.

| configuration | corpus | peak RSS | heap before pass | heap after pass |
|---|---|---|---|---|
${memoryRows.join('\n')}

The plugin keeps its per-file analysis in a \`WeakMap\` keyed by the file's \`Program\` node, so it is
collected with the AST. Heap retained by a pass (after GC minus before): ${retained(r.memory, 'plugin', 1)} at 1x,
${retained(r.memory, 'plugin', 4)} at 4x (4x the files), ${retained(r.memory, 'baseline', 1)} for the baseline at 1x.
`;
  writeFileSync(join(ROOT, 'bench', 'results.md'), text);
  return text;
}

if (process.argv[2] === '--child') child(process.argv[3], Number(process.argv[4]));
else main();
