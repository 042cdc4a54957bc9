import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { PLATFORM_LABELS } from '../../policy/clients.js';
import { gatewayById } from '../../policy/gateways.js';
import {
  LANGCHAIN_BINDING_METHODS,
  LANGCHAIN_CALL_METHODS,
  LANGCHAIN_CALL_PARAMS,
  LANGCHAIN_DEFAULT_MODEL,
  LANGCHAIN_FIELD_PARAMS,
  LANGCHAIN_GEO_KEY,
  LANGCHAIN_GEO_SINCE,
  LANGCHAIN_PLATFORM_PROVIDERS,
  LANGCHAIN_TOOL_BETAS,
  LANGCHAIN_TOOLS,
} from '../../policy/langchain.js';
import { BODY_RULES, TOOL_RULES } from '../../policy/params.js';
import { argumentOf, skipTransparent } from '../ast.js';
import type { FindingSuggestion } from '../findings.js';
import type { PossibleValues, ValueCandidate } from '../possible-values.js';
import type { FieldWrite, GeoInsertion, MessageRequest, RequestField } from '../requests.js';
import { isNullish, type ObjectShape, type Site } from '../shapes.js';
import { calleeText, callText, droppedGeo } from './common.js';
import type { LibraryAdapter, LibraryContext, LibraryValue } from './index.js';
import { ownEntry } from '../../utils/own-entry.js';

type Construction = TSESTree.NewExpression | TSESTree.CallExpression;

const CLIENT = 'LangChain (@langchain/anthropic)';
const PACKAGE = '@langchain/anthropic';

/** A chat model built in the file, and what its constructor (or `initChatModel`) says. */
interface ChatModel {
  readonly node: Construction;
  readonly place: string;
  readonly fields: TSESTree.Node | null;
  readonly shape: ObjectShape | null;
  readonly model: RequestField;
  readonly geo: RequestField;
  /** `invocationKwargs.inference_geo` is sent by every version; the `inferenceGeo` field only from 1.3.15. */
  readonly fieldGeoOnly: boolean;
  readonly takesGeo: boolean;
  readonly insertion: GeoInsertion | null;
}

interface FileState {
  readonly models: ChatModel[];
  /** Geo written in the call options of each model (by the `new` or call that built it). */
  readonly callGeo: Map<TSESTree.Node, FieldWrite[]>;
  /** Whether each `initChatModel(…)` call builds a `ChatAnthropic`. */
  readonly anthropicInit: Map<TSESTree.Node, boolean>;
}

const states = new WeakMap<LibraryContext, FileState>();

function stateOf(context: LibraryContext): FileState {
  let state = states.get(context);
  if (!state) states.set(context, (state = { models: [], callGeo: new Map(), anthropicInit: new Map() }));
  return state;
}

const chatModel = (origin: TSESTree.Node): LibraryValue => ({ type: 'library', library: 'langchain', role: 'chatModel', path: [], origin });

