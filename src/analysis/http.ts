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
import { plainKeyName, skipTransparent } from './ast.js';
import type { ClientResolver } from './clients.js';
import type { FindingCollector } from './findings.js';
import { UrlReader, displayUrl, isAnthropicApiUrl, joinBaseUrl, rawApiRouteOf } from './urls.js';
import type { ObjectShape, ShapeReader, StaticValues } from './values.js';

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

const MAX_DEPTH = 30;

/**
 * Recognises raw HTTP calls to Anthropic's API (fetch, undici, axios, got, ky) and OpenAI SDK
 * clients pointed at it, and reports them through the rule that owns the surface.
 */
export class ForeignCallScanner {
  private readonly values = new Map<TSESTree.Node, ForeignValue | null>();
  private readonly urls: UrlReader;
  private depth = 0;

  constructor(
    private readonly resolver: ClientResolver,
    private readonly shapes: ShapeReader,
    private readonly statics: StaticValues,
    private readonly collector: FindingCollector,
  ) {
    this.urls = new UrlReader(statics, shapes, (id) => this.isGlobal(id));
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
    const variable = this.resolver.variableOf(identifier);
    return !variable || variable.defs.length === 0;
  }

  /** `new OpenAI({ baseURL: 'https://api.anthropic.com/v1/' })`: the OpenAI-compatibility endpoint. */
  private scanOpenAiClient(node: TSESTree.CallExpression | TSESTree.NewExpression, className: string): void {
    const options = node.arguments[0];
    if (!options || options.type === AST_NODE_TYPES.SpreadElement) return;
    const shape = this.shapes.object(options, node.range[0]);
    const baseURL = shape ? this.shapes.lookup(shape, 'baseURL') : null;
    if (baseURL?.status !== 'present') return;
    const url = this.urls.read(baseURL.entry.value);
    if (url === null || !isAnthropicApiUrl(url)) return;
    this.collector.add('no-openai-compat', 'openaiCompat', baseURL.entry.value, { client: className, url: displayUrl(url) });
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
      urlNode = url.status === 'present' ? url.entry.value : null;
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
      const headers = this.shapes.lookup(optionShape, 'headers');
      if (headers.status === 'present') this.scanHeaders(headers.entry.value, before, owner);
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
      if (base.status === 'present') return this.urls.read(base.entry.value);
      if (base.status === 'unknown') return null;
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
    if (this.depth > MAX_DEPTH) return null;
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
        const variable = this.resolver.variableOf(node);
        if (!variable || variable.defs.length === 0) return node.name === 'fetch' ? FETCH : null;
        return this.variableValue(variable);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const key = this.resolver.memberKey(node);
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
      case AST_NODE_TYPES.ChainExpression:
        return this.resolve(node.expression);
      case AST_NODE_TYPES.AwaitExpression:
        return this.resolve(node.argument);
      case AST_NODE_TYPES.ImportExpression: {
        const source = node.source.type === AST_NODE_TYPES.Literal ? node.source.value : null;
        return typeof source === 'string' ? moduleValue(source, false) : null;
      }
      case AST_NODE_TYPES.CallExpression: {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require' && this.isGlobal(callee)) {
          const source = node.arguments[0];
          return source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' ? moduleValue(source.value, true) : null;
        }
        const factory = this.resolve(callee);
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
    if (variable.defs.length !== 1) return null;
    const def = variable.defs[0]!;
    if (def.type === 'ImportBinding') {
      const specifier = def.node as TSESTree.Node;
      if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        const reference = specifier.moduleReference;
        if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference || specifier.importKind === 'type') return null;
        return moduleValue(reference.expression.value, true);
      }
      const declaration = specifier.parent;
      if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration || declaration.importKind === 'type') return null;
      const module = moduleValue(declaration.source.value, false);
      switch (specifier.type) {
        case AST_NODE_TYPES.ImportNamespaceSpecifier:
          return module;
        case AST_NODE_TYPES.ImportDefaultSpecifier:
          return member(module, 'default');
        case AST_NODE_TYPES.ImportSpecifier: {
          if (specifier.importKind === 'type') return null;
          const imported = specifier.imported;
          return member(module, imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value));
        }
        default:
          return null;
      }
    }
    if (def.type !== 'Variable') return null;
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (variable.references.some((r) => r.isWrite() && !r.init)) return null;
    if (declarator.id === def.name) return this.resolve(declarator.init);
    // `const { fetch } = require('undici')`, `const { default: axios } = await import('axios')`.
    const keys: string[] = [];
    let current: TSESTree.Node = def.name as TSESTree.Node;
    while (current !== declarator.id) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (!parent) return null;
      if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
        const key = parent.computed ? null : plainKeyName(parent.key);
        if (key === null) return null;
        keys.unshift(key);
      } else if (parent.type !== AST_NODE_TYPES.ObjectPattern && parent.type !== AST_NODE_TYPES.AssignmentPattern) {
        return null;
      }
      current = parent;
    }
    let value = this.resolve(declarator.init);
    for (const key of keys) value = member(value, key);
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
      const className = OPENAI_CLIENT_CLASSES[key];
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
