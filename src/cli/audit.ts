import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type ESLint, type Linter, loadESLint } from 'eslint';
import { getFileAnalysis, type FileAnalysis } from '../analysis/index.js';
import { PROFILES, type ProfileName } from '../configs.js';
import plugin from '../index.js';
import type { RequestField } from '../analysis/requests.js';
import { CLIENT_KINDS, PLATFORM_LABELS } from '../policy/clients.js';
import { PLUGIN_PREFIX } from '../package-info.js';

/** One place the code talks to Claude, as an auditor reads it. */
export interface CallSite {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** `client construction` or the SDK path called (`beta.files.upload`). */
  readonly method: string;
  /** What the call reaches: `Messages`, `the Files API`, `Amazon Bedrock client`, … */
  readonly surface: string;
  readonly client: string;
  readonly model: string | null;
  readonly geo: string | null;
  /** `ok`, or the rule ids that report something inside the call. */
  readonly verdict: string;
}

export interface AuditFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface AuditReport {
  readonly profile: ProfileName;
  readonly root: string;
  readonly filesScanned: number;
  readonly parseFailures: readonly { file: string; message: string }[];
  readonly callSites: readonly CallSite[];
  readonly findings: readonly AuditFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
}

export interface AuditOptions {
  readonly paths: readonly string[];
  readonly profile: ProfileName;
  readonly cwd: string;
  /** Called as files finish, for a progress line. */
  readonly onProgress?: (done: number) => void;
}

const LINTED_FILES = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';
const IGNORED = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/.git/**', '**/*.d.ts', '**/*.d.mts', '**/*.d.cts'];

interface RecordedFile {
  readonly analysis: FileAnalysis;
}

/** Loads @typescript-eslint/parser when the project has it; without it only JavaScript is read. */
async function loadTypeScriptParser(): Promise<Linter.Parser | null> {
  try {
    return (await import('@typescript-eslint/parser')) as unknown as Linter.Parser;
  } catch {
    return null;
  }
}

/**
 * A rule of the audit's own that records each file's shared analysis, so the inventory and the
 * findings come from one lint pass (the rules and the recorder share the per-file analysis).
 */
function inventoryPlugin(recorded: Map<string, RecordedFile>, onFile: () => void): ESLint.Plugin {
  const rule: TSESLint.RuleModule<never, []> = {
    meta: { type: 'suggestion', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      return {
        'Program:exit'() {
          recorded.set(context.filename, { analysis: getFileAnalysis(context) });
          onFile();
        },
      };
    },
  };
  return { rules: { inventory: rule as never } };
}

