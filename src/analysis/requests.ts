import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { CLIENT_KINDS, type ClientKind } from '../policy/clients.js';
import { GEO_METHODS, type MessageMethod } from '../policy/surfaces.js';
import { argumentOf, skipTransparent } from './ast.js';
import type { ApiCall } from './calls.js';
import type { ClientResolver } from './clients.js';
import type { FindingCollector } from './findings.js';
import type { PossibleValueReader, PossibleValues } from './possible-values.js';
import { isNullish, type ObjectShape, type PropertyEntry, type ShapeReader, type Site } from './shapes.js';
import { ownEntry } from '../utils/own-entry.js';

/** One write of a request key that may be the one sent, with the values it may hold. */
export interface FieldWrite {
  readonly keyNode: TSESTree.Node;
  readonly value: TSESTree.Node;
  /** Where the write entered the request (null when written in the request itself). */
  readonly site: Site;
  readonly values: PossibleValues;
}

/** A key of a request body: its writes, whether some path writes none, and what unreadable part may hold it. */
export interface RequestField {
  readonly writes: readonly FieldWrite[];
  readonly maybeAbsent: boolean;
  /** The report node of an unreadable part that may write the key (a spread, the whole params). */
  readonly unknown: TSESTree.Node | null;
}

/**
 * Where a suggestion adds a missing geo: an object literal that gains the property, or a `new` /
 * call whose arguments gain an options object holding it.
 */
export interface GeoInsertion {
  readonly into: TSESTree.ObjectExpression | TSESTree.NewExpression | TSESTree.CallExpression;
  /** The property to add, `$` standing for the quoted geo: `inference_geo: $`, `providerOptions: { anthropic: { inferenceGeo: $ } }`. */
  readonly property: string;
}

/** An installed library too old to send the geo it is given: it drops it without a warning. */
export interface DroppedGeo {
  readonly package: string;
  readonly version: string;
  /** The first version of that line that sends it. */
  readonly since: string;
}

/** How a request spells its geo (PRODUCT.md §3b: each library's own spelling, suggested in that spelling). */
export interface GeoSpelling {
  /** `inference_geo`, `providerOptions.anthropic.inferenceGeo`, `inferenceGeo`. */
  readonly key: string;
  readonly insertion: GeoInsertion | null;
  readonly dropped: DroppedGeo | null;
}

/**
 * One Messages request: a messages call's params, one batch request's `params`, or a request a
 * client library sends (`generateText(…)`, `new ChatAnthropic(…)`), with `model` and the geo read.
 */
export interface MessageRequest {
  /** The SDK call; null for a library's request. */
  readonly call: ApiCall | null;
  /** The call as messages name it: `messages.create`, `generateText`, `new ChatAnthropic`. */
  readonly place: string;
  readonly client: ClientKind | null;
  readonly method: MessageMethod;
  readonly inBatch: boolean;
  /** The params expression, if any. */
  readonly body: TSESTree.Node | null;
  /** Where a report about the whole request points: the callee, or the batch request's `params` key. */
  readonly node: TSESTree.Node;
  /** The body as read through consts, spreads, helpers and member writes; null when it cannot be read. */
  readonly shape: ObjectShape | null;
  readonly model: RequestField;
  readonly inferenceGeo: RequestField;
  /** Whether `inference_geo` applies: an inference method on a first-party client, never a platform or gateway (PRODUCT.md §3). */
  readonly takesGeo: boolean;
  readonly geo: GeoSpelling;
}

/** A place where a request names a model: a Messages `model`, a fallback, the advisor tool, an agent. */
export interface ModelReference {
  /** What names the model, for messages: `messages.create`, `beta.messages.create fallbacks`. */
  readonly place: string;
  readonly client: ClientKind | null;
  readonly values: PossibleValues;
  /**
   * How the values name models: API ids (the default), or Claude Code's spellings, whose aliases
   * (`fable`, `best`, `opus`) and short versions stand for a model class (PRODUCT.md §3c).
   */
  readonly naming?: 'claude-code';
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

export const ABSENT: RequestField = { writes: [], maybeAbsent: true, unknown: null };

/** Builds the Messages requests and model references of a file from its recognised calls. */
export class RequestCollector {
  readonly requests: MessageRequest[] = [];
  readonly modelReferences: ModelReference[] = [];

