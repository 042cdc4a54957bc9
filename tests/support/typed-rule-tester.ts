import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';

/** A real TypeScript project that resolves `@anthropic-ai/sdk` from the repository's node_modules. */
export const TYPED_PROJECT = fileURLToPath(new URL('../fixtures/typed/app', import.meta.url));

export const TYPE_AWARE = { 'claude-zdr': { typeAware: true } };
export const TYPE_AWARE_REPORT_UNRESOLVED = { 'claude-zdr': { typeAware: true, reportUnresolved: true } };
export const UNTYPED = { 'claude-zdr': { typeAware: false } };

/** Typed linting as users set it up: @typescript-eslint/parser with the project service. */
export const typedTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: TYPED_PROJECT } },
  settings: TYPE_AWARE,
});

/** A case linted as the fixture file it is, with the file's own text. */
export function projectFile(relative: string): { filename: string; code: string } {
  const filename = join(TYPED_PROJECT, relative);
  return { filename, code: readFileSync(filename, 'utf8') };
}