export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const profile = PROFILES[options.profile];
  const tsParser = await loadTypeScriptParser();
  const recorded = new Map<string, RecordedFile>();
  let done = 0;
  const config: Linter.Config[] = [
    { ignores: IGNORED },
    {
      files: [tsParser ? LINTED_FILES : '**/*.{js,mjs,cjs,jsx}'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        ...(tsParser ? { parser: tsParser } : {}),
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: {
        [PLUGIN_PREFIX]: plugin as unknown as ESLint.Plugin,
        'claude-zdr-audit': inventoryPlugin(recorded, () => options.onProgress?.(++done)),
      },
      rules: { ...profile.rules, 'claude-zdr-audit/inventory': 'warn' },
      settings: { ...(profile.settings ?? {}) },
    },
  ];
  // loadESLint gives the flat-config class on ESLint 8.57 as on 9 and 10 (whose types take no options).
  const loadFlatESLint = loadESLint as unknown as (options: { useFlatConfig: boolean }) => Promise<typeof ESLint>;
  const FlatESLint = await loadFlatESLint({ useFlatConfig: true });
  const eslint = new FlatESLint({
    cwd: options.cwd,
    overrideConfigFile: true,
    overrideConfig: config,
    errorOnUnmatchedPattern: false,
  });
  const results = await eslint.lintFiles(options.paths.length > 0 ? [...options.paths] : ['.']);
  const relative = (file: string) => path.relative(options.cwd, file).split(path.sep).join('/');

  const parseFailures: { file: string; message: string }[] = [];
  const findings: AuditFinding[] = [];
  const callSites: CallSite[] = [];
  for (const result of results) {
    const file = relative(result.filePath);
    for (const message of result.messages) {
      if (message.fatal || !message.ruleId) {
        parseFailures.push({ file, message: message.message });
        continue;
      }
      findings.push({
        file,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ruleId: message.ruleId,
        severity: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
      });
    }
    const entry = recorded.get(result.filePath);
    if (entry) callSites.push(...callSitesOf(file, entry.analysis, findings.filter((f) => f.file === file)));
  }
  const byPosition = <T extends { file: string; line: number; column: number }>(a: T, b: T) =>
    a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  return {
    profile: options.profile,
    root: options.cwd,
    filesScanned: results.length,
    parseFailures,
    callSites: callSites.sort(byPosition),
    findings: findings.sort(byPosition),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}

const contains = (outer: TSESTree.Node, line: number, column: number) => {
  const { start, end } = outer.loc;
  const afterStart = line > start.line || (line === start.line && column - 1 >= start.column);
  const beforeEnd = line < end.line || (line === end.line && column - 1 <= end.column);
  return afterStart && beforeEnd;
};

function verdictOf(node: TSESTree.Node, findings: readonly AuditFinding[]): string {
  const rules = [...new Set(findings.filter((f) => contains(node, f.line, f.column)).map((f) => f.ruleId))].sort();
  return rules.length === 0 ? 'ok' : rules.join(', ');
}

function surfaceOf(call: FileAnalysis['calls'][number]): string {
  if (call.storingResource) return call.storingResource.surface;
  if (call.messageEndpoint) return call.messageEndpoint.method === 'countTokens' ? 'Token counting' : 'Messages';
  if (call.path[0] === 'models' || (call.path[0] === 'beta' && call.path[1] === 'models')) return 'Models (metadata)';
  return call.path.slice(0, -1).join('.') || 'client';
}

/** A request field as an auditor reads it: the values it may take, `?` for what is unknown, `-` when absent. */
function describeField(field: RequestField | undefined): string | null {
  if (!field || (field.writes.length === 0 && !field.unknown)) return null;
  const values = field.writes.flatMap((write) => write.values.candidates.map((c) => String(c.value)));
  if (field.unknown || field.writes.some((write) => write.values.unresolved.length > 0)) values.push('?');
  if (field.maybeAbsent) values.push('-');
  return [...new Set(values)].join(' | ') || '?';
}

/** Model and geo of a call: its own body, or every batch request's, joined. */
function requestFields(analysis: FileAnalysis, call: FileAnalysis['calls'][number]): { model: string | null; geo: string | null } {
  const requests = analysis.requests.filter((r) => r.call === call);
  const join = (parts: (string | null)[]) => [...new Set(parts.filter((p): p is string => p !== null))].join(' | ') || null;
  return {
    model: join(requests.map((r) => describeField(r.model))),
    geo: join(requests.map((r) => describeField(r.inferenceGeo))),
  };
}

function callSitesOf(file: string, analysis: FileAnalysis, findings: readonly AuditFinding[]): CallSite[] {
  const sites: CallSite[] = [];
  for (const construction of analysis.constructions) {
    const info = CLIENT_KINDS[construction.client];
    sites.push({
      file,
      line: construction.node.loc.start.line,
      column: construction.node.loc.start.column + 1,
      method: 'client construction',
      surface: `${PLATFORM_LABELS[info.platform]} client`,
      client: info.className,
      model: null,
      geo: null,
      verdict: verdictOf(construction.node, findings),
    });
  }
  for (const call of analysis.calls) {
    if (analysis.constructions.some((c) => c.node === call.node)) continue; // withOptions() clones
    const { model, geo } = requestFields(analysis, call);
    sites.push({
      file,
      line: call.node.loc.start.line,
      column: call.node.loc.start.column + 1,
      method: call.pathText,
      surface: surfaceOf(call),
      client: CLIENT_KINDS[call.client].className,
      model,
      geo,
      verdict: verdictOf(call.node, findings),
    });
  }
  return sites;
}
