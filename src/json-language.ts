/**
 * `@eslint/json`, the optional peer the `claude-code` profile needs, loaded only when that profile
 * is read: ESLint 8.57 users and anyone not linting settings files never load it. A missing package
 * or an ESLint too old for languages is an error that names the fix, never a silent no-op.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The first ESLint with `meta.defaultOptions` and the language API `@eslint/json` needs. */
const MIN_ESLINT: readonly [number, number] = [9, 15];

type Require = (id: string) => unknown;

/** Why `@eslint/json` cannot be used: ESLint too old for languages, or the package not installed. */
export class JsonLanguageError extends Error {
  constructor(
    message: string,
    readonly reason: 'old-eslint' | 'missing',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

function installedEslintVersion(load: Require): string | null {
  try {
    return (load('eslint/package.json') as { version: string }).version;
  } catch {
    return null;
  }
}

const isMissing = (error: unknown) =>
  error instanceof Error && ['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND'].includes((error as NodeJS.ErrnoException).code ?? '') && error.message.includes('@eslint/json');

/** The `@eslint/json` plugin object for `configs[profile]`; `load` resolves from this package (tests pass their own). */
export function loadJsonLanguagePlugin(profile: string, load: Require = require): object {
  const what = `eslint-plugin-claude-zdr: configs["${profile}"] lints Claude Code settings files as JSON`;
  const version = installedEslintVersion(load);
  const [major = 0, minor = 0] = (version ?? '').split('.').map(Number);
  if (version !== null && (major < MIN_ESLINT[0] || (major === MIN_ESLINT[0] && minor < MIN_ESLINT[1]))) {
    throw new JsonLanguageError(`${what}, which needs ESLint ${MIN_ESLINT.join('.')} or later (this project has ${version}). The JavaScript profiles work without it.`, 'old-eslint');
  }
  let loaded: { default?: object };
  try {
    // @eslint/json 1.x and 2.x are ES modules: `require` returns the same instance as the user's own `import`.
    loaded = load('@eslint/json') as { default?: object };
  } catch (error) {
    if (isMissing(error)) throw new JsonLanguageError(`${what} and needs the @eslint/json package: npm install --save-dev @eslint/json`, 'missing', { cause: error });
    throw error;
  }
  return loaded.default ?? loaded;
}
