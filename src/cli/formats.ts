import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import plugin from '../index.js';
import { PACKAGE_NAME, PACKAGE_VERSION, PLUGIN_PREFIX } from '../package-info.js';
import { REPOSITORY_URL } from '../utils/create-rule.js';
import { type AuditReport, type CallSite, exitCodeOf } from './audit.js';

export const FORMATS = ['table', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

const INVENTORY_COLUMNS: readonly { title: string; value: (site: CallSite) => string }[] = [
  { title: 'location', value: (s) => `${s.file}:${s.line}:${s.column}` },
  { title: 'surface', value: (s) => s.surface },
  { title: 'method', value: (s) => s.method },
  { title: 'client', value: (s) => s.client },
  { title: 'model', value: (s) => s.model ?? '-' },
  { title: 'geo', value: (s) => s.geo ?? '-' },
  { title: 'verdict', value: (s) => s.verdict },
];

/** Everything the scan did not check, one line each, in the order every format lists them. */
function notScannedLines(report: AuditReport): { file: string; why: string }[] {
  return [
    ...report.readFailures.map((f) => ({ file: f.file, why: `not read: ${f.message}` })),
    ...report.parseFailures.map((f) => ({ file: f.file, why: `parse error: ${f.message}` })),
    ...report.skipped.map((s) => ({ file: s.file, why: `skipped: ${s.reason}` })),
  ];
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function summaryLine(report: AuditReport): string {
  const files = new Set(report.callSites.map((s) => s.file)).size;
  const notScanned = [
    report.parseFailures.length > 0 ? `${report.parseFailures.length} could not be parsed` : '',
    report.readFailures.length > 0 ? `${report.readFailures.length} could not be read` : '',
    report.skipped.length > 0 ? `${report.skipped.length} skipped` : '',
  ].filter((part) => part !== '');
  return (
    `${count(report.filesScanned, 'file')} scanned, ${files} calling Claude, ${count(report.callSites.length, 'call site')}; ` +
    `${count(report.errorCount, 'error')}, ${count(report.warningCount, 'warning')} (profile: ${report.profile})` +
    (notScanned.length > 0 ? `; not checked: ${notScanned.join(', ')}` : '') +
    (report.filesAnalysed === 0 ? '; NOTHING WAS CHECKED' : '')
  );
}

function table(report: AuditReport): string {
  const rows = report.callSites.map((site) => INVENTORY_COLUMNS.map((c) => c.value(site)));
  const header = INVENTORY_COLUMNS.map((c) => c.title);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = ['Claude call sites', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  out.push('Findings');
  if (report.findings.length === 0) out.push('none');
  for (const f of report.findings) out.push(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}  ${f.message}`);
  const notScanned = notScannedLines(report);
  if (notScanned.length > 0) {
    out.push('', 'Not checked');
    for (const entry of notScanned) out.push(`${entry.file}  ${entry.why}`);
  }
  out.push('', summaryLine(report));
  return `${out.join('\n')}\n`;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

function markdown(report: AuditReport): string {
  const out = ['# Claude ZDR audit', '', summaryLine(report), '', '## Call sites', ''];
  out.push(`| ${INVENTORY_COLUMNS.map((c) => c.title).join(' | ')} |`, `|${INVENTORY_COLUMNS.map(() => '---').join('|')}|`);
  for (const site of report.callSites) out.push(`| ${INVENTORY_COLUMNS.map((c) => escapeCell(c.value(site))).join(' | ')} |`);
  out.push('', '## Findings', '');
  if (report.findings.length === 0) out.push('None.');
  else {
    out.push('| location | severity | rule | message |', '|---|---|---|---|');
    for (const f of report.findings) {
      out.push(`| ${f.file}:${f.line}:${f.column} | ${f.severity} | \`${f.ruleId}\` | ${escapeCell(f.message)} |`);
    }
  }
  const notScanned = notScannedLines(report);
  if (notScanned.length > 0) {
    out.push('', '## Not checked', '', '| file | why |', '|---|---|');
    for (const entry of notScanned) out.push(`| ${escapeCell(entry.file)} | ${escapeCell(entry.why)} |`);
  }
  return `${out.join('\n')}\n`;
}

