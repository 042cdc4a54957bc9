import { CLIENT_ENTRY_SUBPATHS, CLIENT_PACKAGES, type ClientPackage } from '../policy/clients.js';
import { RESOURCE_NAMES, RESOURCE_PATHS } from '../policy/surfaces.js';

/** What an import or require of a module gives the analysis. */
export type ModuleTarget =
  /** A client package's entry: exports client classes. */
  | { readonly kind: 'client-package'; readonly pkg: ClientPackage }
  /** `@anthropic-ai/sdk/resources/...`: exports resource classes rooted at `path`. */
  | { readonly kind: 'resources'; readonly path: readonly string[] }
  /** A `clientModules` package: every export is a client or a client factory. */
  | { readonly kind: 'wrapper'; readonly module: string };

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

export function recognizeModule(source: string, clientModules: readonly string[]): ModuleTarget | null {
  for (const wrapper of clientModules) {
    if (source === wrapper || source.startsWith(`${wrapper}/`)) return { kind: 'wrapper', module: wrapper };
  }
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

/** The resource a named export of a `resources` subpath is (`Batches` of `resources/messages`). */
export function resourceExportPath(modulePath: readonly string[], exportName: string): readonly string[] | null {
  if (!/^[A-Z]/.test(exportName)) return null;
  const camel = exportName[0]!.toLowerCase() + exportName.slice(1);
  if (!RESOURCE_NAMES.has(camel)) return null;
  const path = modulePath[modulePath.length - 1] === camel ? modulePath : [...modulePath, camel];
  // A type beside the resources (`Usage` of `resources/messages`) is not a resource of that module.
  return RESOURCE_PATHS.has(path.join('.')) ? path : null;
}
