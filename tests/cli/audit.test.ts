import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES } from '../../src/configs.js';
import plugin from '../../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/cli/bin.js');
const project = path.join(root, 'tests/fixtures/audit-project');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `claude-zdr` bin the way a user would. A hang (a FIFO opened for reading) fails
 * the test through the timeout instead of stalling the suite.
 */
function auditIn(cwd: string, args: string[], options: { uid?: number; gid?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, timeout: 30_000, maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : error.killed ? -1 : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const audit = (...args: string[]) => auditIn(project, args);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'claude-zdr-audit-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder under the temp root, with the given files. */
function folder(files: Record<string, string> = {}): string {
  const dir = path.join(tmp, `case-${++folders}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  return dir;
}

const FILES_CALL = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.beta.files.upload({ file });\n";
const CLEAN_CALL =
  "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1, inference_geo: 'us', messages: [] });\n";

/** The official SARIF 2.1.0 schema, as shipped by Microsoft's SARIF SDK (a dev dependency; no network). */
function sarifValidator() {
  const multitool = createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-ts');
  const schemaFile = path.join(path.dirname(multitool), '..', 'assets', 'sarif-2.1.0.schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

type SarifLog = {
  runs: {
    tool: { driver: { rules: { id: string; fullDescription: { text: string }; shortDescription: { text: string }; defaultConfiguration: { level: string; enabled?: boolean } }[] } };
    invocations: { executionSuccessful: boolean; exitCode: number; toolExecutionNotifications: { level: string; message: { text: string }; descriptor: { id: string } }[] }[];
    results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
    properties: { callSites: unknown[]; profile: string };
  }[];
};

describe('claude-zdr audit', () => {
  it('inventories every call site and the findings, and exits 1 on errors', async () => {
    const { code, stdout } = await audit('audit', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.profile).toBe('recommended');
    expect(report.filesScanned).toBe(4);
    expect(report.filesAnalysed).toBe(3);
    expect(report.parseFailures.map((p: { file: string }) => p.file)).toEqual(['src/broken.ts']);
    expect(report.skipped).toEqual([]);
    expect(report.readFailures).toEqual([]);
    expect(report.callSites.map((s: Record<string, unknown>) => [s.file, s.line, s.method, s.surface, s.verdict])).toEqual([
      ['src/archive.js', 3, 'client construction', "Anthropic's API client", 'claude-zdr/no-browser-client'],
      ['src/archive.js', 6, 'beta.files.upload', 'the Files API', 'claude-zdr/no-files-api'],
      ['src/summarise.ts', 3, 'client construction', "Anthropic's API client", 'ok'],
      ['src/summarise.ts', 6, 'messages.create', 'Messages', 'ok'],
    ]);
    const create = report.callSites.find((s: Record<string, unknown>) => s.method === 'messages.create');
    expect([create.model, create.geo, create.client]).toEqual(['claude-opus-4-6', 'us', 'Anthropic']);
    expect(report.findings.map((f: Record<string, unknown>) => [f.file, f.line, f.ruleId, f.severity])).toEqual([
      ['src/archive.js', 3, 'claude-zdr/no-browser-client', 'error'],
      ['src/archive.js', 6, 'claude-zdr/no-files-api', 'error'],
    ]);
  });

  it('lists calls through the AI SDK and LangChain with the library in the client column', async () => {
    const dir = folder({
      'route.ts':
        "import { generateText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nexport const run = () => generateText({ model: anthropic('claude-opus-4-6'), prompt: 'x', providerOptions: { anthropic: { inferenceGeo: 'us' } } });\n",
      'chain.ts': "import { ChatAnthropic } from '@langchain/anthropic';\nexport const model = new ChatAnthropic({ model: 'claude-opus-4-6' });\n",
    });
    const { stdout } = await auditIn(dir, ['audit', '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(report.callSites.map((s: Record<string, unknown>) => [s.file, s.line, s.method, s.surface, s.client, s.model, s.geo, s.verdict])).toEqual([
      ['chain.ts', 2, 'new ChatAnthropic', 'Messages', 'LangChain (@langchain/anthropic)', 'claude-opus-4-6', null, 'claude-zdr/no-browser-client, claude-zdr/require-inference-geo'],
      ['route.ts', 3, 'generateText', 'Messages', 'Vercel AI SDK (@ai-sdk/anthropic)', 'claude-opus-4-6', 'us', 'ok'],
    ]);
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await audit('audit', 'src');
    expect(code).toBe(1);
    expect(stdout).toContain('Claude call sites');
    expect(stdout).toMatch(/src\/archive\.js:6:\d+\s+the Files API\s+beta\.files\.upload/);
    expect(stdout).toContain('src/broken.ts  parse error: ');
    expect(stdout).toContain('4 files scanned, 2 calling Claude, 4 call sites; 2 errors, 0 warnings (profile: recommended); not checked: 1 could not be parsed');
  });

  it('counts in the singular where there is one of a thing', async () => {
    const dir = folder({ 'upload.js': "import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();\nawait c.beta.files.upload({ file: null });\n" });
    const { stdout } = await auditIn(dir, ['audit', 'upload.js']);
    expect(stdout).toContain('\n1 file scanned, 1 calling Claude, 2 call sites; 1 error, 0 warnings (profile: recommended)\n');
  });

  it('writes SARIF 2.1.0 that names each rule and location', async () => {
    const output = path.join(tmp, 'audit.sarif');
    const { code, stdout } = await audit('audit', '--format', 'sarif', '--output', output);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const log = JSON.parse(readFileSync(output, 'utf8'));
    expect(log.version).toBe('2.1.0');
    const [runLog] = log.runs;
    expect(runLog.tool.driver.name).toBe('eslint-plugin-claude-zdr');
    const results = runLog.results.map((r: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => {
      expect(runLog.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      const location = r.locations[0]!.physicalLocation;
      return [r.ruleId, location.artifactLocation.uri, location.region.startLine];
    });
    expect(results).toEqual([
      ['claude-zdr/no-browser-client', 'src/archive.js', 3],
      ['claude-zdr/no-files-api', 'src/archive.js', 6],
    ]);
  });

  it('writes a markdown report for an auditor', async () => {
    const { stdout } = await audit('audit', '--format', 'markdown');
    expect(stdout).toMatch(/^# Claude ZDR audit/);
    expect(stdout).toContain('| src/summarise.ts:6:');
    expect(stdout).toContain('| error | `claude-zdr/no-files-api` |');
    expect(stdout).toContain('## Not checked');
    expect(stdout).toMatch(/\| src\/broken\.ts \| parse error: /);
  });

  it('applies the chosen profile: audit turns every finding into a warning and exits 0', async () => {
    const { code, stdout } = await audit('audit', '--profile', 'audit', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.errorCount).toBe(0);
    expect(report.warningCount).toBeGreaterThanOrEqual(2);
  });

  it('exits 0 on a clean project', async () => {
    const { code } = await audit('audit', 'src/summarise.ts', 'src/unrelated.ts');
    expect(code).toBe(0);
  });

  it('rejects bad usage with exit code 2 and says why', async () => {
    const badProfile = await audit('audit', '--profile', 'lenient');
    expect(badProfile.code).toBe(2);
    expect(badProfile.stderr).toContain('Unknown profile "lenient"');
    const badFormat = await audit('audit', '--format', 'xml');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Unknown format "xml"');
    const noCommand = await audit();
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderr).toContain('Missing command "audit"');
  });
});

describe('claude-zdr audit fails closed: paths', () => {
  it('exits 2 with one line for a path that does not exist', async () => {
    const run = await audit('audit', 'src', 'does-not-exist');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('claude-zdr: "does-not-exist" does not exist.\n');
  });

  it('exits 2 for a folder without a lintable file, and for a file that is not one', async () => {
    const dir = folder({ 'README.md': '# notes\n', 'lib/types.d.ts': 'export type X = 1;\n', 'node_modules/x/index.js': FILES_CALL });
    const empty = await auditIn(dir, ['audit', '.']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('claude-zdr: "." holds no JavaScript or TypeScript file or Claude Code settings file to scan.\n');
    const notes = await auditIn(dir, ['audit', 'README.md']);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toBe('claude-zdr: "README.md" is not a JavaScript or TypeScript file or a Claude Code settings file.\n');
    // With a profile that has no settings rules, the message does not offer them.
    const residency = await auditIn(dir, ['audit', 'README.md', '--profile', 'us-residency']);
    expect(residency.stderr).toBe('claude-zdr: "README.md" is not a JavaScript or TypeScript file.\n');
  });

  it('scans a folder outside the current one (../other) like any other', async () => {
    const outside = folder({ 'src/upload.js': FILES_CALL });
    const here = folder({ 'index.js': 'export {};\n' });
    const run = await auditIn(here, ['audit', `../${path.basename(outside)}`, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([
      [`../${path.basename(outside)}/src/upload.js`, 'claude-zdr/no-files-api'],
    ]);
    expect(report.parseFailures).toEqual([]);
  });

  it('scans an absolute path outside the current folder, and reports its file by an absolute URI in SARIF', async () => {
    const outside = folder({ 'upload.ts': FILES_CALL });
    const file = path.join(outside, 'upload.ts');
    const run = await auditIn(project, ['audit', file, '--format', 'sarif']);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('outside of base path');
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation])).toEqual([
      ['claude-zdr/no-files-api', { uri: `file://${file}` }],
    ]);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });
});

