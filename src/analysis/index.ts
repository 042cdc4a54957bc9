import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { BETA_HEADER, BROWSER_ACCESS_HEADER } from '../policy/betas.js';
import { ANTHROPIC_API_HOSTS } from '../policy/http.js';
import { LIBRARY_MARKERS } from '../policy/libraries.js';
import { readSettings, type ClaudeZdrSettings } from '../settings.js';
import { walkNodes } from './ast.js';
import { type ApiCall, type ClientConstruction, recognizeCall } from './calls.js';
import { ClientResolver } from './clients.js';
import { type Finding, FindingCollector } from './findings.js';
import { ForeignCallScanner } from './http.js';
import { LIBRARY_ADAPTERS, type LibraryCall, type LibraryContext, type LibraryValue } from './libraries/index.js';
import { ClientModules, recognizeModule } from './modules.js';
import { PossibleValueReader } from './possible-values.js';
import { type MessageRequest, type ModelReference, RequestCollector } from './requests.js';
import { Bindings } from './scope.js';
import { ShapeReader } from './shapes.js';
import { StaticValues } from './static-values.js';
import { mightReachClient, requireResolvableClientImports, requireTypedServices, TypeFacts } from './type-facts.js';

export type { ApiCall, ClientConstruction } from './calls.js';
export type { Finding, FindingSuggestion } from './findings.js';
export type { LibraryCall } from './libraries/index.js';
export type { PossibleValues, ValueCandidate } from './possible-values.js';
export type { DroppedGeo, FieldWrite, GeoInsertion, GeoSpelling, MessageRequest, ModelReference, RequestField } from './requests.js';

/** Everything the rules need to know about one file, built once and shared by every rule. */
export interface FileAnalysis {
  readonly settings: ClaudeZdrSettings;
  readonly calls: readonly ApiCall[];
  readonly constructions: readonly ClientConstruction[];
  readonly findings: readonly Finding[];
  /** Every Messages request body (calls and each batch request's `params`), with `model` and `inference_geo` read. */
  readonly requests: readonly MessageRequest[];
  /** Every place a request names a model (Messages, fallbacks, advisor tool, middleware, agents, dreams). */
  readonly modelReferences: readonly ModelReference[];
  /** Where the file calls Claude through a client library (the AI SDK, LangChain, the Agent SDK), for the audit inventory. */
  readonly libraryCalls: readonly LibraryCall[];
  /** Present when the file was analysed (it mentions a recognised module); tools for value rules. */
  readonly tools: AnalysisTools | null;
}

export interface AnalysisTools {
  readonly bindings: Bindings;
  readonly resolver: ClientResolver;
  readonly shapes: ShapeReader;
  readonly statics: StaticValues;
  readonly values: PossibleValueReader;
  /** Typed mode (`typeAware: true`) only: what the type checker says about an expression. */
  readonly types: TypeFacts | null;
}

type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const cache = new WeakMap<TSESTree.Program, FileAnalysis>();
const clientModulesCache = new WeakMap<readonly string[], Map<string, ClientModules>>();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a file that talks to Claude must contain: an `@anthropic-ai/` module name (import or
 * require), an Anthropic API host (raw HTTP, the OpenAI SDK pointed at Anthropic), an
 * Anthropic-only header, or a client library's marker (its Claude provider's module, a
 * `'claude-…'` or `'anthropic/…'` model id, a `providerOptions` key `anthropic`). The SDK's own
 * sources, which import each other by relative path, and files that merely mention the word pass
 * without a walk; so do files that use `ai` or `langchain` with other vendors only.
 */
const CLAUDE_MARKERS = new RegExp(
  [
    ...['@anthropic-ai/', ...ANTHROPIC_API_HOSTS, BETA_HEADER, BROWSER_ACCESS_HEADER].map(escapeRegExp),
    ...LIBRARY_MARKERS.map((marker) => (typeof marker === 'string' ? escapeRegExp(marker) : marker.source)),
  ].join('|'),
  'i',
);

/** The `clientModules` of a settings object, resolved against ESLint's working folder (memoised). */
function clientModulesOf(settings: ClaudeZdrSettings, cwd: string): ClientModules {
  let byCwd = clientModulesCache.get(settings.clientModules);
  if (!byCwd) {
    byCwd = new Map();
    clientModulesCache.set(settings.clientModules, byCwd);
  }
  let modules = byCwd.get(cwd);
  if (!modules) {
    modules = new ClientModules(settings.clientModules, cwd);
    byCwd.set(cwd, modules);
  }
  return modules;
}

