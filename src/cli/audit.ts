import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type ESLint, type Linter, loadESLint } from 'eslint';
import { getFileAnalysis, type FileAnalysis } from '../analysis/index.js';
import { auditSettingsRules, LANGUAGE_PROFILES, PROFILES, type ProfileName, type Severity } from '../configs.js';
import plugin from '../index.js';
import { JsonLanguageError, loadJsonLanguagePlugin } from '../json-language.js';
import type { RequestField } from '../analysis/requests.js';
import { CLIENT_KINDS, PLATFORM_LABELS } from '../policy/clients.js';
import { PLUGIN_PREFIX } from '../package-info.js';
import { readSettings, SETTINGS_KEY } from '../settings.js';
import { enumerateFiles, type SettingsSkipReason, type SkipReason } from './files.js';

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
  /**
   * Identity that survives unrelated edits: rule, file, the reported code with its whitespace
   * normalised, and which of the identical ones it is. No line numbers, and not the message.
   */
  readonly fingerprint: string;
}

/** A file or folder that was not checked, and why: every format lists these, a scan never passes over them quietly. */
export interface NotScanned {
  readonly file: string;
  readonly message: string;
}

export interface AuditReport {
  readonly profile: ProfileName;
  /** The rules the run turned on and their severities: the profile's, and its settings rules where settings files were linted. */
  readonly rules: Readonly<Record<string, Severity>>;
  readonly root: string;
  /** Files read (parsed or not). */
  readonly filesScanned: number;
  /** Files read, parsed and analysed: a run where this is 0 checked nothing. */
  readonly filesAnalysed: number;
  readonly parseFailures: readonly NotScanned[];
  /** Files and folders that could not be read, and files whose analysis failed. */
  readonly readFailures: readonly NotScanned[];
  /** Entries not opened: FIFOs, sockets, devices, dangling links, link loops, TypeScript without a parser. */
  readonly skipped: readonly { file: string; reason: SkipReason }[];
  readonly callSites: readonly CallSite[];
  readonly findings: readonly AuditFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly startedAt: string;
  readonly finishedAt: string;
}

export interface AuditOptions {
  readonly paths: readonly string[];
  readonly profile: ProfileName;
  readonly cwd: string;
  /** Extra `settings["claude-zdr"].clientModules` (the `--client-module` flag). */
  readonly clientModules?: readonly string[];
  /** Called as files finish, for a progress line. */
  readonly onProgress?: (done: number) => void;
}

// Which files these are was decided by the enumeration; the pattern only has to match each of them.
const LINTED_FILES = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';

interface RecordedFile {
  readonly analysis: FileAnalysis;
}

/**
 * `@eslint/json` for the Claude Code settings files, when the installation can lint them; else why
 * not (listed with each settings file skipped). A profile without settings rules does not look.
 */
function loadSettingsLanguage(settingsRules: Readonly<Record<string, Severity>>): { json: ESLint.Plugin } | { skip: SettingsSkipReason } | null {
  if (Object.keys(settingsRules).length === 0) return null;
  try {
    return { json: loadJsonLanguagePlugin('claude-code') as ESLint.Plugin };
  } catch (error) {
    if (!(error instanceof JsonLanguageError)) throw error;
    return { skip: error.reason === 'missing' ? 'Claude Code settings without @eslint/json' : 'Claude Code settings need ESLint 9.15 or later' };
  }
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
function inventoryPlugin(recorded: Map<string, RecordedFile>): ESLint.Plugin {
  const rule: TSESLint.RuleModule<never, []> = {
    meta: { type: 'suggestion', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      return {
        'Program:exit'() {
          recorded.set(context.filename, { analysis: getFileAnalysis(context) });
        },
      };
    },
  };
  return { rules: { inventory: rule as never } };
}

/** The audit's `settings["claude-zdr"]`: the profile's, plus `--client-module`; checked before the scan. */
function auditSettings(profile: (typeof PROFILES)[ProfileName], clientModules: readonly string[]): Record<string, unknown> {
  const own = (profile.settings?.[SETTINGS_KEY] ?? {}) as Record<string, unknown>;
  const settings = { ...(profile.settings ?? {}), [SETTINGS_KEY]: clientModules.length > 0 ? { ...own, clientModules: [...clientModules] } : own };
  readSettings(settings); // throws SettingsError: a usage error, before any file is read
  return settings;
}

const normaliseCode = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Start offsets of each line of `text`, for turning ESLint's line/column into the reported code. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function reportedCode(text: string, starts: readonly number[], message: Linter.LintMessage): string {
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  if (message.endLine === undefined || message.endColumn === undefined) {
    return text.slice(starts[message.line - 1] ?? 0, starts[message.line] ?? text.length);
  }
  return text.slice(offset(message.line, message.column), offset(message.endLine, message.endColumn));
}

