import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { ClientKind } from '../policy/clients.js';
import type { MessageMethod } from '../policy/surfaces.js';
import { skipTransparent } from './ast.js';
import type { ApiCall } from './calls.js';
import type { ClientResolver } from './clients.js';
import { type PossibleValues, PossibleValueReader } from './models.js';
import { isNullish, type ObjectShape, type ShapeReader, type UnknownEntry } from './values.js';

/** A key of a request body: not written, hidden behind something unreadable, or written. */
export type RequestField =
  | { readonly status: 'absent' }
  | { readonly status: 'unknown'; readonly node: TSESTree.Node }
  | { readonly status: 'present'; readonly keyNode: TSESTree.Node; readonly value: TSESTree.Node; readonly values: PossibleValues };

/** One Messages request body: a messages call's params, or one batch request's `params`. */
export interface MessageRequest {
  readonly call: ApiCall;
  readonly client: ClientKind;
  readonly method: MessageMethod;
  readonly inBatch: boolean;
  /** The params expression, if any. */
  readonly body: TSESTree.Node | null;
  /** Where a report about the whole request points: the callee, or the batch request's `params` key. */
  readonly node: TSESTree.Node;
  /** The body as read through consts, spreads and member writes; null when it cannot be read. */
  readonly shape: ObjectShape | null;
  readonly model: RequestField;
  readonly inferenceGeo: RequestField;
}

/** A place where a request names a model: a Messages `model`, a fallback, the advisor tool, an agent. */
export interface ModelReference {
  /** What names the model, for messages: `messages.create`, `beta.messages.create fallbacks`. */
  readonly place: string;
  readonly client: ClientKind | null;
  /** The value expression written in the request. */
  readonly node: TSESTree.Node;
  readonly values: PossibleValues;
}

const ADVISOR_TOOL_TYPE = /^advisor_\d{8}$/;
/** Beta resources whose params name a model (`model` as an id or `{ id }`), and where. */
const AGENT_MODEL_PATHS: Readonly<Record<string, readonly string[]>> = {
  'beta.agents.create': ['model'],
  'beta.agents.update': ['model'],
  'beta.dreams.create': ['model'],
  'beta.sessions.create': ['agent', 'model'],
  'beta.sessions.update': ['agent', 'model'],
};

/** Builds the Messages requests and model references of a file from its recognised calls. */
export class RequestCollector {
  readonly requests: MessageRequest[] = [];
  readonly modelReferences: ModelReference[] = [];

  constructor(
    private readonly shapes: ShapeReader,
    private readonly values: PossibleValueReader,
    private readonly resolver: ClientResolver,
  ) {}

  scanCall(call: ApiCall): void {
    const body = call.node.arguments[0];
    const before = call.node.range[0];
    if (call.messageEndpoint) {
      this.addRequest(call, call.messageEndpoint.method, body ?? null, call.node.callee, false);
    } else if (call.isBatchCreate) {
      const shape = body ? this.shapes.object(body, before) : null;
      const requests = shape ? this.shapes.lookup(shape, 'requests') : null;
      if (requests?.status !== 'present') return;
      for (const element of this.shapes.array(requests.entry.value, before)?.elements ?? []) {
        if (isUnknown(element)) continue;
        const request = this.shapes.object(element, before);
        const params = request ? this.shapes.lookup(request, 'params') : null;
        if (params?.status === 'present') this.addRequest(call, 'create', params.entry.value, params.entry.keyNode, true);
      }
    } else {
      const keys = AGENT_MODEL_PATHS[call.pathText];
      if (keys) for (const arg of call.node.arguments) this.addAgentModel(call, arg, keys);
    }
  }

  /** `betaRefusalFallbackMiddleware([{ model }, …])`: each fallback names a model. */
  scanSdkFunctionCall(node: TSESTree.CallExpression, name: string): void {
    const list = node.arguments[0];
    if (list) this.addModelList(list, name, null, node.range[0]);
  }