describe('claude-zdr audit fails closed: special files and broken links', () => {
  let dir: string;
  let socketServer: Server;

  beforeAll(async () => {
    dir = folder({ 'src/upload.js': FILES_CALL });
    execFileSync('mkfifo', [path.join(dir, 'src/pipe.js')]);
    symlinkSync('missing.js', path.join(dir, 'src/dangling.js'));
    symlinkSync('loop-b.js', path.join(dir, 'src/loop-a.js'));
    symlinkSync('loop-a.js', path.join(dir, 'src/loop-b.js'));
    symlinkSync('..', path.join(dir, 'src/parent')); // a link to an ancestor folder, walked once
    symlinkSync('upload.js', path.join(dir, 'src/linked.js')); // a link to a file is followed
    socketServer = createServer();
    await new Promise<void>((resolve) => socketServer.listen(path.join(dir, 'src/ipc.sock'), resolve));
  });
  afterAll(() => new Promise<void>((resolve) => socketServer.close(() => resolve())));

  const SKIPPED = [
    { file: 'src/dangling.js', reason: 'dangling symbolic link' },
    { file: 'src/ipc.sock', reason: 'socket' },
    { file: 'src/loop-a.js', reason: 'symbolic link loop' },
    { file: 'src/loop-b.js', reason: 'symbolic link loop' },
    { file: 'src/pipe.js', reason: 'FIFO' },
  ];

  it('lists them as skipped with the reason in JSON, never hangs on the FIFO, and checks the rest', async () => {
    const run = await auditIn(dir, ['audit', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.skipped).toEqual(SKIPPED);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['src/linked.js', 'src/upload.js']);
    expect(run.stderr).toBe('claude-zdr: 5 files or folders were not checked (listed in the report).\n');
  });

  it('lists them in the table and in markdown', async () => {
    const table = await auditIn(dir, ['audit']);
    for (const { file, reason } of SKIPPED) expect(table.stdout).toContain(`${file}  skipped: ${reason}`);
    expect(table.stdout).toContain('not checked: 5 skipped');
    const markdown = await auditIn(dir, ['audit', '--format', 'markdown']);
    for (const { file, reason } of SKIPPED) expect(markdown.stdout).toContain(`| ${file} | skipped: ${reason} |`);
  });

  it('lists them in SARIF as tool execution notifications', async () => {
    const run = await auditIn(dir, ['audit', '--format', 'sarif']);
    const [invocation] = (JSON.parse(run.stdout) as SarifLog).runs[0]!.invocations;
    expect(invocation!.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id, n.message.text])).toEqual(
      SKIPPED.map(({ file, reason }) => ['warning', 'claude-zdr/skipped', `${file}: skipped: ${reason}`]),
    );
  });

  it('a FIFO named on the command line is skipped, and a run that read nothing exits 2', async () => {
    const run = await auditIn(dir, ['audit', 'src/pipe.js', 'src/dangling.js', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).skipped).toEqual([SKIPPED[4], SKIPPED[0]]);
    expect(run.stderr).toBe('claude-zdr: nothing was checked: no file could be read and parsed (2 not checked, listed in the report).\n');
  });
});

