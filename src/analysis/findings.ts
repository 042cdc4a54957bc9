import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { BETA_HEADER, BROWSER_ACCESS_HEADER, betaFlagOwner } from '../policy/betas.js';
import { type Gateway, gatewayOfHost } from '../policy/gateways.js';
import { CLIENT_KINDS, PLATFORM_LABELS } from '../policy/clients.js';
import { type FindingKind, RULE_CHECKS, type UnresolvedRule } from '../policy/finding-kinds.js';
import {
  BODY_RULES,
  CONTAINER_KEY,
  CONTAINER_REUSE,
  CONTAINER_RULES,
  inTableOrder,
  PARAM_FEATURES,
  type ParamFeature,
  serverToolOf,
  TOOL_RULES,
} from '../policy/params.js';
import type { RuleName } from '../policy/rule-names.js';
import { isFunctionLike } from './ast.js';
import type { ApiCall, ClientConstruction } from './calls.js';
import { MAX_SHAPE_DEPTH } from './limits.js';
import type { PossibleValueReader } from './possible-values.js';
import type { Bindings } from './scope.js';
import { isNullish, type ObjectShape, type PropertyEntry, type ShapeReader, type Site } from './shapes.js';
import type { StaticValues } from './static-values.js';
import type { TypeFacts } from './type-facts.js';
import { UrlReader, urlHost } from './urls.js';

/** A suggestion a finding offers: a property added where the analysis says it goes (`clientOptions: { dangerouslyAllowBrowser: false }`). */
export interface FindingSuggestion {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly into: TSESTree.ObjectExpression | TSESTree.NewExpression | TSESTree.CallExpression;
  readonly property: string;
}

/** One thing a rule reports. Exactly one rule owns it (PRODUCT.md §3, "each finding is reported once"). */
export interface Finding {
  readonly rule: RuleName;
  readonly kind: FindingKind;
  readonly node: TSESTree.Node;
  readonly data: Readonly<Record<string, string>>;
  /** Only reported when the user asks for unresolved values (`reportUnresolved`). */
  readonly unresolved: boolean;
  /** What a rule's allow-list option matches: a method name, a beta flag, a resource path. */
  readonly subject?: string;
  /**
   * Unresolved values only: every rule whose findings the unreadable part may hide, in the order
   * of PRODUCT.md §3's table. The first of them that reports unresolved values reports it, once.
   */
  readonly concerns?: readonly RuleName[];
  readonly suggest?: readonly FindingSuggestion[];
}

type Activity = 'active' | 'inactive' | 'unknown';

/** How a client library spells request options that become Messages params (PRODUCT.md §3b). */
export interface LibraryOptionsSpec {
  /** The call as messages name it: `generateText`, `new ChatAnthropic`. */
  readonly callText: string;
  /** What an unreadable options object is, for the message: ``the `providerOptions.anthropic` of `generateText` ``. */
  readonly part: string;
  readonly before: number;
  readonly site: Site;
  /** Library key -> the Messages param it becomes (`contextManagement` -> `context_management`); other keys are not judged. */
  readonly params: Readonly<Record<string, string>>;
  /** Library keys that turn on a beta feature of their own (the library adds its flag), with the feature. */
  readonly betaOptions?: Readonly<Record<string, string>>;
}

interface ScanContext {
  readonly call: ApiCall | null;
  /** The call as messages name it (`messages.create`), or `request`. */
  readonly callText: string;
  /** Features of this owner are part of the call's own finding (a files call's `file_id`). */
  readonly absorbedOwner: RuleName | null;
  /** Member writes after this offset do not reach the request. */
  readonly before: number;
  /** Values already judged in this request, with the site they were reached through. */
  readonly seen: Map<TSESTree.Node, Set<Site>>;
}

/** Turns recognised calls and constructions into findings, each with its one owning rule. */
export class FindingCollector {
  private readonly list: Finding[] = [];
  private readonly keys = new Set<string>();
  private readonly unresolvedParts = new Map<TSESTree.Node, { part: string; concerns: Set<RuleName> }>();

  /** Base URLs of clients and providers, read for gateway hosts. */
  readonly urls: UrlReader;

  constructor(
    private readonly shapes: ShapeReader,
    private readonly values: PossibleValueReader,
    private readonly statics: StaticValues,
    private readonly bindings: Bindings,
    /** Typed mode only: params the shapes cannot read are judged by their type. */
    private readonly types: TypeFacts | null = null,
  ) {
    this.urls = new UrlReader(statics, shapes, values, (id) => bindings.isGlobal(id));
  }

