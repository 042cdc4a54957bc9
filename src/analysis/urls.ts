import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { ANTHROPIC_API_HOSTS, RAW_API_ROUTES, type RawApiRoute } from '../policy/http.js';
import { skipTransparent } from './ast.js';
import type { PossibleValueReader } from './possible-values.js';
import type { ShapeReader } from './shapes.js';
import type { StaticValues } from './static-values.js';

/** Stands for a part of a URL computed at run time (an id in a template literal). */
const HOLE = '\u0000';
const MAX_URL_DEPTH = 8;

/**
 * Reads URL text through literals, templates, `+`, consts and `new URL(path, base)`; parts that
 * cannot be read become holes, so `https://api.anthropic.com/v1/files/${id}` keeps its host and path.
 */
export class UrlReader {
  constructor(
    private readonly statics: StaticValues,
    private readonly shapes: ShapeReader,
    private readonly values: PossibleValueReader,
    private readonly isGlobal: (identifier: TSESTree.Identifier) => boolean,
  ) {}

  read(node: TSESTree.Node | null | undefined, before = Infinity): string | null {
    const text = node ? this.readPart(node, 0, before) : null;
    return text === null || text.split(HOLE).join('') === '' ? null : text;
  }

  private readPart(node: TSESTree.Node, depth: number, before = Infinity): string | null {
    if (depth > MAX_URL_DEPTH) return null;
    const known = this.statics.value(node);
    if (known) return typeof known.value === 'string' ? known.value : null;
    const target = skipTransparent(node);
    switch (target.type) {
      case AST_NODE_TYPES.TemplateLiteral: {
        let text = target.quasis[0]!.value.cooked ?? '';
        target.expressions.forEach((expression, i) => {
          text += (this.readPart(expression, depth + 1) ?? HOLE) + (target.quasis[i + 1]!.value.cooked ?? '');
        });
        return text;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (target.operator !== '+') return null;
        return (this.readPart(target.left, depth + 1) ?? HOLE) + (this.readPart(target.right, depth + 1) ?? HOLE);
      }
      case AST_NODE_TYPES.Identifier: {
        const expression = this.shapes.definingExpression(target);
        return expression && expression !== target ? this.readPart(expression, depth + 1) : null;
      }
      // `url.href`, `url.toString()` of a URL the reader can follow; `config.baseURL` of a const object.
      case AST_NODE_TYPES.MemberExpression:
        return !target.computed && target.property.type === AST_NODE_TYPES.Identifier && target.property.name === 'href'
          ? this.readPart(target.object, depth + 1)
          : this.values.string(target, before);
      case AST_NODE_TYPES.CallExpression: {
        const callee = target.callee;
        const isToString =
          callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'toString';
        return isToString && target.arguments.length === 0 ? this.readPart(callee.object, depth + 1) : null;
      }
      case AST_NODE_TYPES.NewExpression: {
        const callee = target.callee;
        if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'URL' || !this.isGlobal(callee)) return null;
        const [path, base] = target.arguments;
        const pathText = path && path.type !== AST_NODE_TYPES.SpreadElement ? this.readPart(path, depth + 1) : null;
        if (pathText === null) return null;
        const baseText = base && base.type !== AST_NODE_TYPES.SpreadElement ? this.readPart(base, depth + 1) : null;
        return baseText === null ? pathText : resolveUrl(pathText, baseText);
      }
      default:
        return null;
    }
  }
}

const ABSOLUTE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i;

/** `new URL(path, base)`: an absolute path keeps the base's origin, a relative one its directory. */
export function resolveUrl(path: string, base: string): string {
  if (ABSOLUTE.test(path)) return path;
  const match = ABSOLUTE.exec(base);
  if (!match) return path;
  const origin = `${match[1]}://${match[2]}`;
  if (path.startsWith('//')) return `${match[1]}:${path}`;
  if (path.startsWith('/')) return origin + path;
  const dir = match[3]!.slice(0, match[3]!.lastIndexOf('/') + 1) || '/';
  return origin + dir + path;
}

/** A base URL option (`baseURL`, `prefixUrl`) joined to a request URL: one slash between them. */
export function joinBaseUrl(base: string | null, url: string): string {
  if (base === null || ABSOLUTE.test(url)) return url;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/** The host of an absolute URL whose host is fully known, lower-cased and without port or credentials. */
export function urlHost(text: string): string | null {
  const match = ABSOLUTE.exec(text);
  if (!match || match[2]!.includes(HOLE)) return null;
  return match[2]!.replace(/^.*@/, '').replace(/:\d*$/, '').toLowerCase();
}

export function isAnthropicApiUrl(text: string): boolean {
  const host = urlHost(text);
  return host !== null && ANTHROPIC_API_HOSTS.includes(host);
}

/** The surface rule that owns a raw request to `text`, when it is an Anthropic API URL on a storing path. */
export function rawApiRouteOf(text: string): RawApiRoute | null {
  if (!isAnthropicApiUrl(text)) return null;
  const path = ABSOLUTE.exec(text)![3]!.replace(/\/{2,}/g, '/');
  let best: RawApiRoute | null = null;
  for (const route of RAW_API_ROUTES) {
    const rest = path.slice(route.prefix.length);
    const matches = path.startsWith(route.prefix) && (rest === '' || rest.startsWith('/') || rest.startsWith(HOLE));
    if (matches && (!best || route.prefix.length > best.prefix.length)) best = route;
  }
  return best;
}

/** The URL as shown in messages: run-time parts as `${…}`. */
export function displayUrl(text: string): string {
  return text.split(HOLE).join('${…}');
}
