import path from 'node:path';
import picomatch from 'picomatch';
import { CLIENT_ENTRY_SUBPATHS, CLIENT_PACKAGES, type ClientPackage } from '../policy/clients.js';
import { libraryModuleOf, type LibraryModule } from '../policy/libraries.js';
import { RESOURCE_NAMES, RESOURCE_PATHS } from '../policy/surfaces.js';

/**
 * Helpers compilers wrap `require()` in (TypeScript's `__importDefault`/`__importStar`, Babel's
 * `_interopRequireDefault`/`_interopRequireWildcard`, esbuild's `__toESM`): each hands back the
 * module, with `.default` the CommonJS export.
 */
export const INTEROP_HELPERS: readonly string[] = [
  '__importDefault',
  '__importStar',
  '_interopRequireDefault',
  '_interopRequireWildcard',
  '__toESM',
];

/** What an import or require of a module gives the analysis. */
export type ModuleTarget =
  /** A client package's entry: exports client classes. */
  | { readonly kind: 'client-package'; readonly pkg: ClientPackage }
  /** `@anthropic-ai/sdk/resources/...`: exports resource classes rooted at `path`. */
  | { readonly kind: 'resources'; readonly path: readonly string[] }
  /** A `clientModules` package: every export is a client or a client factory. */
  | { readonly kind: 'wrapper'; readonly module: string }
  /** A module of another client library (the AI SDK, LangChain, the Agent SDK): its table row. */
  | { readonly kind: 'library'; readonly row: LibraryModule };

function splitPackageName(source: string): { name: string; subpath: string } {
  const parts = source.split('/');
  const size = source.startsWith('@') ? 2 : 1;
  return { name: parts.slice(0, size).join('/'), subpath: parts.slice(size).join('/') };
}

