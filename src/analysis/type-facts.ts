import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { CLIENT_PACKAGES } from '../policy/clients.js';
import { RESOURCE_NAMES, SDK_METHOD_NAMES } from '../policy/surfaces.js';
import { SETTINGS_KEY } from '../settings.js';
import { plainKeyName } from './ast.js';
import type { SdkValue } from './sdk-value.js';
import { type ClientModules, resourceExportPath, resourcePathOf } from './modules.js';

type TypeScript = typeof ts;
type AnyRuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

let typescriptModule: TypeScript | undefined;

/**
 * The `typescript` runtime, loaded only in typed mode (the parser that gave us a program has it);
 * the plugin itself never imports it, so untyped users need not install it.
 */
function typescript(): TypeScript {
  if (typescriptModule) return typescriptModule;
  for (const base of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      typescriptModule = createRequire(base)('typescript') as TypeScript;
      return typescriptModule;
    } catch {
      // try the next place
    }
  }
  throw new Error(`claude-zdr: settings["${SETTINGS_KEY}"].typeAware needs the \`typescript\` package, and it could not be loaded.`);
}

/**
 * Typed mode is explicit: with `typeAware` on, a parser without a program is a configuration error,
 * so the editor and CI cannot silently disagree.
 */
export function requireTypedServices(context: AnyRuleContext): ParserServicesWithTypeInformation {
  const services = context.sourceCode.parserServices;
  if (services?.program && services.esTreeNodeToTSNodeMap) return services as ParserServicesWithTypeInformation;
  throw new Error(
    `claude-zdr: settings["${SETTINGS_KEY}"].typeAware is true, but the parser gave no type information for ${context.filename}. ` +
      'Use @typescript-eslint/parser with `parserOptions.projectService: true` (or `parserOptions.project`), ' +
      `or set settings["${SETTINGS_KEY}"].typeAware to false.`,
  );
}

/** The module a top-level import, re-export or `import x = require()` names, as written. */
function staticModuleSource(statement: TSESTree.ProgramStatement): TSESTree.StringLiteral | null {
  switch (statement.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
      return statement.source;
    case AST_NODE_TYPES.ExportNamedDeclaration:
      return statement.source ?? null;
    case AST_NODE_TYPES.TSImportEqualsDeclaration:
      return statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference ? statement.moduleReference.expression : null;
    default:
      return null;
  }
}

const clientPackageOf = (source: string) => CLIENT_PACKAGES.find((p) => source === p.module || source.startsWith(`${p.module}/`));

/**
 * Typed mode needs the SDK's declarations: where the program cannot resolve a client package the
 * file imports (not installed, or declared as an untyped `declare module`), every SDK type is
 * `any` and the typed checks would quietly find nothing. That is a set-up error naming the package.
 */
export function requireResolvableClientImports(context: AnyRuleContext, services: ParserServicesWithTypeInformation): void {
  const { SyntaxKind } = typescript();
  let checker: ts.TypeChecker | undefined;
  for (const statement of context.sourceCode.ast.body) {
    const source = staticModuleSource(statement);
    const pkg = source && clientPackageOf(source.value);
    if (!source || !pkg) continue;
    checker ??= services.program.getTypeChecker();
    const moduleSymbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(source));
    const declarations = moduleSymbol?.getDeclarations() ?? [];
    // `declare module 'x';` without a body makes every import from it `any`.
    const typed = declarations.some((d) => d.kind !== SyntaxKind.ModuleDeclaration || (d as ts.ModuleDeclaration).body !== undefined);
    if (typed) continue;
    throw new Error(
      `claude-zdr: settings["${SETTINGS_KEY}"].typeAware is true, but TypeScript cannot find the declarations of "${source.value}" ` +
        `from ${context.filename} (line ${source.loc.start.line}), so every type from it would be \`any\` and the typed checks would see nothing. ` +
        `Install the package where this file's tsconfig resolves it (npm i -D ${pkg.module}), or set settings["${SETTINGS_KEY}"].typeAware to false.`,
    );
  }
}

const SDK_MEMBER_NAMES: ReadonlySet<string> = new Set([...RESOURCE_NAMES, ...SDK_METHOD_NAMES]);
const SDK_MEMBER_PATTERN = new RegExp(`(?:\\.|\\[\\s*['"\`])\\s*(?:${[...SDK_MEMBER_NAMES].join('|')})\\b`);

/**
 * The file-level cost gate of typed mode: a file with no Anthropic marker may still call a client
 * built elsewhere, but only through a member named like an SDK resource or method.
 */
