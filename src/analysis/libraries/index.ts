import type { TSESTree } from '@typescript-eslint/utils';
import type { LibraryId } from '../../policy/libraries.js';
import type { ClientResolver } from '../clients.js';
import type { FindingCollector } from '../findings.js';
import type { PossibleValueReader } from '../possible-values.js';
import type { MessageRequest, RequestCollector, RequestField } from '../requests.js';
import type { Bindings } from '../scope.js';
import type { SdkValue } from '../sdk-value.js';
import type { ShapeReader } from '../shapes.js';
import type { StaticValues } from '../static-values.js';
import type { TypeFacts } from '../type-facts.js';
import { aiSdkAdapter } from './ai-sdk.js';
import { claudeAgentSdk } from './claude-agent-sdk.js';
import { langChainAdapter } from './langchain.js';

export type LibraryValue = Extract<SdkValue, { type: 'library' }>;

/** A place where a library talks to Claude, as the audit inventory lists it. */
export interface LibraryCall {
  readonly node: TSESTree.Node;
  readonly library: LibraryId;
  /** The client column: the library and what it calls Claude through (`Vercel AI SDK (@ai-sdk/anthropic)`). */
  readonly client: string;
  /** `generateText`, `new ChatAnthropic`, `uploadFile`. */
  readonly method: string;
  /** What the call reaches: `Messages`, `the Files API`, … */
  readonly surface: string;
  /** The request it sends, when it is an inference call. */
  readonly request: MessageRequest | null;
  /** The model a call names outside a Messages request (an Agent SDK session's `model`). */
  readonly model?: RequestField | null;
}

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
  /** The linted file (for what the project has installed, never for anything run). */
  readonly filename: string;
  /** The file's library call sites, for the audit inventory. */
  readonly calls: LibraryCall[];
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
  /** After the file's walk: what needs every call of the file first (a geo set on each call of a model). */
  finish?(context: LibraryContext): void;
}

/** The adapter of each library; a library without one is recognised but judged by nothing yet. */
export const LIBRARY_ADAPTERS: Partial<Record<LibraryId, LibraryAdapter>> = {
  'ai-sdk': aiSdkAdapter,
  langchain: langChainAdapter,
  'claude-agent-sdk': claudeAgentSdk,
};
