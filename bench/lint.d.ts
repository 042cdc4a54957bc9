// Types for tests/sweep.test.ts, which imports the bench helpers (plain ESM JavaScript).
import type { Linter } from 'eslint';

export interface SweepSummary {
  linted: number;
  parseFailures: { file: string; message: string }[];
  ruleExceptions: { file: string; ruleId: string; message: string }[];
  eslintExceptions: { file: string; message: string }[];
  reportsByRule: Record<string, number>;
  filesWithReports: { file: string; count: number }[];
}

export declare function sweepFiles(options: {
  files: readonly string[];
  read: (file: string) => string;
  parser: unknown;
  configs: readonly unknown[];
  basePath: string;
  virtualPath: (file: string) => string;
  rulePrefix?: string;
  onFile?: (file: string, result: { status: string }) => void;
}): SweepSummary;

export declare function buildConfigArray(options: {
  parser: unknown;
  sourceType?: 'module' | 'commonjs';
  parserOptions?: Record<string, unknown>;
  configs?: readonly unknown[];
  basePath: string;
}): Linter.Config[];

export declare function lintWithStats(
  linter: unknown,
  configArray: unknown,
  text: string,
  filename: string,
  rulePrefix?: string,
): { messages: Linter.LintMessage[]; ownMs: number; parseMs: number; totalMs: number };