export const langChainAdapter: LibraryAdapter = {
  member(value, key) {
    if (value.role === 'tools' && value.path.length === 0) return { ...value, path: [key] };
    if (value.role === 'chatModel' && value.path.length === 0 && (Object.hasOwn(LANGCHAIN_CALL_METHODS, key) || LANGCHAIN_BINDING_METHODS.includes(key))) {
      return { ...value, path: [key] };
    }
    return null;
  },

  call(value, node) {
    switch (value.role) {
      case 'tools':
        return value.path.length === 1 ? { type: 'library', library: 'langchain', role: 'tool', path: value.path, origin: node } : null;
      // `super(fields)` in a subclass builds the chat model; `initChatModel(…)` may.
      case 'chatModelClass':
        return node.callee.type === AST_NODE_TYPES.Super ? chatModel(node) : null;
      case 'initChatModel':
        return chatModel(node);
      case 'chatModel':
        // A bound model (`bindTools`, `withConfig`) is the same model with options.
        return value.path.length === 1 && LANGCHAIN_BINDING_METHODS.includes(value.path[0]!) ? chatModel(value.origin ?? node) : null;
      default:
        return null;
    }
  },

  construct(value, node) {
    return value.role === 'chatModelClass' ? chatModel(node) : null;
  },

  scan(node, callee, context) {
    switch (callee.role) {
      case 'chatModelClass':
        if (node.type === AST_NODE_TYPES.NewExpression || node.callee.type === AST_NODE_TYPES.Super) judgeChatAnthropic(node, context);
        return;
      case 'initChatModel':
        if (node.type === AST_NODE_TYPES.CallExpression) judgeInitChatModel(node, context);
        return;
      case 'createAgent':
        if (node.type === AST_NODE_TYPES.CallExpression) judgeCreateAgent(node, context);
        return;
      case 'modelFallbackMiddleware':
        for (const arg of node.arguments) {
          if (arg.type !== AST_NODE_TYPES.SpreadElement) judgeModelString(arg, node.range[0], `${calleeText(node.callee)}`, context);
        }
        return;
      case 'tools':
        if (node.type === AST_NODE_TYPES.CallExpression && callee.path.length === 1) judgeToolHelper(node, callee.path[0]!, context);
        return;
      case 'chatModel':
        if (node.type === AST_NODE_TYPES.CallExpression && callee.path.length === 1 && isAnthropicModel(callee, context)) judgeModelCall(node, callee, context);
        return;
      default:
    }
  },

  finish(context) {
    const state = states.get(context);
    if (!state) return;
    for (const model of state.models) {
      const calls = state.callGeo.get(model.node) ?? [];
      // A geo each call passes counts for the model: the construction then asks for none of its own.
      const geo: RequestField = calls.length > 0 ? { writes: [...model.geo.writes, ...calls], maybeAbsent: false, unknown: model.geo.unknown } : model.geo;
      const dropped = model.fieldGeoOnly && geo.writes.length > 0 ? droppedGeo(context.filename, PACKAGE, LANGCHAIN_GEO_SINCE) : null;
      const request: MessageRequest = {
        call: null,
        place: model.place,
        client: null,
        method: 'create',
        inBatch: false,
        body: model.fields,
        node: model.node.callee,
        shape: model.shape,
        model: model.model,
        inferenceGeo: geo,
        takesGeo: model.takesGeo,
        geo: { key: LANGCHAIN_GEO_KEY, insertion: model.insertion, dropped },
      };
      context.requests.addLibraryRequest(request);
      context.calls.push({ node: model.node, library: 'langchain', client: CLIENT, method: model.place, surface: 'Messages', request });
    }
  },
};

/** Whether a chat model value is a `ChatAnthropic` (an `initChatModel` call may build any vendor's). */
function isAnthropicModel(value: LibraryValue, context: LibraryContext): boolean {
  const origin = value.origin;
  if (origin?.type !== AST_NODE_TYPES.CallExpression || origin.callee.type === AST_NODE_TYPES.Super) return true;
  const state = stateOf(context);
  if (!state.anthropicInit.has(origin)) state.anthropicInit.set(origin, initTarget(origin, context)?.kind === 'anthropic');
  return state.anthropicInit.get(origin)!;
}

/** The model ids a value may be, with a `provider:` prefix taken off. */
function modelStrings(node: TSESTree.Node, before: number, context: LibraryContext): { provider: string | null; id: string; candidate: ValueCandidate }[] {
  const out: { provider: string | null; id: string; candidate: ValueCandidate }[] = [];
  for (const candidate of context.values.read(node, before).candidates) {
    if (typeof candidate.value !== 'string') continue;
    const separator = candidate.value.indexOf(':');
    const prefixed = separator > 0 && /^[a-z_-]+$/.test(candidate.value.slice(0, separator));
    out.push({ provider: prefixed ? candidate.value.slice(0, separator) : null, id: prefixed ? candidate.value.slice(separator + 1) : candidate.value, candidate });
  }
  return out;
}

/** Which provider `initChatModel(model, { modelProvider })` uses: a prefix, the option, or inferred from a `claude…` id. */
function providerOf(explicit: string | null, prefix: string | null, id: string): string | null {
  if (explicit !== null) return explicit;
  if (prefix !== null) return prefix;
  return id.startsWith('claude') ? 'anthropic' : null;
}

