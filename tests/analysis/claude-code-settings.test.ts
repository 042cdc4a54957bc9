/**
 * The settings analysis on its own, as the audit will call it: a document parsed by `@eslint/json`'s
 * language, no ESLint run.
 */
import json from '@eslint/json';
import { describe, expect, it } from 'vitest';
import { analyzeClaudeCodeSettings } from '../../src/analysis/claude-code-settings.js';
import type { JsonDocument } from '../../src/analysis/json-ast.js';
import { describeClaudeCodeModel, settingsFileKind } from '../../src/policy/claude-code.js';

function parse(text: string): JsonDocument {
  const result = json.languages.json.parse({ body: text, path: 'x.json' } as never, { languageOptions: {} } as never) as { ok: boolean; ast: unknown };
  if (!result.ok) throw new Error(`does not parse: ${text}`);
  return result.ast as JsonDocument;
}

describe('settingsFileKind', () => {
  it.each([
    ['.claude/settings.json', 'project'],
    ['a\\b\\.claude\\settings.local.json', 'local'],
    ['.claude/managed-settings.json', 'managed'],
    ['/etc/claude-code/managed-settings.d/10-telemetry.json', 'managed-fragment'],
    ['.mcp.json', 'mcp'],
    ['ClaudeCode/managed-mcp.json', 'mcp'],
    ['file.json', 'project'],
  ])('%s is %s', (file, kind) => {
    expect(settingsFileKind(file)).toBe(kind);
  });
});

describe('describeClaudeCodeModel', () => {
  it('reads aliases as their class, short versions and ids through the catalog', () => {
    expect(describeClaudeCodeModel('fable')).toMatchObject({ alias: 'fable', description: { family: 'fable', retentionClass: 'fable' } });
    expect(describeClaudeCodeModel('best')).toMatchObject({ alias: 'best', description: { family: 'opus', retentionClass: null } });
    expect(describeClaudeCodeModel(' Sonnet[1m] ')).toMatchObject({ alias: 'sonnet', description: { family: 'sonnet' } });
    expect(describeClaudeCodeModel('default')).toEqual({ alias: 'default', description: null });
    expect(describeClaudeCodeModel('opus-4-6')).toMatchObject({ alias: null, description: { id: 'claude-opus-4-6', catalogued: true } });
    expect(describeClaudeCodeModel('claude-opus-4-6[1m]')).toMatchObject({ alias: null, description: { id: 'claude-opus-4-6' } });
    expect(describeClaudeCodeModel('gpt-4o')).toEqual({ alias: null, description: null });
  });
});

describe('analyzeClaudeCodeSettings', () => {
  it('reads env, models, platform switches, cleanup and MCP servers of a settings file once', () => {
    const settings = analyzeClaudeCodeSettings(
      parse(`{
        "model": "opus",
        "fallbackModel": ["sonnet", 7, "haiku"],
        "availableModels": "opus,sonnet",
        "cleanupPeriodDays": 14,
        "env": { "ANTHROPIC_MODEL": "claude-opus-4-6", "CLAUDE_CODE_USE_VERTEX": "1", "CLAUDE_CODE_USE_BEDROCK": "0", "DISABLE_TELEMETRY": 1 },
        "mcpServers": { "dev": { "type": "http", "url": "http://localhost:1/mcp" } }
      }`),
      '.claude/settings.json',
    );
    expect(settings.kind).toBe('project');
    expect(settings.models.map((m) => [m.place, m.value])).toEqual([
      ['model', 'opus'],
      ['fallbackModel[0]', 'sonnet'],
      ['fallbackModel[2]', 'haiku'],
      ['availableModels', 'opus'],
      ['availableModels', 'sonnet'],
      ['env.ANTHROPIC_MODEL', 'claude-opus-4-6'],
    ]);
    expect(settings.platformSwitches.map((s) => [s.entry.name, s.platform])).toEqual([['CLAUDE_CODE_USE_VERTEX', 'vertex']]);
    expect(settings.env?.entries.get('DISABLE_TELEMETRY')?.value).toBeNull();
    expect(settings.cleanupPeriod?.days).toBe(14);
    expect(settings.mcpServers.map((s) => [s.name, s.transport, s.url?.loopback])).toEqual([['dev', 'remote', true]]);
  });

  it('reads only the servers of an MCP config', () => {
    const settings = analyzeClaudeCodeSettings(
      parse('{ "model": "fable", "env": { "CLAUDE_CODE_USE_BEDROCK": "1" }, "mcpServers": { "s": { "command": "x" }, "r": { "url": "https://a.example/x?y=1" } } }'),
      '.mcp.json',
    );
    expect(settings).toMatchObject({ kind: 'mcp', env: null, models: [], platformSwitches: [] });
    expect(settings.mcpServers.map((s) => [s.name, s.transport, s.type, s.url?.hostname, s.url?.matchForms])).toEqual([
      ['s', 'local', null, undefined, undefined],
      ['r', 'remote', null, 'a.example', ['https://a.example/x?y=1']],
    ]);
  });

  it('reads MCP URLs through ${VAR} and ${VAR:-default}', () => {
    const urlOf = (url: string) => analyzeClaudeCodeSettings(parse(JSON.stringify({ mcpServers: { s: { type: 'http', url } } })), '.mcp.json').mcpServers[0]!.url!;
    expect(urlOf('${BASE}/mcp')).toMatchObject({ hostname: null, hostFromVariable: true });
    expect(urlOf('https://${HOST}/mcp')).toMatchObject({ hostname: null, hostFromVariable: true });
    expect(urlOf('${BASE:-https://Mcp.Example.com:443}/mcp')).toMatchObject({ hostname: 'mcp.example.com', hostFromVariable: true, matchForms: ['https://mcp.example.com/mcp'] });
    expect(urlOf('https://mcp.example.com/${TENANT}/mcp')).toMatchObject({ hostname: 'mcp.example.com', hostFromVariable: false, matchForms: ['https://mcp.example.com/-/mcp'] });
    expect(urlOf('https://user:pw@mcp.example.com')).toMatchObject({ hostname: 'mcp.example.com', matchForms: ['https://mcp.example.com/', 'https://mcp.example.com'] });
    expect(urlOf('not a url')).toMatchObject({ hostname: null, hostFromVariable: false });
  });

  it('is empty for a document that is not an object', () => {
    expect(analyzeClaudeCodeSettings(parse('[1, 2]'), '.claude/settings.json')).toMatchObject({ root: null, env: null, models: [], mcpServers: [] });
  });
});
