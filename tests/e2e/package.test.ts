/**
 * The published package, as a user gets it: `npm pack`, installed from the tarball into fresh
 * projects next to ESLint 10, 9 and 8.57 from the registry, linted with the real `eslint` CLI
 * (also multithreaded and cached), type-checked from a typed `eslint.config.ts`, and opened in
 * the ESLint language server editors use. The flat projects also install `@eslint/json` (2 with
 * ESLint 10, 1 with ESLint 9: the range the optional peer declares) and lint a committed
 * `.claude/` folder and `.mcp.json`. Needs the npm registry; takes about a minute once npm's
 * cache is warm.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { LanguageServerSession, SEVERITY } from './language-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { name: string; version: string };
const TS_PARSER = '@typescript-eslint/parser@8.72.0';
/** For the typed consumer config (tests/fixtures/consumer-types), in the flat-config projects. */
const TYPED_CONSUMER = ['typescript-eslint@8.72.0', 'typescript@~6.0.3'];
const CONSUMER_TYPES = path.join(ROOT, 'tests', 'fixtures', 'consumer-types');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; a non-zero exit is a result, not an exception. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function mustRun(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (${result.code}):\n${result.stderr}`);
  return result.stdout;
}

// Planted violations. Every Messages call pins `inference_geo: "us"` on a geo-capable model, so
// only the lines below are findings, whichever rules `recommended` holds.
const PLANTED_JS = `import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ dangerouslyAllowBrowser: true });

export async function archiveContract(contract) {
  await client.beta.files.upload({ file: contract });
  await client.messages.batches.create({ requests: [] });
  await client.beta.agents.list();
  return client.messages.create({
    model: 'claude-opus-4-6',
    max_tokens: 512,
    inference_geo: 'us',
    messages: [{ role: 'user', content: 'Summarise the contract.' }],
  });
}
`;

const PLANTED_TS = `import Anthropic from '@anthropic-ai/sdk';

export class ContractSummariser {
  constructor(private readonly client: Anthropic) {}

  async summarise(text: string): Promise<unknown> {
    return this.client.messages.create({
      model: 'claude-opus-4-6',
      max_tokens: 1024,
      inference_geo: 'us',
      context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] },
      messages: [{ role: 'user', content: text }],
    });
  }

  listSkills(): Promise<unknown> {
    return this.client.beta.skills.list();
  }
}
`;

// A CommonJS module, where ESLint declares `require` as a global.
const PLANTED_CJS = `'use strict';
const Anthropic = require('@anthropic-ai/sdk');

const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'mcp-client-2025-04-04' } });

module.exports = { client };
`;

const CLEAN_JS = `import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export const ask = (question) =>
  client.messages.create({ model: 'claude-opus-4-6', max_tokens: 256, inference_geo: 'us', messages: [{ role: 'user', content: question }] });
`;

const CLEAN_TS = `import Anthropic from '@anthropic-ai/sdk';

