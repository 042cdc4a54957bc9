import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { BETA_HEADER, BROWSER_ACCESS_HEADER, betaFlagOwner } from '../policy/betas.js';
import { CLIENT_KINDS, PLATFORM_LABELS } from '../policy/clients.js';
import type { FindingKind } from '../policy/findings.js';
import { MESSAGE_PARAM_FEATURES, NESTED_PARAM_FEATURES, SERVER_TOOL_TYPES } from '../policy/params.js';
import type { RuleName } from '../policy/rule-names.js';
import { skipTransparent } from './ast.js';
import type { ApiCall, ClientConstruction } from './calls.js';
import type { TypeFacts } from './types.js';
import { isNullish, type ObjectShape, type ShapeReader, type StaticValues } from './values.js';

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
}

/** Keys whose value decides a feature, by the kind of finding they make. */
const KIND_OF_KEY: Readonly<Record<string, FindingKind>> = {
  file_id: 'fileReference',
  context_management: 'contextManagement',
  mcp_servers: 'mcpServers',
  skills: 'skillsParam',
  thread: 'messageThread',
};

const KIND_OF_TOOL_OWNER: Partial<Record<RuleName, FindingKind>> = {
  'no-code-execution': 'codeExecutionTool',
  'no-mcp-connector': 'mcpToolset',
  'no-web-search': 'webTool',
};

/** Rules that judge a Messages body and so cannot vouch for one the analysis cannot read. */
const BODY_RULES: readonly RuleName[] = [
  'no-context-management',
  'no-mcp-connector',
  'no-code-execution',
  'no-skills-api',
  'no-beta-api',
  'no-web-search',
];
const TOOL_RULES: readonly RuleName[] = ['no-code-execution', 'no-mcp-connector', 'no-web-search'];

const MAX_SCAN_DEPTH = 10;

type Activity = 'active' | 'inactive' | 'unknown';

interface ScanContext {
  readonly call: ApiCall | null;
  /** Features of this owner are part of the call's own finding (a files call's `file_id`). */
  readonly absorbedOwner: RuleName | null;
  /** Member writes after this offset do not reach the request. */
  readonly before: number;
  readonly seen: Set<TSESTree.Node>;
}

/** Turns recognised calls and constructions into findings, each with its one owning rule. */
export class FindingCollector {
  readonly findings: Finding[] = [];
  private readonly keys = new Set<string>();

  constructor(
    private readonly reader: ShapeReader,
    private readonly statics: StaticValues,
    /** Typed mode only: params the shapes cannot read are judged by their type. */
    private readonly types: TypeFacts | null = null,
  ) {}

