import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  AI_SDK_BETA_OPTIONS,
  AI_SDK_GEO_KEY,
  AI_SDK_GEO_SINCE,
  AI_SDK_GEO_SPELLING,
  AI_SDK_MODEL_METHODS,
  AI_SDK_OPTION_PARAMS,
  AI_SDK_PROVIDER_APIS,
  AI_SDK_PROVIDER_TOOL_TYPES,
  AI_SDK_PROVIDERS,
  AI_SDK_STORING_FUNCTIONS,
  AI_SDK_TOOL_BETAS,
  type AiSdkProviderId,
  aiSdkProviderToolType,
  aiSdkToolType,
} from '../../policy/ai-sdk.js';
import { PLATFORM_LABELS } from '../../policy/clients.js';
import { gatewayById, type GatewayId } from '../../policy/gateways.js';
import { describeModel } from '../../policy/models.js';
import { BODY_RULES, TOOL_RULES } from '../../policy/params.js';
import { argumentOf, isFunctionLike, plainKeyName, skipTransparent } from '../ast.js';
import type { PossibleValues, ValueCandidate } from '../possible-values.js';
import type { GeoInsertion, MessageRequest, RequestField } from '../requests.js';
import type { SdkValue } from '../sdk-value.js';
import { isNullish, type ObjectShape, type Site } from '../shapes.js';
import { displayUrl, isAnthropicApiUrl } from '../urls.js';
import { calleeText, callText, droppedGeo } from './common.js';
import type { LibraryAdapter, LibraryContext, LibraryValue } from './index.js';
import { ownEntry } from '../../utils/own-entry.js';

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const LIBRARY_LABEL = 'Vercel AI SDK';

/** A provider instance: which, and the `create…(settings)` call that built it (null for a default instance). */
interface ProviderRef {
  readonly id: AiSdkProviderId;
  readonly origin: TSESTree.CallExpression | null;
}

/** A language model a request may use. */
interface ModelInfo {
  readonly provider: ProviderRef;
  /** The id argument (`anthropic('claude-…')`), or the string itself for a gateway id. */
  readonly id: TSESTree.Node | null;
  /** `defaultSettingsMiddleware({ settings })` settings wrapped around it. */
  readonly defaults: readonly TSESTree.Node[];
  /** A string id written for the global provider (`model: 'anthropic/claude-…'`): judged where the request names it. */
  readonly written?: { readonly before: number; readonly site: Site };
}

/** What a request's `model` may be. */
interface ModelRead {
  readonly models: readonly ModelInfo[];
  /** Parts that resolve to nothing known: an imported model, a parameter. */
  readonly unknown: readonly TSESTree.Node[];
}

const providerIdOf = (role: string, prefix: 'provider' | 'factory'): AiSdkProviderId | null =>
  role.startsWith(`${prefix}:`) ? (role.slice(prefix.length + 1) as AiSdkProviderId) : null;

/** Claude-only providers of the Messages API: Anthropic's and the Bedrock and Vertex Anthropic providers. */
const isAnthropicFamily = (id: AiSdkProviderId) => AI_SDK_PROVIDERS[id].claudeOnly && AI_SDK_PROVIDERS[id].messagesApi;

/** Whether a model id names Claude (a gateway's `anthropic/claude-…`, Bedrock's `anthropic.claude-…`). */
function isClaudeModelId(id: string): boolean {
  const lower = id.toLowerCase();
  return lower.startsWith('anthropic/') || lower.startsWith('anthropic.') || lower.includes('claude') || describeModel(id) !== null;
}

/** Per-file memory of what each provider's settings say. */
interface ProviderFacts {
  /** `providerOptions` keys its models read: the provider's own, plus a `createAnthropic({ name })` key. */
  readonly optionKeys: readonly string[];
  /** Its `baseURL` is a gateway's: no geo is asked there. */
  readonly gateway: boolean;
}

const factsCache = new WeakMap<LibraryContext, Map<TSESTree.Node | AiSdkProviderId, ProviderFacts>>();

function providerFacts(provider: ProviderRef, context: LibraryContext): ProviderFacts {
  let cache = factsCache.get(context);
  if (!cache) factsCache.set(context, (cache = new Map()));
  const key = provider.origin ?? provider.id;
  const cached = cache.get(key);
  if (cached) return cached;
  const keys = new Set(AI_SDK_PROVIDERS[provider.id].optionKeys);
  let gateway = false;
  const settings = provider.origin ? argumentOf(provider.origin, 0) : null;
  const shape = settings ? context.shapes.object(settings, provider.origin!.range[0]) : null;
  if (shape) {
    for (const write of context.shapes.lookup(shape, 'name').writes) {
      for (const candidate of context.values.read(write.value, write.before, write.site).candidates) {
        // `getProviderOptionsName`: the provider name up to its first dot.
        if (typeof candidate.value === 'string') keys.add(candidate.value.split('.')[0]!);
      }
    }
    for (const write of context.shapes.lookup(shape, 'baseURL').writes) {
      if (context.collector.gatewayOfUrl(write.value, write.before)) gateway = true;
    }
  }
  const facts = { optionKeys: [...keys], gateway };
  cache.set(key, facts);
  return facts;
}

/** The provider a model-making callee belongs to (`anthropic`, `createAnthropic(o)`, `anthropic.languageModel`). */
function providerOfCallee(callee: TSESTree.Node, context: LibraryContext): ProviderRef | null {
  const value = context.resolver.resolve(callee);
  if (value?.type !== 'library' || value.library !== 'ai-sdk') return null;
  const id = providerIdOf(value.role, 'provider');
  if (id === null) return null;
  return { id, origin: value.origin?.type === AST_NODE_TYPES.CallExpression ? value.origin : null };
}