export async function countTokens(client: Anthropic, text: string): Promise<number> {
  const { input_tokens } = await client.messages.countTokens({ model: 'claude-opus-4-6', messages: [{ role: 'user', content: text }] });
  return input_tokens;
}
`;

/** What `recommended` reports on the planted files: [file, line, rule id, severity]. */
const EXPECTED_PLANTED: [string, number, string, number][] = [
  ['planted.cjs', 4, 'claude-zdr/no-mcp-connector', 2],
  ['planted.js', 3, 'claude-zdr/no-browser-client', 2],
  ['planted.js', 6, 'claude-zdr/no-files-api', 2],
  ['planted.js', 7, 'claude-zdr/no-batches-api', 2],
  ['planted.js', 8, 'claude-zdr/no-beta-api', 1],
  ['planted.ts', 11, 'claude-zdr/no-context-management', 2],
  ['planted.ts', 17, 'claude-zdr/no-skills-api', 2],
];

// Claude Code settings with planted violations, a clean local file, and a clean folder.
const PLANTED_SETTINGS = `{
  "model": "fable",
  "env": {
    "CLAUDE_CODE_USE_BEDROCK": "1"
  }
}
`;
const CLEAN_LOCAL_SETTINGS = `{ "permissions": { "allow": ["Bash(make)"] } }
`;
const PLANTED_MCP = `{
  "mcpServers": {
    "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "."] },
    "dev": { "type": "http", "url": "http://localhost:3000/mcp" },
    "vendor": { "type": "sse", "url": "https://mcp.vendor.example/sse" }
  }
}
`;
const CLEAN_SETTINGS = `{ "model": "best", "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }
`;
const CLEAN_MCP = `{ "mcpServers": { "dev": { "type": "http", "url": "http://127.0.0.1:3000/mcp" } } }
`;

/** What the claude-code profile reports on the planted settings: [file, line, rule id, severity]. */
const EXPECTED_SETTINGS: [string, number, string, number][] = [
  ['.claude/settings.json', 2, 'claude-zdr/claude-code-settings-model', 2],
  ['.claude/settings.json', 3, 'claude-zdr/claude-code-settings-privacy', 2],
  ['.claude/settings.json', 4, 'claude-zdr/claude-code-settings-platform', 1],
  ['.mcp.json', 5, 'claude-zdr/claude-code-settings-mcp', 2],
];

// The user lints JSON with @eslint/json already; the profile shares that plugin object.
const FLAT_CONFIG = `import claudeZdr from 'eslint-plugin-claude-zdr';
import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';

export default [
  claudeZdr.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.json'], ignores: ['**/package-lock.json'], plugins: { json }, language: 'json/json', rules: { 'json/no-duplicate-keys': 'error' } },
  claudeZdr.configs['claude-code'],
];
`;

const LEGACY_CONFIG = {
  root: true,
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  extends: ['plugin:claude-zdr/legacy-recommended'],
  overrides: [
    { files: ['*.ts'], parser: '@typescript-eslint/parser' },
    { files: ['*.cjs'], parserOptions: { sourceType: 'script' }, env: { node: true } },
  ],
};

interface Project {
  dir: string;
  eslint: string;
  env: Record<string, string>;
}

interface EslintMessage {
  ruleId: string | null;
  line: number;
  severity: number;
  fatal?: boolean;
  message: string;
}

async function lint(
  project: Project,
  files: string[],
  options: string[] = [],
): Promise<{ code: number; findings: [string, number, string | null, number][]; stderr: string }> {
  const result = await run('npx', ['--no', '--', 'eslint', '--format', 'json', ...options, ...files.map((f) => `src/${f}`)], project.dir, project.env);
  if (result.code === 2) throw new Error(`ESLint crashed in ${project.dir}:\n${result.stderr}\n${result.stdout}`);
  const report = JSON.parse(result.stdout) as { filePath: string; messages: EslintMessage[] }[];
  const findings = report.flatMap((file) =>
    file.messages.map((m): [string, number, string | null, number] => [path.basename(file.filePath), m.line, m.ruleId, m.severity]),
  );
  findings.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || String(a[2]).localeCompare(String(b[2])));
  return { code: result.code, findings, stderr: result.stderr };
}

let workDir: string;
let tarball: string;
let packedFiles: string[];
const projects: Record<'eslint10' | 'eslint9' | 'eslint9Legacy' | 'eslint8Legacy', Project> = {} as never;

/** ESLint on whatever paths, findings as [path relative to the project, line, rule, severity]. */
async function lintPaths(project: Project, paths: string[]): Promise<{ code: number; findings: [string, number, string | null, number][] }> {
  const result = await run('npx', ['--no', '--', 'eslint', '--format', 'json', ...paths], project.dir, project.env);
  if (result.code === 2) throw new Error(`ESLint crashed in ${project.dir}:\n${result.stderr}\n${result.stdout}`);
  const report = JSON.parse(result.stdout) as { filePath: string; messages: EslintMessage[] }[];
  const findings = report.flatMap((file) =>
    file.messages.map((m): [string, number, string | null, number] => [path.relative(project.dir, file.filePath).split(path.sep).join('/'), m.line, m.ruleId, m.severity]),
  );
  findings.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || String(a[2]).localeCompare(String(b[2])));
  return { code: result.code, findings };
}

async function writeSettingsFiles(dir: string): Promise<void> {
  await mkdir(path.join(dir, '.claude'), { recursive: true });
  await mkdir(path.join(dir, 'clean-settings', '.claude'), { recursive: true });
  await writeFile(path.join(dir, '.claude', 'settings.json'), PLANTED_SETTINGS);
  await writeFile(path.join(dir, '.claude', 'settings.local.json'), CLEAN_LOCAL_SETTINGS);
  await writeFile(path.join(dir, '.mcp.json'), PLANTED_MCP);
  await writeFile(path.join(dir, 'clean-settings', '.claude', 'settings.json'), CLEAN_SETTINGS);
  await writeFile(path.join(dir, 'clean-settings', '.mcp.json'), CLEAN_MCP);
}

async function createProject(
  name: string,
  eslintVersion: string,
  config: { flat: string } | { legacy: object } | { flat: string; legacy: object },
  extraPackages: string[] = [],
): Promise<string> {
  const dir = path.join(workDir, name);
  await mkdir(path.join(dir, 'src'), { recursive: true });
  const type = 'flat' in config ? 'module' : 'commonjs';
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type }, null, 2));
  if ('flat' in config) await writeFile(path.join(dir, 'eslint.config.js'), config.flat);
  if ('legacy' in config) await writeFile(path.join(dir, '.eslintrc.json'), JSON.stringify(config.legacy, null, 2));
  await writeFile(path.join(dir, 'src', 'planted.js'), PLANTED_JS);
  await writeFile(path.join(dir, 'src', 'planted.ts'), PLANTED_TS);
  await writeFile(path.join(dir, 'src', 'planted.cjs'), PLANTED_CJS);
  await writeFile(path.join(dir, 'src', 'clean.js'), CLEAN_JS);
  await writeFile(path.join(dir, 'src', 'clean.ts'), CLEAN_TS);
  await writeSettingsFiles(dir);
  await mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, `eslint@${eslintVersion}`, TS_PARSER, ...extraPackages], dir);
  return dir;
}

beforeAll(async () => {
  await mustRun('npm', ['run', 'build'], ROOT);
  workDir = await mkdtemp(path.join(tmpdir(), 'claude-zdr-e2e-'));
  const packed = JSON.parse(await mustRun('npm', ['pack', '--json', '--pack-destination', workDir], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = path.join(workDir, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((f) => f.path);
  const [eslint10, eslint9, eslint8] = await Promise.all([
    createProject('eslint10-flat', '10', { flat: FLAT_CONFIG }, ['@eslint/json@2', ...TYPED_CONSUMER]),
    // ESLint 9 reads eslint.config.js, or .eslintrc.json with ESLINT_USE_FLAT_CONFIG=false.
    createProject('eslint9', '9', { flat: FLAT_CONFIG, legacy: LEGACY_CONFIG }, ['@eslint/json@1', ...TYPED_CONSUMER]),
    createProject('eslint8-eslintrc', '8.57', { legacy: LEGACY_CONFIG }),
  ]);
  projects.eslint10 = { dir: eslint10, eslint: '10', env: {} };
  projects.eslint9 = { dir: eslint9, eslint: '9', env: { ESLINT_USE_FLAT_CONFIG: 'true' } };
  projects.eslint9Legacy = { dir: eslint9, eslint: '9', env: { ESLINT_USE_FLAT_CONFIG: 'false' } };
  projects.eslint8Legacy = { dir: eslint8, eslint: '8.57', env: {} };
}, 300_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the published tarball', () => {
  it('ships the built plugin and its declarations, and no tests or sources', () => {
    expect(packedFiles).toContain('dist/index.js');
    expect(packedFiles).toContain('dist/index.d.ts');
    expect(packedFiles).toContain('package.json');
    expect(packedFiles.filter((f) => /(^|\/)tests?\/|\.test\.|^src\/|^examples\/|^scripts\//.test(f))).toEqual([]);
  });

  it('gives the same plugin object to require() and import()', async () => {
    const script = `
      import { createRequire } from 'node:module';
      const required = createRequire(import.meta.url)('eslint-plugin-claude-zdr');
      const imported = (await import('eslint-plugin-claude-zdr')).default;
      console.log(JSON.stringify({
        same: required === imported,
        required: required.meta,
        imported: imported.meta,
        rules: Object.keys(imported.rules).length,
        configs: Object.keys(imported.configs).length,
      }));`;
    const out = JSON.parse(await mustRun('node', ['--input-type=module', '-e', script], projects.eslint10.dir));
    const meta = { name: manifest.name, version: manifest.version };
    expect(out).toMatchObject({ same: true, required: meta, imported: meta });
    expect(out.rules).toBeGreaterThan(0);
    expect(out.configs).toBeGreaterThan(0);
  });

  it('works from a CommonJS file with a plain require()', async () => {
    const script = `const plugin = require('eslint-plugin-claude-zdr'); console.log(JSON.stringify(plugin.meta));`;
    const out = JSON.parse(await mustRun('node', ['-e', script], projects.eslint8Legacy.dir));
    expect(out).toEqual({ name: manifest.name, version: manifest.version });
  });

  it('holds the LICENSE, the CHANGELOG and the repository metadata', async () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md']));
    const installed = path.join(projects.eslint10.dir, 'node_modules', 'eslint-plugin-claude-zdr');
    const packed = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['license', 'repository', 'homepage', 'bugs']) expect(packed[key], key).toEqual(manifest[key]);
    expect(packed['repository']).toMatchObject({ url: expect.stringContaining('github.com/') });
    expect(await readFile(path.join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(await readFile(path.join(installed, 'CHANGELOG.md'), 'utf8')).toContain(`## [${manifest.version}]`);
  });
});