  add(
    rule: RuleName,
    kind: FindingKind,
    node: TSESTree.Node,
    data: Record<string, string>,
    options: { unresolved?: boolean; subject?: string } = {},
  ): void {
    const key = `${rule}|${kind}|${node.range[0]}|${node.range[1]}|${options.subject ?? ''}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.findings.push({ rule, kind, node, data, unresolved: options.unresolved ?? false, subject: options.subject });
  }

  private unresolved(rules: readonly RuleName[], node: TSESTree.Node, data: Record<string, string>): void {
    for (const rule of rules) this.add(rule, 'unresolvedParams', node, data, { unresolved: true });
  }

  scanCall(call: ApiCall): void {
    const ctx: ScanContext = {
      call,
      absorbedOwner: call.storingResource?.owner ?? null,
      before: call.node.range[0],
      seen: new Set(),
    };
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
      this.scanMessageBody(body, ctx);
      if (endpoint.method === 'toolRunner') this.checkToolRunnerThreads(call, body);
    } else if (call.isBatchCreate) {
      this.scanBatchCreate(body, ctx);
    } else {
      // Other methods take ids before their params (`resources.add(sessionId, params)`).
      for (const arg of call.node.arguments) this.scanValue(arg, ctx, 0);
    }
    const options = endpoint || call.isBatchCreate ? requestOptions : call.node.arguments[call.node.arguments.length - 1];
    if (options) this.scanRequestOptions(options, ctx);
  }

  scanConstruction(construction: ClientConstruction, clone: boolean): void {
    const info = CLIENT_KINDS[construction.client];
    const callee = construction.node.callee;
    if (!clone && info.platform !== 'first-party') {
      this.add('no-third-party-platform', 'platformClient', callee, { client: info.className, platform: PLATFORM_LABELS[info.platform] }, {
        subject: info.platform,
      });
    }
    const options = construction.options;
    if (!construction.optionsAreSdkOptions || !options || isNullish(options)) return;
    const data = { client: info.className };
    const shape = this.reader.object(options, construction.node.range[0]);
    if (!shape) {
      this.add('no-browser-client', 'unresolvedOption', options, data, { unresolved: true });
      return;
    }
    const browser = this.reader.lookup(shape, 'dangerouslyAllowBrowser');
    if (browser.status === 'unknown') {
      this.add('no-browser-client', 'unresolvedOption', browser.node, data, { unresolved: true });
    } else if (browser.status === 'present') {
      const value = this.statics.value(browser.entry.value);
      if (!value) this.add('no-browser-client', 'unresolvedOption', browser.entry.value, data, { unresolved: true });
      else if (value.value === true) this.add('no-browser-client', 'browserClient', browser.entry.keyNode, data);
    }
    const headers = this.reader.lookup(shape, 'defaultHeaders');
    if (headers.status === 'present') {
      this.scanHeaders(headers.entry.value, { call: null, absorbedOwner: null, before: construction.node.range[0], seen: new Set() });
    }
  }

  /** Threads are on by default for `toolRunner` on first-party and Foundry clients. */
  private checkToolRunnerThreads(call: ApiCall, body: TSESTree.Node | undefined): void {
    if (!CLIENT_KINDS[call.client].threadsByDefault) return;
    const shape = body ? this.reader.object(body, call.node.range[0]) : null;
    const typed = !shape && body && this.types ? this.types.objectTypeOf(body) : null;
    if (!shape && !typed) return; // reported as unresolved params by the body scan
    // The SDK threads unless `thread` is exactly `false`; `null`/`undefined` keep the default.
    const threads = shape
      ? ((lookup) => lookup.status === 'absent' || (lookup.status === 'present' && isNullish(lookup.entry.value)))(
          this.reader.lookup(shape, 'thread'),
        )
      : this.types!.property(typed!, 'thread').status === 'absent';
    if (threads) {
      this.add('no-beta-api', 'toolRunnerThread', call.node.callee, { call: call.pathText }, { subject: 'beta.messages.toolRunner' });
    }
  }

  private scanBatchCreate(body: TSESTree.Node | undefined, ctx: ScanContext): void {
    if (!body) return;
    // Requests the analysis cannot read may carry any Messages param.
    const unknown = (node: TSESTree.Node) => this.unresolved(BODY_RULES, node, { call: ctx.call?.pathText ?? 'request' });
    const shape = this.reader.object(body, ctx.before);
    if (!shape) {
      if (!isNullish(body)) unknown(body);
      return;
    }
    const { properties, unknowns } = this.reader.effectiveProperties(shape);
    if (unknowns.length > 0) unknown(unknowns[0]!.node);
    for (const entry of properties) {
      if (entry.key !== 'requests') {
        this.scanProperty(entry.key, entry.keyNode, entry.value, ctx, 1);
        continue;
      }
      const requests = this.reader.array(entry.value, ctx.before);
      if (!requests) unknown(entry.value);
      for (const request of requests?.elements ?? []) {
        if ('kind' in request && request.kind === 'unknown') {
          unknown(request.node);
          continue;
        }
        const requestShape = this.reader.object(request as TSESTree.Node, ctx.before);
        const params = requestShape ? this.reader.lookup(requestShape, 'params') : null;
        if (!params) unknown(request as TSESTree.Node);
        else if (params.status === 'unknown') unknown(params.node);
        else if (params.status === 'present') this.scanMessageBody(params.entry.value, ctx);
      }
    }
  }

  /** A Messages body: top-level params are judged as Messages params, the rest by the nested scan. */
  private scanMessageBody(body: TSESTree.Node | undefined, ctx: ScanContext): void {
    if (!body) return;
    const call = ctx.call?.pathText ?? 'request';
    const shape = this.reader.object(body, ctx.before);
    if (!shape) {
      if (!isNullish(body) && !this.scanTypedBody(body, ctx, call)) this.unresolved(BODY_RULES, body, { call });
      return;
    }
    const { properties, unknowns } = this.reader.effectiveProperties(shape);
    if (unknowns.length > 0) this.unresolved(BODY_RULES, unknowns[0]!.node, { call });
    for (const entry of properties) {
      const feature = MESSAGE_PARAM_FEATURES.find((f) => f.key === entry.key);
      if (feature) {
        this.judgeFeature(feature.owner, KIND_OF_KEY[entry.key] ?? 'betaParam', entry.keyNode, entry.value, ctx, {
          call,
          key: entry.key,
          feature: feature.feature,
        });
      } else if (entry.key === 'container') {
        this.scanContainer(entry.value, ctx, call);
      } else if (entry.key === 'tools' && !isNullish(entry.value) && !this.reader.array(entry.value, ctx.before)) {
        if (this.types) this.judgeTypedTools(this.types.typeOf(entry.value), entry.value, ctx, call);
        else this.unresolved(TOOL_RULES, entry.value, { call });
      } else {
        this.scanProperty(entry.key, entry.keyNode, entry.value, ctx, 1);
      }
    }
  }

  /** `container: "id"` / `{ id }` reuses a code-execution sandbox; `container.skills` attaches Skills. */
  private scanContainer(value: TSESTree.Node, ctx: ScanContext, call: string): void {
    if (this.activity(value, ctx) === 'inactive') return;
    const staticValue = this.statics.value(value);
    if (staticValue && typeof staticValue.value === 'string') {
      this.add('no-code-execution', 'containerReuse', value, { call });
      return;
    }
    const shape = this.reader.object(value, ctx.before);
    if (!shape) {
      if (this.types) this.judgeTypedContainer(this.types.typeOf(value), value, ctx, call);
      // An unreadable container may reuse a sandbox and may attach Skills.
      else this.unresolved(['no-code-execution', 'no-skills-api'], value, { call });
      return;
    }
    for (const entry of this.reader.effectiveProperties(shape).properties) {
      if (entry.key === 'id') {
        this.judgeFeature('no-code-execution', 'containerReuse', entry.keyNode, entry.value, ctx, { call });
      } else {
        this.scanProperty(entry.key, entry.keyNode, entry.value, ctx, 2);
      }
    }
  }

  private judgeFeature(
    owner: RuleName,
    kind: FindingKind,
    keyNode: TSESTree.Node,
    value: TSESTree.Node,
    ctx: ScanContext,
    data: Record<string, string>,
  ): void {
    if (owner === ctx.absorbedOwner) return;
    const activity = this.activity(value, ctx);
    if (activity === 'active') this.add(owner, kind, keyNode, data);
    else if (activity === 'unknown' && owner !== 'no-files-api') this.add(owner, 'unresolvedParams', value, data, { unresolved: true });
  }

  /** Whether a feature's value turns it on: `null`, `false` and `[]` do not. */
  private activity(value: TSESTree.Node, ctx: ScanContext): Activity {
    if (isNullish(value)) return 'inactive';
    const expression = this.reader.definingExpression(value);
    if (expression?.type === AST_NODE_TYPES.ObjectExpression) return 'active';
    if (expression?.type === AST_NODE_TYPES.ArrayExpression) {
      const array = this.reader.array(value, ctx.before);
      return array && array.elements.length === 0 ? 'inactive' : 'active';
    }
    const known = this.statics.value(value);
    if (known) return known.value === null || known.value === undefined || known.value === false ? 'inactive' : 'active';
    return this.types ? this.types.activityOf(value) : 'unknown';
  }

  /** Any depth of any request: keys that mean the same everywhere, server tool types, beta flags. */
  private scanProperty(key: string, keyNode: TSESTree.Node, value: TSESTree.Node, ctx: ScanContext, depth: number): void {
    const nested = NESTED_PARAM_FEATURES.find((f) => f.key === key);
    if (nested) {
      if (nested.owner === ctx.absorbedOwner) return;
      // An uploaded file is referenced whatever the id's value is.
      if (key === 'file_id') {
        if (!isNullish(value)) this.add(nested.owner, 'fileReference', keyNode, { call: ctx.call?.pathText ?? 'request', key });
        return;
      }
      this.judgeFeature(nested.owner, KIND_OF_KEY[key]!, keyNode, value, ctx, {
        call: ctx.call?.pathText ?? 'request',
        key,
        feature: nested.feature,
      });
      return;
    }
    if (key === 'type') {
      const type = this.statics.string(value);
      const tool = type === null ? undefined : SERVER_TOOL_TYPES.find((t) => t.pattern.test(type));
      if (tool && type !== null && tool.owner !== ctx.absorbedOwner) {
        this.add(tool.owner, KIND_OF_TOOL_OWNER[tool.owner]!, value, { type, tool: tool.tool, call: ctx.call?.pathText ?? 'request' });
      }
      return;
    }
    if (key === 'betas') {
      this.scanFlags(value, ctx);
      return;
    }
    this.scanValue(value, ctx, depth);
  }

  private scanValue(value: TSESTree.Node, ctx: ScanContext, depth: number): void {
    if (depth > MAX_SCAN_DEPTH) return;
    const target = this.reader.definingExpression(value);
    if (this.types && target?.type !== AST_NODE_TYPES.ObjectExpression && target?.type !== AST_NODE_TYPES.ArrayExpression) {
      this.scanTypedTool(value, ctx);
      return;
    }
    if (!target || ctx.seen.has(target)) return;
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      ctx.seen.add(target);
      const shape = this.reader.object(value, ctx.before);
      for (const entry of shape ? this.reader.effectiveProperties(shape).properties : []) {
        this.scanProperty(entry.key, entry.keyNode, entry.value, ctx, depth + 1);
      }
    } else if (target.type === AST_NODE_TYPES.ArrayExpression) {
      ctx.seen.add(target);
      for (const element of this.reader.array(value, ctx.before)?.elements ?? []) {
        if (!('kind' in element && element.kind === 'unknown')) this.scanValue(element as TSESTree.Node, ctx, depth + 1);
      }
    }
  }

  /**
   * Typed mode: a Messages body built where the shapes cannot follow (another module, a function's
   * result) is judged by the top-level properties its type declares; optional ones are unresolved.
   */
  private scanTypedBody(body: TSESTree.Node, ctx: ScanContext, call: string): boolean {
    const types = this.types;
    const type = types?.objectTypeOf(body);
    if (!types || !type) return false;
    for (const feature of MESSAGE_PARAM_FEATURES) {
      const property = types.property(type, feature.key);
      if (property.status === 'absent' || feature.owner === ctx.absorbedOwner) continue;
      const data = { call, key: feature.key, feature: feature.feature };
      const activity = property.status === 'present' ? types.activityOfType(property.type) : 'unknown';
      if (activity === 'active') this.add(feature.owner, KIND_OF_KEY[feature.key] ?? 'betaParam', body, data);
      else if (activity === 'unknown') this.add(feature.owner, 'unresolvedParams', body, data, { unresolved: true });
    }
    const container = types.property(type, 'container');
    if (container.status === 'present') this.judgeTypedContainer(container.type, body, ctx, call);
    else if (container.status === 'unknown') this.add('no-code-execution', 'unresolvedParams', body, { call }, { unresolved: true });
    const tools = types.property(type, 'tools');
    if (tools.status === 'present') this.judgeTypedTools(tools.type, body, ctx, call);
    else if (tools.status === 'unknown') this.unresolved(TOOL_RULES, body, { call });
    const betas = types.property(type, 'betas');
    if (betas.status === 'present') {
      const flags = types.tupleStringsOf(betas.type);
      if (flags) for (const flag of flags) this.reportFlag(flag, body, ctx);
      else if (types.activityOfType(betas.type) !== 'inactive') this.add('no-beta-api', 'unresolvedFlag', body, {}, { unresolved: true });
    } else if (betas.status === 'unknown') {
      this.add('no-beta-api', 'unresolvedFlag', body, {}, { unresolved: true });
    }
    return true;
  }

  /** Typed mode: a `container` value from elsewhere; an id reuses a sandbox, `skills` attach Skills. */
  private judgeTypedContainer(type: ts.Type, node: TSESTree.Node, ctx: ScanContext, call: string): void {
    const types = this.types!;
    const activity = types.activityOfType(type);
    if (activity === 'inactive') return;
    const object = activity === 'active' ? types.objectTypeOfType(type) : null;
    if (!object) {
      if (activity === 'active') this.add('no-code-execution', 'containerReuse', node, { call });
      else this.unresolved(['no-code-execution', 'no-skills-api'], node, { call });
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
      if (activity === 'active') this.add(owner, kind, node, { call, key });
      else if (activity === 'unknown') this.add(owner, 'unresolvedParams', node, { call }, { unresolved: true });
    }
  }

  /** Typed mode: server tools by the `type` literals a `tools` value's type carries. */
  private judgeTypedTools(type: ts.Type, node: TSESTree.Node, ctx: ScanContext, call: string): void {
    const tools = this.types!.toolTypesOfType(type);
    for (const [names, definite] of [[tools.definite, true], [tools.possible, false]] as const) {
      for (const name of names) {
        const tool = SERVER_TOOL_TYPES.find((t) => t.pattern.test(name));
        if (!tool || tool.owner === ctx.absorbedOwner) continue;
        if (definite) this.add(tool.owner, KIND_OF_TOOL_OWNER[tool.owner]!, node, { type: name, tool: tool.tool, call });
        else this.add(tool.owner, 'unresolvedParams', node, { call }, { unresolved: true });
      }
    }
    if (tools.incomplete) this.unresolved(TOOL_RULES, node, { call });
  }

  /** Typed mode: a tool object held in a const of another module, judged by its `type` literal. */
  private scanTypedTool(value: TSESTree.Node, ctx: ScanContext): void {
    const types = this.types!;
    const object = types.objectTypeOf(value);
    const property = object ? types.property(object, 'type') : null;
    if (property?.status !== 'present') return;
    const name = types.stringLiteralOf(property.type);
    const tool = name === null ? undefined : SERVER_TOOL_TYPES.find((t) => t.pattern.test(name));
    if (tool && name !== null && tool.owner !== ctx.absorbedOwner) {
      this.add(tool.owner, KIND_OF_TOOL_OWNER[tool.owner]!, value, { type: name, tool: tool.tool, call: ctx.call?.pathText ?? 'request' });
    }
  }

  /**
   * Each flag of `betas: [...]`, reported where it is used: at its element, or at the spread or
   * identifier that brings a const array in (never at the const's declaration).
   */
  private scanFlags(value: TSESTree.Node, ctx: ScanContext, site: TSESTree.Node | null = null): void {
    if (isNullish(value)) return;
    const literal = skipTransparent(value);
    if (site === null && literal.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of literal.elements) {
        if (element?.type === AST_NODE_TYPES.SpreadElement) this.scanFlags(element.argument, ctx, element);
        else if (element) this.scanFlag(element, element, ctx);
      }
      return;
    }
    const at = site ?? literal;
    const array = this.reader.array(value, ctx.before);
    if (!array) {
      this.add('no-beta-api', 'unresolvedFlag', at, {}, { unresolved: true });
      return;
    }
    for (const element of array.elements) {
      if ('kind' in element && element.kind === 'unknown') this.add('no-beta-api', 'unresolvedFlag', at, {}, { unresolved: true });
      else this.scanFlag(element as TSESTree.Node, at, ctx);
    }
  }

  private scanFlag(node: TSESTree.Node, at: TSESTree.Node, ctx: ScanContext): void {
    const flag = this.statics.string(node);
    if (flag === null) this.add('no-beta-api', 'unresolvedFlag', at, {}, { unresolved: true });
    else this.reportFlag(flag, at, ctx);
  }

  private reportFlag(flag: string, node: TSESTree.Node, ctx: ScanContext): void {
    const owner = betaFlagOwner(flag);
    // The flags a storing call passes to enable its own surface are part of that call's finding.
    if (owner === ctx.absorbedOwner) return;
    this.add(owner, 'betaFlag', node, { flag }, { subject: flag });
  }

  private scanRequestOptions(value: TSESTree.Node, ctx: ScanContext): void {
    const shape = this.reader.object(value, ctx.before);
    if (!shape) return;
    const headers = this.reader.lookup(shape, 'headers');
    if (headers.status === 'present') this.scanHeaders(headers.entry.value, ctx);
  }

  /** `anthropic-beta` (comma-separated flags) and the browser-access header. */
  private scanHeaders(value: TSESTree.Node, ctx: ScanContext): void {
    const shape = this.reader.object(value, ctx.before);
    if (shape) this.scanHeaderShape(shape, { absorbedOwner: ctx.absorbedOwner, sdk: true });
  }

  /**
   * One headers object, sent by the SDK (`defaultHeaders`, a request's `headers`) or by a raw HTTP
   * call. The SDK drops a `null` header; a raw request reports its general beta flags as `rawRequest`.
   */
  scanHeaderShape(shape: ObjectShape, options: { readonly absorbedOwner: RuleName | null; readonly sdk: boolean }): void {
    for (const entry of this.reader.effectiveProperties(shape).properties) {
      const name = entry.key.toLowerCase();
      if (name === BETA_HEADER) {
        const header = this.statics.value(entry.value);
        if (options.sdk && header && (header.value === null || header.value === undefined)) continue;
        const text = header && (typeof header.value === 'string' || Array.isArray(header.value)) ? String(header.value) : null;
        if (text === null) {
          this.add('no-beta-api', 'unresolvedFlag', entry.value, {}, { unresolved: true });
          continue;
        }
        for (const flag of text.split(',').map((f) => f.trim()).filter(Boolean)) {
          const owner = betaFlagOwner(flag);
          // The flags a storing call passes to enable its own surface are part of that call's finding.
          if (owner === options.absorbedOwner) continue;
          const kind = !options.sdk && owner === 'no-beta-api' ? 'rawRequest' : 'betaFlag';
          this.add(owner, kind, skipTransparent(entry.value), { flag }, { subject: flag });
        }
      } else if (name === BROWSER_ACCESS_HEADER) {
        const header = this.statics.value(entry.value);
        if (header && String(header.value) === 'true') this.add('no-browser-client', 'browserHeader', entry.keyNode, { header: entry.key });
        else if (!header) this.add('no-browser-client', 'unresolvedOption', entry.value, { client: 'request' }, { unresolved: true });
      }
    }
  }
}