/** What an `initChatModel(…)` call builds, as far as Claude is concerned. */
function initTarget(node: TSESTree.CallExpression, context: LibraryContext): { kind: 'anthropic' | 'platform' | 'other'; values: PossibleValues; platform?: string } | null {
  const modelArg = argumentOf(node, 0);
  const fields = argumentOf(node, 1);
  const shape = fields ? context.shapes.object(fields, node.range[0]) : null;
  let explicit: string | null = null;
  for (const write of shape ? context.shapes.lookup(shape, 'modelProvider').writes : []) explicit ??= context.values.string(write.value, write.before);
  if (!modelArg) return explicit === 'anthropic' ? { kind: 'anthropic', values: { candidates: [], unresolved: [] } } : null;
  const strings = modelStrings(modelArg, node.range[0], context);
  const anthropic: ValueCandidate[] = [];
  const platform: ValueCandidate[] = [];
  let platformName: string | undefined;
  for (const { provider, id, candidate } of strings) {
    const name = providerOf(explicit, provider, id);
    if (name === 'anthropic') anthropic.push({ ...candidate, value: id });
    else if (name !== null && Object.hasOwn(LANGCHAIN_PLATFORM_PROVIDERS, name) && id.includes('claude')) {
      platform.push({ ...candidate, value: id });
      platformName = name;
    }
  }
  if (anthropic.length > 0) return { kind: 'anthropic', values: { candidates: anthropic, unresolved: [] } };
  if (platform.length > 0) return { kind: 'platform', values: { candidates: platform, unresolved: [] }, platform: platformName };
  if (strings.length === 0 && explicit === 'anthropic') return { kind: 'anthropic', values: context.values.read(modelArg, node.range[0]) };
  return { kind: 'other', values: { candidates: [], unresolved: [] } };
}

/** `new ChatAnthropic(fields)`, `new ChatAnthropic('model', fields)`, `super(fields)` in a subclass. */
function judgeChatAnthropic(node: Construction, context: LibraryContext): void {
  const first = argumentOf(node, 0);
  const firstIsModel = first !== null && (context.statics.string(first) !== null || skipTransparent(first).type === AST_NODE_TYPES.TemplateLiteral);
  const modelArg = firstIsModel ? first : null;
  const fields = firstIsModel ? argumentOf(node, 1) : first;
  const explicit = modelArg ? context.values.read(modelArg, node.range[0]) : null;
  judgeConstruction(node, callText(node), explicit, fields, context);
}

/** `initChatModel('anthropic:claude-…', fields)`: a `ChatAnthropic` with these fields; Bedrock and Vertex providers are platforms. */
function judgeInitChatModel(node: TSESTree.CallExpression, context: LibraryContext): void {
  const target = initTarget(node, context);
  stateOf(context).anthropicInit.set(node, target?.kind === 'anthropic');
  if (!target) return;
  const place = calleeText(node.callee);
  if (target.kind === 'platform') {
    judgePlatform(target.values, target.platform!, place, context);
    context.requests.addModelReference(place, target.values);
    return;
  }
  if (target.kind === 'anthropic') judgeConstruction(node, place, target.values, argumentOf(node, 1), context);
}

function judgePlatform(values: PossibleValues, provider: string, place: string, context: LibraryContext): void {
  const reach = LANGCHAIN_PLATFORM_PROVIDERS[provider]!;
  for (const candidate of values.candidates) {
    if (reach === 'bedrock' || reach === 'vertex') {
      context.collector.add('no-third-party-platform', 'platformClient', candidate.node, { client: place, platform: PLATFORM_LABELS[reach] }, { subject: reach });
    } else {
      const gateway = gatewayById(reach);
      context.collector.add('no-third-party-platform', 'gatewayClient', candidate.node, { client: place, gateway: gateway.label, note: '' }, { subject: gateway.id });
    }
  }
}

/** A model string outside a construction (`createAgent({ model })`, `modelFallbackMiddleware(…)`): judged when it names Claude. */
function judgeModelString(node: TSESTree.Node, before: number, place: string, context: LibraryContext): PossibleValues | null {
  const claude: ValueCandidate[] = [];
  const platform = new Map<string, ValueCandidate[]>();
  for (const { provider, id, candidate } of modelStrings(node, before, context)) {
    const name = providerOf(null, provider, id);
    if (name === 'anthropic') claude.push({ ...candidate, value: id });
    else if (name !== null && Object.hasOwn(LANGCHAIN_PLATFORM_PROVIDERS, name) && id.includes('claude')) platform.set(name, [...(platform.get(name) ?? []), { ...candidate, value: id }]);
  }
  for (const [name, candidates] of platform) {
    const values = { candidates, unresolved: [] };
    judgePlatform(values, name, place, context);
    context.requests.addModelReference(place, values);
  }
  if (claude.length === 0) return null;
  const values = { candidates: claude, unresolved: [] };
  context.requests.addModelReference(place, values);
  return values;
}