/** The first paragraph of a rule's "## Why" section (its doc page ships in the package), or null. */
function whyOf(ruleName: string): string | null {
  try {
    const page = readFileSync(new URL(`../../docs/rules/${ruleName}.md`, import.meta.url), 'utf8');
    const after = page.split('\n## Why\n')[1];
    const paragraph = after?.trim().split(/\n\s*\n/)[0];
    return paragraph ? paragraph.replace(/\s*\n\s*/g, ' ') : null;
  } catch {
    return null;
  }
}

const plainText = (markdownText: string) => markdownText.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');

const SARIF_LEVELS = { error: 'error', warn: 'warning' } as const;

/** The notifications a run can raise about itself, as `tool.driver.notifications` describes them. */
const NOTIFICATIONS = [
  { id: `${PLUGIN_PREFIX}/file-not-read`, text: 'A file or folder could not be read, or its analysis failed, so it was not checked.' },
  { id: `${PLUGIN_PREFIX}/parse-error`, text: 'A file could not be parsed, so it was not checked.' },
  {
    id: `${PLUGIN_PREFIX}/skipped`,
    text: 'An entry was not opened: a FIFO, socket or device, a dangling link or link loop, TypeScript without a parser, or a Claude Code settings file this installation cannot lint as JSON.',
  },
] as const;

/** SARIF 2.1.0, as GitHub code scanning reads it. */
function sarif(report: AuditReport): string {
  const profileRules = report.rules;
  const ruleNames = Object.keys(plugin.rules);
  const ruleIds = ruleNames.map((name) => `${PLUGIN_PREFIX}/${name}`);
  const rules = Object.entries(plugin.rules).map(([name, rule]) => {
    const id = `${PLUGIN_PREFIX}/${name}`;
    const description = rule.meta.docs?.description ?? name;
    const why = whyOf(name);
    const severity = profileRules[id];
    return {
      id,
      shortDescription: { text: description },
      fullDescription: why ? { text: plainText(why), markdown: why } : { text: description },
      helpUri: rule.meta.docs?.url,
      // The chosen profile's severity; a rule it leaves out did not run.
      defaultConfiguration: severity ? { level: SARIF_LEVELS[severity] } : { enabled: false, level: 'none' },
    };
  });
  const srcRoot = pathToFileURL(report.root.endsWith(path.sep) ? report.root : `${report.root}${path.sep}`).href;
  const artifactLocation = (file: string) => {
    if (file === '..' || file.startsWith('../') || path.isAbsolute(file)) return { uri: pathToFileURL(path.resolve(report.root, file)).href };
    return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  };
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine ?? f.line, endColumn: f.endColumn ?? f.column },
        },
      },
    ],
    partialFingerprints: { [`${PLUGIN_PREFIX}/finding/v1`]: f.fingerprint },
  }));
  const notification = (index: number, level: 'error' | 'warning', file: string, text: string) => ({
    level,
    message: { text: `${file}: ${text}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }],
    descriptor: { id: NOTIFICATIONS[index]!.id, index },
  });
  const toolExecutionNotifications = [
    ...report.readFailures.map((f) => notification(0, 'error', f.file, f.message)),
    ...report.parseFailures.map((f) => notification(1, 'error', f.file, `parse error: ${f.message}`)),
    ...report.skipped.map((s) => notification(2, 'warning', s.file, `skipped: ${s.reason}`)),
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PACKAGE_NAME,
            version: PACKAGE_VERSION,
            informationUri: REPOSITORY_URL,
            rules,
            notifications: NOTIFICATIONS.map((n) => ({ id: n.id, shortDescription: { text: n.text } })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        invocations: [
          {
            // A file that was not read or parsed was not checked: the run did not do all it was asked.
            executionSuccessful: report.readFailures.length === 0 && report.parseFailures.length === 0 && report.filesAnalysed > 0,
            exitCode: exitCodeOf(report),
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            workingDirectory: { uri: srcRoot },
            toolExecutionNotifications,
          },
        ],
        results,
        properties: {
          profile: report.profile,
          filesScanned: report.filesScanned,
          filesAnalysed: report.filesAnalysed,
          callSites: report.callSites,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function formatReport(report: AuditReport, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ ...report, root: undefined }, null, 2)}\n`;
    case 'sarif':
      return sarif(report);
    case 'markdown':
      return markdown(report);
    case 'table':
      return table(report);
  }
}