export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const startedAt = new Date().toISOString();
  const profile = PROFILES[options.profile];
  // ESLint runs from the file system root here, so project paths are made absolute first.
  const clientModules = (options.clientModules ?? []).map((entry) => (/^\.\.?\//.test(entry) ? path.resolve(options.cwd, entry) : entry));
  const settings = auditSettings(profile, clientModules);
  const tsParser = await loadTypeScriptParser();
  const settingsRules = auditSettingsRules(options.profile);
  const settingsLanguage = loadSettingsLanguage(settingsRules);
  const enumeration = enumerateFiles(options.paths.length > 0 ? options.paths : ['.'], options.cwd, {
    typescript: tsParser !== null,
    settingsFiles: settingsLanguage === null ? 'ignore' : 'skip' in settingsLanguage ? settingsLanguage.skip : 'lint',
  });
  const recorded = new Map<string, RecordedFile>();
  const config: Linter.Config[] = [
    // The enumeration already chose the files (and which folders to skip); ESLint's defaults must not drop any.
    { ignores: ['!**/node_modules/', '!.git/'] },
    {
      files: [LINTED_FILES],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        ...(tsParser ? { parser: tsParser } : {}),
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: {
        [PLUGIN_PREFIX]: plugin as unknown as ESLint.Plugin,
        'claude-zdr-audit': inventoryPlugin(recorded),
      },
      rules: { ...profile.rules, 'claude-zdr-audit/inventory': 'warn' },
      settings,
    },
  ];
  const linted = settingsLanguage !== null && 'json' in settingsLanguage;
  if (linted) {
    // Claude Code settings files as the `claude-code` profile lints them: strict JSON (comments are a parse error).
    config.push({
      files: [...LANGUAGE_PROFILES['claude-code'].files],
      plugins: { [PLUGIN_PREFIX]: plugin as unknown as ESLint.Plugin, json: settingsLanguage.json },
      language: LANGUAGE_PROFILES['claude-code'].language,
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules: settingsRules,
      settings,
    } as Linter.Config);
  }
  // loadESLint gives the flat-config class on ESLint 8.57 as on 9 and 10 (whose types take no options).
  const loadFlatESLint = loadESLint as unknown as (options: { useFlatConfig: boolean }) => Promise<typeof ESLint>;
  const FlatESLint = await loadFlatESLint({ useFlatConfig: true });
  // One instance for the whole run, based at the file system root, so a file outside the current
  // folder (`../other`, an absolute path) is inside ESLint's base path and linted like any other.
  const eslint = new FlatESLint({ cwd: path.parse(options.cwd).root, overrideConfigFile: true, overrideConfig: config });
  const relative = (file: string) => path.relative(options.cwd, file).split(path.sep).join('/') || '.';

  const parseFailures: NotScanned[] = [];
  const readFailures: NotScanned[] = enumeration.unreadable.map((u) => ({ file: relative(u.path), message: u.message }));
  const findings: AuditFinding[] = [];
  const callSites: CallSite[] = [];
  let filesScanned = 0;
  let filesAnalysed = 0;
  for (const [done, absolute] of enumeration.files.entries()) {
    options.onProgress?.(done);
    const file = relative(absolute);
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      readFailures.push({ file, message: `the file could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    filesScanned++;
    let result: ESLint.LintResult | undefined;
    try {
      [result] = await eslint.lintText(text, { filePath: absolute, warnIgnored: false });
    } catch (error) {
      // A rule that throws on one file must not end the audit, nor let the file pass as clean.
      readFailures.push({ file, message: `the analysis failed (${(error as Error).message.split('\n')[0]})` });
      continue;
    }
    if (!result) {
      readFailures.push({ file, message: 'ESLint ignored the file' });
      continue;
    }
    const fatal = result.messages.find((m) => m.fatal || !m.ruleId);
    if (fatal) {
      parseFailures.push({ file, message: fatal.message });
      continue;
    }
    filesAnalysed++;
    const own: AuditFinding[] = [];
    const occurrences = new Map<string, number>();
    const starts = result.messages.length > 0 ? lineStarts(text) : [];
    for (const message of [...result.messages].sort((a, b) => a.line - b.line || a.column - b.column)) {
      const code = normaliseCode(reportedCode(text, starts, message));
      const identity = [message.ruleId, file, code].join('\0');
      const index = occurrences.get(identity) ?? 0;
      occurrences.set(identity, index + 1);
      own.push({
        file,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ruleId: message.ruleId!,
        severity: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
        fingerprint: createHash('sha256').update(`${identity}\0${index}`).digest('hex'),
      });
    }
    findings.push(...own);
    const entry = recorded.get(absolute);
    recorded.delete(absolute);
    if (entry) callSites.push(...callSitesOf(file, entry.analysis, own));
  }
  const byPosition = <T extends { file: string; line: number; column: number }>(a: T, b: T) =>
    a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
  return {
    profile: options.profile,
    rules: { ...profile.rules, ...(linted ? settingsRules : {}) },
    root: options.cwd,
    filesScanned,
    filesAnalysed,
    parseFailures,
    readFailures,
    skipped: enumeration.skipped.map((s) => ({ file: relative(s.path), reason: s.reason })),
    callSites: callSites.sort(byPosition),
    findings: findings.sort(byPosition),
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    startedAt,
    finishedAt: new Date().toISOString(),
  };
}

/** The audit's exit code: 2 when nothing could be checked (never a clean 0), 1 on errors, 0 otherwise. */
export function exitCodeOf(report: AuditReport): 0 | 1 | 2 {
  if (report.filesAnalysed === 0) return 2;
  return report.errorCount > 0 ? 1 : 0;
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
function requestFields(requests: readonly FileAnalysis['requests'][number][]): { model: string | null; geo: string | null } {
  const join = (parts: (string | null)[]) => [...new Set(parts.filter((p): p is string => p !== null))].join(' | ') || null;
  return {
    model: join(requests.map((r) => describeField(r.model))),
    geo: join(requests.map((r) => describeField(r.inferenceGeo))),
  };
}

function callSitesOf(file: string, analysis: FileAnalysis, findings: readonly AuditFinding[]): CallSite[] {
  const sites: CallSite[] = [];
  // Indexed once: a generated file with thousands of calls must not compare every call with every request.
  const requestsByCall = new Map<FileAnalysis['calls'][number], FileAnalysis['requests'][number][]>();
  for (const request of analysis.requests) {
    if (!request.call) continue;
    const list = requestsByCall.get(request.call);
    if (list) list.push(request);
    else requestsByCall.set(request.call, [request]);
  }
  const constructed = new Set<unknown>(analysis.constructions.map((c) => c.node));
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
    if (constructed.has(call.node)) continue; // withOptions() clones
    const { model, geo } = requestFields(requestsByCall.get(call) ?? []);
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
  for (const call of analysis.libraryCalls) {
    sites.push({
      file,
      line: call.node.loc.start.line,
      column: call.node.loc.start.column + 1,
      method: call.method,
      surface: call.surface,
      client: call.client,
      model: call.request ? describeField(call.request.model) : describeField(call.model ?? undefined),
      geo: call.request?.takesGeo ? describeField(call.request.inferenceGeo) : null,
      verdict: verdictOf(call.node, findings),
    });
  }
  return sites;
}