/** Where the request reaches Claude, for messages and geo: Anthropic's API, a platform or a gateway. */
function reachOf(provider: ProviderRef, context: LibraryContext): 'anthropic' | 'bedrock' | 'vertex' | GatewayId | 'other' {
  const reach = AI_SDK_PROVIDERS[provider.id].reach;
  return reach === 'anthropic' && providerFacts(provider, context).gateway ? 'vercel-ai-gateway' : reach;
}

export const aiSdkAdapter: LibraryAdapter = {
  member(value, key) {
    const { role, path } = value;
    if (role.startsWith('provider:')) {
      if (path.length === 0 && (AI_SDK_MODEL_METHODS.includes(key) || key === 'tools' || Object.hasOwn(AI_SDK_PROVIDER_APIS, key))) return { ...value, path: [key] };
      if (path.length === 1 && path[0] === 'tools') return { ...value, path: ['tools', key] };
      return null;
    }
    if (role.startsWith('api:') && path.length === 1 && Object.hasOwn(AI_SDK_PROVIDER_APIS[path[0]!]!.methods, key)) return { ...value, path: [path[0]!, key] };
    if ((role === 'registryValue' || role === 'customProviderValue') && path.length === 0 && AI_SDK_MODEL_METHODS.includes(key)) return { ...value, path: [key] };
    if (role === 'mcpClientValue' && path.length === 0 && key === 'tools') return { ...value, path: [key] };
    return null;
  },

  call(value, node): SdkValue | null {
    const { role, path } = value;
    const made = (newRole: string, newPath: readonly string[] = []): LibraryValue => ({ type: 'library', library: 'ai-sdk', role: newRole, path: newPath, origin: node });
    const provider = providerIdOf(role, 'provider');
    if (provider !== null) {
      if (path.length === 0 || (path.length === 1 && AI_SDK_MODEL_METHODS.includes(path[0]!))) return made(`model:${provider}`);
      if (path.length === 2 && path[0] === 'tools') return made(`tool:${provider}`, [path[1]!]);
      if (path.length === 1 && Object.hasOwn(AI_SDK_PROVIDER_APIS, path[0]!)) return made(`api:${provider}`, [path[0]!]);
      return null;
    }
    const factory = providerIdOf(role, 'factory');
    if (factory !== null) return path.length === 0 ? made(`provider:${factory}`) : null;
    switch (role) {
      case 'wrapModel':
        return made('wrappedModel');
      case 'customProvider':
        return made('customProviderValue');
      case 'registry':
        return made('registryValue');
      case 'registryValue':
        return path.length === 1 ? made('registryModel') : null;
      case 'customProviderValue':
        return path.length === 1 ? made('customModel') : null;
      case 'settingsMiddleware':
        return made('middleware');
      case 'mcpClient':
        return made('mcpClientValue');
      case 'mcpClientValue':
        return path.length === 1 ? made('functionTool') : null;
      default:
        return null;
    }
  },

  construct(value, node) {
    return value.role === 'agent' ? { type: 'library', library: 'ai-sdk', role: 'agentInstance', path: [], origin: node } : null;
  },

  scan(node, callee, context) {
    const { role, path } = callee;
    const provider = providerIdOf(role, 'provider');
    if (provider !== null && node.type === AST_NODE_TYPES.CallExpression) {
      const ref: ProviderRef = { id: provider, origin: callee.origin?.type === AST_NODE_TYPES.CallExpression ? callee.origin : null };
      if (path.length === 0 || (path.length === 1 && AI_SDK_MODEL_METHODS.includes(path[0]!))) judgeModelFactory(node, ref, context);
      else if (path.length === 2 && path[0] === 'tools') judgeProviderTool(node, ref, path[1]!, context);
      return;
    }
    const factory = providerIdOf(role, 'factory');
    if (factory !== null) {
      if (node.type === AST_NODE_TYPES.CallExpression) judgeFactory(node, factory, context);
      return;
    }
    if (role.startsWith('api:') && path.length === 2) {
      const id = role.slice(4) as AiSdkProviderId;
      const api = AI_SDK_PROVIDER_APIS[path[0]!]!;
      if (!isAnthropicFamily(id)) return;
      const method = path[1]!;
      context.collector.add(api.owner, 'surfaceCall', node.callee, { call: `${path[0]}().${method}`, surface: api.surface }, { subject: api.methods[method] });
      context.calls.push({ node, library: 'ai-sdk', client: clientLabel(id), method: `${path[0]}().${method}`, surface: api.surface, request: null });
      return;
    }
    switch (role) {
      case 'generate':
      case 'agent':
        judgeRequestSite(node, context);
        return;
      case 'uploadFile':
      case 'uploadSkill':
        judgeStoringFunction(node, role, context);
        return;
      case 'containerForwarder':
        context.collector.add('no-code-execution', 'containerReuse', node.callee, { call: calleeText(node.callee), key: 'container' });
        return;
      case 'settingsMiddleware':
        judgeMiddleware(node, context);
        return;
      case 'registryValue':
        if (path.length === 1 && node.type === AST_NODE_TYPES.CallExpression) judgeRegistryModel(node, callee, context);
        return;
      default:
        if (role.startsWith('batch:')) judgeBatchFunction(node, role.slice(6), context);
    }
  },
};

function clientLabel(id: AiSdkProviderId | null): string {
  return id === null ? LIBRARY_LABEL : `${LIBRARY_LABEL} (${AI_SDK_PROVIDERS[id].package})`;
}

