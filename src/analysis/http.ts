import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  GLOBAL_OBJECTS,
  HTTP_APIS,
  HTTP_MODULES,
  type HttpApi,
  type HttpCallShape,
  type HttpModule,
  OPENAI_CLIENT_CLASSES,
  OPENAI_MODULES,
} from '../policy/http.js';
import type { RuleName } from '../policy/rule-names.js';
import { skipTransparent } from './ast.js';
import type { FindingCollector } from './findings.js';
import { MAX_RESOLVE_DEPTH } from './limits.js';
import type { PossibleValueReader } from './possible-values.js';
import type { Bindings } from './scope.js';
import type { ObjectShape, ShapeReader } from './shapes.js';
import type { StaticValues } from './static-values.js';
import { UrlReader, displayUrl, isAnthropicApiUrl, joinBaseUrl, rawApiRouteOf } from './urls.js';
import { ownEntry } from '../utils/own-entry.js';

type Variable = TSESLint.Scope.Variable;

/** What an expression is in a module other than the Claude SDK: an HTTP client or the OpenAI SDK. */
type ForeignValue =
  | { readonly type: 'httpModule'; readonly module: HttpModule; readonly commonJs: boolean }
  | { readonly type: 'openaiModule'; readonly commonJs: boolean }
  /** A callable HTTP API; `defaults` are the option objects of the `create`/`extend` calls that built it. */
  | { readonly type: 'http'; readonly api: HttpApi; readonly defaults: readonly TSESTree.Node[] }
  | { readonly type: 'httpMethod'; readonly api: HttpApi; readonly shape: HttpCallShape; readonly defaults: readonly TSESTree.Node[] }
  | { readonly type: 'httpFactory'; readonly api: HttpApi; readonly defaults: readonly TSESTree.Node[] }
  | { readonly type: 'openaiClass'; readonly className: string };

/**
 * Recognises raw HTTP calls to Anthropic's API (fetch, undici, axios, got, ky) and OpenAI SDK
 * clients pointed at it, and reports them through the rule that owns the surface.
 */
export class ForeignCallScanner {
  private readonly values = new Map<TSESTree.Node, ForeignValue | null>();
  private readonly urls: UrlReader;
  private depth = 0;

  constructor(
    private readonly bindings: Bindings,
    private readonly shapes: ShapeReader,
    private readonly statics: StaticValues,
    values: PossibleValueReader,
    private readonly collector: FindingCollector,
  ) {
    this.urls = new UrlReader(statics, shapes, values, (id) => bindings.isGlobal(id));
  }