describe('claude-zdr audit fails closed: files that cannot be read or parsed', () => {
  it('exits 2 when every file fails to parse, with SARIF notifications and executionSuccessful false', async () => {
    const dir = folder({ 'a.js': 'export const = ;\n', 'b.ts': 'let x: = 1;\n' });
    const run = await auditIn(dir, ['audit', '--format', 'sarif']);
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout) as SarifLog;
    const [invocation] = log.runs[0]!.invocations;
    expect(log.runs[0]!.results).toEqual([]);
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.exitCode).toBe(2);
    expect(invocation!.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id, n.message.text.split(':')[0]])).toEqual([
      ['error', 'claude-zdr/parse-error', 'a.js'],
      ['error', 'claude-zdr/parse-error', 'b.ts'],
    ]);
    expect(sarifValidator()(log)).toBe(true);
  });

  it('lists an unreadable file and folder in every format, and SARIF says the run was not complete', async () => {
    const dir = folder({ 'ok.js': FILES_CALL, 'secret.js': FILES_CALL, 'locked/inner.js': FILES_CALL });
    chmodSync(path.join(dir, 'secret.js'), 0o000);
    chmodSync(path.join(dir, 'locked'), 0o000);
    // Root reads every file; the audit runs as an unprivileged user for the permissions to bite.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const json = await auditIn(dir, ['audit', '--format', 'json'], asUser);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout);
      expect(report.readFailures).toEqual([
        { file: 'locked', message: 'the folder could not be listed (EACCES)' },
        { file: 'secret.js', message: 'the file could not be read (EACCES)' },
      ]);
      const table = await auditIn(dir, ['audit'], asUser);
      expect(table.stdout).toContain('secret.js  not read: the file could not be read (EACCES)');
      expect(table.stdout).toContain('locked  not read: the folder could not be listed (EACCES)');
      const markdown = await auditIn(dir, ['audit', '--format', 'markdown'], asUser);
      expect(markdown.stdout).toContain('| secret.js | not read: the file could not be read (EACCES) |');
      const sarif = JSON.parse((await auditIn(dir, ['audit', '--format', 'sarif'], asUser)).stdout) as SarifLog;
      const [invocation] = sarif.runs[0]!.invocations;
      expect(invocation!.executionSuccessful).toBe(false);
      expect(invocation!.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id])).toEqual([
        ['error', 'claude-zdr/file-not-read'],
        ['error', 'claude-zdr/file-not-read'],
      ]);
      expect(sarifValidator()(sarif)).toBe(true);
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
    }
  });
});