/** `createAgent({ model: 'anthropic:claude-…' })`: `initChatModel` builds a `ChatAnthropic` with no fields at all. */
function judgeCreateAgent(node: TSESTree.CallExpression, context: LibraryContext): void {
  const args = argumentOf(node, 0);
  const shape = args ? context.shapes.object(args, node.range[0]) : null;
  if (!shape) return;
  const place = calleeText(node.callee);
  for (const write of context.shapes.lookup(shape, 'model').writes) {
    const values = judgeModelString(write.value, write.before, place, context);
    if (!values) continue;
    for (const candidate of values.candidates) {
      context.collector.add('no-browser-client', 'browserDefault', candidate.node, { client: `${place}({ model: '${String(candidate.value)}' })` });
    }
    const at = write.site ?? write.value;
    stateOf(context).models.push({
      node,
      place,
      fields: null,
      shape: null,
      model: { writes: [{ keyNode: at, value: write.value, site: write.site, values }], maybeAbsent: false, unknown: null },
      geo: { writes: [], maybeAbsent: true, unknown: null },
      fieldGeoOnly: false,
      takesGeo: true,
      insertion: null,
    });
  }
}

/**
 * A `ChatAnthropic` built with `fields` (and perhaps a model given apart): its model (the library
 * default when none is given), the fields and `invocationKwargs` judged as Messages params, the
 * client options (its browser header is on unless turned off), and its geo.
 */
