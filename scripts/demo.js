// `npm run demo`: lints examples/ with the built plugin through the real `eslint` CLI and prints
// the findings, then runs the `claude-zdr audit` report on the same app. Findings are the point of
// the demo, so they do not fail it; ESLint or the audit failing to run does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = path.join(root, 'examples');
const eslint = path.join(root, 'node_modules', '.bin', 'eslint');

console.log('Linting examples/ (the app, .claude/settings.json and .mcp.json) with eslint-plugin-claude-zdr (examples/eslint.config.js)...');
const result = spawnSync(eslint, ['--config', 'eslint.config.js', '--format', 'stylish', '.'], { cwd: examples, stdio: 'inherit' });

// ESLint exits 0 (no errors), 1 (lint errors) or 2 (it could not run: bad config, crash).
if (result.error) {
  console.error(`Could not start ESLint: ${result.error.message}`);
  process.exit(2);
}
if (result.status !== 0 && result.status !== 1) {
  console.error(`ESLint failed (exit ${result.status ?? `signal ${result.signal}`}).`);
  process.exit(result.status ?? 2);
}

console.log('\nAuditing examples/src and the Claude Code settings with `claude-zdr audit` (the embedded recommended profile)...\n');
const audit = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'bin.js'), 'audit', 'src', '.claude', '.mcp.json'], { cwd: examples, stdio: 'inherit' });
// The audit exits 1 when it finds errors (expected here) and 2 when it cannot run.
if (audit.error || (audit.status !== 0 && audit.status !== 1)) {
  console.error(`The audit failed (${audit.error?.message ?? `exit ${audit.status ?? `signal ${audit.signal}`}`}).`);
  process.exit(2);
}
console.log('Demo finished: the findings above are the violations planted in examples/ (src/summarise.ts is the compliant one).');