export function getFileAnalysis(context: AnyRuleContext): FileAnalysis {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached;
  const settings = readSettings(context.settings);
  // Typed mode never depends on whether the parser happens to carry a program: it requires one.
  const services = settings.typeAware ? requireTypedServices(context) : null;
  const clientModules = clientModulesOf(settings, context.cwd);
  // Cheap test: a file without any marker, or a wrapper module's name, cannot call Claude.
  const namesClaude = CLAUDE_MARKERS.test(sourceCode.text) || clientModules.mightBeImportedIn(sourceCode.text);
  if (services && namesClaude) requireResolvableClientImports(context, services);
  const worthAnalysing = namesClaude || (services !== null && mightReachClient(sourceCode.text));
  const analysis = worthAnalysing
    ? analyzeFile(sourceCode, context.filename, settings, clientModules, services && new TypeFacts(services, clientModules))
    : { settings, calls: [], constructions: [], findings: [], requests: [], modelReferences: [], libraryCalls: [], tools: null };
  cache.set(program, analysis);
  return analysis;
}

function analyzeFile(
  sourceCode: TSESLint.SourceCode,
  filename: string,
  settings: ClaudeZdrSettings,
  clientModules: ClientModules,
  types: TypeFacts | null,
): FileAnalysis {
  const bindings = new Bindings(sourceCode);
  const statics = new StaticValues(bindings, types);
  const resolver = new ClientResolver(bindings, statics, (source) => recognizeModule(source, clientModules, filename), types);
  const shapes = new ShapeReader(bindings, statics, (callee) => {
    const value = resolver.resolve(callee);
    return value?.type === 'function' ? value.node : null;
  });
  const values = new PossibleValueReader(statics, shapes);
  const collector = new FindingCollector(shapes, values, statics, bindings, types);
  const foreign = new ForeignCallScanner(bindings, shapes, statics, values, collector);
  const requests = new RequestCollector(shapes, values, resolver, collector);
  const libraries: LibraryContext = { bindings, resolver, shapes, values, statics, collector, requests, types, filename, calls: [] };
  const calls: ApiCall[] = [];
  const constructions: ClientConstruction[] = [];
  walkNodes(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return;
    const callee = libraryCallee(node, resolver);
    if (callee) {
      LIBRARY_ADAPTERS[callee.library]?.scan?.(node, callee, libraries);
      return;
    }
    const recognized = recognizeCall(node, resolver);
    if (!recognized) foreign.scan(node);
    if (recognized?.call) {
      calls.push(recognized.call);
      collector.scanCall(recognized.call);
      requests.scanCall(recognized.call);
    } else if (!recognized && node.type === AST_NODE_TYPES.CallExpression) {
      const sdkFunction = requests.sdkFunctionOf(node);
      if (sdkFunction) requests.scanSdkFunctionCall(node, sdkFunction);
    }
    if (recognized?.construction) {
      constructions.push(recognized.construction);
      collector.scanConstruction(recognized.construction);
    }
  });
  for (const adapter of Object.values(LIBRARY_ADAPTERS)) adapter.finish?.(libraries);
  return {
    settings,
    calls,
    constructions,
    libraryCalls: libraries.calls,
    findings: collector.findings,
    requests: requests.requests,
    modelReferences: requests.modelReferences,
    tools: { bindings, resolver, shapes, statics, values, types },
  };
}

/**
 * The library value a call or `new` calls: its callee's, or, for `new Sub(...)` of a local class
 * with no constructor of its own that extends a library class (`class Custom extends
 * ChatAnthropic {}`), the library class its arguments go to.
 */
function libraryCallee(node: TSESTree.CallExpression | TSESTree.NewExpression, resolver: ClientResolver): LibraryValue | null {
  let callee = resolver.resolve(node.callee);
  for (let depth = 0; callee?.type === 'class' && node.type === AST_NODE_TYPES.NewExpression && depth < 8; depth++) {
    const cls = callee.node;
    const ownConstructor = cls.body.body.some((member) => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor');
    if (ownConstructor || !cls.superClass) return null;
    callee = resolver.resolve(cls.superClass);
  }
  return callee?.type === 'library' ? callee : null;
}
