import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { ClientKind } from '../policy/clients.js';
import {
  BATCH_CREATE_PATHS,
  CLIENT_CLONING_METHODS,
  MESSAGE_ENDPOINTS,
  type MessageEndpoint,
  STORING_RESOURCES,
  type StoringResource,
} from '../policy/surfaces.js';
import type { ClientResolver } from './clients.js';

/** A call of an SDK method on a recognised client: `client.beta.files.upload(…)`. */
export interface ApiCall {
  readonly node: TSESTree.CallExpression;
  readonly client: ClientKind;
  /** Canonical surface path below the client: `['beta', 'files', 'upload']`. */
  readonly path: readonly string[];
  /** `beta.files.upload` */
  readonly pathText: string;
  readonly method: string;
  /** The storing resource the call goes through, if any. */
  readonly storingResource: StoringResource | null;
  /** Set when the first argument is a Messages request body. */
  readonly messageEndpoint: MessageEndpoint | null;
  readonly isBatchCreate: boolean;
}

/**
 * Where a client is built: `new Anthropic({...})` or `require(sdk)(…)` (`new`), `client.withOptions({...})`
 * (`clone`), `super({...})` in a subclass (`super`), or a call of a same-file factory that returns
 * a client (`factory`).
 */
export interface ClientConstruction {
  readonly node: TSESTree.NewExpression | TSESTree.CallExpression;
  readonly client: ClientKind;
  readonly options: TSESTree.Node | null;
  /** A wrapper module's or factory's arguments are its own, not the SDK's options. */
  readonly optionsAreSdkOptions: boolean;
  readonly origin: 'new' | 'clone' | 'super' | 'factory';
}

export function storingResourceOf(path: readonly string[]): StoringResource | null {
  const resourcePath = path.slice(0, -1).join('.');
  let best: StoringResource | null = null;
  for (const resource of STORING_RESOURCES) {
    if (resourcePath === resource.path || resourcePath.startsWith(`${resource.path}.`)) {
      if (!best || resource.path.length > best.path.length) best = resource;
    }
  }
  return best;
}

export function classifyCall(node: TSESTree.CallExpression, client: ClientKind, path: readonly string[]): ApiCall {
  const pathText = path.join('.');
  return {
    node,
    client,
    path,
    pathText,
    method: path[path.length - 1]!,
    storingResource: storingResourceOf(path),
    messageEndpoint: MESSAGE_ENDPOINTS.find((e) => e.path === pathText) ?? null,
    isBatchCreate: BATCH_CREATE_PATHS.includes(pathText),
  };
}

/**
 * Sorts one call or `new` into an API call on a client, a client construction, or nothing.
 * The callee is resolved through the shared resolver, so aliases and wrappers lead back to the SDK.
 */
export function recognizeCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  resolver: ClientResolver,
): { call?: ApiCall; construction?: ClientConstruction } | null {
  const callee = resolver.resolve(node.callee);
  if (!callee) return null;
  const firstArg = node.arguments[0] ?? null;
  const options = firstArg && firstArg.type !== AST_NODE_TYPES.SpreadElement ? firstArg : null;
  if (node.type === AST_NODE_TYPES.NewExpression || node.callee.type === AST_NODE_TYPES.Super) {
    const built = resolver.construct(callee);
    if (built?.type !== 'client' || built.path.length > 0) return null;
    const origin = node.type === AST_NODE_TYPES.NewExpression ? 'new' : 'super';
    return { construction: { node, client: built.client, options, optionsAreSdkOptions: callee.type !== 'client', origin } };
  }
  if (callee.type === 'client' && callee.path.length > 0) {
    const call = classifyCall(node, callee.client, callee.path);
    const clones = callee.path.length === 1 && CLIENT_CLONING_METHODS.includes(call.method);
    return clones ? { call, construction: { node, client: callee.client, options, optionsAreSdkOptions: true, origin: 'clone' } } : { call };
  }
  const built = resolver.call(callee);
  if (built?.type !== 'client' || built.path.length > 0) return null;
  if (callee.type === 'module') {
    return { construction: { node, client: built.client, options, optionsAreSdkOptions: callee.target.kind !== 'wrapper', origin: 'new' } };
  }
  // Only a factory given arguments can configure the client it builds.
  if (callee.type === 'function' && node.arguments.length > 0) return { construction: { node, client: built.client, options, optionsAreSdkOptions: false, origin: 'factory' } };
  return null;
}