/** `createAnthropic(settings)` and its siblings: headers, a gateway `baseURL`, a platform, the OpenAI-compatibility endpoint. */
function judgeFactory(node: TSESTree.CallExpression, id: AiSdkProviderId, context: LibraryContext): void {
  const { collector, shapes } = context;
  const client = calleeText(node.callee);
  const info = AI_SDK_PROVIDERS[id];
  if (isAnthropicFamily(id) && (info.reach === 'bedrock' || info.reach === 'vertex')) {
    collector.add('no-third-party-platform', 'platformClient', node.callee, { client, platform: PLATFORM_LABELS[info.reach] }, { subject: info.reach });
  }
  const settings = argumentOf(node, 0);
  const shape = settings ? shapes.object(settings, node.range[0]) : null;
  if (!shape) return;
  if (info.messagesApi) {
    for (const write of shapes.lookup(shape, 'headers').writes) collector.scanLibraryHeaders(write.value, write.before, write.site);
  }
  for (const write of shapes.lookup(shape, 'baseURL').writes) {
    if (id === 'anthropic') {
      collector.judgeGatewayUrl(write.value, write.before, write.site, client);
    } else if (id === 'openai' || id === 'openai-compatible') {
      const url = collector.urls.read(write.value, write.before);
      if (url !== null && isAnthropicApiUrl(url)) collector.add('no-openai-compat', 'openaiCompat', write.site ?? write.value, { client, url: displayUrl(url) });
    }
  }
  if (isAnthropicFamily(id)) context.calls.push({ node, library: 'ai-sdk', client: clientLabel(id), method: client, surface: `${reachLabel(AI_SDK_PROVIDERS[id].reach)} provider`, request: null });
}

function reachLabel(reach: string): string {
  if (reach === 'anthropic') return PLATFORM_LABELS['first-party'];
  if (reach === 'bedrock' || reach === 'vertex') return PLATFORM_LABELS[reach];
  return reach;
}

/** The possible values of a model id, only those that name Claude when the provider serves other vendors too. */
function claudeValues(values: PossibleValues, claudeOnly: boolean, strip: (id: string) => string = (id) => id): PossibleValues {
  const candidates: ValueCandidate[] = [];
  for (const candidate of values.candidates) {
    if (typeof candidate.value !== 'string') continue;
    const id = strip(candidate.value);
    if (claudeOnly || isClaudeModelId(id)) candidates.push({ ...candidate, value: id });
  }
  return { candidates, unresolved: claudeOnly ? values.unresolved : [] };
}

/** `anthropic('id')`, `bedrock('anthropic.claude-…')`, `gateway('anthropic/claude-…')`: the model id, and the platform or gateway it goes through. */
function judgeModelFactory(node: TSESTree.CallExpression, provider: ProviderRef, context: LibraryContext): void {
  const idNode = argumentOf(node, 0);
  if (!idNode) return;
  const info = AI_SDK_PROVIDERS[provider.id];
  if (info.reach === 'other') return;
  const client = calleeText(node.callee);
  const values = claudeValues(context.values.read(idNode, node.range[0]), info.claudeOnly);
  if (values.candidates.length === 0 && values.unresolved.length === 0) return;
  context.requests.addModelReference(`${client} model`, values);
  judgeReach(provider, node.callee, values, client, context);
}

/** The platform or gateway a Claude model goes through: at the model's maker for a default instance, at each id for a multi-vendor one. */
function judgeReach(provider: ProviderRef, at: TSESTree.Node, values: PossibleValues, client: string, context: LibraryContext): void {
  const info = AI_SDK_PROVIDERS[provider.id];
  const reach = info.reach;
  if (reach === 'anthropic' || reach === 'other') return;
  if (reach === 'bedrock' || reach === 'vertex') {
    // A `create…(settings)` provider was reported where it was built.
    if (info.claudeOnly && provider.origin) return;
    const nodes = info.claudeOnly ? [at] : values.candidates.map((c) => c.node);
    for (const node of nodes) context.collector.add('no-third-party-platform', 'platformClient', node, { client, platform: PLATFORM_LABELS[reach] }, { subject: reach });
    return;
  }
  const gateway = gatewayById(reach);
  for (const candidate of values.candidates) {
    const shown = client === 'model' ? `model: '${String(candidate.value)}'` : `${client}('${String(candidate.value)}')`;
    context.collector.add('no-third-party-platform', 'gatewayClient', candidate.node, { client: shown, gateway: gateway.label, note: gateway.note ? `; ${gateway.note}` : '' }, { subject: gateway.id });
  }
}

/** `anthropic.tools.webSearch_20250305(…)`: a server tool, a beta tool, the advisor's model; judged where the library makes it. */
function judgeProviderTool(node: TSESTree.CallExpression, provider: ProviderRef, name: string, context: LibraryContext): void {
  if (!isAnthropicFamily(provider.id)) return;
  const type = aiSdkToolType(name);
  const shown = calleeText(node.callee);
  judgeToolType(type, node.callee, shown, `${AI_SDK_PROVIDERS[provider.id].package}`, context);
  if (/^advisor_\d{8}$/.test(type)) {
    const args = argumentOf(node, 0);
    const shape = args ? context.shapes.object(args, node.range[0]) : null;
    for (const write of shape ? context.shapes.lookup(shape, 'model').writes : []) {
      context.requests.addModelReference(shown, context.values.read(write.value, write.before, write.site));
    }
  }
}

function judgeToolType(type: string, at: TSESTree.Node, shown: string, library: string, context: LibraryContext): void {
  if (context.collector.serverTool(type, at, 'request', shown)) return;
  const flag = ownEntry(AI_SDK_TOOL_BETAS, type);
  if (flag) context.collector.add('no-beta-api', 'betaTool', at, { type: shown, flag, library }, { subject: flag });
}