describe.concurrent.each([
  ['ESLint 10', 'eslint10'],
  ['ESLint 9', 'eslint9'],
] as const)('a typed eslint.config.ts (%s)', (_title, key) => {
  // defineConfig, Linter.Config[], tseslint.config and ESLint.Plugin over the packed declarations.
  it.each(['bundler', 'node16'])('type-checks with moduleResolution %s', async (resolution) => {
    // A project of its own beside the ESLint one (whose `eslint .` would find this eslint.config.ts),
    // sharing its installed packages.
    const dir = path.join(workDir, `types-${key}-${resolution}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: `types-${key}`, private: true, type: 'module' }));
    await symlink(path.join(projects[key].dir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    for (const file of await readdir(CONSUMER_TYPES)) await copyFile(path.join(CONSUMER_TYPES, file), path.join(dir, file));
    const result = await run(path.join(dir, 'node_modules', '.bin', 'tsc'), ['-p', `tsconfig.${resolution}.json`], dir);
    expect(result.stdout + result.stderr).not.toMatch(/error TS/);
    expect(result.code).toBe(0);
  });
});

describe.concurrent.each([
  ['ESLint 10, flat config', 'eslint10'],
  ['ESLint 9, flat config', 'eslint9'],
  ['ESLint 9, .eslintrc.json', 'eslint9Legacy'],
  ['ESLint 8.57, .eslintrc.json', 'eslint8Legacy'],
] as const)('%s', (_title, key) => {
  it('reports exactly the planted violations and exits 1', async () => {
    const { code, findings } = await lint(projects[key], ['planted.js', 'planted.cjs', 'planted.ts']);
    expect(findings).toEqual(EXPECTED_PLANTED);
    expect(code).toBe(1);
  });

  it('exits 0 on clean JS and TS', async () => {
    const { code, findings } = await lint(projects[key], ['clean.js', 'clean.ts']);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe.concurrent.each([
  ['ESLint 10', 'eslint10'],
  ['ESLint 9', 'eslint9'],
  ['ESLint 8.57', 'eslint8Legacy'],
] as const)('claude-zdr audit next to %s', (_title, key) => {
  // The installed bin, on the peer ESLint the project has: the same findings as the linter's, none missed.
  it('reports the planted violations, reads every file, and exits 1', async () => {
    const result = await run('npx', ['--no', '--', 'claude-zdr', 'audit', 'src', '--format', 'json'], projects[key].dir);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as {
      filesAnalysed: number;
      parseFailures: unknown[];
      readFailures: unknown[];
      skipped: unknown[];
      findings: { file: string; line: number; ruleId: string; severity: string }[];
    };
    expect([report.filesAnalysed, report.parseFailures, report.readFailures, report.skipped]).toEqual([5, [], [], []]);
    expect(report.findings.map((f) => [path.basename(f.file), f.line, f.ruleId, f.severity === 'error' ? 2 : 1])).toEqual(EXPECTED_PLANTED);
  });
});

describe.concurrent.each([
  ['ESLint 10 with @eslint/json 2', 'eslint10'],
  ['ESLint 9 with @eslint/json 1', 'eslint9'],
] as const)('Claude Code settings, %s', (_title, key) => {
  // `eslint .` finds the dot folder and .mcp.json by the profile's own `files`.
  it('reports exactly the planted settings violations from `eslint .`, and nothing in the clean folder', async () => {
    const { code, findings } = await lintPaths(projects[key], ['.']);
    // src/ and the editor folder another test adds hold JavaScript findings of their own.
    expect(findings.filter(([file]) => !/^(src|editor)\//.test(file))).toEqual(EXPECTED_SETTINGS);
    expect(code).toBe(1);
  });

  it('exits 0 on clean settings files', async () => {
    const { code, findings } = await lintPaths(projects[key], ['clean-settings', '.claude/settings.local.json']);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('claude-zdr audit of a whole project (PRODUCT.md §3c, §4)', () => {
  interface AuditJson {
    filesAnalysed: number;
    skipped: { file: string; reason: string }[];
    findings: { file: string; line: number; ruleId: string; severity: string }[];
  }
  const auditProject = async (key: 'eslint10' | 'eslint8Legacy') => {
    const result = await run('npx', ['--no', '--', 'claude-zdr', 'audit', '.', '--format', 'json'], projects[key].dir);
    expect(result.code, result.stderr).toBe(1);
    return JSON.parse(result.stdout) as AuditJson;
  };
  const settingsFiles = ['.claude/settings.json', '.claude/settings.local.json', '.mcp.json', 'clean-settings/.claude/settings.json', 'clean-settings/.mcp.json'];

  it('lints the committed settings files next to ESLint 10 with @eslint/json, as `eslint .` does', async () => {
    const report = await auditProject('eslint10');
    expect(report.skipped).toEqual([]);
    const settings = report.findings.filter((f) => !f.file.startsWith('src/'));
    expect(settings.map((f) => [f.file, f.line, f.ruleId, f.severity === 'error' ? 2 : 1])).toEqual(EXPECTED_SETTINGS);
  });

  it('lists the settings files as skipped next to ESLint 8.57 without @eslint/json, and checks the code', async () => {
    const report = await auditProject('eslint8Legacy');
    expect(report.skipped).toEqual(settingsFiles.map((file) => ({ file, reason: 'Claude Code settings need ESLint 9.15 or later' })));
    expect(report.findings.map((f) => [path.basename(f.file), f.line, f.ruleId, f.severity === 'error' ? 2 : 1])).toEqual(EXPECTED_PLANTED);
  });
});

describe('ESLint 8.57 without @eslint/json', () => {
  it('loads every JavaScript profile, and names the fix when configs["claude-code"] is read', async () => {
    const script = `
      const plugin = require('eslint-plugin-claude-zdr');
      let message = null;
      try { plugin.configs['claude-code']; } catch (error) { message = error.message; }
      console.log(JSON.stringify({ keys: Object.keys(plugin.configs).length, recommended: Object.keys(plugin.configs.recommended.rules).length, message }));`;
    const out = JSON.parse(await mustRun('node', ['-e', script], projects.eslint8Legacy.dir)) as { keys: number; recommended: number; message: string | null };
    expect(out.recommended).toBeGreaterThan(0);
    expect(out.message).toMatch(/configs\["claude-code"\] lints Claude Code settings files as JSON, which needs ESLint 9\.15 or later \(this project has 8\.57\.\d+\)/);
  });
});

describe.each([
  ['ESLint 10', 'eslint10'],
  ['ESLint 9', 'eslint9'],
] as const)('multithreaded and cached linting (%s)', (_title, key) => {
  const PLANTED = ['planted.js', 'planted.cjs', 'planted.ts'];

  // `auto` may settle on one thread on a small machine; `2` always starts worker threads, each
  // loading the config and the plugin anew.
  it.each(['auto', '2'])('--concurrency=%s reports exactly the planted violations', async (concurrency) => {
    const { code, findings, stderr } = await lint(projects[key], PLANTED, [`--concurrency=${concurrency}`]);
    expect(findings, stderr).toEqual(EXPECTED_PLANTED);
    expect(code).toBe(1);
  });

  it('--cache gives the same findings from a warm cache as from a cold one', async () => {
    const cacheLocation = path.join(projects[key].dir, '.cache', 'eslintcache');
    const cold = await lint(projects[key], PLANTED, ['--cache', '--cache-location', cacheLocation]);
    expect(cold.findings, cold.stderr).toEqual(EXPECTED_PLANTED);
    expect((await stat(cacheLocation)).size).toBeGreaterThan(0);
    const warm = await lint(projects[key], PLANTED, ['--cache', '--cache-location', cacheLocation]);
    expect(warm.findings).toEqual(EXPECTED_PLANTED);
    expect(warm.code).toBe(1);
    const cache = await readFile(cacheLocation, 'utf8');
    for (const file of PLANTED) expect(cache).toContain(file);
  });
});

describe('eslintrc loading', () => {
  // The real eslintrc engine of ESLint 8.57 resolves and validates every legacy-* profile.
  it('resolves every legacy-* config in ESLint 8.57', async () => {
    const script = `
      const { ESLint } = require('eslint');
      const plugin = require('eslint-plugin-claude-zdr');
      (async () => {
        const out = {};
        for (const name of Object.keys(plugin.configs).filter((n) => n.startsWith('legacy-'))) {
          const eslint = new ESLint({ useEslintrc: false, overrideConfig: { extends: ['plugin:claude-zdr/' + name] } });
          const config = await eslint.calculateConfigForFile('x.js');
          out[name] = { plugins: config.plugins, rules: Object.keys(config.rules).length, settings: config.settings };
        }
        console.log(JSON.stringify(out));
      })().catch((error) => { console.error(error); process.exit(2); });`;
    const out = JSON.parse(await mustRun('node', ['-e', script], projects.eslint8Legacy.dir)) as Record<
      string,
      { plugins: string[]; rules: number; settings: Record<string, unknown> }
    >;
    const legacyNames = Object.keys(plugin.configs).filter((n) => n.startsWith('legacy-')).sort();
    expect(Object.keys(out).sort()).toEqual(legacyNames);
    for (const name of legacyNames) {
      expect(out[name]!.plugins).toEqual(['claude-zdr']);
      expect(out[name]!.rules).toBe(Object.keys(plugin.configs[name as keyof typeof plugin.configs].rules).length);
    }
    expect(out['legacy-strict']!.settings).toEqual({ 'claude-zdr': { reportUnresolved: true } });
  });

  // Profiles compose in eslintrc as in flat config: `extends: [a, b]` keeps a's rules and lets b
  // raise or lower the ones it names. Every ordered pair, through ESLint 8.57's own resolution.
  it('composes every ordered pair of legacy-* configs in ESLint 8.57', async () => {
    const script = `
      const { ESLint } = require('eslint');
      const plugin = require('eslint-plugin-claude-zdr');
      const level = (entry) => { const l = Array.isArray(entry) ? entry[0] : entry; return l === 2 || l === 'error' ? 'error' : l === 1 || l === 'warn' ? 'warn' : 'off'; };
      (async () => {
        const names = Object.keys(plugin.configs).filter((n) => n.startsWith('legacy-'));
        const out = {};
        for (const first of names) for (const second of names) {
          if (first === second) continue;
          const eslint = new ESLint({ useEslintrc: false, overrideConfig: { extends: ['plugin:claude-zdr/' + first, 'plugin:claude-zdr/' + second] } });
          const config = await eslint.calculateConfigForFile('x.js');
          out[first + ' ' + second] = Object.fromEntries(Object.entries(config.rules).map(([id, entry]) => [id, level(entry)]));
        }
        console.log(JSON.stringify(out));
      })().catch((error) => { console.error(error); process.exit(2); });`;
    const out = JSON.parse(await mustRun('node', ['-e', script], projects.eslint8Legacy.dir)) as Record<string, Record<string, string>>;
    const legacyNames = Object.keys(plugin.configs).filter((n) => n.startsWith('legacy-')) as (keyof typeof plugin.configs)[];
    const on = (name: keyof typeof plugin.configs) => plugin.configs[name].rules as Record<string, string>;
    for (const first of legacyNames) {
      for (const second of legacyNames) {
        if (first === second) continue;
        expect(out[`${first} ${second}`], `${first} then ${second}`).toEqual({ ...on(first), ...on(second) });
      }
    }
  });
});

// Double quotes throughout, so the suggested `inference_geo: "us"` matches the file's style.
const EDITOR_TS = `import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function summarise(text: string) {
  await client.beta.agents.list();
  await client.beta.files.list();
  return client.messages.create({
    model: "claude-opus-4-6",
    max_tokens: 512,
    messages: [{ role: "user", content: text }],
  });
}
`;

/** EDITOR_TS after the editor applied the geo suggestion. */
const EDITOR_TS_FIXED = EDITOR_TS.replace(
  '    messages: [{ role: "user", content: text }],\n',
  '    messages: [{ role: "user", content: text }],\n    inference_geo: "us",\n',
);

describe.each([
  ['ESLint 10, flat config', 'eslint10'],
  ['ESLint 8.57, .eslintrc.json', 'eslint8Legacy'],
] as const)('in the editor: the ESLint language server (%s)', (_title, key) => {
  let session: LanguageServerSession;
  let uri: string;
  const docsUrl = (rule: string) => plugin.rules[rule as keyof typeof plugin.rules].meta.docs.url;
  const ours = (diagnostics: Awaited<ReturnType<LanguageServerSession['diagnostics']>>) =>
    diagnostics.filter((d) => String(d.code).startsWith('claude-zdr/')).map((d) => [d.code, d.severity, d.range.start.line]);

  beforeAll(async () => {
    // Outside src/, which the other tests lint and audit file by file.
    const file = path.join(projects[key].dir, 'editor', 'editor.ts');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, EDITOR_TS);
    session = await LanguageServerSession.start(projects[key].dir);
    uri = session.open(file, 'typescript', EDITOR_TS);
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('shows the claude-zdr diagnostics with their severities and doc links', async () => {
    const diagnostics = await session.diagnostics(uri);
    expect(ours(diagnostics), session.log.join('\n')).toEqual([
      ['claude-zdr/no-beta-api', SEVERITY.warning, 5],
      ['claude-zdr/no-files-api', SEVERITY.error, 6],
      ['claude-zdr/require-inference-geo', SEVERITY.error, 7],
    ]);
    for (const d of diagnostics) expect(d.codeDescription?.href).toBe(docsUrl(String(d.code).slice('claude-zdr/'.length)));
    // The project's own ESLint (8.57 or 10) ran, not the one this repository develops with.
    expect(session.log.join('\n')).toContain(`ESLint library loaded from: ${path.join(projects[key].dir, 'node_modules', 'eslint')}`);
  });

  it('offers the geo suggestion as a quick fix, and applying it fixes the file', async () => {
    const geo = (await session.diagnostics(uri)).find((d) => d.code === 'claude-zdr/require-inference-geo')!;
    const actions = await session.codeActions(uri, geo);
    const suggestion = actions.find((a) => a.command?.command === 'eslint.applySuggestion');
    expect(suggestion, JSON.stringify(actions)).toMatchObject({
      kind: 'quickfix',
      title: expect.stringMatching(/inference_geo: "us".*\(claude-zdr\/require-inference-geo\)$/),
      diagnostics: [expect.objectContaining({ code: 'claude-zdr/require-inference-geo' })],
    });
    await session.execute(suggestion!.command!);
    expect(session.text(uri)).toBe(EDITOR_TS_FIXED);
    expect(ours(await session.diagnostics(uri))).toEqual([
      ['claude-zdr/no-beta-api', SEVERITY.warning, 5],
      ['claude-zdr/no-files-api', SEVERITY.error, 6],
    ]);
  });
});

describe('npm run demo', () => {
  // examples/eslint.config.js imports the plugin by its package name, so this runs the built package.
  it('lints examples/ with the real CLI, finds every rule, and exits 0', async () => {
    const result = await run('node', ['scripts/demo.js'], ROOT);
    expect(result.code, result.stderr).toBe(0);
    const reported = new Set(result.stdout.match(/claude-zdr\/[a-z-]+/g));
    expect([...reported].sort()).toEqual(Object.keys(plugin.rules).map((name) => `claude-zdr/${name}`).sort());
    expect(result.stdout).not.toContain(path.join(ROOT, 'examples', 'src', 'summarise.ts'));
  });
});