function judgeConstruction(node: Construction, place: string, explicitModel: PossibleValues | null, fields: TSESTree.Node | null, context: LibraryContext): void {
  const { shapes, collector, requests } = context;
  const before = node.range[0];
  const shape = fields ? shapes.object(fields, before) : null;
  if (fields && !shape && !isNullish(fields)) {
    collector.unresolved(fields, `the fields of \`${place}\``, ['no-browser-client', 'require-inference-geo', 'no-disallowed-model', ...BODY_RULES]);
    return;
  }
  const lookup = (key: string) => (shape ? shapes.lookup(shape, key) : { writes: [], maybeAbsent: true, unknown: null });

  // The model: `invocationKwargs.model` wins, then the model argument, `model`, `modelName`, the library's default.
  const kwargsModel = requests.nestedField(fields, before, null, [['invocationKwargs'], ['model']]);
  const writes: FieldWrite[] = [...kwargsModel.writes];
  let absent = kwargsModel.writes.length === 0 || kwargsModel.maybeAbsent;
  if (absent && explicitModel) {
    writes.push({ keyNode: node.arguments[0]!, value: node.arguments[0]!, site: null, values: explicitModel });
    absent = false;
  }
  for (const key of ['model', 'modelName']) {
    if (!absent) break;
    const found = lookup(key);
    for (const write of found.writes) writes.push(context.requests.fieldWrite(write));
    absent = found.maybeAbsent && !found.unknown;
  }
  const modelUnknown = kwargsModel.unknown ?? lookup('model').unknown?.node ?? null;
  for (const write of writes) requests.addModelReference(place, write.values);
  if (absent && !modelUnknown) {
    // Judged as if written: the default is a pre-geo model with an end-of-life date.
    const at = node.callee;
    const values: PossibleValues = { candidates: [{ value: LANGCHAIN_DEFAULT_MODEL, node: at, source: at, site: null, certainty: 'resolved' }], unresolved: [] };
    requests.addModelReference(`${place}, whose default model it is`, values);
    writes.push({ keyNode: at, value: at, site: null, values });
  }
  if (modelUnknown) collector.unresolved(modelUnknown, `the model of \`${place}\``, ['no-disallowed-model']);

  // Fields that are Messages params, and `invocationKwargs`, spread into every request last.
  if (shape) {
    collector.scanLibraryOptions(fields!, { callText: place, part: `the fields of \`${place}\``, before, site: null, params: LANGCHAIN_FIELD_PARAMS });
    for (const kwargs of lookup('invocationKwargs').writes) collector.scanLibraryBody(kwargs.value, place, kwargs.before, kwargs.site);
  }

  // Client options: the header is sent unless `dangerouslyAllowBrowser` is certainly `false`.
  let gateway = false;
  let browser: 'on' | 'off' | 'explicit' | 'unknown' = 'on';
  const options = lookup('clientOptions');
  if (options.unknown) browser = 'unknown';
  let optionsLiteral: TSESTree.ObjectExpression | null = null;
  let optionWritesBlocked = false;
  for (const write of options.writes) {
    collector.judgeClientOptions(write.value, write.before, node.callee, place, true);
    const optionsShape = shapes.object(write.value, write.before, write.site);
    if (!optionsShape) {
      if (!isNullish(write.value)) browser = 'unknown';
      continue;
    }
    const flag = shapes.lookup(optionsShape, 'dangerouslyAllowBrowser');
    // A suggestion adds the flag to the options written in place, unless they already set it (to `undefined`).
    const inPlace = options.writes.length === 1 && write.site === null && optionsShape.certainty === 'literal' && optionsShape.node.type === AST_NODE_TYPES.ObjectExpression;
    if (inPlace && flag.writes.length === 0 && !flag.unknown) optionsLiteral = optionsShape.node as TSESTree.ObjectExpression;
    else if (inPlace) optionWritesBlocked = true;
    if (flag.unknown) browser = 'unknown';
    const candidates = flag.writes.flatMap((w) => context.values.read(w.value, w.before, w.site).candidates.map((c) => c.value));
    if (flag.writes.some((w) => context.values.read(w.value, w.before, w.site).unresolved.length > 0)) browser = 'unknown';
    if (candidates.some(Boolean)) browser = 'explicit';
    else if (browser === 'on' && !flag.maybeAbsent && candidates.length > 0 && candidates.every((v) => v === false)) browser = 'off';
    for (const base of shapes.lookup(optionsShape, 'baseURL').writes) gateway ||= context.collector.gatewayOfUrl(base.value, base.before) !== null;
  }
  for (const url of lookup('anthropicApiUrl').writes) {
    gateway ||= context.collector.gatewayOfUrl(url.value, url.before) !== null;
    collector.judgeGatewayUrl(url.value, url.before, url.site, place);
  }
  if (browser === 'on') {
    collector.add('no-browser-client', 'browserDefault', node.callee, { client: place }, { suggest: optionWritesBlocked ? [] : browserOptOut(node, fields, shape, options.writes.length, optionsLiteral) });
  }

  // The geo: `invocationKwargs.inference_geo` wins over the `inferenceGeo` field.
  const kwargsGeo = requests.nestedField(fields, before, null, [['invocationKwargs'], ['inference_geo']]);
  const fieldGeo = shape ? requests.nestedField(fields, before, null, [[LANGCHAIN_GEO_KEY]]) : { writes: [], maybeAbsent: true, unknown: null };
  const geo: RequestField = {
    writes: kwargsGeo.writes.length > 0 && !kwargsGeo.maybeAbsent ? kwargsGeo.writes : [...kwargsGeo.writes, ...fieldGeo.writes],
    maybeAbsent: kwargsGeo.maybeAbsent && fieldGeo.maybeAbsent,
    unknown: kwargsGeo.unknown ?? fieldGeo.unknown,
  };
  const inPlace = shape && shape.certainty === 'literal' && shape.node.type === AST_NODE_TYPES.ObjectExpression && shape.entries.every((e) => e.kind === 'property') ? shape.node : null;
  stateOf(context).models.push({
    node,
    place,
    fields,
    shape,
    model: { writes, maybeAbsent: false, unknown: modelUnknown },
    geo,
    fieldGeoOnly: kwargsGeo.writes.length === 0,
    takesGeo: !gateway,
    insertion: inPlace ? { into: inPlace, property: `${LANGCHAIN_GEO_KEY}: $` } : fields === null ? { into: node, property: `${LANGCHAIN_GEO_KEY}: $` } : null,
  });
}

/** Where `dangerouslyAllowBrowser: false` goes: the fields' `clientOptions` literal, the fields, or a new fields argument. */
function browserOptOut(
  node: Construction,
  fields: TSESTree.Node | null,
  shape: ObjectShape | null,
  optionWrites: number,
  optionsLiteral: TSESTree.ObjectExpression | null,
): FindingSuggestion[] {
  const suggestion = (into: FindingSuggestion['into'], property: string): FindingSuggestion[] => [{ messageId: 'addBrowserOptOut', data: { property }, into, property }];
  if (optionsLiteral) return suggestion(optionsLiteral, 'dangerouslyAllowBrowser: false');
  const property = 'clientOptions: { dangerouslyAllowBrowser: false }';
  if (fields === null) return suggestion(node, property);
  const inPlace = shape && shape.certainty === 'literal' && shape.node.type === AST_NODE_TYPES.ObjectExpression && shape.entries.every((e) => e.kind === 'property');
  return inPlace && optionWrites === 0 ? suggestion(shape.node as TSESTree.ObjectExpression, property) : [];
}