  /** Every finding, the unreadable parts last (one each, merged by node). */
  get findings(): Finding[] {
    const unresolved: Finding[] = [];
    for (const [node, { part, concerns }] of this.unresolvedParts) {
      const ordered = inTableOrder(concerns);
      const checks = joinWords(ordered.map((rule) => RULE_CHECKS[rule as UnresolvedRule]).filter(Boolean));
      unresolved.push({ rule: ordered[0]!, kind: 'unresolvedValue', node, data: { checks, part }, unresolved: true, concerns: ordered });
    }
    return [...this.list, ...unresolved];
  }

  add(
    rule: RuleName,
    kind: FindingKind,
    node: TSESTree.Node,
    data: Record<string, string>,
    options: { subject?: string; suggest?: readonly FindingSuggestion[] } = {},
  ): void {
    const key = `${rule}|${kind}|${node.range[0]}|${node.range[1]}|${options.subject ?? ''}|${data['key'] ?? ''}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.list.push({ rule, kind, node, data, unresolved: false, subject: options.subject, ...(options.suggest ? { suggest: options.suggest } : {}) });
  }

  /**
   * A part of a request the analysis cannot read (`part` names it for the message), which may
   * hide findings of `concerns`. Parts at one node merge, so one node is one finding.
   */
  unresolved(node: TSESTree.Node, part: string, concerns: readonly RuleName[]): void {
    const found = this.unresolvedParts.get(node);
    if (found) for (const rule of concerns) found.concerns.add(rule);
    else this.unresolvedParts.set(node, { part, concerns: new Set(concerns) });
  }

  scanCall(call: ApiCall): void {
    const ctx = this.context(call, call.storingResource?.owner ?? null, call.node.range[0]);
    const data = { call: call.pathText };
    const resource = call.storingResource;
    if (resource) {
      const isBeta = resource.owner === 'no-beta-api';
      this.add(resource.owner, isBeta ? 'betaResource' : 'surfaceCall', call.node.callee, { ...data, surface: resource.surface }, {
        subject: isBeta ? resource.path : call.method,
      });
    }
    const [body, requestOptions] = call.node.arguments;
    const endpoint = call.messageEndpoint;
    if (endpoint?.method === 'thread') {
      this.add('no-beta-api', 'messageThread', call.node.callee, { ...data, feature: 'message threads' }, { subject: 'beta.messages.thread' });
    }
    if (endpoint) {
      this.scanMessageBody(body, ctx, null);
      if (endpoint.method === 'toolRunner') this.checkToolRunnerThreads(call, body);
    } else if (call.isBatchCreate) {
      this.scanBatchCreate(body, ctx);
    } else {
      // Other methods take ids before their params (`resources.add(sessionId, params)`).
      for (const arg of call.node.arguments) {
        if (arg.type !== AST_NODE_TYPES.SpreadElement) this.scanNested(arg, ctx, 0, null, ctx.before);
      }
    }
    const options = endpoint || call.isBatchCreate ? requestOptions : call.node.arguments[call.node.arguments.length - 1];
    if (options && options.type !== AST_NODE_TYPES.SpreadElement) this.scanRequestOptions(options, ctx);
  }

  private context(call: ApiCall | null, absorbedOwner: RuleName | null, before: number): ScanContext {
    return { call, callText: call?.pathText ?? 'request', absorbedOwner, before, seen: new Map() };
  }

  scanConstruction(construction: ClientConstruction): void {
    const info = CLIENT_KINDS[construction.client];
    const callee = construction.node.callee;
    if (construction.origin === 'new' && info.platform !== 'first-party') {
      this.add('no-third-party-platform', 'platformClient', callee, { client: info.className, platform: PLATFORM_LABELS[info.platform] }, {
        subject: info.platform,
      });
    }
    const before = construction.node.range[0];
    if (construction.origin === 'factory') {
      // A same-file factory's arguments are its own; a literal browser flag among them still configures the client.
      for (const arg of construction.node.arguments) {
        if (arg.type !== AST_NODE_TYPES.SpreadElement) this.judgeClientOptions(arg, before, callee, info.className, false);
      }
      return;
    }
    const options = construction.options;
    if (!options || isNullish(options)) return;
    this.shapes.withoutArguments(() => this.judgeClientOptions(options, before, callee, info.className, construction.optionsAreSdkOptions));
  }

  /**
   * Client options: `dangerouslyAllowBrowser` statically truthy is a browser client, reported at
   * the construction unless written in place; `defaultHeaders` are judged like request headers.
   * `sdk`: the object is the SDK's own options, so an unreadable one may hide either.
   */
  judgeClientOptions(options: TSESTree.Node, before: number, reportAt: TSESTree.Node, client: string, sdk: boolean): void {
    const part = `the options of this \`${client}\` client`;
    const concerns: RuleName[] = ['no-browser-client', 'no-beta-api'];
    const shape = this.shapes.object(options, before);
    if (!shape) {
      if (sdk && !this.isForwardedParameter(options, before)) this.unresolved(options, part, concerns);
      return;
    }
    const browser = this.shapes.lookup(shape, 'dangerouslyAllowBrowser');
    if (browser.unknown && sdk && !this.isForwardedParameter(browser.unknown.node, before)) {
      this.unresolved(browser.unknown.site ?? browser.unknown.node, part, concerns);
    }
    for (const write of browser.writes) {
      const values = this.values.read(write.value, write.before, write.site);
      if (values.candidates.some((candidate) => Boolean(candidate.value))) {
        const inPlace = write.site === null && shape.certainty === 'literal';
        this.add('no-browser-client', 'browserClient', inPlace ? write.keyNode : reportAt, { client });
      } else if (values.unresolved.length > 0 && sdk && !this.isForwardedParameter(write.value, write.before)) {
        this.unresolved(values.unresolved[0]!, `the \`dangerouslyAllowBrowser\` of this \`${client}\` client`, ['no-browser-client']);
      }
    }
    const headers = this.shapes.lookup(shape, 'defaultHeaders');
    const ctx = this.context(null, null, before);
    for (const write of headers.writes) this.scanHeaders(write.value, ctx, write.site, write.before);
    if (sdk) for (const write of this.shapes.lookup(shape, 'baseURL').writes) this.judgeGatewayUrl(write.value, write.before, write.site, client);
  }

