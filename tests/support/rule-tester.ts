import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as espree from 'espree';

/**
 * One case list, run twice: through @typescript-eslint/parser (as .ts) and, unless the case is
 * TypeScript-only, through espree (as .js). Every shape is proven in both languages.
 */
export interface DualValid<O extends readonly unknown[]> extends ValidTestCase<O> {
  /** The code uses TypeScript syntax: run it with the TypeScript parser only. */
  tsOnly?: boolean;
}
export interface DualInvalid<M extends string, O extends readonly unknown[]> extends InvalidTestCase<M, O> {
  tsOnly?: boolean;
}

type AnyRule<M extends string, O extends readonly unknown[]> = TSESLint.RuleModule<M, O>;

const tsTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } },
});

const jsTester = new RuleTester({
  languageOptions: {
    parser: espree as never,
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } as never,
  },
});

export function runDual<M extends string, O extends readonly unknown[]>(
  name: string,
  rule: AnyRule<M, O>,
  tests: { valid: (DualValid<O> | string)[]; invalid: DualInvalid<M, O>[] },
): void {
  const valid = tests.valid.map((t) => (typeof t === 'string' ? { code: t } : t));
  const strip = <T extends { tsOnly?: boolean }>({ tsOnly: _tsOnly, ...rest }: T) => rest;
  tsTester.run(`${name} (TypeScript parser)`, rule, {
    valid: valid.map((t) => ({ filename: 'file.ts', ...strip(t) })) as ValidTestCase<O>[],
    invalid: tests.invalid.map((t) => ({ filename: 'file.ts', ...strip(t) })) as InvalidTestCase<M, O>[],
  });
  jsTester.run(`${name} (espree)`, rule, {
    valid: valid.filter((t) => !t.tsOnly).map((t) => ({ filename: 'file.js', ...strip(t) })) as ValidTestCase<O>[],
    invalid: tests.invalid.filter((t) => !t.tsOnly).map((t) => ({ filename: 'file.js', ...strip(t) })) as InvalidTestCase<M, O>[],
  });
}

/** Settings that turn on reports of unresolved values. */
export const REPORT_UNRESOLVED = { 'claude-zdr': { reportUnresolved: true } };