  private addRequest(call: ApiCall, method: MessageMethod, body: TSESTree.Node | null, node: TSESTree.Node, inBatch: boolean): void {
    const before = call.node.range[0];
    const shape = body ? this.shapes.object(body, before) : null;
    const field = (key: string): RequestField => {
      if (!shape) return body && !isNullish(body) ? { status: 'unknown', node: body } : { status: 'absent' };
      const found = this.shapes.lookup(shape, key);
      if (found.status !== 'present') return found;
      const { keyNode, value } = found.entry;
      return { status: 'present', keyNode, value, values: this.values.read(value, before) };
    };
    const request: MessageRequest = {
      call,
      client: call.client,
      method,
      inBatch,
      body,
      node,
      shape,
      model: field('model'),
      inferenceGeo: field('inference_geo'),
    };
    this.requests.push(request);
    const place = call.pathText;
    if (request.model.status === 'present') {
      this.modelReferences.push({ place, client: call.client, node: request.model.value, values: request.model.values });
    } else if (request.model.status === 'unknown') {
      this.modelReferences.push({ place, client: call.client, node: request.model.node, values: { candidates: [], unresolved: [request.model.node] } });
    }
    if (!shape) return;
    const fallbacks = this.shapes.lookup(shape, 'fallbacks');
    if (fallbacks.status === 'present') this.addModelList(fallbacks.entry.value, `${place} fallbacks`, call.client, before);
    const tools = this.shapes.lookup(shape, 'tools');
    if (tools.status !== 'present') return;
    for (const tool of this.shapes.array(tools.entry.value, before)?.elements ?? []) {
      if (isUnknown(tool)) continue;
      const toolShape = this.shapes.object(tool, before);
      const type = toolShape ? this.shapes.lookup(toolShape, 'type') : null;
      if (type?.status !== 'present') continue;
      const typeValue = this.values.read(type.entry.value, before).candidates[0]?.value;
      if (typeof typeValue === 'string' && ADVISOR_TOOL_TYPE.test(typeValue)) this.addModelKey(toolShape!, 'advisor tool', call.client, before);
    }
  }

  /** An array of `{ model }` entries (beta `fallbacks`, the refusal-fallback middleware). */
  private addModelList(list: TSESTree.Node, place: string, client: ClientKind | null, before: number): void {
    for (const element of this.shapes.array(list, before)?.elements ?? []) {
      if (isUnknown(element)) continue;
      const entry = this.shapes.object(element, before);
      if (entry) this.addModelKey(entry, place, client, before);
    }
  }

  private addModelKey(shape: ObjectShape, place: string, client: ClientKind | null, before: number): void {
    const model = this.shapes.lookup(shape, 'model');
    if (model.status === 'present') {
      this.modelReferences.push({ place, client, node: model.entry.value, values: this.values.read(model.entry.value, before) });
    }
  }

  /** Managed agents, sessions and dreams take `model` as an id or as `{ id, … }`. */
  private addAgentModel(call: ApiCall, arg: TSESTree.Node, keys: readonly string[]): void {
    const before = call.node.range[0];
    let shape = arg.type === AST_NODE_TYPES.SpreadElement ? null : this.shapes.object(arg, before);
    for (const key of keys.slice(0, -1)) {
      const found = shape ? this.shapes.lookup(shape, key) : null;
      shape = found?.status === 'present' ? this.shapes.object(found.entry.value, before) : null;
    }
    const model = shape ? this.shapes.lookup(shape, keys[keys.length - 1]!) : null;
    if (model?.status !== 'present') return;
    let value: TSESTree.Node = model.entry.value;
    if (this.shapes.definingExpression(value)?.type === AST_NODE_TYPES.ObjectExpression) {
      const config = this.shapes.object(value, before);
      const id = config ? this.shapes.lookup(config, 'id') : null;
      if (id?.status !== 'present') return;
      value = id.entry.value;
    }
    this.modelReferences.push({ place: call.pathText, client: call.client, node: value, values: this.values.read(value, before) });
  }

  /** Whether a call is one of the SDK's exported helper functions, and which. */
  sdkFunctionOf(node: TSESTree.CallExpression): string | null {
    const callee = this.resolver.resolve(skipTransparent(node.callee));
    return callee?.type === 'sdkFunction' ? callee.name : null;
  }
}

function isUnknown(element: TSESTree.Node | UnknownEntry): element is UnknownEntry {
  return 'kind' in element && element.kind === 'unknown';
}