  constructor(
    private readonly shapes: ShapeReader,
    private readonly values: PossibleValueReader,
    private readonly resolver: ClientResolver,
    /** Unreadable geo and model values join the collector's unresolved parts. */
    private readonly collector: FindingCollector,
  ) {}

  scanCall(call: ApiCall): void {
    const body = argumentOf(call.node, 0);
    const before = call.node.range[0];
    if (call.messageEndpoint) {
      this.addRequest(call, call.messageEndpoint.method, body, null, before, call.node.callee, false);
    } else if (call.isBatchCreate) {
      this.scanBatch(call, body, before);
    } else {
      const keys = ownEntry(AGENT_MODEL_PATHS, call.pathText);
      if (keys) for (const arg of call.node.arguments) this.addAgentModel(call, arg, keys);
    }
  }

  /** Each batch request's `params`, however the `requests` list is built (literal, `.map()`, `push`). */
  private scanBatch(call: ApiCall, body: TSESTree.Node | null, before: number): void {
    const shape = body ? this.shapes.object(body, before) : null;
    const unreadable = (node: TSESTree.Node) => this.unreadableRequest(call, node);
    if (!shape) {
      if (body && !isNullish(body)) unreadable(body);
      return;
    }
    const requests = this.shapes.lookup(shape, 'requests');
    if (requests.unknown) unreadable(requests.unknown.site ?? requests.unknown.node);
    for (const write of requests.writes) {
      const list = this.shapes.array(write.value, write.before, write.site);
      if (!list) {
        if (!isNullish(write.value)) unreadable(write.site ?? write.value);
        continue;
      }
      for (const element of list.elements) {
        if (element.kind === 'unknown') {
          unreadable(element.site ?? element.node);
          continue;
        }
        const request = this.shapes.object(element.node, element.before, element.site);
        if (!request) {
          unreadable(element.site ?? element.node);
          continue;
        }
        const params = this.shapes.lookup(request, 'params');
        if (params.unknown) unreadable(params.unknown.site ?? params.unknown.node);
        for (const entry of params.writes) this.addRequest(call, 'create', entry.value, entry.site, entry.before, entry.site ?? entry.keyNode, true);
      }
    }
  }

  /** A batch request the analysis cannot read may lack a geo or name any model. */
  private unreadableRequest(call: ApiCall, node: TSESTree.Node): void {
    const takesGeo = CLIENT_KINDS[call.client].platform === 'first-party';
    this.collector.unresolved(node, `a request of \`${call.pathText}\``, takesGeo ? ['require-inference-geo', 'no-disallowed-model'] : ['no-disallowed-model']);
  }

  /** `betaRefusalFallbackMiddleware([{ model }, …])`: each fallback names a model. */
  scanSdkFunctionCall(node: TSESTree.CallExpression, name: string): void {
    const list = argumentOf(node, 0);
    if (list) this.addModelList(list, null, node.range[0], name, null);
  }