/** `uploadFile({ api })`, `uploadSkill({ api })`: a storing surface when `api` is an Anthropic provider or its `files()` / `skills()`. */
function judgeStoringFunction(node: Call, role: 'uploadFile' | 'uploadSkill', context: LibraryContext): void {
  const spec = AI_SDK_STORING_FUNCTIONS[role];
  const args = argumentOf(node, 0);
  const shape = args ? context.shapes.object(args, node.range[0]) : null;
  if (!shape) return;
  for (const write of context.shapes.lookup(shape, spec.via).writes) {
    for (const candidate of context.shapes.candidates(write.value, write.before, write.site)) {
      const value = context.resolver.resolve(candidate.node);
      const at = candidate.site ?? candidate.node;
      if (value?.type !== 'library' || value.library !== 'ai-sdk') {
        context.collector.unresolved(at, `the \`${spec.via}\` of \`${role}\``, [spec.owner]);
        continue;
      }
      const id = (providerIdOf(value.role, 'provider') ?? (value.role.startsWith('api:') ? value.role.slice(4) : null)) as AiSdkProviderId | null;
      const isApi = value.role.startsWith('provider:') ? value.path.length === 0 : value.path[0] === spec.api;
      if (id === null || !isApi || !isAnthropicFamily(id)) continue;
      context.collector.add(spec.owner, 'surfaceCall', node.callee, { call: role, surface: spec.surface }, { subject: spec.subject });
      context.calls.push({ node, library: 'ai-sdk', client: clientLabel(id), method: role, surface: spec.surface, request: null });
      return;
    }
  }
}

/** The Anthropic batch provider a `provider` option names, if it is one. */
function batchProviderOf(value: TSESTree.Node, before: number, site: Site, context: LibraryContext): ProviderRef | null {
  for (const candidate of context.shapes.candidates(value, before, site)) {
    const resolved = context.resolver.resolve(candidate.node);
    if (resolved?.type !== 'library' || resolved.library !== 'ai-sdk') continue;
    if (resolved.role.startsWith('provider:') && resolved.path.length === 0) {
      const id = resolved.role.slice(9) as AiSdkProviderId;
      if (isAnthropicFamily(id)) return { id, origin: resolved.origin?.type === AST_NODE_TYPES.CallExpression ? resolved.origin : null };
    }
    if (resolved.role.startsWith('api:') && resolved.path[0] === 'experimental_batch') {
      const id = resolved.role.slice(4) as AiSdkProviderId;
      const origin = resolved.origin?.type === AST_NODE_TYPES.CallExpression ? resolved.origin : null;
      const maker = origin && origin.callee.type === AST_NODE_TYPES.MemberExpression ? providerOfCallee(origin.callee.object, context) : null;
      if (isAnthropicFamily(id)) return maker ?? { id, origin: null };
    }
  }
  return null;
}

/** `experimental_startBatch({ provider: anthropic, requests })` and the other batch functions: the Message Batches API, and each request. */
function judgeBatchFunction(node: Call, method: string, context: LibraryContext): void {
  const { shapes, collector } = context;
  const args = argumentOf(node, 0);
  const shape = args ? shapes.object(args, node.range[0]) : null;
  if (!shape) return;
  let provider: ProviderRef | null = null;
  for (const write of shapes.lookup(shape, 'provider').writes) provider ??= batchProviderOf(write.value, write.before, write.site, context);
  if (!provider) return;
  const call = calleeText(node.callee);
  collector.add('no-batches-api', 'surfaceCall', node.callee, { call, surface: 'the Message Batches API' }, { subject: method });
  context.calls.push({ node, library: 'ai-sdk', client: clientLabel(provider.id), method: call, surface: 'the Message Batches API', request: null });
  if (method !== 'create') return;
  const facts = providerFacts(provider, context);
  for (const write of shapes.lookup(shape, 'requests').writes) {
    const list = shapes.array(write.value, write.before, write.site);
    if (!list) {
      if (!isNullish(write.value)) collector.unresolved(write.site ?? write.value, `the \`requests\` of \`${call}\``, ['require-inference-geo', 'no-disallowed-model', ...BODY_RULES]);
      continue;
    }
    for (const element of list.elements) {
      if (element.kind === 'unknown') {
        collector.unresolved(element.site ?? element.node, `a request of \`${call}\``, ['require-inference-geo', 'no-disallowed-model', ...BODY_RULES]);
        continue;
      }
      const request = shapes.object(element.node, element.before, element.site);
      if (!request) continue;
      const model = shapes.lookup(request, 'model');
      const modelWrites = model.writes.map((entry) => context.requests.fieldWrite(entry));
      for (const entry of modelWrites) context.requests.addModelReference(`${call} request`, entry.values);
      judgeProviderOptions(request, call, facts.optionKeys, context);
      const at = element.site ?? element.node;
      const geo = geoField(element.node, element.before, element.site, facts.optionKeys, [], context);
      addRequest(context, {
        place: call,
        node: at,
        inBatch: true,
        body: element.node,
        shape: request,
        model: { writes: modelWrites, maybeAbsent: model.maybeAbsent, unknown: model.unknown ? (model.unknown.site ?? model.unknown.node) : null },
        geo,
        provider,
        insertion: element.site === null ? geoInsertion(request) : null,
      });
    }
  }
}

/** `defaultSettingsMiddleware({ settings: { providerOptions } })`: the options it adds to every call of the wrapped model. */
function judgeMiddleware(node: Call, context: LibraryContext): void {
  const args = argumentOf(node, 0);
  const shape = args ? context.shapes.object(args, node.range[0]) : null;
  if (!shape) return;
  for (const write of context.shapes.lookup(shape, 'settings').writes) {
    const settings = context.shapes.object(write.value, write.before, write.site);
    if (settings) judgeProviderOptions(settings, calleeText(node.callee), ['anthropic'], context);
  }
}

/** `registry.languageModel('anthropic:claude-…')`: the provider the prefix names, and the id after it. */
function judgeRegistryModel(node: TSESTree.CallExpression, callee: LibraryValue, context: LibraryContext): void {
  const idNode = argumentOf(node, 0);
  const registry = callee.origin;
  if (!idNode || registry?.type !== AST_NODE_TYPES.CallExpression) return;
  const providers = argumentOf(registry, 0);
  const shape = providers ? context.shapes.object(providers, registry.range[0]) : null;
  if (!shape) return;
  const values = context.values.read(idNode, node.range[0]);
  for (const candidate of values.candidates) {
    if (typeof candidate.value !== 'string') continue;
    const separator = candidate.value.indexOf(':');
    if (separator < 0) continue;
    const provider = registryProvider(shape, candidate.value.slice(0, separator), context);
    if (!provider) continue;
    const info = AI_SDK_PROVIDERS[provider.id];
    const one: PossibleValues = claudeValues({ candidates: [candidate], unresolved: [] }, info.claudeOnly, (id) => id.slice(separator + 1));
    if (one.candidates.length === 0) continue;
    const client = calleeText(node.callee);
    context.requests.addModelReference(`${client} model`, one);
    judgeReach(provider, node.callee, one, client, context);
  }
}

