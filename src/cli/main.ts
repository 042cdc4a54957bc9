import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROFILE_NAMES, type ProfileName } from '../configs.js';
import { PACKAGE_VERSION } from '../package-info.js';
import { SettingsError } from '../settings.js';
import { exitCodeOf, runAudit } from './audit.js';
import { PathError } from './files.js';
import { FORMATS, type Format, formatReport } from './formats.js';

// The typed profile needs the user's tsconfig and parser set-up; the zero-config scan reads syntax only.
const AUDIT_PROFILES = PROFILE_NAMES.filter((name) => name !== 'recommended-type-checked');

const USAGE = `Usage: claude-zdr audit [paths...] [options]

Scans JavaScript and TypeScript files for Claude API and Agent SDK calls, and Claude Code
settings files (with @eslint/json installed), and reports what breaks Zero Data Retention or
US residency, with an inventory of every call site.

Options:
  --profile <name>        ${AUDIT_PROFILES.join(' | ')} (default: recommended)
  --format <name>         ${FORMATS.join(' | ')} (default: table)
  --output <file>         write the report to a file instead of standard output
  --client-module <name>  a module whose exports are Anthropic clients or client factories
                          (settings["claude-zdr"].clientModules); repeat for several
  -h, --help              show this help
  -v, --version           show the version

Exit code: 0 when no errors were found, 1 when errors were found, 2 on bad usage, a crash, or a
run in which no file could be read and checked.`;

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      profile: { type: 'string', default: 'recommended' },
      format: { type: 'string', default: 'table' },
      output: { type: 'string' },
      'client-module': { type: 'string', multiple: true, default: [] },
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
  return { ...values, clientModules: values['client-module'], profile: values.profile as ProfileName, format: values.format as Format, paths };
}

/** `--output` must name a file that can be written, checked before the scan rather than after it. */
function checkOutput(output: string, cwd: string): string {
  const target = path.resolve(cwd, output);
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--output "${output}" is a folder; name a file to write.`);
  const folder = path.dirname(target);
  const folderStats = statSync(folder, { throwIfNoEntry: false });
  if (!folderStats) throw new UsageError(`--output "${output}": the folder "${path.relative(cwd, folder) || folder}" does not exist.`);
  if (!folderStats.isDirectory()) throw new UsageError(`--output "${output}": "${path.relative(cwd, folder)}" is not a folder.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(`--output "${output}": the folder "${path.relative(cwd, folder) || folder}" is not writable.`);
  }
  return target;
}

const fail = (message: string) => {
  process.stderr.write(`claude-zdr: ${message}\n`);
  return 2;
};

export async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  const cwd = process.cwd();
  let output: string | null = null;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`claude-zdr: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    if (!args.help && !args.version && args.output !== undefined) output = checkOutput(args.output, cwd);
  } catch (error) {
    return fail((error as Error).message);
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
  let report: Awaited<ReturnType<typeof runAudit>>;
  try {
    report = await runAudit({
      paths: args.paths,
      profile: args.profile,
      cwd,
      clientModules: args.clientModules,
      onProgress: showProgress
        ? (done) => {
            if (Date.now() - started > 1000 && done % 25 === 0) process.stderr.write(`\rclaude-zdr: ${done} files scanned`);
          }
        : undefined,
    });
  } catch (error) {
    // A path that names nothing to scan, or settings that do not hold: one line, exit 2, before any report.
    if (error instanceof PathError || error instanceof SettingsError) return fail(error.message.replace(/^claude-zdr: /, ''));
    throw error;
  }
  if (showProgress && Date.now() - started > 1000) process.stderr.write('\r\x1b[K');
  const text = formatReport(report, args.format);
  if (output !== null) {
    try {
      writeFileSync(output, text);
    } catch (error) {
      return fail(`could not write --output "${args.output}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
  } else {
    process.stdout.write(text);
  }
  const notChecked = report.readFailures.length + report.parseFailures.length + report.skipped.length;
  const code = exitCodeOf(report);
  if (code === 2) return fail(`nothing was checked: no file could be read and parsed (${notChecked} not checked, listed in the report).`);
  if (notChecked > 0) process.stderr.write(`claude-zdr: ${notChecked} files or folders were not checked (listed in the report).\n`);
  return code;
}