  /** A call or `new` the Claude SDK analysis did not recognise. */
  scan(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
    const callee = this.resolve(node.callee);
    if (!callee) return;
    if (callee.type === 'openaiClass' || (callee.type === 'openaiModule' && callee.commonJs)) {
      this.scanOpenAiClient(node, callee.type === 'openaiClass' ? callee.className : 'OpenAI');
      return;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    if (callee.type === 'http') this.scanRequest(node, callee.api, HTTP_APIS[callee.api].call, callee.defaults);
    else if (callee.type === 'httpMethod') this.scanRequest(node, callee.api, callee.shape, callee.defaults);
    else if (callee.type === 'httpModule' && callee.commonJs && callee.module.commonJs) {
      this.scanRequest(node, callee.module.commonJs, HTTP_APIS[callee.module.commonJs].call, []);
    }
  }

  private isGlobal(identifier: TSESTree.Identifier): boolean {
    return this.bindings.isGlobal(identifier);
  }

  /** `new OpenAI({ baseURL: 'https://api.anthropic.com/v1/' })`: the OpenAI-compatibility endpoint. */
  private scanOpenAiClient(node: TSESTree.CallExpression | TSESTree.NewExpression, className: string): void {
    const options = node.arguments[0];
    if (!options || options.type === AST_NODE_TYPES.SpreadElement) return;
    const shape = this.shapes.object(options, node.range[0]);
    if (!shape) return;
    let pointsAtAnthropic = false;
    for (const baseURL of this.shapes.lookup(shape, 'baseURL').writes) {
      const url = this.urls.read(baseURL.value, baseURL.before);
      if (url === null || !isAnthropicApiUrl(url)) continue;
      pointsAtAnthropic = true;
      this.collector.add('no-openai-compat', 'openaiCompat', baseURL.site ?? baseURL.value, { client: className, url: displayUrl(url) });
    }
    // Pointed at Anthropic, the OpenAI client's browser flag reaches Claude from a browser.
    if (pointsAtAnthropic) this.collector.judgeClientOptions(options, node.range[0], node.callee, className, false);
  }

  private scanRequest(node: TSESTree.CallExpression, api: HttpApi, shape: HttpCallShape, defaults: readonly TSESTree.Node[]): void {
    const before = node.range[0];
    const arg = (index: number) => {
      const found = node.arguments[index];
      return found && found.type !== AST_NODE_TYPES.SpreadElement ? found : null;
    };
    let urlNode: TSESTree.Node | null = arg(shape.urlArg);
    let options: TSESTree.Node | null = arg(shape.optionsArg);
    // `axios({ url, ... })`, `got({ url, ... })`: the first argument is the whole request config.
    const config = urlNode ? this.configShape(urlNode, before) : null;
    if (config && urlNode) {
      options = urlNode;
      const url = this.shapes.lookup(config, 'url');
      urlNode = url.writes.length === 1 && !url.unknown ? url.writes[0]!.value : null;
    }
    const optionShapes = [...defaults, ...(options ? [options] : [])]
      .map((o) => this.configShape(o, before))
      .filter((s): s is ObjectShape => s !== null);
    let owner: RuleName | null = null;
    const urlText = this.urls.read(urlNode);
    if (urlText !== null && urlNode) {
      const full = joinBaseUrl(this.baseUrl(api, optionShapes), urlText);
      const route = rawApiRouteOf(full);
      if (route) {
        owner = route.owner;
        this.collector.add(route.owner, 'rawRequest', urlNode, { url: displayUrl(full), surface: route.surface });
      }
    }
    for (const optionShape of optionShapes) {
      for (const headers of this.shapes.lookup(optionShape, 'headers').writes) this.scanHeaders(headers.value, headers.before, owner);
    }
  }

  private configShape(node: TSESTree.Node, before: number): ObjectShape | null {
    return this.shapes.definingExpression(node)?.type === AST_NODE_TYPES.ObjectExpression ? this.shapes.object(node, before) : null;
  }

  /** The last base URL set: the request's own options win over the instance defaults. */
  private baseUrl(api: HttpApi, optionShapes: readonly ObjectShape[]): string | null {
    const key = HTTP_APIS[api].baseKey;
    if (key === null) return null;
    for (let i = optionShapes.length - 1; i >= 0; i--) {
      const base = this.shapes.lookup(optionShapes[i]!, key);
      if (base.unknown || base.writes.length > 1) return null;
      if (base.writes.length === 1) return this.urls.read(base.writes[0]!.value, base.writes[0]!.before);
    }
    return null;
  }

  /** `anthropic-beta` flags and the browser-access header, in a plain object or `new Headers({...})`. */
  private scanHeaders(value: TSESTree.Node, before: number, absorbedOwner: RuleName | null): void {
    const defined = this.shapes.definingExpression(value);
    let headers: TSESTree.Node | null = value;
    if (defined?.type === AST_NODE_TYPES.NewExpression) {
      const callee = defined.callee;
      const isHeaders = callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Headers' && this.isGlobal(callee);
      const init = defined.arguments[0];
      headers = isHeaders && init && init.type !== AST_NODE_TYPES.SpreadElement ? init : null;
    }
    const shape = headers ? this.shapes.object(headers, before) : null;
    if (shape) this.collector.scanHeaderShape(shape, { absorbedOwner, sdk: false });
  }

  private resolve(node: TSESTree.Node | null | undefined): ForeignValue | null {
    if (!node) return null;
    if (this.values.has(node)) return this.values.get(node)!;
    if (this.depth > MAX_RESOLVE_DEPTH) return null;
    this.values.set(node, null); // cycle guard
    this.depth++;
    try {
      const value = this.compute(node);
      this.values.set(node, value);
      return value;
    } finally {
      this.depth--;
    }
  }

  private compute(node: TSESTree.Node): ForeignValue | null {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.bindings.variableOf(node);
        if (!variable || variable.defs.length === 0) return node.name === 'fetch' ? FETCH : null;
        return this.variableValue(variable);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const key = this.statics.memberKey(node);
        if (key === null) return null;
        const object = skipTransparent(node.object);
        if (object.type === AST_NODE_TYPES.Identifier && GLOBAL_OBJECTS.includes(object.name) && this.isGlobal(object)) {
          return key === 'fetch' ? FETCH : null;
        }
        return member(this.resolve(object), key);
      }
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ChainExpression:
        return this.resolve(node.expression);
      case AST_NODE_TYPES.AwaitExpression:
        return this.resolve(node.argument);
      case AST_NODE_TYPES.ImportExpression: {
        const source = this.statics.string(node.source);
        return source === null ? null : moduleValue(source, false);
      }
      case AST_NODE_TYPES.CallExpression: {
        const required = this.bindings.requiredModule(node);
        if (required !== null) return moduleValue(required, true);
        const factory = this.resolve(node.callee);
        if (factory?.type !== 'httpFactory') return null;
        const options = node.arguments[0];
        const defaults = options && options.type !== AST_NODE_TYPES.SpreadElement ? [...factory.defaults, options] : factory.defaults;
        return { type: 'http', api: factory.api, defaults };
      }
      default:
        return null;
    }
  }

  private variableValue(variable: Variable): ForeignValue | null {
    const imported = this.bindings.importOf(variable);
    if (imported) {
      if (imported.typeOnly) return null;
      const module = moduleValue(imported.source, imported.commonJs);
      return imported.imported === '*' ? module : member(module, imported.imported);
    }
    if (this.bindings.declaratorOf(variable)) {
      // A variable assigned more than once holds the first HTTP value any of its writes gives.
      for (const write of this.bindings.writesOf(variable)) {
        const value = this.resolve(write.value);
        if (value) return value;
      }
      return null;
    }
    // `const { fetch } = require('undici')`, `const { default: axios } = await import('axios')`.
    const binding = this.bindings.destructuredOf(variable);
    if (!binding) return null;
    let value = this.resolve(binding.init);
    for (const key of binding.keys) {
      const name = typeof key === 'string' ? key : this.statics.string(key);
      value = name === null ? null : member(value, name);
    }
    return value;
  }
}

