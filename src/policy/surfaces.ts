import type { RuleName } from './rule-names.js';
import { SDK_RESOURCES } from './sdk-surface.generated.js';

/**
 * SDK resources that keep data on Anthropic's side. A call through any method below one of these
 * paths is a finding of `owner`. Paths are the client's property chain (`beta.files`).
 */
export interface StoringResource {
  readonly path: string;
  readonly owner: RuleName;
  /** Human name used in messages. */
  readonly surface: string;
}

export const STORING_RESOURCES: readonly StoringResource[] = [
  { path: 'files', owner: 'no-files-api', surface: 'the Files API' },
  { path: 'beta.files', owner: 'no-files-api', surface: 'the Files API' },
  { path: 'messages.batches', owner: 'no-batches-api', surface: 'the Message Batches API' },
  { path: 'beta.messages.batches', owner: 'no-batches-api', surface: 'the Message Batches API' },
  { path: 'skills', owner: 'no-skills-api', surface: 'the Skills API' },
  { path: 'beta.skills', owner: 'no-skills-api', surface: 'the Skills API' },
  // Beta-only products that hold state server-side (managed agents, memory, tunnels, profiles).
  { path: 'beta.agents', owner: 'no-beta-api', surface: 'Managed Agents (beta)' },
  { path: 'beta.sessions', owner: 'no-beta-api', surface: 'agent sessions (beta)' },
  { path: 'beta.environments', owner: 'no-beta-api', surface: 'agent environments (beta)' },
  { path: 'beta.deployments', owner: 'no-beta-api', surface: 'agent deployments (beta)' },
  { path: 'beta.deploymentRuns', owner: 'no-beta-api', surface: 'agent deployment runs (beta)' },
  { path: 'beta.vaults', owner: 'no-beta-api', surface: 'credential vaults (beta)' },
  { path: 'beta.memoryStores', owner: 'no-beta-api', surface: 'memory stores (beta)' },
  { path: 'beta.dreams', owner: 'no-beta-api', surface: 'dreams (beta)' },
  { path: 'beta.tunnels', owner: 'no-beta-api', surface: 'MCP tunnels (beta)' },
  { path: 'beta.userProfiles', owner: 'no-beta-api', surface: 'user profiles (beta)' },
];

/** Methods whose first argument is a Messages request body (PRODUCT.md §3). */
export type MessageMethod = 'create' | 'stream' | 'parse' | 'countTokens' | 'toolRunner' | 'thread';

export interface MessageEndpoint {
  readonly path: string;
  readonly method: MessageMethod;
  readonly beta: boolean;
}

export const MESSAGE_ENDPOINTS: readonly MessageEndpoint[] = [
  { path: 'messages.create', method: 'create', beta: false },
  { path: 'messages.stream', method: 'stream', beta: false },
  { path: 'messages.parse', method: 'parse', beta: false },
  { path: 'messages.countTokens', method: 'countTokens', beta: false },
  { path: 'beta.messages.create', method: 'create', beta: true },
  { path: 'beta.messages.stream', method: 'stream', beta: true },
  { path: 'beta.messages.parse', method: 'parse', beta: true },
  { path: 'beta.messages.countTokens', method: 'countTokens', beta: true },
  { path: 'beta.messages.toolRunner', method: 'toolRunner', beta: true },
  // thread() opens a server-held conversation; its params are a Messages body too.
  { path: 'beta.messages.thread', method: 'thread', beta: true },
];

/** Inference methods, whose requests take `inference_geo`; `countTokens` takes none, and threads belong to `no-beta-api`. */
export const GEO_METHODS: readonly MessageMethod[] = ['create', 'stream', 'parse', 'toolRunner'];

/** Batch creation: every `requests[].params` is a Messages body. */
export const BATCH_CREATE_PATHS: readonly string[] = ['messages.batches.create', 'beta.messages.batches.create'];

/** Functions the main SDK exports whose arguments the analysis reads (model ids of refusal fallbacks). */
export const SDK_FUNCTIONS: readonly string[] = ['betaRefusalFallbackMiddleware'];

/** Client methods that return another client of the same kind. */
export const CLIENT_CLONING_METHODS: readonly string[] = ['withOptions'];

/**
 * Property names of SDK resources, used to tell a resource class exported from
 * `@anthropic-ai/sdk/resources/...` (`Batches`) from the types exported beside it.
 */
export const RESOURCE_NAMES: ReadonlySet<string> = new Set(SDK_RESOURCES.flatMap((resource) => resource.path.split('.')));

/** Every resource path of the client (`beta.messages.batches`), from the generated catalog. */
export const RESOURCE_PATHS: ReadonlySet<string> = new Set(SDK_RESOURCES.map((resource) => resource.path));

/**
 * Method names of SDK resources. With types on, only member chains naming a resource or one of
 * these methods are worth asking the type checker about (the cost gate of the typed tier).
 */
export const SDK_METHOD_NAMES: ReadonlySet<string> = new Set([
  'create', 'stream', 'parse', 'countTokens', 'toolRunner', 'thread', 'upload', 'list', 'delete', 'download',
  'retrieve', 'retrieveMetadata', 'cancel', 'results', 'update', 'archive', 'withOptions',
]);
