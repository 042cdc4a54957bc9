import plugin from '../index.js';
import { PACKAGE_NAME, PACKAGE_VERSION, PLUGIN_PREFIX } from '../package-info.js';
import { REPOSITORY_URL } from '../utils/create-rule.js';
import type { AuditReport, CallSite } from './audit.js';

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

function summaryLine(report: AuditReport): string {
  const files = new Set(report.callSites.map((s) => s.file)).size;
  return (
    `${report.filesScanned} files scanned, ${files} calling Claude, ${report.callSites.length} call sites; ` +
    `${report.errorCount} errors, ${report.warningCount} warnings (profile: ${report.profile})` +
    (report.parseFailures.length > 0 ? `; ${report.parseFailures.length} files could not be parsed` : '')
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
  for (const p of report.parseFailures) out.push(`${p.file}  skipped (parse error: ${p.message})`);
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
  return `${out.join('\n')}\n`;
}

/** SARIF 2.1.0, as GitHub code scanning reads it. */
function sarif(report: AuditReport): string {
  const ruleIds = Object.keys(plugin.rules).map((name) => `${PLUGIN_PREFIX}/${name}`);
  const rules = Object.entries(plugin.rules).map(([name, rule]) => ({
    id: `${PLUGIN_PREFIX}/${name}`,
    shortDescription: { text: rule.meta.docs?.description ?? name },
    helpUri: rule.meta.docs?.url,
  }));
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine ?? f.line, endColumn: f.endColumn ?? f.column },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: PACKAGE_NAME, version: PACKAGE_VERSION, informationUri: REPOSITORY_URL, rules } },
        results,
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