const FETCH: ForeignValue = { type: 'http', api: 'fetch', defaults: [] };

function moduleValue(source: string, commonJs: boolean): ForeignValue | null {
  const http = HTTP_MODULES.find((m) => m.module === source);
  if (http) return { type: 'httpModule', module: http, commonJs };
  return OPENAI_MODULES.includes(source) ? { type: 'openaiModule', commonJs } : null;
}

function member(value: ForeignValue | null, key: string): ForeignValue | null {
  if (!value) return null;
  switch (value.type) {
    case 'httpModule': {
      const api = value.module.exports[key];
      if (api) return { type: 'http', api, defaults: [] };
      // `require('axios').get` is a member of the callable module export.
      return value.commonJs && value.module.commonJs ? member({ type: 'http', api: value.module.commonJs, defaults: [] }, key) : null;
    }
    case 'openaiModule': {
      const className = ownEntry(OPENAI_CLIENT_CLASSES, key);
      return className ? { type: 'openaiClass', className } : null;
    }
    case 'http': {
      const info = HTTP_APIS[value.api];
      const shape = info.methods[key];
      if (shape) return { type: 'httpMethod', api: value.api, shape, defaults: value.defaults };
      return info.factories.includes(key) ? { type: 'httpFactory', api: value.api, defaults: value.defaults } : null;
    }
    default:
      return null;
  }
}
