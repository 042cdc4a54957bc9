import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipTransparent } from '../ast.js';
import type { DroppedGeo } from '../requests.js';

/** A callee as messages name it: `generateText`, `anthropic.languageModel`, `createAnthropic(…)`. */
export function calleeText(node: TSESTree.Node, depth = 0): string {
  const target = skipTransparent(node);
  if (depth > 4) return '…';
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      return target.name;
    case AST_NODE_TYPES.Super:
      return 'super';
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression: {
      const property = !target.computed && target.property.type === AST_NODE_TYPES.Identifier ? target.property.name : '[…]';
      return `${calleeText(target.object, depth + 1)}.${property}`;
    }
    case AST_NODE_TYPES.CallExpression:
      return `${calleeText(target.callee, depth + 1)}(…)`;
    case AST_NODE_TYPES.AwaitExpression:
      return calleeText(target.argument, depth + 1);
    default:
      return '…';
  }
}

/** `new ChatAnthropic` for a `new`, the callee's text for a call. */
export function callText(node: TSESTree.CallExpression | TSESTree.NewExpression): string {
  return node.type === AST_NODE_TYPES.NewExpression ? `new ${calleeText(node.callee)}` : calleeText(node.callee);
}

// Per folder and package: what the linted project has installed. Read once per process.
const installed = new Map<string, string | null>();

/**
 * The version of `pkg` the linted file's project has: the nearest `node_modules/<pkg>/package.json`
 * above the file, or an exact version its nearest declaring `package.json` pins. Never the network,
 * never the project's code; null when neither is found (a version range alone decides nothing).
 */
function installedVersion(filename: string, pkg: string): string | null {
  const start = path.dirname(path.resolve(filename));
  const key = `${start}\0${pkg}`;
  if (installed.has(key)) return installed.get(key)!;
  let found: string | null = null;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const copy = readJson(path.join(dir, 'node_modules', pkg, 'package.json'));
    if (typeof copy?.['version'] === 'string') {
      found = copy['version'];
      break;
    }
    const manifest = readJson(path.join(dir, 'package.json'));
    const declared = manifest ? declaredVersion(manifest, pkg) : null;
    if (declared !== null && /^\d+\.\d+\.\d+$/.test(declared)) {
      found = declared;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  installed.set(key, found);
  return found;
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function declaredVersion(manifest: Record<string, unknown>, pkg: string): string | null {
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = manifest[field];
    const version = deps && typeof deps === 'object' ? (deps as Record<string, unknown>)[pkg] : undefined;
    if (typeof version === 'string') return version.trim();
  }
  return null;
}

const parts = (version: string) => version.replace(/[-+].*$/, '').split('.').map((n) => Number(n) || 0);

function compare(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Whether the installed `pkg` is older than the first version of its line that sends the geo
 * (`since` lists one version per major line; a line before the first listed never sends it).
 */
export function droppedGeo(filename: string, pkg: string, since: readonly string[]): DroppedGeo | null {
  const version = installedVersion(filename, pkg);
  if (version === null) return null;
  const major = parts(version)[0]!;
  const line = since.find((v) => parts(v)[0] === major);
  if (line !== undefined) return compare(version, line) < 0 ? { package: pkg, version, since: line } : null;
  const first = since[0]!;
  return major < parts(first)[0]! ? { package: pkg, version, since: first } : null;
}
