/** Where `npm run generate:surface` writes the catalog. */
export declare const OUTPUT_PATH: string;
/** The catalog module's text for the installed `@anthropic-ai/sdk`. */
export declare function renderSurface(): string;
