import type { TSESTree } from '@typescript-eslint/utils';
import type { LibraryId } from '../../policy/libraries.js';
import { claudeAgentSdk } from './claude-agent-sdk.js';
import type { ClientResolver } from '../clients.js';
import type { FindingCollector } from '../findings.js';
import type { PossibleValueReader } from '../possible-values.js';
import type { RequestCollector, RequestField } from '../requests.js';
import type { Bindings } from '../scope.js';
import type { SdkValue } from '../sdk-value.js';
import type { ShapeReader } from '../shapes.js';
import type { StaticValues } from '../static-values.js';
import type { TypeFacts } from '../type-facts.js';

export type LibraryValue = Extract<SdkValue, { type: 'library' }>;

/** The shared readers a library adapter judges its calls with; no adapter walks the AST itself. */
export interface LibraryContext {
  readonly bindings: Bindings;
  readonly resolver: ClientResolver;
  readonly shapes: ShapeReader;
  readonly values: PossibleValueReader;
  readonly statics: StaticValues;
  readonly collector: FindingCollector;
  readonly requests: RequestCollector;
  readonly types: TypeFacts | null;
  /** The file's library call sites, for the audit inventory; an adapter adds each call it judges. */
  readonly sites: LibraryCallSite[];
}

/** A call of a library that the audit inventory lists (PRODUCT.md §3b, §4): the library is its client column. */
export interface LibraryCallSite {
  readonly library: LibraryId;
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** What is called, in the library's own names: `query`, `setModel`, `createClaudeCode`. */
  readonly method: string;
  /** What the call reaches: `Claude Code session`, `Claude Code cloud session`. */
  readonly surface: string;
  /** The library as the client column names it: `Claude Agent SDK`, `ai-sdk-provider-claude-code`. */
  readonly client: string;
  /** The model the call names, if it names one. */
  readonly model: RequestField | null;
}

/**
 * How one library's values behave (PRODUCT.md §3b): what a member, a call or a `new` of a value
 * with a given role is, and what a call that reaches the library reports. The module table in
 * `src/policy/libraries.ts` says which exports have which role.
 */
export interface LibraryAdapter {
  member?(value: LibraryValue, key: string): SdkValue | null;
  call?(value: LibraryValue, node: TSESTree.CallExpression): SdkValue | null;
  construct?(value: LibraryValue, node: TSESTree.NewExpression): SdkValue | null;
  /** Findings, requests and model references of a call or `new` whose callee is a value of this library. */
  scan?(node: TSESTree.CallExpression | TSESTree.NewExpression, callee: LibraryValue, context: LibraryContext): void;
}

/** The adapter of each library; a library without one is recognised but judged by nothing yet. */
export const LIBRARY_ADAPTERS: Partial<Record<LibraryId, LibraryAdapter>> = {
  'claude-agent-sdk': claudeAgentSdk,
};