describe('claude-zdr audit fails closed: --output', () => {
  it('is a usage error for a missing folder, checked before the scan', async () => {
    const output = path.join(tmp, 'no-such-folder', 'audit.sarif');
    // The scan path does not exist either: the --output check runs first, so it is the one reported.
    const run = await audit('audit', 'does-not-exist', '--format', 'sarif', '--output', output);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`claude-zdr: --output "${output}": the folder "${path.relative(project, path.dirname(output))}" does not exist.\n`);
    expect(existsSync(path.dirname(output))).toBe(false);
  });

  it('is a usage error onto a folder', async () => {
    const run = await audit('audit', '--output', 'src');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claude-zdr: --output "src" is a folder; name a file to write.\n');
  });
});

describe('claude-zdr audit --format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with fingerprints, invocations, rule levels, descriptions and the inventory', async () => {
    const dir = folder({ 'src/upload.js': FILES_CALL, 'src/chat.ts': CLEAN_CALL, 'src/broken.js': 'let = ;\n', 'src/with space.js': FILES_CALL });
    execFileSync('mkfifo', [path.join(dir, 'src/pipe.js')]);
    const run = await auditIn(dir, ['audit', '--format', 'sarif', '--profile', 'zdr']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [runLog] = log.runs;

    for (const result of runLog!.results) expect(result.partialFingerprints['claude-zdr/finding/v1']).toMatch(/^[0-9a-f]{64}$/);
    expect(runLog!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('src/with%20space.js');

    const [invocation] = runLog!.invocations;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.exitCode).toBe(1);
    expect(invocation!.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id])).toEqual([
      ['error', 'claude-zdr/parse-error'],
      ['warning', 'claude-zdr/skipped'],
    ]);

    const rules = runLog!.tool.driver.rules;
    const byId = Object.fromEntries(rules.map((r) => [r.id, r]));
    expect(rules.map((r) => r.id)).toEqual(Object.keys(plugin.rules).map((name) => `claude-zdr/${name}`));
    // Levels come from the chosen profile: zdr leaves require-inference-geo out, and warns on beta APIs.
    expect(byId['claude-zdr/no-files-api']!.defaultConfiguration).toEqual({ level: 'error' });
    expect(byId['claude-zdr/no-beta-api']!.defaultConfiguration).toEqual({ level: 'warning' });
    expect(byId['claude-zdr/require-inference-geo']!.defaultConfiguration).toEqual({ enabled: false, level: 'none' });
    for (const [id, severity] of Object.entries(PROFILES.zdr.rules)) {
      expect(byId[id]!.defaultConfiguration.level).toBe(severity === 'error' ? 'error' : 'warning');
    }
    for (const rule of rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
    }
    expect(byId['claude-zdr/no-files-api']!.fullDescription.text).toMatch(/^A file uploaded through the Files API stays on Anthropic's servers/);

    expect(runLog!.properties.profile).toBe('zdr');
    const json = JSON.parse((await auditIn(dir, ['audit', '--format', 'json', '--profile', 'zdr'])).stdout);
    expect(runLog!.properties.callSites).toEqual(json.callSites);
    expect(json.callSites.length).toBeGreaterThan(0);
  });

  it('fingerprints survive unrelated edits, tell identical findings apart, and change with the reported code', async () => {
    const twoCalls = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.beta.files.upload({ file });\nawait client.beta.files.upload({ file });\n";
    const dir = folder({ 'src/upload.js': twoCalls });
    const fingerprints = async () => {
      const log = JSON.parse((await auditIn(dir, ['audit', '--format', 'sarif'])).stdout) as SarifLog;
      return log.runs[0]!.results.map((r) => r.partialFingerprints['claude-zdr/finding/v1']);
    };
    const before = await fingerprints();
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);

    // Lines added above, the reported call reflowed: the same findings.
    writeFileSync(
      path.join(dir, 'src/upload.js'),
      "// archive job\nimport Anthropic from '@anthropic-ai/sdk';\n\n\nconst client = new Anthropic();\nconst unrelated = 1;\nawait client.beta.files.upload({\n  file,\n});\nawait client.beta.files.upload({ file });\n",
    );
    expect(await fingerprints()).toEqual(before);

    // Different reported code is a different finding.
    writeFileSync(path.join(dir, 'src/upload.js'), "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.files.list();\n");
    const [changed] = await fingerprints();
    expect(before).not.toContain(changed);
  });
});

