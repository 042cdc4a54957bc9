import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PROFILE_NAMES, type ProfileName } from '../configs.js';
import { PACKAGE_VERSION } from '../package-info.js';
import { runAudit } from './audit.js';
import { FORMATS, type Format, formatReport } from './formats.js';

// The typed profile needs the user's tsconfig and parser set-up; the zero-config scan reads syntax only.
const AUDIT_PROFILES = PROFILE_NAMES.filter((name) => name !== 'recommended-type-checked');

const USAGE = `Usage: claude-zdr audit [paths...] [options]

Scans JavaScript and TypeScript files for Claude API calls and reports the ones that break
Zero Data Retention or US residency, with an inventory of every call site.

Options:
  --profile <name>   ${AUDIT_PROFILES.join(' | ')} (default: recommended)
  --format <name>    ${FORMATS.join(' | ')} (default: table)
  --output <file>    write the report to a file instead of standard output
  -h, --help         show this help
  -v, --version      show the version

Exit code: 0 when no errors were found, 1 when errors were found, 2 on bad usage or a crash.`;

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      profile: { type: 'string', default: 'recommended' },
      format: { type: 'string', default: 'table' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (!values.help && !values.version && command !== 'audit') {
    throw new UsageError(command ? `Unknown command "${command}".` : 'Missing command "audit".');
  }
  if (!(AUDIT_PROFILES as readonly string[]).includes(values.profile)) {
    throw new UsageError(`Unknown profile "${values.profile}"; choose one of ${AUDIT_PROFILES.join(', ')}.`);
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`Unknown format "${values.format}"; choose one of ${FORMATS.join(', ')}.`);
  }
  return { ...values, profile: values.profile as ProfileName, format: values.format as Format, paths };
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`claude-zdr: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  // A progress line only where a person watches a terminal, and only once a run takes a while.
  const showProgress = process.stderr.isTTY === true;
  const started = Date.now();
  const report = await runAudit({
    paths: args.paths,
    profile: args.profile,
    cwd: process.cwd(),
    onProgress: showProgress
      ? (done) => {
          if (Date.now() - started > 1000 && done % 25 === 0) process.stderr.write(`\rclaude-zdr: ${done} files scanned`);
        }
      : undefined,
  });
  if (showProgress && Date.now() - started > 1000) process.stderr.write('\r\x1b[K');
  const text = formatReport(report, args.format);
  if (args.output) writeFileSync(args.output, text);
  else process.stdout.write(text);
  return report.errorCount > 0 ? 1 : 0;
}