  private addRequest(
    call: ApiCall,
    method: MessageMethod,
    body: TSESTree.Node | null,
    site: Site,
    before: number,
    node: TSESTree.Node,
    inBatch: boolean,
  ): void {
    const shape = body ? this.shapes.object(body, before, site) : null;
    const takesGeo = CLIENT_KINDS[call.client].platform === 'first-party' && GEO_METHODS.includes(method);
    const field = (key: string): RequestField => {
      if (!shape) return body && !isNullish(body) ? { writes: [], maybeAbsent: false, unknown: site ?? body } : ABSENT;
      const found = this.shapes.lookup(shape, key);
      return {
        writes: found.writes.map((entry) => this.fieldWrite(entry)),
        maybeAbsent: found.maybeAbsent,
        unknown: found.unknown ? (found.unknown.site ?? found.unknown.node) : null,
      };
    };
    const request: MessageRequest = {
      call,
      place: call.pathText,
      client: call.client,
      method,
      inBatch,
      body,
      node,
      shape,
      model: field('model'),
      inferenceGeo: field('inference_geo'),
      takesGeo,
      geo: { key: 'inference_geo', insertion: literalInsertion(shape, 'inference_geo: $'), dropped: null },
    };
    this.requests.push(request);
    const place = call.pathText;
    if (takesGeo) this.noteUnreadable(request.inferenceGeo, `the \`inference_geo\` of \`${place}\``, 'require-inference-geo');
    this.noteUnreadable(request.model, `the \`model\` of \`${place}\``, 'no-disallowed-model');
    for (const write of request.model.writes) this.modelReferences.push({ place, client: call.client, values: write.values });
    if (!shape) return;
    for (const fallbacks of this.shapes.lookup(shape, 'fallbacks').writes) {
      this.addModelList(fallbacks.value, fallbacks.site, fallbacks.before, `${place} fallbacks`, call.client);
    }
    for (const tools of this.shapes.lookup(shape, 'tools').writes) {
      for (const tool of this.shapes.array(tools.value, tools.before, tools.site)?.elements ?? []) {
        if (tool.kind === 'unknown') continue;
        const toolShape = this.shapes.object(tool.node, tool.before, tool.site);
        if (!toolShape) continue;
        const isAdvisor = this.shapes
          .lookup(toolShape, 'type')
          .writes.some((type) => this.values.read(type.value, type.before, type.site).candidates.some((c) => typeof c.value === 'string' && ADVISOR_TOOL_TYPE.test(c.value)));
        if (isAdvisor) this.addModelKey(toolShape, 'advisor tool', call.client);
      }
    }
  }

  /** A shape's write of a key as a request field's write, with the values it may take. */
  fieldWrite(entry: PropertyEntry): FieldWrite {
    return { keyNode: entry.keyNode, value: entry.value, site: entry.site, values: this.values.read(entry.value, entry.before, entry.site) };
  }

  /** The parts of a field the analysis cannot read, as unresolved values of `rule`. */
  private noteUnreadable(field: RequestField, part: string, rule: 'require-inference-geo' | 'no-disallowed-model'): void {
    if (field.unknown) this.collector.unresolved(field.unknown, part, [rule]);
    for (const write of field.writes) for (const node of write.values.unresolved) this.collector.unresolved(node, part, [rule]);
  }

  /** An array of `{ model }` entries (beta `fallbacks`, the refusal-fallback middleware). */
  private addModelList(list: TSESTree.Node, site: Site, before: number, place: string, client: ClientKind | null): void {
    for (const element of this.shapes.array(list, before, site)?.elements ?? []) {
      if (element.kind === 'unknown') continue;
      const entry = this.shapes.object(element.node, element.before, element.site);
      if (entry) this.addModelKey(entry, place, client);
    }
  }

  private addModelKey(shape: ObjectShape, place: string, client: ClientKind | null): void {
    const model = this.shapes.lookup(shape, 'model');
    for (const write of model.writes) {
      const values = this.values.read(write.value, write.before, write.site);
      this.modelReferences.push({ place, client, values });
      for (const node of values.unresolved) this.collector.unresolved(node, `the \`model\` of ${place}`, ['no-disallowed-model']);
    }
  }

  /** Managed agents, sessions and dreams take `model` as an id or as `{ id, … }`. */
  private addAgentModel(call: ApiCall, arg: TSESTree.Node, keys: readonly string[]): void {
    if (arg.type === AST_NODE_TYPES.SpreadElement) return;
    const before = call.node.range[0];
    let shapes: ObjectShape[] = [];
    const root = this.shapes.object(arg, before);
    if (root) shapes.push(root);
    for (const key of keys.slice(0, -1)) {
      const next: ObjectShape[] = [];
      for (const shape of shapes) {
        for (const write of this.shapes.lookup(shape, key).writes) {
          const inner = this.shapes.object(write.value, write.before, write.site);
          if (inner) next.push(inner);
        }
      }
      shapes = next;
    }
    for (const shape of shapes) {
      for (const write of this.shapes.lookup(shape, keys[keys.length - 1]!).writes) {
        const config = skipTransparent(write.value).type === AST_NODE_TYPES.ObjectExpression || this.shapes.definingExpression(write.value)?.type === AST_NODE_TYPES.ObjectExpression
          ? this.shapes.object(write.value, write.before, write.site)
          : null;
        if (config) this.addModelKeyNamed(config, 'id', call);
        else this.modelReferences.push({ place: call.pathText, client: call.client, values: this.values.read(write.value, write.before, write.site) });
      }
    }
  }

