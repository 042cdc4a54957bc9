import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/cli/bin.js');
const project = path.join(root, 'tests/fixtures/audit-project');

/** Runs the built `claude-zdr` bin the way a user would, from the project's folder. */
async function audit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: project });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'claude-zdr-audit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('claude-zdr audit', () => {
  it('inventories every call site and the findings, and exits 1 on errors', async () => {
    const { code, stdout } = await audit('audit', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.profile).toBe('recommended');
    expect(report.filesScanned).toBe(4);
    expect(report.parseFailures.map((p: { file: string }) => p.file)).toEqual(['src/broken.ts']);
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

  it('prints a readable table by default', async () => {
    const { code, stdout } = await audit('audit', 'src');
    expect(code).toBe(1);
    expect(stdout).toContain('Claude call sites');
    expect(stdout).toMatch(/src\/archive\.js:6:\d+\s+the Files API\s+beta\.files\.upload/);
    expect(stdout).toContain('src/broken.ts  skipped (parse error');
    expect(stdout).toContain('4 files scanned, 2 calling Claude, 4 call sites; 2 errors, 0 warnings (profile: recommended)');
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