function registryProvider(shape: ObjectShape, key: string, context: LibraryContext): ProviderRef | null {
  for (const write of context.shapes.lookup(shape, key).writes) {
    for (const candidate of context.shapes.candidates(write.value, write.before, write.site)) {
      const value = context.resolver.resolve(candidate.node);
      if (value?.type !== 'library' || value.library !== 'ai-sdk' || value.path.length > 0) continue;
      const id = providerIdOf(value.role, 'provider');
      if (id !== null) return { id, origin: value.origin?.type === AST_NODE_TYPES.CallExpression ? value.origin : null };
    }
  }
  return null;
}

/** A value another library's adapter owns: one of its values, or what a call of one returns. */
function isOtherLibraryValue(node: TSESTree.Node, resolved: SdkValue | null, context: LibraryContext): boolean {
  if (resolved?.type === 'library') return resolved.library !== 'ai-sdk';
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = context.resolver.resolve(node.callee);
  return callee?.type === 'library' && callee.library !== 'ai-sdk';
}

/** What a `model` value may be: Claude models of known providers, other vendors' models (left out), unknown parts. */
function readModels(value: TSESTree.Node, before: number, site: Site, context: LibraryContext, depth = 0): ModelRead {
  const models: ModelInfo[] = [];
  const unknown: TSESTree.Node[] = [];
  if (depth > 6) return { models, unknown: [site ?? value] };
  for (const candidate of context.shapes.candidates(value, before, site)) {
    const at = candidate.site ?? candidate.node;
    const known = context.statics.value(candidate.node);
    if (known && typeof known.value === 'string') {
      // A string id goes to the global provider, the Vercel AI Gateway unless the app set another.
      if (isClaudeModelId(known.value)) models.push({ provider: { id: 'gateway', origin: null }, id: candidate.node, defaults: [], written: { before: candidate.before, site: candidate.site } });
      continue;
    }
    const resolved = context.resolver.resolve(candidate.node);
    // A model of another library (`claudeCode('sonnet')` of the Agent SDK bridge) runs Claude Code,
    // not a Messages request; its own adapter judges it where it is made.
    if (isOtherLibraryValue(candidate.node, resolved, context)) continue;
    if (resolved?.type !== 'library') {
      unknown.push(at);
      continue;
    }
    const origin = resolved.origin?.type === AST_NODE_TYPES.CallExpression ? resolved.origin : null;
    if (resolved.role.startsWith('model:') && origin) {
      const provider = providerOfCallee(origin.callee, context);
      if (!provider) continue;
      const info = AI_SDK_PROVIDERS[provider.id];
      const idNode = argumentOf(origin, 0);
      let claude = info.claudeOnly;
      if (!claude && info.reach !== 'other' && idNode) claude = context.values.read(idNode, origin.range[0]).candidates.some((c) => typeof c.value === 'string' && isClaudeModelId(c.value));
      if (claude) models.push({ provider, id: idNode, defaults: [] });
    } else if (resolved.role === 'wrappedModel' && origin) {
      const wrapped = wrappedModels(origin, context, depth);
      models.push(...wrapped.models);
      unknown.push(...wrapped.unknown);
    } else if (resolved.role === 'customModel' && origin) {
      const inner = customModels(origin, context, depth);
      models.push(...inner.models);
      unknown.push(...inner.unknown);
    } else if (resolved.role === 'registryModel' && origin) {
      const idNode = argumentOf(origin, 0);
      const text = idNode ? context.statics.string(idNode) : null;
      const registry = origin.callee.type === AST_NODE_TYPES.MemberExpression ? context.resolver.resolve(origin.callee.object) : null;
      const made = registry?.type === 'library' && registry.origin?.type === AST_NODE_TYPES.CallExpression ? registry.origin : null;
      const providers = made ? argumentOf(made, 0) : null;
      const shape = providers ? context.shapes.object(providers, made!.range[0]) : null;
      const provider = text !== null && text.includes(':') && shape ? registryProvider(shape, text.slice(0, text.indexOf(':')), context) : null;
      if (!provider) unknown.push(at);
      else if (AI_SDK_PROVIDERS[provider.id].claudeOnly || isClaudeModelId(text!)) models.push({ provider, id: idNode, defaults: [] });
    } else {
      unknown.push(at);
    }
  }
  return { models, unknown };
}

/** `wrapLanguageModel({ model, middleware })`: the inner model, with the settings of its `defaultSettingsMiddleware`s. */
function wrappedModels(origin: TSESTree.CallExpression, context: LibraryContext, depth: number): ModelRead {
  const args = argumentOf(origin, 0);
  const shape = args ? context.shapes.object(args, origin.range[0]) : null;
  if (!shape) return { models: [], unknown: [args ?? origin] };
  const defaults: TSESTree.Node[] = [];
  for (const write of context.shapes.lookup(shape, 'middleware').writes) {
    const list = context.shapes.array(write.value, write.before, write.site);
    const items = list ? list.elements.filter((e) => e.kind === 'value').map((e) => e.node) : [write.value];
    for (const item of items) {
      for (const candidate of context.shapes.candidates(item, write.before)) {
        const value = context.resolver.resolve(candidate.node);
        if (value?.type === 'library' && value.role === 'middleware' && value.origin?.type === AST_NODE_TYPES.CallExpression) {
          const middlewareArgs = argumentOf(value.origin, 0);
          const middleware = middlewareArgs ? context.shapes.object(middlewareArgs, value.origin.range[0]) : null;
          for (const settings of middleware ? context.shapes.lookup(middleware, 'settings').writes : []) defaults.push(settings.value);
        }
      }
    }
  }
  const models: ModelInfo[] = [];
  const unknown: TSESTree.Node[] = [];
  for (const write of context.shapes.lookup(shape, 'model').writes) {
    const inner = readModels(write.value, write.before, write.site, context, depth + 1);
    models.push(...inner.models.map((model) => ({ ...model, defaults: [...model.defaults, ...defaults] })));
    unknown.push(...inner.unknown);
  }
  return { models, unknown };
}