export function mightReachClient(text: string): boolean {
  return SDK_MEMBER_PATTERN.test(text);
}

function memberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) return plainKeyName(node.property);
  return node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string' ? node.property.value : null;
}

/** Steps through wrappers that keep a value: `x!`, `x as T`, `x?.y`, `await x`. */
function isTransparentParent(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.ChainExpression:
      return parent.expression === child;
    case AST_NODE_TYPES.AwaitExpression:
      return parent.argument === child;
    default:
      return false;
  }
}

/**
 * The per-expression cost gate: the checker is asked about an expression only when the member
 * chain it sits in names an SDK resource or method (`x.files.upload()`, `svc.batches`).
 */
export function isTypedCandidate(node: TSESTree.Node): boolean {
  if (
    node.type !== AST_NODE_TYPES.Identifier &&
    node.type !== AST_NODE_TYPES.MemberExpression &&
    node.type !== AST_NODE_TYPES.CallExpression &&
    node.type !== AST_NODE_TYPES.NewExpression
  ) {
    return false;
  }
  for (let current: TSESTree.Node = node; ; ) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(current);
      if (name !== null && SDK_MEMBER_NAMES.has(name)) return true;
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = current.callee;
    } else if (current.type === AST_NODE_TYPES.ChainExpression || current.type === AST_NODE_TYPES.TSNonNullExpression) {
      current = current.expression;
    } else {
      break;
    }
  }
  let child: TSESTree.Node = node;
  for (let parent: TSESTree.Node | undefined = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child) {
      const name = memberName(parent);
      if (name !== null && SDK_MEMBER_NAMES.has(name)) return true;
    } else if (!(parent.type === AST_NODE_TYPES.CallExpression && parent.callee === child) && !isTransparentParent(parent, child)) {
      return false;
    }
  }
  return false;
}

/** Whether a typed value turns a feature on (the typed twin of the collector's `activity`). */
export type TypedActivity = 'active' | 'inactive' | 'unknown';

/** A property of a params type: required (`present`), not declared (`absent`), or maybe (`unknown`). */
export type TypedProperty =
  | { readonly status: 'present'; readonly type: ts.Type }
  | { readonly status: 'absent' }
  | { readonly status: 'unknown' };

/** The `type` literals of a `tools` value: `definite` ones are surely sent, `possible` ones may be. */
export interface TypedToolTypes {
  readonly definite: readonly string[];
  readonly possible: readonly string[];
  /** Some element's `type` is not a literal (`string`), or the list's content is not known. */
  readonly incomplete: boolean;
}

const MAX_TYPE_DEPTH = 8;

/**
 * What the type checker says about an expression, for the typed tier (`typeAware: true`):
 * a receiver whose declared type comes from an SDK, literal types of values, and the properties
 * of a params object built in another module. `any` and unknown types answer "don't know".
 */
export class TypeFacts {
  private checkerCache: ts.TypeChecker | undefined;
  private readonly sdkTypes = new Map<ts.Type, SdkValue | null>();

  constructor(
    private readonly services: ParserServicesWithTypeInformation,
    private readonly clientModules: ClientModules,
  ) {}

  private get checker(): ts.TypeChecker {
    return (this.checkerCache ??= this.services.program.getTypeChecker());
  }

  typeOf(node: TSESTree.Node): ts.Type {
    return this.services.getTypeAtLocation(node);
  }

  /** The SDK value an expression's declared type is: a client, a resource below one, or their classes. */
  sdkValueOf(node: TSESTree.Node): SdkValue | null {
    return this.sdkValueOfType(this.typeOf(node), 0);
  }

  private sdkValueOfType(type: ts.Type, depth: number): SdkValue | null {
    if (depth > MAX_TYPE_DEPTH) return null;
    const cached = this.sdkTypes.get(type);
    if (cached !== undefined) return cached;
    this.sdkTypes.set(type, null); // cycle guard
    const value = this.computeSdkValue(type, depth);
    this.sdkTypes.set(type, value);
    return value;
  }

