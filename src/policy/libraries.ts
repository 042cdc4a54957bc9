/**
 * Client libraries other than Anthropic's own SDKs through which JavaScript calls Claude
 * (PRODUCT.md §3b, §3c): each is a table of modules and what their exports are, read by one
 * adapter in `src/analysis/libraries/`. The next library is a row here and an adapter there.
 */
import { CLAUDE_AGENT_SDK_MODULES } from './claude-agent-sdk.js';

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
}

/** Every library module the analysis recognises; adapters add their rows. */
export const LIBRARY_MODULES: readonly LibraryModule[] = [...CLAUDE_AGENT_SDK_MODULES];

/** The library module a specifier names, if any. */
export function libraryModuleOf(source: string): LibraryModule | null {
  return LIBRARY_MODULES.find((row) => row.module === source) ?? null;
}