  private addModelKeyNamed(shape: ObjectShape, key: string, call: ApiCall): void {
    for (const write of this.shapes.lookup(shape, key).writes) {
      this.modelReferences.push({ place: call.pathText, client: call.client, values: this.values.read(write.value, write.before, write.site) });
    }
  }

  /** A request a client library sends (PRODUCT.md §3b); its unreadable geo and model join the unresolved parts. */
  addLibraryRequest(request: MessageRequest): void {
    this.requests.push(request);
    if (request.takesGeo) this.noteUnreadable(request.inferenceGeo, `the \`${request.geo.key}\` of \`${request.place}\``, 'require-inference-geo');
  }

  /** A model a library request names (`anthropic('id')`, `new ChatAnthropic({ model })`), judged by `no-disallowed-model`. */
  addModelReference(place: string, values: PossibleValues): void {
    this.modelReferences.push({ place, client: null, values });
    for (const node of values.unresolved) this.collector.unresolved(node, `the model of ${place}`, ['no-disallowed-model']);
  }

  /**
   * A key below nested objects (`providerOptions` → `anthropic` → `inferenceGeo`), read through
   * every object each level may be: each last-level write, whether some path writes none (a level
   * absent, nullish, or without the key), and the first unreadable part on the way.
   */
  nestedField(value: TSESTree.Node | null, before: number, site: Site, path: readonly (readonly string[])[]): RequestField {
    if (!value) return ABSENT;
    let level: { value: TSESTree.Node; before: number; site: Site }[] = [{ value, before, site }];
    let maybeAbsent = false;
    let unknown: TSESTree.Node | null = null;
    let writes: PropertyEntry[] = [];
    for (const [depth, keys] of path.entries()) {
      const next: typeof level = [];
      writes = [];
      for (const item of level) {
        if (isNullish(item.value)) {
          maybeAbsent = true;
          continue;
        }
        const shape = this.shapes.object(item.value, item.before, item.site);
        if (!shape) {
          unknown ??= item.site ?? item.value;
          continue;
        }
        // Alternative spellings of one level (`anthropic` and a custom provider name): absent only where all are.
        let absentEverywhere = true;
        for (const key of keys) {
          const found = this.shapes.lookup(shape, key);
          if (found.unknown) unknown ??= found.unknown.site ?? found.unknown.node;
          if (!found.maybeAbsent) absentEverywhere = false;
          for (const write of found.writes) {
            if (depth === path.length - 1) writes.push(write);
            else next.push({ value: write.value, before: write.before, site: write.site });
          }
        }
        if (absentEverywhere) maybeAbsent = true;
      }
      level = next;
    }
    return { writes: writes.map((entry) => this.fieldWrite(entry)), maybeAbsent, unknown };
  }

  /** A field written once, as a request's value (`anthropic('id')`'s id, LangChain's default model). */
  fieldOf(node: TSESTree.Node, before: number, site: Site = null): RequestField {
    return { writes: [{ keyNode: node, value: node, site, values: this.values.read(node, before, site) }], maybeAbsent: false, unknown: null };
  }

  /** Whether a call is one of the SDK's exported helper functions, and which. */
  sdkFunctionOf(node: TSESTree.CallExpression): string | null {
    const callee = this.resolver.resolve(skipTransparent(node.callee));
    return callee?.type === 'sdkFunction' ? callee.name : null;
  }
}

/** The request's one object literal, if it has exactly one, as where a missing key is added. */
export function literalInsertion(shape: ObjectShape | null, property: string): GeoInsertion | null {
  if (!shape || shape.node.type !== AST_NODE_TYPES.ObjectExpression) return null;
  return shape.entries.some((entry) => entry.kind === 'alternatives') ? null : { into: shape.node, property };
}