  private computeSdkValue(type: ts.Type, depth: number): SdkValue | null {
    const { TypeFlags } = typescript();
    if (type.flags & (TypeFlags.Any | TypeFlags.Unknown | TypeFlags.Never)) return null;
    if (type.flags & TypeFlags.TypeParameter) {
      const constraint = this.checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? this.sdkValueOfType(constraint, depth + 1) : null;
    }
    if (type.isUnion()) {
      const members = type.types.filter((t) => !(t.flags & (TypeFlags.Undefined | TypeFlags.Null | TypeFlags.Void)));
      const values = members.map((t) => this.sdkValueOfType(t, depth + 1));
      const first = values[0];
      if (!first || values.some((v) => !v || JSON.stringify(v) !== JSON.stringify(first))) return null;
      return first;
    }
    if (type.isIntersection()) {
      for (const member of type.types) {
        const value = this.sdkValueOfType(member, depth + 1);
        if (value) return value;
      }
      return null;
    }
    const symbol = type.getSymbol();
    if (!symbol) return null;
    const isClassSide = type.getConstructSignatures().length > 0;
    const own = this.sdkValueOfSymbol(symbol, isClassSide);
    if (own || isClassSide) return own;
    // A local subclass of a client (`class Llm extends Anthropic`) is that client.
    const declared = this.checker.getDeclaredTypeOfSymbol(symbol);
    if (!declared.isClassOrInterface()) return null;
    for (const base of this.checker.getBaseTypes(declared)) {
      const value = this.sdkValueOfType(base, depth + 1);
      if (value) return value;
    }
    return null;
  }

  /** Maps a class declared inside an SDK package (or a `clientModules` package) to its surface. */
  private sdkValueOfSymbol(symbol: ts.Symbol, isClassSide: boolean): SdkValue | null {
    const { SyntaxKind } = typescript();
    const name = symbol.getName();
    for (const declaration of symbol.getDeclarations() ?? []) {
      if (declaration.kind !== SyntaxKind.ClassDeclaration) continue;
      const place = packagePlace(declaration.getSourceFile().fileName);
      if (!place) continue;
      if (this.clientModules.entries.includes(place.name)) return { type: 'client', client: 'wrapper', path: [] };
      const pkg = CLIENT_PACKAGES.find((p) => p.module === place.name);
      if (!pkg) continue;
      if (place.subpath.startsWith('resources/')) {
        const path = pkg.callableModule ? resourceExportPath(resourcePathOf(place.subpath), name) : null;
        if (!path) continue;
        return isClassSide ? { type: 'resourceClass', path } : { type: 'client', client: 'anthropic', path };
      }
      const client = name === 'default' ? undefined : pkg.classes[name];
      if (client) return isClassSide ? { type: 'clientClass', client } : { type: 'client', client, path: [] };
    }
    return null;
  }

  /** A value whose type is one literal (`"us"`, `true`, a model id const from another module). */
  literalOf(node: TSESTree.Node): { value: unknown } | null {
    return literalOfType(this.typeOf(node));
  }

  /** The object type of a params value, or null when it is `any`, unknown or not one object type. */
  objectTypeOf(node: TSESTree.Node): ts.Type | null {
    return this.objectTypeOfType(this.typeOf(node));
  }

  objectTypeOfType(nullable: ts.Type): ts.Type | null {
    const { TypeFlags } = typescript();
    const type = this.checker.getNonNullableType(nullable);
    if (type.flags & (TypeFlags.Any | TypeFlags.Unknown | TypeFlags.Never) || type.isUnion()) return null;
    return type.flags & TypeFlags.Object || type.isIntersection() ? type : null;
  }

  /** Whether a params type declares `key`: required, optional (unknown), or not at all. */
  property(type: ts.Type, key: string): TypedProperty {
    const { SymbolFlags } = typescript();
    const symbol = this.checker.getPropertyOfType(type, key);
    if (!symbol) return this.checker.getIndexInfosOfType(type).length > 0 ? { status: 'unknown' } : { status: 'absent' };
    if (symbol.flags & SymbolFlags.Optional) return { status: 'unknown' };
    return { status: 'present', type: this.checker.getTypeOfSymbol(symbol) };
  }

  /** `params.key` read from the type of `node` (for value rules: `inference_geo`, `model`). */
  propertyOf(node: TSESTree.Node, key: string): TypedProperty {
    const type = this.objectTypeOf(node);
    return type ? this.property(type, key) : { status: 'unknown' };
  }