// A repository with Claude Code settings and an Agent SDK script (PRODUCT.md §3c, §4).
const AGENT_SCRIPT = `import { query } from '@anthropic-ai/claude-agent-sdk';
import { claudeCode } from 'ai-sdk-provider-claude-code';

const session = query({ prompt: 'Review the contract.', options: { model: 'fable', disallowedTools: ['WebSearch'] } });
await session.setModel('opus');
export const model = claudeCode('sonnet', { disallowedTools: ['WebSearch'] });
`;
const PLANTED_SETTINGS = `{
  "model": "fable",
  "env": {
    "CLAUDE_CODE_USE_BEDROCK": "1"
  }
}
`;
const PLANTED_MCP = `{
  "mcpServers": {
    "files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "."] },
    "vendor": { "type": "sse", "url": "https://mcp.vendor.example/sse" }
  }
}
`;
const CLEAN_LOCAL = `{ "env": { "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1" } }
`;

describe('claude-zdr audit: Claude Code settings files and the Agent SDK', () => {
  const repository = () =>
    folder({
      'src/agent.ts': AGENT_SCRIPT,
      '.claude/settings.json': PLANTED_SETTINGS,
      '.claude/settings.local.json': CLEAN_LOCAL,
      '.mcp.json': PLANTED_MCP,
      // Not Claude Code's: another tool's settings.json, and JSON the profile does not name.
      '.vscode/settings.json': '{ "model": "fable" }\n',
      'package.json': '{ "name": "x" }\n',
    });
  const rows = (report: { findings: Record<string, unknown>[] }) => report.findings.map((f) => [f.file, f.line, f.ruleId, f.severity]);

  it('lints the settings files with the profile\'s settings rules, and lists Agent SDK call sites with the library as client', async () => {
    const run = await auditIn(repository(), ['audit', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect([report.filesScanned, report.filesAnalysed, report.skipped, report.parseFailures, report.readFailures]).toEqual([4, 4, [], [], []]);
    expect(rows(report)).toEqual([
      ['.claude/settings.json', 2, 'claude-zdr/claude-code-settings-model', 'error'],
      ['.claude/settings.json', 3, 'claude-zdr/claude-code-settings-privacy', 'error'],
      ['.claude/settings.json', 4, 'claude-zdr/claude-code-settings-platform', 'warning'],
      ['.mcp.json', 4, 'claude-zdr/claude-code-settings-mcp', 'error'],
      ['src/agent.ts', 4, 'claude-zdr/no-disallowed-model', 'error'],
    ]);
    expect(report.callSites.map((s: Record<string, unknown>) => [s.line, s.method, s.surface, s.client, s.model, s.geo, s.verdict])).toEqual([
      [4, 'query', 'Claude Code session', 'Claude Agent SDK', 'fable', null, 'claude-zdr/no-disallowed-model'],
      [5, 'setModel', 'Claude Code session', 'Claude Agent SDK', 'opus', null, 'ok'],
      [6, 'claudeCode', 'Claude Code session (AI SDK model)', 'ai-sdk-provider-claude-code', 'sonnet', null, 'ok'],
    ]);
    expect(report.rules['claude-zdr/claude-code-settings-platform']).toBe('warn');
    const table = await auditIn(repository(), ['audit']);
    expect(table.stdout).toMatch(/src\/agent\.ts:4:\d+\s+Claude Code session\s+query\s+Claude Agent SDK\s+fable/);
  });

  it('runs the settings rules at each profile\'s severity, and none with us-residency', async () => {
    const dir = repository();
    const severities = async (profile: string) => {
      const report = JSON.parse((await auditIn(dir, ['audit', '--format', 'json', '--profile', profile])).stdout);
      return rows(report).filter(([file]) => file !== 'src/agent.ts').map(([, , rule, severity]) => `${rule} ${severity}`);
    };
    expect(await severities('hipaa')).toEqual([
      'claude-zdr/claude-code-settings-model error',
      'claude-zdr/claude-code-settings-privacy error',
      'claude-zdr/claude-code-settings-platform error',
      'claude-zdr/claude-code-settings-mcp error',
    ]);
    expect(await severities('audit')).toEqual([
      'claude-zdr/claude-code-settings-model warning',
      'claude-zdr/claude-code-settings-privacy warning',
      'claude-zdr/claude-code-settings-platform warning',
      'claude-zdr/claude-code-settings-mcp warning',
    ]);
    expect(await severities('strict')).toEqual((await severities('hipaa')));
    expect(await severities('zdr')).toEqual(await severities('recommended'));
    const residency = JSON.parse((await auditIn(dir, ['audit', '--format', 'json', '--profile', 'us-residency'])).stdout);
    expect([residency.filesScanned, residency.skipped, rows(residency)]).toEqual([1, [], []]);
  });

  it('scans a settings file named on the command line, lists one with a comment as a parse error, and gives SARIF its levels', async () => {
    const dir = folder({ '.claude/settings.json': '{\n  // Claude Code refuses comments\n  "model": "opus"\n}\n', '.mcp.json': PLANTED_MCP });
    const named = JSON.parse((await auditIn(dir, ['audit', '.mcp.json', '--format', 'json'])).stdout);
    expect(rows(named)).toEqual([['.mcp.json', 4, 'claude-zdr/claude-code-settings-mcp', 'error']]);
    const run = await auditIn(dir, ['audit', '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [runLog] = log.runs;
    expect(runLog!.invocations[0]!.toolExecutionNotifications.map((n) => [n.descriptor.id, n.message.text.split(':')[0]])).toEqual([
      ['claude-zdr/parse-error', '.claude/settings.json'],
    ]);
    const byId = Object.fromEntries(runLog!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration]));
    expect(byId['claude-zdr/claude-code-settings-mcp']).toEqual({ level: 'error' });
    expect(byId['claude-zdr/claude-code-settings-platform']).toEqual({ level: 'warning' });
    expect(byId['claude-zdr/no-cloud-session']).toEqual({ level: 'error' });
    // A run whose only settings file does not parse checked nothing.
    const broken = await auditIn(dir, ['audit', '.claude/settings.json']);
    expect(broken.code).toBe(2);
  });
});

describe('claude-zdr audit --client-module', () => {
  const WRAPPED = "import { makeClient } from '@acme/claude';\nconst client = makeClient();\nawait client.beta.files.upload({ file });\n";

  it('recognises clients from a wrapper package named on the command line', async () => {
    const dir = folder({ 'src/upload.js': WRAPPED });
    const without = await auditIn(dir, ['audit', '--format', 'json']);
    expect(without.code).toBe(0);
    expect(JSON.parse(without.stdout).findings).toEqual([]);
    const withFlag = await auditIn(dir, ['audit', '--format', 'json', '--client-module', '@acme/other', '--client-module', '@acme/claude']);
    expect(withFlag.code).toBe(1);
    expect(JSON.parse(withFlag.stdout).findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['claude-zdr/no-files-api', 3]]);
  });

  it('recognises the app\'s own client module named by a project path or a glob', async () => {
    const files = {
      'src/lib/anthropic.js': "import Anthropic from '@anthropic-ai/sdk';\nexport const anthropic = new Anthropic();\n",
      'src/routes/upload.js': "import { anthropic } from '../lib/anthropic';\nexport const upload = (file) => anthropic.beta.files.upload({ file });\n",
    };
    for (const entry of ['./src/lib/anthropic', '**/lib/anthropic.js']) {
      const run = await auditIn(folder(files), ['audit', '--format', 'json', '--client-module', entry]);
      expect(run.code, entry).toBe(1);
      expect(JSON.parse(run.stdout).findings.map((f: { file: string; ruleId: string; line: number }) => [f.file, f.ruleId, f.line]), entry).toEqual([
        ['src/routes/upload.js', 'claude-zdr/no-files-api', 2],
      ]);
    }
  });

  it('rejects a module pattern that does not compile, as a usage error before the scan', async () => {
    const dir = folder({ 'src/upload.js': WRAPPED });
    const run = await auditIn(dir, ['audit', '--client-module', '@acme/[claude']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^claude-zdr: invalid configuration: settings\["claude-zdr"\]\.clientModules\[0\] "@acme\/\[claude" is not a valid glob: .*\n$/);
  });
});

