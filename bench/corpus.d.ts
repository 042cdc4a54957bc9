// Types for tests/sweep.test.ts, which imports the bench helpers (plain ESM JavaScript).
export declare const ROOT: string;
export declare const NODE_MODULES: string;
export declare const CORPUS_DIR: string;
export declare const SOURCE_EXTENSIONS: readonly string[];
export declare function listSourceFiles(root?: string): string[];
export declare function everyKth<T>(files: readonly T[], minimum: number): T[];
export declare function virtualPath(file: string, prefix?: string): string;
export declare function claudeFileText(i: number): string;
export declare function generateCorpus(options?: { claude?: number; typedPlain?: number }): {
  claudeFiles: string[];
  typedFiles: string[];
  typedDir: string;
};