  /** `null`, `undefined`, `false` and empty tuples are off; objects and non-empty tuples are on. */
  activityOfType(type: ts.Type): TypedActivity {
    const { TypeFlags } = typescript();
    if (type.flags & (TypeFlags.Any | TypeFlags.Unknown)) return 'unknown';
    if (type.isUnion()) {
      const each = new Set(type.types.map((t) => this.activityOfType(t)));
      return each.size === 1 ? [...each][0]! : 'unknown';
    }
    const literal = literalOfType(type);
    if (literal) return literal.value === null || literal.value === undefined || literal.value === false ? 'inactive' : 'active';
    if (this.checker.isTupleType(type)) return this.checker.getTypeArguments(type as ts.TypeReference).length > 0 ? 'active' : 'inactive';
    if (this.checker.isArrayType(type)) {
      const [element] = this.checker.getTypeArguments(type as ts.TypeReference);
      return element && element.flags & TypeFlags.Never ? 'inactive' : 'unknown';
    }
    if (type.flags & TypeFlags.Object || type.isIntersection()) return 'active';
    return 'unknown';
  }

  activityOf(node: TSESTree.Node): TypedActivity {
    return this.activityOfType(this.typeOf(node));
  }

  stringLiteralOf(type: ts.Type): string | null {
    const literal = literalOfType(type);
    return literal && typeof literal.value === 'string' ? literal.value : null;
  }

  /** The strings of a tuple of string literals (`['a', 'b'] as const`); an empty list is `[]`. */
  tupleStringsOf(nullable: ts.Type): string[] | null {
    const { TypeFlags } = typescript();
    const type = this.checker.getNonNullableType(nullable);
    const isTuple = this.checker.isTupleType(type);
    if (!isTuple && !this.checker.isArrayType(type)) return null;
    const elements = this.checker.getTypeArguments(type as ts.TypeReference);
    if (!isTuple) return elements[0] && elements[0].flags & TypeFlags.Never ? [] : null;
    const strings = elements.map((element) => this.stringLiteralOf(element));
    return strings.every((s): s is string => s !== null) ? strings : null;
  }

  /** The tool `type` literals a `tools` value's type carries: a tuple's are definite, an array's possible. */
  toolTypesOfType(type: ts.Type): TypedToolTypes {
    const { TypeFlags } = typescript();
    const list = this.checker.getNonNullableType(type);
    const definite: string[] = [];
    const possible: string[] = [];
    let incomplete = false;
    let elements: readonly ts.Type[];
    let exact: boolean;
    if (this.checker.isTupleType(list)) {
      elements = this.checker.getTypeArguments(list as ts.TypeReference);
      exact = true;
    } else if (this.checker.isArrayType(list)) {
      elements = this.checker.getTypeArguments(list as ts.TypeReference).slice(0, 1);
      exact = false;
    } else {
      return { definite, possible, incomplete: true };
    }
    for (const element of elements) {
      if (element.flags & TypeFlags.Never) continue;
      const kinds = element.isUnion() ? element.types : [element];
      const one = exact || kinds.length === 1;
      for (const kind of kinds) {
        if (!(kind.flags & TypeFlags.Object)) {
          incomplete = true;
          continue;
        }
        // A custom tool declares no `type` (or `type?: "custom"`); a server tool's is a literal.
        const typeProperty = this.checker.getPropertyOfType(kind, 'type');
        if (!typeProperty) continue;
        const declared = this.checker.getNonNullableType(this.checker.getTypeOfSymbol(typeProperty));
        for (const member of declared.isUnion() ? declared.types : [declared]) {
          const name = this.stringLiteralOf(member);
          if (name === null) incomplete = true;
          else (one && !declared.isUnion() ? definite : possible).push(name);
        }
      }
    }
    return { definite, possible, incomplete };
  }
}

function literalOfType(type: ts.Type): { value: unknown } | null {
  const { TypeFlags } = typescript();
  if (type.isStringLiteral() || type.isNumberLiteral()) return { value: type.value };
  if (type.flags & TypeFlags.BooleanLiteral) return { value: (type as { intrinsicName?: string }).intrinsicName === 'true' };
  if (type.flags & TypeFlags.Null) return { value: null };
  if (type.flags & TypeFlags.Undefined) return { value: undefined };
  return null;
}

/** `…/node_modules/@anthropic-ai/sdk/resources/beta/files.d.ts` -> the package and the path inside it. */
function packagePlace(fileName: string): { name: string; subpath: string } | null {
  const normalized = fileName.replace(/\\/g, '/');
  const at = normalized.lastIndexOf('/node_modules/');
  if (at === -1) return null;
  const parts = normalized.slice(at + '/node_modules/'.length).split('/');
  const size = parts[0]?.startsWith('@') ? 2 : 1;
  return { name: parts.slice(0, size).join('/'), subpath: parts.slice(size).join('/') };
}