/** `myProvider.languageModel('fast')` of `customProvider({ languageModels: { fast: anthropic('id') } })`. */
function customModels(origin: TSESTree.CallExpression, context: LibraryContext, depth: number): ModelRead {
  const keyNode = argumentOf(origin, 0);
  const key = keyNode ? context.statics.string(keyNode) : null;
  const owner = origin.callee.type === AST_NODE_TYPES.MemberExpression ? context.resolver.resolve(origin.callee.object) : null;
  const made = owner?.type === 'library' && owner.origin?.type === AST_NODE_TYPES.CallExpression ? owner.origin : null;
  const args = made ? argumentOf(made, 0) : null;
  const shape = args ? context.shapes.object(args, made!.range[0]) : null;
  if (key === null || !shape) return { models: [], unknown: [origin] };
  const models: ModelInfo[] = [];
  const unknown: TSESTree.Node[] = [];
  for (const write of context.shapes.lookup(shape, 'languageModels').writes) {
    const map = context.shapes.object(write.value, write.before, write.site);
    if (!map) {
      unknown.push(origin);
      continue;
    }
    const found = context.shapes.lookup(map, key);
    if (found.unknown) unknown.push(origin);
    for (const entry of found.writes) {
      const inner = readModels(entry.value, entry.before, entry.site, context, depth + 1);
      models.push(...inner.models);
      unknown.push(...inner.unknown);
    }
  }
  return { models, unknown };
}

/** Each `providerOptions.<key>` object of a request or its settings, judged as Messages params in the AI SDK's spelling. */
function judgeProviderOptions(shape: ObjectShape, call: string, keys: readonly string[], context: LibraryContext): void {
  const { shapes, collector } = context;
  const found = shapes.lookup(shape, 'providerOptions');
  if (found.unknown) collector.unresolved(found.unknown.site ?? found.unknown.node, `the \`providerOptions\` of \`${call}\``, BODY_RULES);
  for (const write of found.writes) {
    const options = shapes.object(write.value, write.before, write.site);
    if (!options) {
      if (!isNullish(write.value)) collector.unresolved(write.site ?? write.value, `the \`providerOptions\` of \`${call}\``, BODY_RULES);
      continue;
    }
    for (const key of keys) {
      const entry = shapes.lookup(options, key);
      if (entry.unknown) collector.unresolved(entry.unknown.site ?? entry.unknown.node, `the \`providerOptions\` of \`${call}\``, BODY_RULES);
      for (const anthropic of entry.writes) {
        collector.scanLibraryOptions(anthropic.value, {
          callText: call,
          part: `the \`providerOptions.${key}\` of \`${call}\``,
          before: anthropic.before,
          site: anthropic.site,
          params: AI_SDK_OPTION_PARAMS,
          betaOptions: AI_SDK_BETA_OPTIONS,
        });
        const settings = shapes.object(anthropic.value, anthropic.before, anthropic.site);
        for (const fallbacks of settings ? shapes.lookup(settings, 'fallbacks').writes : []) {
          for (const element of shapes.array(fallbacks.value, fallbacks.before, fallbacks.site)?.elements ?? []) {
            const fallback = element.kind === 'value' ? shapes.object(element.node, element.before, element.site) : null;
            for (const model of fallback ? shapes.lookup(fallback, 'model').writes : []) {
              context.requests.addModelReference(`${call} fallbacks`, context.values.read(model.value, model.before, model.site));
            }
          }
        }
      }
    }
  }
}

/** The request's `providerOptions.<key>.inferenceGeo`, with what wrapping middleware and `prepareStep` set. */
function geoField(
  value: TSESTree.Node,
  before: number,
  site: Site,
  keys: readonly string[],
  extra: readonly { value: TSESTree.Node; before: number }[],
  context: LibraryContext,
): RequestField {
  const path = [['providerOptions'], keys, [AI_SDK_GEO_KEY]];
  const own = context.requests.nestedField(value, before, site, path);
  let field = own;
  for (const source of extra) {
    const other = context.requests.nestedField(source.value, source.before, null, path);
    field = {
      writes: [...field.writes, ...other.writes],
      maybeAbsent: field.maybeAbsent && other.maybeAbsent,
      unknown: field.unknown ?? (other.writes.length === 0 ? null : other.unknown),
    };
  }
  return field;
}

