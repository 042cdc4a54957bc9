import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { BETA_HEADER, BROWSER_ACCESS_HEADER } from '../policy/betas.js';
import { ANTHROPIC_API_HOSTS } from '../policy/http.js';
import { readSettings, type ClaudeZdrSettings } from '../settings.js';
import { walkNodes } from './ast.js';
import { type ApiCall, type ClientConstruction, recognizeCall } from './calls.js';
import { ClientResolver } from './clients.js';
import { type Finding, FindingCollector } from './findings.js';
import { mightReachClient, requireResolvableClientImports, requireTypedServices, TypeFacts } from './types.js';
import { ForeignCallScanner } from './http.js';
import { PossibleValueReader } from './models.js';
import { type MessageRequest, type ModelReference, RequestCollector } from './requests.js';
import { ShapeReader, StaticValues } from './values.js';

export type { ApiCall, ClientConstruction } from './calls.js';
export type { Finding } from './findings.js';
export type { PossibleValues, ValueCandidate } from './models.js';
export type { MessageRequest, ModelReference, RequestField } from './requests.js';

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
  /** Present when the file was analysed (it mentions a recognised module); tools for value rules. */
  readonly tools: AnalysisTools | null;
}

export interface AnalysisTools {
  readonly resolver: ClientResolver;
  readonly shapes: ShapeReader;
  readonly statics: StaticValues;
  /** Typed mode (`typeAware: true`) only: what the type checker says about an expression. */
  readonly types: TypeFacts | null;
}

type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const cache = new WeakMap<TSESTree.Program, FileAnalysis>();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a file that talks to Claude must contain: an `@anthropic-ai/` module name (import or
 * require), an Anthropic API host (raw HTTP, the OpenAI SDK pointed at Anthropic) or an
 * Anthropic-only header. The SDK's own sources, which import each other by relative path, and
 * files that merely mention the word pass without a walk.
 */
const CLAUDE_MARKERS = new RegExp(
  ['@anthropic-ai/', ...ANTHROPIC_API_HOSTS, BETA_HEADER, BROWSER_ACCESS_HEADER].map(escapeRegExp).join('|'),
  'i',
);

/** Cheap test: a file without any marker, or a wrapper module's name, cannot call Claude. */
function mightCallClaude(text: string, settings: ClaudeZdrSettings): boolean {
  return CLAUDE_MARKERS.test(text) || settings.clientModules.some((m) => text.includes(m));
}

export function getFileAnalysis(context: AnyRuleContext): FileAnalysis {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached;
  const settings = readSettings(context.settings);
  // Typed mode never depends on whether the parser happens to carry a program: it requires one.
  const services = settings.typeAware ? requireTypedServices(context) : null;
  const namesClaude = mightCallClaude(sourceCode.text, settings);
  if (services && namesClaude) requireResolvableClientImports(context, services);
  const worthAnalysing = namesClaude || (services !== null && mightReachClient(sourceCode.text));
  const analysis = worthAnalysing
    ? analyzeFile(sourceCode, settings, services && new TypeFacts(services, settings.clientModules))
    : { settings, calls: [], constructions: [], findings: [], requests: [], modelReferences: [], tools: null };
  cache.set(program, analysis);
  return analysis;
}

function indexReferences(sourceCode: TSESLint.SourceCode): Map<TSESTree.Identifier | TSESTree.JSXIdentifier, TSESLint.Scope.Reference> {
  const references = new Map<TSESTree.Identifier | TSESTree.JSXIdentifier, TSESLint.Scope.Reference>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const reference of scope.references) references.set(reference.identifier, reference);
  }
  return references;
}

function analyzeFile(sourceCode: TSESLint.SourceCode, settings: ClaudeZdrSettings, types: TypeFacts | null): FileAnalysis {
  const statics = new StaticValues(sourceCode, types);
  const resolver = new ClientResolver(indexReferences(sourceCode), sourceCode.visitorKeys, statics, settings.clientModules, types);
  const shapes = new ShapeReader(statics, (id) => resolver.variableOf(id));
  const collector = new FindingCollector(shapes, statics, types);
  const foreign = new ForeignCallScanner(resolver, shapes, statics, collector);
  const requests = new RequestCollector(shapes, new PossibleValueReader(statics, shapes, resolver), resolver);
  const calls: ApiCall[] = [];
  const constructions: ClientConstruction[] = [];
  walkNodes(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return;
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
      collector.scanConstruction(recognized.construction, recognized.call !== undefined);
    }
  });
  return {
    settings,
    calls,
    constructions,
    findings: collector.findings,
    requests: requests.requests,
    modelReferences: requests.modelReferences,
    tools: { resolver, shapes, statics, types },
  };
}