  /** The gateway a URL value (a `baseURL`, read as a whole) points at, if any. */
  gatewayOfUrl(value: TSESTree.Node, before: number): Gateway | null {
    const text = this.urls.read(value, before);
    const host = text === null ? null : urlHost(text);
    return host === null ? null : gatewayOfHost(host);
  }

  /**
   * A base URL on a gateway's host (PRODUCT.md §3b): the client reaches Claude through a third
   * party. A URL that cannot be read, or any other host (a company's own proxy), is not one.
   * Returns whether it was a gateway.
   */
  judgeGatewayUrl(value: TSESTree.Node, before: number, site: Site, client: string): boolean {
    let found = false;
    for (const candidate of this.values.read(value, before, site).candidates) {
      const host = typeof candidate.value === 'string' ? urlHost(candidate.value) : null;
      const gateway = host === null ? null : gatewayOfHost(host);
      if (!gateway) continue;
      found = true;
      this.add('no-third-party-platform', 'gatewayClient', candidate.node, { client, gateway: gateway.label, note: gateway.note ? `; ${gateway.note}` : '' }, { subject: gateway.id });
    }
    if (!found) {
      const gateway = this.gatewayOfUrl(value, before);
      if (gateway) {
        found = true;
        this.add('no-third-party-platform', 'gatewayClient', site ?? value, { client, gateway: gateway.label, note: gateway.note ? `; ${gateway.note}` : '' }, { subject: gateway.id });
      }
    }
    return found;
  }

  /**
   * Request options a client library turns into Messages params (`providerOptions.anthropic`,
   * LangChain's constructor fields and call options): each key `spec.params` maps is judged as
   * the Messages param it becomes and reported under the library's own spelling.
   */
  scanLibraryOptions(value: TSESTree.Node, spec: LibraryOptionsSpec): void {
    const ctx: ScanContext = { call: null, callText: spec.callText, absorbedOwner: null, before: spec.before, seen: new Map() };
    const shape = this.shapes.object(value, spec.before, spec.site);
    const concerns = libraryConcerns(spec);
    if (!shape) {
      if (!isNullish(value) && concerns.length > 0) this.unresolved(spec.site ?? value, spec.part, concerns);
      return;
    }
    const { properties, unknowns } = this.shapes.effectiveProperties(shape);
    for (const unknown of unknowns) if (concerns.length > 0) this.unresolved(unknown.site ?? unknown.node, spec.part, concerns);
    for (const entry of properties) {
      const param = spec.params[entry.key];
      if (param === undefined) {
        const beta = spec.betaOptions?.[entry.key];
        if (beta) this.judgeFeature({ key: entry.key, owner: 'no-beta-api', kind: 'betaParam', feature: beta, scope: 'body', keyOnly: true }, entry, ctx);
        continue;
      }
      if (param === CONTAINER_KEY) this.scanContainer(entry, ctx);
      else if (param === 'tools') this.scanTools(entry, ctx);
      else if (param === 'betas') this.scanFlags(entry.value, ctx, entry.site, entry.before);
      else {
        const feature = PARAM_FEATURES.find((f) => f.key === param);
        if (feature) this.judgeFeature(feature, entry, ctx);
      }
    }
  }