const kebabToCamel = (segment: string) => segment.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** `resources/beta/messages/batches.js` -> `['beta', 'messages', 'batches']`. */
export function resourcePathOf(subpath: string): string[] {
  const segments = subpath
    .replace(/\.(m?js|d\.m?ts)$/, '')
    .split('/')
    .slice(1)
    .filter((s) => s !== '' && s !== 'index')
    .map(kebabToCamel);
  // `resources/skills/skills` is the same resource as `resources/skills`.
  const path: string[] = [];
  for (const segment of segments) if (path[path.length - 1] !== segment) path.push(segment);
  return path;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/**
 * The `clientModules` setting: package names (the module and its subpaths), and project-relative
 * paths or globs (`./src/lib/anthropic`, `**\/lib/claude-client.ts`) that a relative import
 * resolving to a matching file is checked against. Paths are relative to ESLint's working folder.
 */
export class ClientModules {
  private readonly packages: string[] = [];
  private readonly files: { entry: string; glob: boolean; matches: (file: string) => boolean }[] = [];
  /** Words a file importing a path entry must contain (the entry's file name), for the file gate. */
  private readonly fileWords: (string | null)[] = [];

  constructor(
    readonly entries: readonly string[],
    private readonly cwd: string = process.cwd(),
  ) {
    for (const entry of entries) {
      if (!isPathEntry(entry)) {
        this.packages.push(entry);
        continue;
      }
      // An absolute entry is made relative to the working folder, like the imports it is matched with.
      const relative = path.isAbsolute(entry) ? path.relative(cwd, entry).split(path.sep).join('/') : entry.replace(/^\.\//, '');
      const glob = GLOB_CHARACTERS.test(relative) ? picomatch(relative, { dot: true }) : null;
      const exact = glob ? null : stripSourceExtension(relative);
      this.files.push({ entry, glob: glob !== null, matches: (file) => (glob ? glob(file) : stripSourceExtension(file) === exact || file === relative) });
      const name = path.posix.basename(stripSourceExtension(relative));
      this.fileWords.push(GLOB_CHARACTERS.test(name) ? null : name.replace(/^index$/, path.posix.basename(path.posix.dirname(relative))));
    }
  }

  /** The entry an import of `source` from the file `importer` matches, if any. */
  match(source: string, importer: string | null): string | null {
    for (const entry of this.packages) {
      if (source === entry || source.startsWith(`${entry}/`)) return entry;
    }
    if (this.files.length === 0) return null;
    const relative = source.startsWith('.') || source.startsWith('/');
    for (const candidate of this.candidateFiles(source, importer)) {
      for (const file of this.files) if (file.matches(candidate)) return file.entry;
    }
    // A glob may also name an alias the bundler resolves (`@/lib/anthropic` for `**/lib/anthropic`).
    if (!relative) for (const file of this.files) if (file.glob && file.matches(source)) return file.entry;
    return null;
  }

  /** Cheap test for the file gate: could this text import one of the entries? */
  mightBeImportedIn(text: string): boolean {
    if (this.packages.some((entry) => text.includes(entry))) return true;
    return this.fileWords.some((word) => (word === null ? /\b(?:import|require)\b/.test(text) : text.includes(word)));
  }

  /** Project-relative paths an import may resolve to: the specifier itself, and as a relative file with each extension. */
  private candidateFiles(source: string, importer: string | null): string[] {
    if (!source.startsWith('.') && !source.startsWith('/')) return [];
    const candidates = [source.replace(/^\.\//, '')];
    if (!importer) return candidates;
    const absolute = path.resolve(path.dirname(importer), source);
    const relative = path.relative(this.cwd, absolute).split(path.sep).join('/');
    if (relative.startsWith('..')) return candidates;
    const bare = relative.replace(/\.(?:[mc]?js|jsx)$/, '');
    candidates.push(relative);
    for (const extension of SOURCE_EXTENSIONS) candidates.push(bare + extension, `${relative}/index${extension}`);
    return candidates;
  }
}

/** A path or glob entry, as opposed to a package name. */
function isPathEntry(entry: string): boolean {
  return entry.startsWith('./') || entry.startsWith('../') || entry.startsWith('/') || GLOB_CHARACTERS.test(entry) || /\.[cm]?[jt]sx?$/.test(entry);
}

function stripSourceExtension(file: string): string {
  return file.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '').replace(/\/index$/, '');
}

const NO_CLIENT_MODULES = new ClientModules([]);

export function recognizeModule(
  source: string,
  clientModules: ClientModules | readonly string[] = NO_CLIENT_MODULES,
  importer: string | null = null,
): ModuleTarget | null {
  const modules = clientModules instanceof ClientModules ? clientModules : new ClientModules(clientModules);
  const wrapper = modules.match(source, importer);
  if (wrapper !== null) return { kind: 'wrapper', module: wrapper };
  const library = libraryModuleOf(source);
  if (library) return { kind: 'library', row: library };
  if (!source.startsWith('@anthropic-ai/')) return null;
  const { name, subpath } = splitPackageName(source);
  const pkg = CLIENT_PACKAGES.find((p) => p.module === name);
  if (!pkg) return null;
  if (CLIENT_ENTRY_SUBPATHS.includes(subpath)) return { kind: 'client-package', pkg };
  if (pkg.exportsResources && (subpath === 'resources' || subpath.startsWith('resources/'))) {
    return { kind: 'resources', path: resourcePathOf(subpath) };
  }
  return null;
}

/**
 * A wrapper module's export named like a resource (`export const files = client.beta.files`) is
 * that resource; any other export is a client or a client factory.
 */
export function wrapperExportPath(exportName: string): readonly string[] {
  return WRAPPER_RESOURCE_EXPORTS.get(exportName) ?? [];
}

/** Each resource name's shortest path: `batches` -> `messages.batches`, `files` -> `files`. */
const WRAPPER_RESOURCE_EXPORTS: ReadonlyMap<string, readonly string[]> = (() => {
  const byName = new Map<string, string[]>();
  for (const resourcePath of [...RESOURCE_PATHS].sort((a, b) => a.split('.').length - b.split('.').length || a.localeCompare(b))) {
    const segments = resourcePath.split('.');
    const name = segments[segments.length - 1]!;
    if (!byName.has(name)) byName.set(name, segments);
  }
  return byName;
})();

/** The resource a named export of a `resources` subpath is (`Batches` of `resources/messages`). */
export function resourceExportPath(modulePath: readonly string[], exportName: string): readonly string[] | null {
  if (!/^[A-Z]/.test(exportName)) return null;
  const camel = exportName[0]!.toLowerCase() + exportName.slice(1);
  if (!RESOURCE_NAMES.has(camel)) return null;
  const path = modulePath[modulePath.length - 1] === camel ? modulePath : [...modulePath, camel];
  // A type beside the resources (`Usage` of `resources/messages`) is not a resource of that module.
  return RESOURCE_PATHS.has(path.join('.')) ? path : null;
}
