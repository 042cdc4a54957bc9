/** Types for scripts/update-readme.js (plain ESM so Node 20 runs it without a TypeScript loader). */
interface RuleLike {
  readonly meta: { readonly docs?: { readonly description: string }; readonly schema?: unknown };
}

interface PluginLike {
  readonly rules: Readonly<Record<string, RuleLike>>;
  readonly configs: Readonly<Record<string, { readonly rules: Readonly<Record<string, unknown>> }>>;
}

export declare const BEGIN_MARKER: string;
export declare const END_MARKER: string;
export declare function renderRulesTable(plugin: PluginLike): string;
export declare function readRulesTable(readme: string): string;
export declare function replaceRulesTable(readme: string, table: string): string;
