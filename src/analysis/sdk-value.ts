import type { TSESTree } from '@typescript-eslint/utils';
import type { ClientKind } from '../policy/clients.js';
import type { LibraryId, LibraryRole } from '../policy/libraries.js';
import type { ClassLike, FunctionLike } from './ast.js';
import type { ModuleTarget } from './modules.js';

/**
 * What the analysis knows an expression evaluates to. SDK values carry the client kind and the
 * property path below the client; local values (functions, objects, classes) are followed so
 * that factories, wrappers and holder objects lead back to a client. Shared by the syntactic
 * resolver (clients.ts) and the typed tier (type-facts.ts).
 */
export type SdkValue =
  | { readonly type: 'module'; readonly target: ModuleTarget; readonly commonJs: boolean }
  | { readonly type: 'clientClass'; readonly client: ClientKind }
  | { readonly type: 'resourceClass'; readonly path: readonly string[] }
  /** A helper function the SDK exports (`betaRefusalFallbackMiddleware`). */
  | { readonly type: 'sdkFunction'; readonly name: string }
  /** A client (`path` empty), or a resource or method below it (`['beta', 'files']`). */
  | { readonly type: 'client'; readonly client: ClientKind; readonly path: readonly string[] }
  | { readonly type: 'function'; readonly node: FunctionLike }
  | { readonly type: 'object'; readonly node: TSESTree.ObjectExpression }
  | { readonly type: 'class'; readonly node: ClassLike }
  /** An instance of a local class (`this` inside it, `new Local()`); a class value is its static side. */
  | { readonly type: 'instance'; readonly node: ClassLike }
  /**
   * A value of another client library (`src/policy/libraries.ts`): its role, the members read
   * below it, and the call or `new` that made it (`createAnthropic({ name })`, `anthropic('id')`).
   */
  | { readonly type: 'library'; readonly library: LibraryId; readonly role: LibraryRole; readonly path: readonly string[]; readonly origin: TSESTree.Node | null };

export type ClientValue = Extract<SdkValue, { type: 'client' }>;
