// Types for tests/sweep.test.ts, which imports the bench helpers (plain ESM JavaScript).
export interface WorstCase {
  readonly name: string;
  /** What `n` counts: calls, consts in a chain, nesting levels. */
  readonly unit: 'call' | 'const' | 'level';
  readonly description: string;
  /** How many findings `claudeZdr.configs.all` must report on the file of size `n`. */
  readonly findings: (n: number) => number;
  readonly text: (n: number) => string;
}

export declare const WORST_CASES: readonly WorstCase[];
export declare function worstCaseFilename(testCase: WorstCase, n: number): string;