/** `tools.webSearch_20250305(…)`: the server tool or beta tool it makes, judged where LangChain makes it. */
function judgeToolHelper(node: TSESTree.CallExpression, name: string, context: LibraryContext): void {
  const type = ownEntry(LANGCHAIN_TOOLS, name);
  if (type) judgeToolType(type, node.callee, calleeText(node.callee), context);
}

function judgeToolType(type: string, at: TSESTree.Node, shown: string, context: LibraryContext): void {
  if (context.collector.serverTool(type, at, 'bindTools', shown)) return;
  const flag = ownEntry(LANGCHAIN_TOOL_BETAS, type);
  if (flag) context.collector.add('no-beta-api', 'betaTool', at, { type: shown, flag, library: PACKAGE }, { subject: flag });
}

/** Raw tool objects (`{ type: 'web_search_20250305', name }`) in `bindTools` or a call's `tools`; helpers were judged where made. */
function judgeRawTools(list: TSESTree.Node, before: number, site: Site, place: string, context: LibraryContext): void {
  const { shapes, collector, values } = context;
  const array = shapes.array(list, before, site);
  if (!array) {
    if (!isNullish(list)) collector.unresolved(site ?? list, `the tools of \`${place}\``, TOOL_RULES);
    return;
  }
  for (const element of array.elements) {
    if (element.kind === 'unknown') {
      collector.unresolved(element.site ?? element.node, `the tools of \`${place}\``, TOOL_RULES);
      continue;
    }
    const tool = skipTransparent(element.node).type === AST_NODE_TYPES.ObjectExpression || shapes.definingExpression(element.node)?.type === AST_NODE_TYPES.ObjectExpression
      ? shapes.object(element.node, element.before, element.site)
      : null;
    // Helpers, LangChain tools and functions are the library's or the app's; only raw objects carry a server `type`.
    if (!tool) continue;
    for (const type of shapes.lookup(tool, 'type').writes) {
      for (const candidate of values.read(type.value, type.before, type.site).candidates) {
        if (typeof candidate.value === 'string') judgeToolType(candidate.value, candidate.node, candidate.value, context);
      }
    }
  }
}

/** `.invoke(input, options)`, `.stream`, `.batch` (concurrent requests, not the Batches API), `.bindTools(tools, options)`, `.withConfig(options)`. */
function judgeModelCall(node: TSESTree.CallExpression, callee: LibraryValue, context: LibraryContext): void {
  const method = callee.path[0]!;
  const spec = LANGCHAIN_CALL_METHODS[method];
  if (!spec) return;
  const { shapes, collector } = context;
  const place = `${calleeText(node.callee)}`;
  const before = node.range[0];
  if (spec.tools !== undefined) {
    const tools = argumentOf(node, spec.tools);
    if (tools) judgeRawTools(tools, before, null, place, context);
  }
  const options = argumentOf(node, spec.options);
  const shape = options ? shapes.object(options, before) : null;
  if (!shape) return;
  collector.scanLibraryOptions(options!, { callText: place, part: `the options of \`${place}\``, before, site: null, params: withoutTools(LANGCHAIN_CALL_PARAMS) });
  for (const write of shapes.lookup(shape, 'tools').writes) judgeRawTools(write.value, write.before, write.site, place, context);
  for (const write of shapes.lookup(shape, 'headers').writes) collector.scanLibraryHeaders(write.value, write.before, write.site);
  const geo = shapes.lookup(shape, LANGCHAIN_GEO_KEY);
  if (geo.writes.length > 0 && callee.origin) {
    const state = stateOf(context);
    const list = state.callGeo.get(callee.origin) ?? [];
    for (const write of geo.writes) list.push(context.requests.fieldWrite(write));
    state.callGeo.set(callee.origin, list);
  }
}

function withoutTools(params: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const { tools: _tools, ...rest } = params;
  return rest;
}