/** Where a missing geo goes in a request's own object literal: `providerOptions.anthropic`, created as needed. */
function geoInsertion(shape: ObjectShape | null): GeoInsertion | null {
  if (!shape || shape.certainty !== 'literal' || shape.node.type !== AST_NODE_TYPES.ObjectExpression) return null;
  if (shape.entries.some((entry) => entry.kind !== 'property')) return null;
  const inPlace = (key: string, within: TSESTree.ObjectExpression): TSESTree.ObjectExpression | 'absent' | null => {
    const properties = within.properties.filter((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && !p.computed && plainKeyName(p.key) === key);
    if (properties.length === 0) return 'absent';
    const value = skipTransparent(properties[properties.length - 1]!.value);
    return properties.length === 1 && value.type === AST_NODE_TYPES.ObjectExpression && value.properties.every((p) => p.type === AST_NODE_TYPES.Property) ? value : null;
  };
  const options = inPlace('providerOptions', shape.node);
  if (options === 'absent') return { into: shape.node, property: `providerOptions: { anthropic: { ${AI_SDK_GEO_KEY}: $ } }` };
  if (!options) return null;
  const anthropic = inPlace('anthropic', options);
  if (anthropic === 'absent') return { into: options, property: `anthropic: { ${AI_SDK_GEO_KEY}: $ }` };
  return anthropic ? { into: anthropic, property: `${AI_SDK_GEO_KEY}: $` } : null;
}

function addRequest(
  context: LibraryContext,
  spec: {
    place: string;
    node: TSESTree.Node;
    inBatch: boolean;
    body: TSESTree.Node | null;
    shape: ObjectShape | null;
    model: RequestField;
    geo: RequestField;
    provider: ProviderRef | null;
    insertion: GeoInsertion | null;
  },
): MessageRequest {
  const takesGeo = spec.provider !== null && reachOf(spec.provider, context) === 'anthropic';
  const dropped = takesGeo && spec.geo.writes.length > 0 ? droppedGeo(context.filename, AI_SDK_PROVIDERS.anthropic.package, AI_SDK_GEO_SINCE) : null;
  const request: MessageRequest = {
    call: null,
    place: spec.place,
    client: null,
    method: 'create',
    inBatch: spec.inBatch,
    body: spec.body,
    node: spec.node,
    shape: spec.shape,
    model: spec.model,
    inferenceGeo: spec.geo,
    takesGeo,
    geo: { key: AI_SDK_GEO_SPELLING, insertion: spec.insertion, dropped },
  };
  context.requests.addLibraryRequest(request);
  return request;
}

/**
 * `generateText({ model, providerOptions, tools, headers, messages, prepareStep })` and its
 * siblings, `new ToolLoopAgent(settings)`: when the model is (or may be) Claude, its options are
 * judged as Messages params in the AI SDK's spelling, and, for Anthropic's own API, its geo.
 */
function judgeRequestSite(node: Call, context: LibraryContext): void {
  const { shapes, collector } = context;
  const place = callText(node);
  const options = argumentOf(node, 0);
  const before = node.range[0];
  if (!options) return;
  const shape = shapes.object(options, before);
  if (!shape) {
    if (!isNullish(options)) collector.unresolved(options, `the options of \`${place}\``, ['require-inference-geo', 'no-disallowed-model', ...BODY_RULES]);
    return;
  }
  const model = shapes.lookup(shape, 'model');
  const models: ModelInfo[] = [];
  const unknown: TSESTree.Node[] = [];
  if (model.unknown) unknown.push(model.unknown.site ?? model.unknown.node);
  for (const write of model.writes) {
    const read = readModels(write.value, write.before, write.site, context);
    models.push(...read.models);
    unknown.push(...read.unknown);
  }
  // Another vendor's model only: nothing here reaches Claude, whatever its options say.
  if (models.length === 0 && unknown.length === 0) return;
  for (const node of unknown) collector.unresolved(node, `the \`model\` of \`${place}\``, ['require-inference-geo', 'no-disallowed-model']);
  for (const m of models) {
    if (!m.written || !m.id) continue;
    const values = claudeValues(context.values.read(m.id, m.written.before, m.written.site), false);
    context.requests.addModelReference(`${place} model`, values);
    judgeReach(m.provider, m.id, values, 'model', context);
  }
  const messagesModels = models.filter((m) => AI_SDK_PROVIDERS[m.provider.id].messagesApi);
  if (messagesModels.length === 0 && unknown.length === 0) return;
  const keys = new Set<string>();
  for (const m of messagesModels) for (const key of providerFacts(m.provider, context).optionKeys) keys.add(key);
  if (keys.size === 0) keys.add('anthropic');
  judgeProviderOptions(shape, place, [...keys], context);
  judgeTools(shape, place, context);
  for (const write of shapes.lookup(shape, 'headers').writes) collector.scanLibraryHeaders(write.value, write.before, write.site);
  for (const key of ['messages', 'prompt']) {
    for (const write of shapes.lookup(shape, key).writes) judgeFileParts(write.value, write.before, write.site, place, [...keys], context, 0);
  }
  const prepared = judgePrepareStep(shape, place, [...keys], context);
  // The request's geo: only Anthropic's own API takes it; a platform or gateway never is asked for one.
  const first = messagesModels.find((m) => reachOf(m.provider, context) === 'anthropic') ?? null;
  const extra = [...new Set(messagesModels.flatMap((m) => m.defaults))].map((value) => ({ value, before }));
  const request = addRequest(context, {
    place,
    node: node.callee,
    inBatch: false,
    body: options,
    shape,
    model: {
      writes: messagesModels.filter((m) => m.id).map((m) => ({ keyNode: m.id!, value: m.id!, site: null, values: context.values.read(m.id!, before) })),
      maybeAbsent: false,
      unknown: null,
    },
    geo: geoField(options, before, null, [...keys], [...extra, ...prepared], context),
    provider: first?.provider ?? null,
    insertion: geoInsertion(shape),
  });
  const shown = first ?? messagesModels[0] ?? null;
  context.calls.push({ node, library: 'ai-sdk', client: clientLabel(shown?.provider.id ?? null), method: place, surface: 'Messages', request: shown ? request : null });
}

/** `tools: { name: tool }`: raw provider tool objects (`{ type: 'provider', id: 'anthropic.web_search_20250305' }`) where used. */
function judgeTools(shape: ObjectShape, place: string, context: LibraryContext): void {
  const { shapes, collector, values } = context;
  for (const write of shapes.lookup(shape, 'tools').writes) {
    const map = shapes.object(write.value, write.before, write.site);
    if (!map) {
      if (!isNullish(write.value) && !isLibraryTools(write.value, context)) collector.unresolved(write.site ?? write.value, `the \`tools\` of \`${place}\``, TOOL_RULES);
      continue;
    }
    const { properties, unknowns } = shapes.effectiveProperties(map);
    for (const entry of unknowns) if (!isLibraryTools(entry.node, context)) collector.unresolved(entry.site ?? entry.node, `the \`tools\` of \`${place}\``, TOOL_RULES);
    for (const entry of properties) {
      for (const candidate of shapes.candidates(entry.value, entry.before, entry.site)) {
        const at = candidate.site ?? candidate.node;
        const tool = shapes.objectOf(candidate);
        if (!tool || candidate.node.type !== AST_NODE_TYPES.ObjectExpression) {
          // Tools the library makes are judged where it makes them; the app's own function tools are none.
          const resolved = context.resolver.resolve(candidate.node);
          if (resolved?.type !== 'library' && !isFunctionLike(candidate.node)) collector.unresolved(at, `the \`tools\` of \`${place}\``, TOOL_RULES);
          continue;
        }
        const type = shapes.lookup(tool, 'type');
        const providerTool = type.writes.some((t) => values.read(t.value, t.before, t.site).candidates.some((c) => typeof c.value === 'string' && AI_SDK_PROVIDER_TOOL_TYPES.includes(c.value)));
        if (!providerTool) continue;
        for (const id of shapes.lookup(tool, 'id').writes) {
          for (const value of values.read(id.value, id.before, id.site).candidates) {
            const wireType = typeof value.value === 'string' ? aiSdkProviderToolType(value.value) : null;
            if (wireType) judgeToolType(wireType, value.node, String(value.value), '@ai-sdk/anthropic', context);
          }
        }
      }
    }
  }
}

/** Tools an MCP client lists (`await mcp.tools()`): the app's own, client-side. */
function isLibraryTools(node: TSESTree.Node, context: LibraryContext): boolean {
  const target = node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node;
  return context.shapes.candidates(target).every((candidate) => {
    const value = context.resolver.resolve(candidate.node);
    return value?.type === 'library' && value.role === 'functionTool';
  });
}

/** File parts that reference an upload (`data: { type: 'reference', reference: { anthropic: 'file_…' } }`, `providerReference`, `containerUpload`). */
function judgeFileParts(value: TSESTree.Node, before: number, site: Site, place: string, keys: readonly string[], context: LibraryContext, depth: number): void {
  const { shapes, collector, values } = context;
  if (depth > 6) return;
  for (const candidate of shapes.candidates(value, before, site)) {
    const node = candidate.node;
    if (node.type === AST_NODE_TYPES.ArrayExpression || (node.type === AST_NODE_TYPES.CallExpression && !shapes.objectOf(candidate))) {
      for (const element of shapes.arrayOf(candidate)?.elements ?? []) {
        if (element.kind === 'value') judgeFileParts(element.node, element.before, element.site, place, keys, context, depth + 1);
      }
      continue;
    }
    const part = node.type === AST_NODE_TYPES.ObjectExpression ? shapes.objectOf(candidate) : null;
    if (!part) continue;
    const report = (at: TSESTree.Node, key: string) => collector.add('no-files-api', 'fileReference', at, { call: place, key });
    for (const data of shapes.lookup(part, 'data').writes) {
      const target = skipTransparent(data.value);
      if (target.type === AST_NODE_TYPES.MemberExpression && context.statics.memberKey(target) === 'providerReference') {
        report(data.site ?? data.value, 'providerReference');
        continue;
      }
      const dataShape = target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.Identifier ? shapes.object(data.value, data.before, data.site) : null;
      if (!dataShape) continue;
      const isReference = shapes.lookup(dataShape, 'type').writes.some((t) => values.read(t.value, t.before, t.site).candidates.some((c) => c.value === 'reference'));
      if (isReference) {
        report(data.site ?? data.keyNode, 'data.reference');
        continue;
      }
      if (keys.some((key) => shapes.lookup(dataShape, key).writes.length > 0)) report(data.site ?? data.keyNode, `data.${keys.find((key) => shapes.lookup(dataShape, key).writes.length > 0)}`);
    }
    for (const options of shapes.lookup(part, 'providerOptions').writes) {
      const optionsShape = shapes.object(options.value, options.before, options.site);
      for (const key of optionsShape ? keys : []) {
        for (const anthropic of shapes.lookup(optionsShape!, key).writes) {
          const settings = shapes.object(anthropic.value, anthropic.before, anthropic.site);
          for (const upload of settings ? shapes.lookup(settings, 'containerUpload').writes : []) {
            if (values.read(upload.value, upload.before, upload.site).candidates.some((c) => c.value === true)) report(upload.site ?? upload.keyNode, 'containerUpload');
          }
        }
      }
    }
    for (const content of shapes.lookup(part, 'content').writes) judgeFileParts(content.value, content.before, content.site, place, keys, context, depth + 1);
  }
}

/**
 * `prepareStep` / `prepareCall`: the container forwarder reuses a sandbox; a callback's returned
 * `providerOptions` are judged, and their geo counts for the request.
 */
function judgePrepareStep(shape: ObjectShape, place: string, keys: readonly string[], context: LibraryContext): { value: TSESTree.Node; before: number }[] {
  const { shapes, collector } = context;
  const returned: { value: TSESTree.Node; before: number }[] = [];
  for (const key of ['prepareStep', 'prepareCall']) {
    for (const write of shapes.lookup(shape, key).writes) {
      for (const candidate of shapes.candidates(write.value, write.before, write.site)) {
        const value = context.resolver.resolve(candidate.node);
        if (value?.type === 'library' && value.role === 'containerForwarder') {
          collector.add('no-code-execution', 'containerReuse', candidate.site ?? candidate.node, { call: place, key });
          continue;
        }
        const fn = value?.type === 'function' ? value.node : null;
        for (const result of fn ? context.bindings.returnedExpressions(fn) : []) {
          const resultShape = shapes.object(result, result.range[0]);
          if (!resultShape) continue;
          judgeProviderOptions(resultShape, place, keys, context);
          returned.push({ value: result, before: result.range[0] });
        }
      }
    }
  }
  return returned;
}

