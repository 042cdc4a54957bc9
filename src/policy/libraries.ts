/**
 * Client libraries other than Anthropic's own SDKs through which JavaScript calls Claude
 * (PRODUCT.md §3b, §3c): each is a table of modules and what their exports are, read by one
 * adapter in `src/analysis/libraries/`. The next library is a row here and an adapter there.
 */
import { AI_SDK_MARKERS, AI_SDK_MODULES } from './ai-sdk.js';
import { CLAUDE_AGENT_SDK_MODULES } from './claude-agent-sdk.js';
import { LANGCHAIN_MARKERS, LANGCHAIN_MODULES } from './langchain.js';

export type LibraryId = 'ai-sdk' | 'langchain' | 'claude-agent-sdk';

/** What an export of a library module is; the library's adapter gives each role its meaning. */
export type LibraryRole = string;

export interface LibraryModule {
  readonly library: LibraryId;
  /** The module specifier (`@ai-sdk/anthropic`); its subpaths are listed as modules of their own. */
  readonly module: string;
  /** Export name -> role (`anthropic` -> `provider`, `createAnthropic` -> `providerFactory`); `default` for the default export. */
  readonly exports: Readonly<Record<string, LibraryRole>>;
  /** What `require()` of the module, called directly, is, if the module object itself is callable. */
  readonly commonJs?: LibraryRole;
  /**
   * `false` when the module's name alone does not mean the file calls Claude (`ai`, `langchain`,
   * `@ai-sdk/openai`): such a file is analysed only when another marker appears in it, which keeps
   * the file gate as cheap as before for the many files that use these libraries without Claude.
   */
  readonly gate?: false;
}

/** Every library module the analysis recognises; adapters add their rows. */
export const LIBRARY_MODULES: readonly LibraryModule[] = [...AI_SDK_MODULES, ...LANGCHAIN_MODULES, ...CLAUDE_AGENT_SDK_MODULES];

/**
 * What the file gate looks for besides module names: text that only a file calling Claude
 * through a library contains (`'anthropic/claude-…'` gateway ids, a `providerOptions` key `anthropic`).
 */
export const LIBRARY_MARKERS: readonly (string | RegExp)[] = [
  ...LIBRARY_MODULES.filter((row) => row.gate !== false).map((row) => row.module),
  ...AI_SDK_MARKERS,
  ...LANGCHAIN_MARKERS,
];

const BY_MODULE: ReadonlyMap<string, LibraryModule> = new Map(LIBRARY_MODULES.map((row) => [row.module, row]));

/** The library module a specifier names, if any. */
export function libraryModuleOf(source: string): LibraryModule | null {
  return BY_MODULE.get(source) ?? null;
}