  /** A Messages body a library sends as it is (LangChain's `invocationKwargs`), judged like the SDK's params. */
  scanLibraryBody(value: TSESTree.Node, callText: string, before: number, site: Site): void {
    this.scanMessageBody(value, { call: null, callText, absorbedOwner: null, before, seen: new Map() }, site);
  }

  /** A tool a library sends with the server tool `type` (`anthropic.tools.webSearch_20250305()`), reported at `node` as `shown`; false when it is no server tool. */
  serverTool(type: string, node: TSESTree.Node, callText: string, shown: string = type): boolean {
    const tool = serverToolOf(type);
    if (!tool) return false;
    this.add(tool.owner, tool.kind, node, { type: shown, tool: tool.tool, call: callText });
    return true;
  }

  /** A headers object a library sends (`createAnthropic({ headers })`, a call's `headers`): beta flags and the browser header. */
  scanLibraryHeaders(value: TSESTree.Node, before: number, site: Site): void {
    this.scanHeaders(value, this.context(null, null, before), site, before);
  }

  /**
   * Options that are a parameter of the function around them (`function createClient(options) {
   * return new Anthropic(options) }`, `super(options)`), where the file's own calls of that
   * function are judged instead.
   */
  private isForwardedParameter(node: TSESTree.Node, before: number): boolean {
    const target = node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node;
    return this.shapes.candidates(target, before).some((candidate) => {
      if (candidate.node.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = this.bindings.variableOf(candidate.node);
      const def = variable ? this.bindings.definitionOf(variable) : null;
      if (def?.type !== 'Parameter') return false;
      const fn = def.node as TSESTree.Node;
      if (!isFunctionLike(fn)) return false;
      // A subclass constructor: `new Sub(options)` is the construction judged.
      if (fn.parent?.type === AST_NODE_TYPES.MethodDefinition && fn.parent.kind === 'constructor') return true;
      return this.bindings.callsOf(fn).length > 0;
    });
  }

  /** Threads are on by default for `toolRunner` on first-party and Foundry clients. */
  private checkToolRunnerThreads(call: ApiCall, body: TSESTree.Node | undefined): void {
    if (!CLIENT_KINDS[call.client].threadsByDefault || !body || body.type === AST_NODE_TYPES.SpreadElement) return;
    const shape = this.shapes.object(body, call.node.range[0]);
    let threads: boolean;
    if (shape) {
      const thread = this.shapes.lookup(shape, 'thread');
      // The SDK threads unless `thread` is exactly `false`; `null`/`undefined` keep the default.
      threads =
        (thread.maybeAbsent && !thread.unknown) ||
        thread.writes.some((write) => this.values.read(write.value, write.before, write.site).candidates.some((c) => c.value === null || c.value === undefined));
    } else {
      const typed = this.types?.objectTypeOf(body);
      if (!typed) return; // reported as an unreadable body
      threads = this.types!.property(typed, 'thread').status === 'absent';
    }
    if (threads) {
      this.add('no-beta-api', 'toolRunnerThread', call.node.callee, { call: call.pathText }, { subject: 'beta.messages.toolRunner' });
    }
  }

  private scanBatchCreate(body: TSESTree.Node | undefined, ctx: ScanContext): void {
    if (!body || body.type === AST_NODE_TYPES.SpreadElement) return;
    const part = (what: string) => `${what} of \`${ctx.callText}\``;
    const shape = this.shapes.object(body, ctx.before);
    if (!shape) {
      if (!isNullish(body)) this.unresolved(body, part('the params'), BODY_RULES);
      return;
    }
    const { properties, unknowns } = this.shapes.effectiveProperties(shape);
    for (const unknown of unknowns) this.unresolved(unknown.site ?? unknown.node, part('the params'), BODY_RULES);
    for (const entry of properties) {
      if (entry.key !== 'requests') {
        this.scanProperty(entry, ctx, 1);
        continue;
      }
      const requests = this.shapes.array(entry.value, entry.before, entry.site);
      if (!requests) {
        if (!isNullish(entry.value)) this.unresolved(entry.site ?? entry.value, part('the `requests`'), BODY_RULES);
        continue;
      }
      for (const request of requests.elements) {
        if (request.kind === 'unknown') {
          this.unresolved(request.site ?? request.node, part('a request'), BODY_RULES);
          continue;
        }
        const requestShape = this.shapes.object(request.node, request.before, request.site);
        if (!requestShape) {
          this.unresolved(request.site ?? request.node, part('a request'), BODY_RULES);
          continue;
        }
        const params = this.shapes.lookup(requestShape, 'params');
        if (params.unknown) this.unresolved(params.unknown.site ?? params.unknown.node, part('a request'), BODY_RULES);
        for (const write of params.writes) this.scanMessageBody(write.value, { ...ctx, before: write.before }, write.site);
      }
    }
  }

  /** A Messages body: top-level params are judged as Messages params, the rest by the nested scan. */
  private scanMessageBody(body: TSESTree.Node | undefined, ctx: ScanContext, site: Site): void {
    if (!body || body.type === AST_NODE_TYPES.SpreadElement) return;
    const part = `the params of \`${ctx.callText}\``;
    const shape = this.shapes.object(body, ctx.before, site);
    if (!shape) {
      if (!isNullish(body) && !this.scanTypedBody(body, ctx, site ?? body)) this.unresolved(site ?? body, part, BODY_RULES);
      return;
    }
    const { properties, unknowns } = this.shapes.effectiveProperties(shape);
    for (const unknown of unknowns) {
      const node = unknown.site ?? unknown.node;
      this.unresolved(node, node.type === AST_NODE_TYPES.SpreadElement ? `a spread in the params of \`${ctx.callText}\`` : part, BODY_RULES);
    }
    for (const entry of properties) {
      if (entry.key === CONTAINER_KEY) this.scanContainer(entry, ctx);
      else if (entry.key === 'tools') this.scanTools(entry, ctx);
      else this.scanProperty(entry, ctx, 1, 'body');
    }
  }

  /** `container: "id"` / `{ id }` / anything unreadable reuses a sandbox; `container.skills` attaches Skills. */
  private scanContainer(entry: PropertyEntry, ctx: ScanContext): void {
    if (this.activity(entry.value, entry.before, entry.site) === 'inactive') return;
    const data = { call: ctx.callText, key: CONTAINER_KEY };
    const reuse = (node: TSESTree.Node) => {
      if (CONTAINER_REUSE.owner !== ctx.absorbedOwner) this.add(CONTAINER_REUSE.owner, CONTAINER_REUSE.kind, node, data);
    };
    for (const candidate of this.shapes.candidates(entry.value, entry.before, entry.site)) {
      const at = candidate.site ?? candidate.node;
      if (candidate.falsy || isNullish(candidate.node)) continue;
      const shape = this.shapes.objectOf(candidate);
      if (shape) {
        for (const property of this.shapes.effectiveProperties(shape).properties) {
          if (property.key === CONTAINER_REUSE.key) this.judgeFeature(CONTAINER_REUSE, property, ctx);
          else this.scanProperty(property, ctx, 2);
        }
        continue;
      }
      const known = this.statics.value(candidate.node);
      if (known) {
        if (known.value !== false && known.value !== null && known.value !== undefined) reuse(at);
        continue;
      }
      if (this.types) {
        this.judgeTypedContainer(this.types.typeOf(candidate.node), at, ctx);
        continue;
      }
      // A container the analysis cannot read names one: writing the key is reusing a sandbox; it may attach Skills too.
      reuse(at);
      if (ctx.absorbedOwner !== 'no-skills-api') this.unresolved(at, `the \`container\` of \`${ctx.callText}\``, ['no-skills-api']);
    }
  }

  /** `tools`: each element's server tool `type`; an unreadable list or element may be any tool. */
  private scanTools(entry: PropertyEntry, ctx: ScanContext): void {
    if (isNullish(entry.value)) return;
    const part = `the \`tools\` of \`${ctx.callText}\``;
    const tools = this.shapes.array(entry.value, entry.before, entry.site);
    if (!tools) {
      if (this.types) this.judgeTypedTools(this.types.typeOf(entry.value), entry.site ?? entry.value, ctx);
      else this.unresolved(entry.site ?? entry.value, part, TOOL_RULES);
      return;
    }
    for (const tool of tools.elements) {
      if (tool.kind === 'unknown') {
        this.unresolved(tool.site ?? tool.node, part, TOOL_RULES);
        continue;
      }
      const shape = this.shapes.object(tool.node, tool.before, tool.site);
      if (shape) this.scanNestedShape(shape, ctx, 2);
      else if (this.types) this.scanTypedTool(tool.node, tool.site ?? tool.node, ctx);
      else if (!isNullish(tool.node)) this.unresolved(tool.site ?? tool.node, part, TOOL_RULES);
    }
  }

  private judgeFeature(feature: ParamFeature, entry: PropertyEntry, ctx: ScanContext): void {
    if (feature.owner === ctx.absorbedOwner) return;
    const activity = this.activity(entry.value, entry.before, entry.site);
    const node = entry.site ?? entry.keyNode;
    const data = { call: ctx.callText, key: entry.key, feature: feature.feature };
    if (activity === 'active' || (activity === 'unknown' && feature.keyOnly)) this.add(feature.owner, feature.kind, node, data);
    else if (activity === 'unknown') this.unresolved(entry.site ?? entry.value, `the \`${entry.key}\` of \`${ctx.callText}\``, [feature.owner]);
  }

  /** Whether a feature's value turns it on: `null`, `undefined`, `false` and `[]` do not; one active candidate does. */
  private activity(value: TSESTree.Node, before: number, site: Site): Activity {
    let unknown = false;
    for (const candidate of this.shapes.candidates(value, before, site)) {
      const node = candidate.node;
      if (candidate.falsy || isNullish(node)) continue;
      if (node.type === AST_NODE_TYPES.ObjectExpression) return 'active';
      const array = node.type === AST_NODE_TYPES.ArrayExpression || node.type === AST_NODE_TYPES.CallExpression ? this.shapes.arrayOf(candidate) : null;
      if (!array && node.type === AST_NODE_TYPES.CallExpression && this.shapes.objectOf(candidate)) return 'active';
      if (array) {
        if (array.elements.length > 0) return 'active';
        continue;
      }
      const known = this.statics.value(node);
      if (known) {
        if (known.value !== null && known.value !== undefined && known.value !== false) return 'active';
        continue;
      }
      const typed = this.types ? this.types.activityOf(node) : 'unknown';
      if (typed === 'active') return 'active';
      if (typed === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : 'inactive';
  }

  /** One property at any depth: keys that mean the same everywhere, server tool types, beta flags, then deeper. */
  private scanProperty(entry: PropertyEntry, ctx: ScanContext, depth: number, where: 'body' | 'nested' = 'nested'): void {
    const feature = PARAM_FEATURES.find((f) => f.key === entry.key && (f.scope === 'anywhere' || where === 'body'));
    if (feature) {
      this.judgeFeature(feature, entry, ctx);
      return;
    }
    if (entry.key === 'type') {
      this.judgeToolType(entry, ctx);
      return;
    }
    if (entry.key === 'betas') {
      this.scanFlags(entry.value, ctx, entry.site, entry.before);
      return;
    }
    this.scanNested(entry.value, ctx, depth, entry.site, entry.before);
  }

  private judgeToolType(entry: PropertyEntry, ctx: ScanContext): void {
    for (const candidate of this.values.read(entry.value, entry.before, entry.site).candidates) {
      if (typeof candidate.value !== 'string') continue;
      const tool = serverToolOf(candidate.value);
      if (tool && tool.owner !== ctx.absorbedOwner) {
        this.add(tool.owner, tool.kind, candidate.node, { type: candidate.value, tool: tool.tool, call: ctx.callText });
      }
    }
  }

  /** Objects and arrays below a request, read through consts, spreads and helpers, to a bounded depth. */
  private scanNested(value: TSESTree.Node, ctx: ScanContext, depth: number, site: Site, before: number): void {
    if (depth > MAX_SHAPE_DEPTH) return;
    for (const candidate of this.shapes.candidates(value, before, site)) {
      const node = candidate.node;
      if (node.type !== AST_NODE_TYPES.ObjectExpression && node.type !== AST_NODE_TYPES.ArrayExpression && node.type !== AST_NODE_TYPES.CallExpression) {
        if (this.types && node.type !== AST_NODE_TYPES.Literal) this.scanTypedTool(node, candidate.site ?? node, ctx);
        continue;
      }
      const sites = ctx.seen.get(node) ?? new Set<Site>();
      if (sites.has(candidate.site)) continue;
      sites.add(candidate.site);
      ctx.seen.set(node, sites);
      const shape = node.type === AST_NODE_TYPES.ArrayExpression ? null : this.shapes.objectOf(candidate, depth);
      if (shape) {
        this.scanNestedShape(shape, ctx, depth);
        continue;
      }
      const array = node.type === AST_NODE_TYPES.ObjectExpression ? null : this.shapes.arrayOf(candidate, depth);
      for (const element of array?.elements ?? []) {
        if (element.kind === 'value') this.scanNested(element.node, ctx, depth + 1, element.site, element.before);
      }
    }
  }

  private scanNestedShape(shape: ObjectShape, ctx: ScanContext, depth: number): void {
    for (const entry of this.shapes.effectiveProperties(shape).properties) this.scanProperty(entry, ctx, depth + 1);
  }

  /**
   * Typed mode: a Messages body built where the shapes cannot follow (another module, a function's
   * result) is judged by the top-level properties its type declares; optional ones are unresolved.
   */
  private scanTypedBody(body: TSESTree.Node, ctx: ScanContext, at: TSESTree.Node): boolean {
    const types = this.types;
    const type = types?.objectTypeOf(body);
    if (!types || !type) return false;
    const part = (key: string) => `the \`${key}\` of \`${ctx.callText}\``;
    for (const feature of PARAM_FEATURES) {
      const property = types.property(type, feature.key);
      if (property.status === 'absent' || feature.owner === ctx.absorbedOwner) continue;
      const data = { call: ctx.callText, key: feature.key, feature: feature.feature };
      const activity = property.status === 'present' ? types.activityOfType(property.type) : 'unknown';
      if (activity === 'active' || (activity === 'unknown' && property.status === 'present' && feature.keyOnly)) this.add(feature.owner, feature.kind, at, data);
      else if (activity === 'unknown') this.unresolved(at, part(feature.key), [feature.owner]);
    }
    const container = types.property(type, CONTAINER_KEY);
    if (container.status === 'present') this.judgeTypedContainer(container.type, at, ctx);
    else if (container.status === 'unknown') this.unresolved(at, part(CONTAINER_KEY), CONTAINER_RULES);
    const tools = types.property(type, 'tools');
    if (tools.status === 'present') this.judgeTypedTools(tools.type, at, ctx);
    else if (tools.status === 'unknown') this.unresolved(at, part('tools'), TOOL_RULES);
    const betas = types.property(type, 'betas');
    if (betas.status === 'present') {
      const flags = types.tupleStringsOf(betas.type);
      if (flags) for (const flag of flags) this.reportFlag(flag, at, ctx);
      else if (types.activityOfType(betas.type) !== 'inactive') this.unresolved(at, part('betas'), ['no-beta-api']);
    } else if (betas.status === 'unknown') {
      this.unresolved(at, part('betas'), ['no-beta-api']);
    }
    return true;
  }

  /** Typed mode: a `container` value from elsewhere; an id reuses a sandbox, `skills` attach Skills. */
  private judgeTypedContainer(type: ts.Type, node: TSESTree.Node, ctx: ScanContext): void {
    const types = this.types!;
    const activity = types.activityOfType(type);
    if (activity === 'inactive') return;
    const object = activity === 'active' ? types.objectTypeOfType(type) : null;
    const data = { call: ctx.callText, key: CONTAINER_KEY };
    if (!object) {
      if (activity === 'active') this.add('no-code-execution', 'containerReuse', node, data);
      else this.unresolved(node, `the \`container\` of \`${ctx.callText}\``, CONTAINER_RULES);
      return;
    }
    const features: [string, RuleName, FindingKind][] = [
      ['id', 'no-code-execution', 'containerReuse'],
      ['skills', 'no-skills-api', 'skillsParam'],
    ];
    for (const [key, owner, kind] of features) {
      const property = types.property(object, key);
      if (property.status === 'absent' || owner === ctx.absorbedOwner) continue;
      const activity = property.status === 'present' ? types.activityOfType(property.type) : 'unknown';
      if (activity === 'active') this.add(owner, kind, node, { call: ctx.callText, key });
      else if (activity === 'unknown') this.unresolved(node, `the \`container.${key}\` of \`${ctx.callText}\``, [owner]);
    }
  }

  /** Typed mode: server tools by the `type` literals a `tools` value's type carries. */
  private judgeTypedTools(type: ts.Type, node: TSESTree.Node, ctx: ScanContext): void {
    const tools = this.types!.toolTypesOfType(type);
    const part = `the \`tools\` of \`${ctx.callText}\``;
    for (const [names, definite] of [[tools.definite, true], [tools.possible, false]] as const) {
      for (const name of names) {
        const tool = serverToolOf(name);
        if (!tool || tool.owner === ctx.absorbedOwner) continue;
        if (definite) this.add(tool.owner, tool.kind, node, { type: name, tool: tool.tool, call: ctx.callText });
        else this.unresolved(node, part, [tool.owner]);
      }
    }
    if (tools.incomplete) this.unresolved(node, part, TOOL_RULES);
  }

  /** Typed mode: a tool object held in a const of another module, judged by its `type` literal. */
  private scanTypedTool(value: TSESTree.Node, at: TSESTree.Node, ctx: ScanContext): void {
    const types = this.types!;
    const object = types.objectTypeOf(value);
    const property = object ? types.property(object, 'type') : null;
    if (property?.status !== 'present') return;
    const name = types.stringLiteralOf(property.type);
    const tool = name === null ? undefined : serverToolOf(name);
    if (tool && name !== null && tool.owner !== ctx.absorbedOwner) {
      this.add(tool.owner, tool.kind, at, { type: name, tool: tool.tool, call: ctx.callText });
    }
  }

  /** Each flag of `betas: [...]`, reported where it is used: its element, or the const, spread or helper that brings it in. */
  private scanFlags(value: TSESTree.Node, ctx: ScanContext, site: Site, before: number): void {
    if (isNullish(value)) return;
    const part = `the \`betas\` of \`${ctx.callText}\``;
    const array = this.shapes.array(value, before, site);
    if (!array) {
      const typed = this.types?.tupleStringsOf(this.types.typeOf(value));
      if (typed) for (const flag of typed) this.reportFlag(flag, site ?? value, ctx);
      else this.unresolved(site ?? value, part, ['no-beta-api']);
      return;
    }
    for (const element of array.elements) {
      if (element.kind === 'unknown') {
        this.unresolved(element.site ?? element.node, part, ['no-beta-api']);
        continue;
      }
      const flags = this.values.read(element.node, element.before, element.site);
      for (const candidate of flags.candidates) {
        if (typeof candidate.value === 'string') this.reportFlag(candidate.value, candidate.node, ctx);
      }
      for (const node of flags.unresolved) this.unresolved(node, part, ['no-beta-api']);
    }
  }

  private reportFlag(flag: string, node: TSESTree.Node, ctx: { readonly absorbedOwner: RuleName | null }, kind: FindingKind = 'betaFlag'): void {
    const owner = betaFlagOwner(flag);
    // The flags a storing call passes to enable its own surface are part of that call's finding.
    if (owner === ctx.absorbedOwner) return;
    this.add(owner, kind, node, { flag }, { subject: flag });
  }

  private scanRequestOptions(value: TSESTree.Node, ctx: ScanContext): void {
    const shape = this.shapes.object(value, ctx.before);
    if (!shape) return;
    for (const write of this.shapes.lookup(shape, 'headers').writes) this.scanHeaders(write.value, ctx, write.site, write.before);
  }

  /** `anthropic-beta` (comma-separated flags) and the browser-access header in a headers object. */
  private scanHeaders(value: TSESTree.Node, ctx: ScanContext, site: Site, before: number): void {
    const shape = this.shapes.object(value, before, site);
    if (shape) this.scanHeaderShape(shape, { absorbedOwner: ctx.absorbedOwner, sdk: true });
  }

  /**
   * One headers object, sent by the SDK (`defaultHeaders`, a request's `headers`) or by a raw HTTP
   * call. The SDK drops a `null` header; a raw request reports its general beta flags as `rawRequest`.
   */
  scanHeaderShape(shape: ObjectShape, options: { readonly absorbedOwner: RuleName | null; readonly sdk: boolean }): void {
    for (const entry of this.shapes.effectiveProperties(shape).properties) {
      const name = entry.key.toLowerCase();
      if (name !== BETA_HEADER && name !== BROWSER_ACCESS_HEADER) continue;
      const header = this.values.read(entry.value, entry.before, entry.site);
      for (const node of header.unresolved) {
        this.unresolved(node, `the \`${entry.key}\` header`, name === BETA_HEADER ? ['no-beta-api'] : ['no-browser-client']);
      }
      for (const candidate of header.candidates) {
        const value = candidate.value;
        if (options.sdk && (value === null || value === undefined)) continue;
        if (name === BROWSER_ACCESS_HEADER) {
          if (String(value) === 'true') this.add('no-browser-client', 'browserHeader', entry.site ?? entry.keyNode, { header: entry.key });
          continue;
        }
        if (typeof value !== 'string' && !Array.isArray(value)) continue;
        for (const flag of String(value).split(',').map((f) => f.trim()).filter(Boolean)) {
          const kind = !options.sdk && betaFlagOwner(flag) === 'no-beta-api' ? 'rawRequest' : 'betaFlag';
          this.reportFlag(flag, candidate.node, options, kind);
        }
      }
    }
  }
}

/** The rules an unreadable library options object may hide findings of. */
function libraryConcerns(spec: LibraryOptionsSpec): RuleName[] {
  const rules: RuleName[] = [];
  for (const param of Object.values(spec.params)) {
    if (param === CONTAINER_KEY) rules.push(...CONTAINER_RULES);
    else if (param === 'tools') rules.push(...TOOL_RULES);
    else if (param === 'betas') rules.push('no-beta-api');
    else {
      const feature = PARAM_FEATURES.find((f) => f.key === param);
      if (feature) rules.push(feature.owner);
    }
  }
  if (spec.betaOptions && Object.keys(spec.betaOptions).length > 0) rules.push('no-beta-api');
  return inTableOrder(rules);
}

function joinWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
