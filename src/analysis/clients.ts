import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ClientKind } from '../policy/clients.js';
import { CLIENT_CLONING_METHODS, SDK_FUNCTIONS } from '../policy/surfaces.js';
import {
  type ClassLike,
  type FunctionLike,
  isClassLike,
  isFunctionLike,
  plainKeyName,
  walkNodes,
} from './ast.js';
import { type ModuleTarget, recognizeModule, resourceExportPath } from './modules.js';
import { isTypedCandidate, type TypeFacts } from './types.js';
import type { StaticValues } from './values.js';

type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

/**
 * What the analysis knows an expression evaluates to. SDK values carry the client kind and the
 * property path below the client; local values (functions, objects, classes) are followed so
 * that factories, wrappers and holder objects lead back to a client.
 */
export type SdkValue =
  | { readonly type: 'module'; readonly target: ModuleTarget; readonly commonJs: boolean }
  | { readonly type: 'clientClass'; readonly client: ClientKind }
  | { readonly type: 'resourceClass'; readonly path: readonly string[] }
  /** A helper function the SDK exports (`betaRefusalFallbackMiddleware`). */
  | { readonly type: 'sdkFunction'; readonly name: string }
  /** A client (`path` empty), or a resource or method below it (`['beta', 'files']`). */
  | { readonly type: 'client'; readonly client: ClientKind; readonly path: readonly string[] }
  | { readonly type: 'function'; readonly node: FunctionLike }
  | { readonly type: 'object'; readonly node: TSESTree.ObjectExpression }
  | { readonly type: 'class'; readonly node: ClassLike }
  | { readonly type: 'instance'; readonly node: ClassLike };

export type ClientValue = Extract<SdkValue, { type: 'client' }>;

const MAX_DEPTH = 40;

/**
 * Resolves expressions to SDK values without type information: imports and requires, `new`,
 * variables and their writes, destructuring, class fields, factories, annotations.
 * Everything is memoised per file; cycles resolve to `null` (unknown), never to a guess.
 */
export class ClientResolver {
  private readonly nodeValues = new Map<TSESTree.Node, SdkValue | null>();
  private readonly variableValues = new Map<Variable, SdkValue | null>();
  private readonly classMembers = new Map<ClassLike, Map<string, TSESTree.Node[]>>();
  private readonly functionReturns = new Map<FunctionLike, TSESTree.Node[]>();
  private depth = 0;

  constructor(
    private readonly references: ReadonlyMap<TSESTree.Identifier | TSESTree.JSXIdentifier, Reference>,
    private readonly visitorKeys: TSESLint.SourceCode.VisitorKeys,
    private readonly statics: StaticValues,
    private readonly clientModules: readonly string[],
    /** Typed mode only: asked when the syntactic rules know nothing about an SDK-looking chain. */
    private readonly types: TypeFacts | null = null,
  ) {}

  /** The variable an identifier refers to, if the scope manager resolved it. */
  variableOf(identifier: TSESTree.Identifier): Variable | null {
    return this.references.get(identifier)?.resolved ?? null;
  }

  resolve(node: TSESTree.Node | null | undefined): SdkValue | null {
    if (!node) return null;
    if (this.nodeValues.has(node)) return this.nodeValues.get(node)!;
    if (this.depth > MAX_DEPTH) return null;
    this.nodeValues.set(node, null); // cycle guard
    this.depth++;
    try {
      let value = this.compute(node);
      if (!value && this.types && isTypedCandidate(node)) value = this.types.sdkValueOf(node);
      this.nodeValues.set(node, value);
      return value;
    } finally {
      this.depth--;
    }
  }

  private compute(node: TSESTree.Node): SdkValue | null {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(node);
        return variable ? this.valueOfVariable(variable) : null;
      }
      case AST_NODE_TYPES.ThisExpression: {
        const cls = enclosingClassOfThis(node);
        return cls ? this.instanceOf(cls) : null;
      }
      case AST_NODE_TYPES.MemberExpression: {
        if (node.object.type === AST_NODE_TYPES.Super) return null;
        const key = this.memberKey(node);
        return key === null ? null : this.member(this.resolve(node.object), key);
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
      case AST_NODE_TYPES.NewExpression:
        return this.construct(this.resolve(node.callee));
      case AST_NODE_TYPES.CallExpression: {
        const required = this.requiredModule(node);
        if (required) return required;
        return this.call(this.resolve(node.callee));
      }
      case AST_NODE_TYPES.ImportExpression: {
        const source = this.statics.string(node.source);
        const target = source === null ? null : recognizeModule(source, this.clientModules);
        return target ? { type: 'module', target, commonJs: false } : null;
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return this.resolve(node.consequent) ?? this.resolve(node.alternate);
      case AST_NODE_TYPES.LogicalExpression:
        return this.resolve(node.left) ?? this.resolve(node.right);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.resolve(node.right);
      case AST_NODE_TYPES.SequenceExpression:
        return this.resolve(node.expressions[node.expressions.length - 1]);
      case AST_NODE_TYPES.ObjectExpression:
        return { type: 'object', node };
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
        return { type: 'function', node };
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.ClassDeclaration:
        return this.classValue(node);
      default:
        return null;
    }
  }

  /** The static name of a member access: `a.b`, `a['b']`, ``a[`b`]``, `a[KEY]` with a const KEY. */
  memberKey(node: TSESTree.MemberExpression): string | null {
    if (!node.computed) return plainKeyName(node.property);
    return this.statics.string(node.property);
  }

  /** `require('x')` with a recognised module (plain, `.default` and destructuring are members). */
  private requiredModule(node: TSESTree.CallExpression): SdkValue | null {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require' || node.arguments.length !== 1) return null;
    // A local function named require; `require` as a configured global (CommonJS, node env) has no definition.
    if (this.variableOf(callee)?.defs.length) return null;
    const source = this.statics.string(node.arguments[0]!);
    const target = source === null ? null : recognizeModule(source, this.clientModules);
    return target ? { type: 'module', target, commonJs: true } : null;
  }

  member(value: SdkValue | null, key: string): SdkValue | null {
    if (!value) return null;
    switch (value.type) {
      case 'module':
        return moduleMember(value.target, key);
      case 'clientClass':
        // `Anthropic.Anthropic` is a static alias of the class itself.
        return key === 'Anthropic' || key === 'default' ? value : null;
      case 'client':
        return { type: 'client', client: value.client, path: [...value.path, key] };
      case 'object':
        return this.objectMember(value.node, key);
      case 'instance':
        return this.instanceMember(value.node, key);
      default:
        return null;
    }
  }

  construct(value: SdkValue | null): SdkValue | null {
    if (!value) return null;
    switch (value.type) {
      case 'clientClass':
        return { type: 'client', client: value.client, path: [] };
      case 'resourceClass':
        return { type: 'client', client: 'anthropic', path: value.path };
      case 'module':
        return moduleAsClient(value.target);
      case 'client':
        // A `clientModules` export used as a class.
        return value.client === 'wrapper' && value.path.length === 0 ? value : null;
      case 'class':
        return this.instanceOf(value.node);
      default:
        return null;
    }
  }

  call(value: SdkValue | null): SdkValue | null {
    if (!value) return null;
    switch (value.type) {
      case 'module':
        return value.commonJs || value.target.kind === 'wrapper' ? moduleAsClient(value.target) : null;
      case 'client': {
        const last = value.path[value.path.length - 1];
        if (value.path.length === 1 && last !== undefined && CLIENT_CLONING_METHODS.includes(last)) {
          return { type: 'client', client: value.client, path: [] };
        }
        // A `clientModules` export called as a factory.
        return value.client === 'wrapper' && value.path.length === 0 ? value : null;
      }
      case 'function':
        return this.returnValue(value.node);
      default:
        return null;
    }
  }

  private returnValue(fn: FunctionLike): SdkValue | null {
    const annotated = fn.returnType ? this.annotationValue(fn.returnType.typeAnnotation) : null;
    if (annotated) return annotated;
    for (const returned of this.returnedExpressions(fn)) {
      const value = this.resolve(returned);
      if (value) return value;
    }
    return null;
  }

  returnedExpressions(fn: FunctionLike): TSESTree.Node[] {
    let cached = this.functionReturns.get(fn);
    if (cached) return cached;
    cached = [];
    if (fn.body && fn.body.type !== AST_NODE_TYPES.BlockStatement) {
      cached.push(fn.body);
    } else if (fn.body) {
      const found = cached;
      walkNodes(fn.body, this.visitorKeys, (node) => {
        if (node !== fn.body && (isFunctionLike(node) || isClassLike(node))) return false;
        if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) found.push(node.argument);
        return undefined;
      });
    }
    this.functionReturns.set(fn, cached);
    return cached;
  }

  valueOfVariable(variable: Variable): SdkValue | null {
    if (this.variableValues.has(variable)) return this.variableValues.get(variable)!;
    this.variableValues.set(variable, null); // cycle guard
    const value = this.computeVariable(variable);
    this.variableValues.set(variable, value);
    return value;
  }

  private computeVariable(variable: Variable): SdkValue | null {
    const def = variable.defs[0];
    if (!def) return null;
    switch (def.type) {
      case 'ImportBinding':
        return this.importValue(def.node as TSESTree.Node);
      case 'Variable': {
        const declarator = def.node as TSESTree.VariableDeclarator;
        if (def.name === declarator.id) {
          for (const candidate of this.variableWrites(variable, declarator.init)) {
            const value = this.resolve(candidate);
            if (value) return value;
          }
          return null;
        }
        return this.patternValue(def.name as TSESTree.Identifier, declarator.id, declarator.init);
      }
      case 'Parameter':
        return this.parameterValue(def.name as TSESTree.Identifier);
      case 'FunctionName':
        return { type: 'function', node: def.node as FunctionLike };
      case 'ClassName':
        return this.classValue(def.node as ClassLike);
      default:
        return null;
    }
  }

  /** The initialiser and every later plain or logical assignment (`x ??= new X()`). */
  variableWrites(variable: Variable, init: TSESTree.Node | null): TSESTree.Node[] {
    const writes: TSESTree.Node[] = init ? [init] : [];
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier) {
        writes.push(parent.right);
      }
    }
    return writes;
  }

  private importValue(node: TSESTree.Node): SdkValue | null {
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const ref = node.moduleReference;
      if (ref.type !== AST_NODE_TYPES.TSExternalModuleReference) return null;
      const source = this.statics.string(ref.expression);
      const target = source === null ? null : recognizeModule(source, this.clientModules);
      return target ? { type: 'module', target, commonJs: true } : null;
    }
    const declaration = node.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const target = recognizeModule(declaration.source.value, this.clientModules);
    if (!target) return null;
    switch (node.type) {
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        return { type: 'module', target, commonJs: false };
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        return moduleMember(target, 'default');
      case AST_NODE_TYPES.ImportSpecifier: {
        const imported = node.imported;
        const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value);
        return moduleMember(target, name);
      }
      default:
        return null;
    }
  }

  /** `const { beta: { files } } = client` and `const { Anthropic } = require(...)`. */
  private patternValue(name: TSESTree.Identifier, pattern: TSESTree.Node, init: TSESTree.Node | null): SdkValue | null {
    const keys: string[] = [];
    let fallback: TSESTree.Node | null = null;
    let node: TSESTree.Node = name;
    while (node !== pattern) {
      const parent: TSESTree.Node | undefined = node.parent;
      if (!parent) return null;
      if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
        fallback ??= parent.right;
      } else if (parent.type === AST_NODE_TYPES.Property && parent.value === node) {
        const key = parent.computed ? this.statics.string(parent.key) : plainKeyName(parent.key);
        if (key === null) return null;
        keys.unshift(key);
      } else if (parent.type !== AST_NODE_TYPES.ObjectPattern) {
        return null; // array and rest patterns are not followed
      }
      node = parent;
    }
    let value = this.resolve(init);
    for (const key of keys) value = this.member(value, key);
    return value ?? this.resolve(fallback);
  }

  private parameterValue(name: TSESTree.Identifier): SdkValue | null {
    const annotation = name.typeAnnotation?.typeAnnotation;
    const annotated = annotation ? this.annotationValue(annotation) : null;
    if (annotated) return annotated;
    const parent = name.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === name) {
      const left = parent.left as TSESTree.Identifier;
      const fromAnnotation = left.typeAnnotation ? this.annotationValue(left.typeAnnotation.typeAnnotation) : null;
      return fromAnnotation ?? this.resolve(parent.right);
    }
    return null;
  }

  /** A type annotation naming a client class or resource: `Anthropic`, `Anthropic | undefined`, `Anthropic['beta']`. */
  annotationValue(type: TSESTree.Node): SdkValue | null {
    switch (type.type) {
      case AST_NODE_TYPES.TSTypeReference: {
        const named = this.typeNameValue(type.typeName);
        if (named) return this.construct(named);
        // InstanceType<typeof X>
        const typeName = type.typeName;
        const arg = type.typeArguments?.params[0];
        if (typeName.type === AST_NODE_TYPES.Identifier && typeName.name === 'InstanceType' && arg?.type === AST_NODE_TYPES.TSTypeQuery) {
          return this.construct(this.typeNameValue(arg.exprName as TSESTree.EntityName));
        }
        return null;
      }
      case AST_NODE_TYPES.TSUnionType: {
        const values = type.types
          .filter((t) => t.type !== AST_NODE_TYPES.TSNullKeyword && t.type !== AST_NODE_TYPES.TSUndefinedKeyword)
          .map((t) => this.annotationValue(t));
        return values.length === 1 ? values[0]! : null;
      }
      case AST_NODE_TYPES.TSIndexedAccessType: {
        const object = this.annotationValue(type.objectType);
        const index = type.indexType;
        if (index.type === AST_NODE_TYPES.TSLiteralType && index.literal.type === AST_NODE_TYPES.Literal) {
          const key = index.literal.value;
          return typeof key === 'string' ? this.member(object, key) : null;
        }
        return null;
      }
      default:
        return null;
    }
  }

  private typeNameValue(name: TSESTree.Node): SdkValue | null {
    if (name.type === AST_NODE_TYPES.Identifier) return this.resolve(name);
    if (name.type === AST_NODE_TYPES.TSQualifiedName) return this.member(this.typeNameValue(name.left), name.right.name);
    return null;
  }

  private objectMember(object: TSESTree.ObjectExpression, key: string): SdkValue | null {
    for (let i = object.properties.length - 1; i >= 0; i--) {
      const property = object.properties[i]!;
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.resolve(property.argument);
        if (!spread) return null;
        const found = this.member(spread, key);
        if (found) return found;
        continue;
      }
      const name = property.computed ? this.statics.string(property.key) : plainKeyName(property.key);
      if (name === null) return null;
      if (name !== key) continue;
      if (property.kind === 'get' && isFunctionLike(property.value)) return this.returnValue(property.value);
      return this.resolve(property.value);
    }
    return null;
  }

  private classValue(node: ClassLike): SdkValue | null {
    return { type: 'class', node };
  }

  /** What `new C()` or `this` inside C is: a client when C extends a client class, else an instance. */
  instanceOf(node: ClassLike): SdkValue {
    const base = node.superClass ? this.construct(this.resolve(node.superClass)) : null;
    if (base?.type === 'client') return base;
    return { type: 'instance', node };
  }

  private instanceMember(cls: ClassLike, key: string): SdkValue | null {
    const candidates = this.membersOf(cls).get(key);
    if (candidates) {
      for (const candidate of candidates) {
        const value = this.memberCandidateValue(candidate);
        if (value) return value;
      }
    }
    if (cls.superClass) {
      const base = this.resolve(cls.superClass);
      if (base?.type === 'class') return this.instanceMember(base.node, key);
    }
    return null;
  }

  private memberCandidateValue(candidate: TSESTree.Node): SdkValue | null {
    switch (candidate.type) {
      case AST_NODE_TYPES.PropertyDefinition: {
        const fromValue = this.resolve(candidate.value);
        if (fromValue) return fromValue;
        return candidate.typeAnnotation ? this.annotationValue(candidate.typeAnnotation.typeAnnotation) : null;
      }
      case AST_NODE_TYPES.MethodDefinition: {
        const fn = candidate.value;
        if (fn.type !== AST_NODE_TYPES.FunctionExpression) {
          // An abstract getter or overload: only its declared type is known.
          return candidate.kind === 'get' && fn.returnType ? this.annotationValue(fn.returnType.typeAnnotation) : null;
        }
        return candidate.kind === 'get' ? this.returnValue(fn) : { type: 'function', node: fn };
      }
      case AST_NODE_TYPES.Identifier: // a TS parameter property
        return candidate.typeAnnotation ? this.annotationValue(candidate.typeAnnotation.typeAnnotation) : null;
      default:
        return this.resolve(candidate);
    }
  }

  /** Instance members by name: fields, getters, methods, parameter properties, `this.x = …` writes. */
  private membersOf(cls: ClassLike): Map<string, TSESTree.Node[]> {
    let members = this.classMembers.get(cls);
    if (members) return members;
    members = new Map();
    const add = (name: string | null, node: TSESTree.Node) => {
      if (name === null) return;
      const list = members!.get(name) ?? [];
      list.push(node);
      members!.set(name, list);
    };
    for (const element of cls.body.body) {
      if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && !element.computed) {
        add(plainKeyName(element.key), element);
      } else if (element.type === AST_NODE_TYPES.MethodDefinition && !element.static && !element.computed) {
        if (element.kind === 'constructor') {
          for (const param of element.value.params) {
            if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
            const inner = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
            if (inner.type === AST_NODE_TYPES.Identifier) add(inner.name, inner);
          }
        } else if (element.kind === 'get' || element.kind === 'method') {
          add(plainKeyName(element.key), element);
        }
      }
    }
    walkNodes(cls.body, this.visitorKeys, (node) => {
      if (isClassLike(node)) return false;
      if (
        node.type === AST_NODE_TYPES.AssignmentExpression &&
        node.left.type === AST_NODE_TYPES.MemberExpression &&
        node.left.object.type === AST_NODE_TYPES.ThisExpression &&
        enclosingClassOfThis(node.left.object) === cls
      ) {
        add(this.memberKey(node.left), node.right);
      }
      return undefined;
    });
    this.classMembers.set(cls, members);
    return members;
  }
}

function moduleMember(target: ModuleTarget, key: string): SdkValue | null {
  switch (target.kind) {
    case 'client-package': {
      const client = target.pkg.classes[key];
      if (client) return { type: 'clientClass', client };
      return target.pkg.callableModule && SDK_FUNCTIONS.includes(key) ? { type: 'sdkFunction', name: key } : null;
    }
    case 'resources': {
      const path = resourceExportPath(target.path, key);
      return path ? { type: 'resourceClass', path } : null;
    }
    case 'wrapper':
      // Every export of a wrapper package is a client, a client class or a factory.
      return { type: 'client', client: 'wrapper', path: [] };
  }
}

function moduleAsClient(target: ModuleTarget): SdkValue | null {
  if (target.kind === 'wrapper') return { type: 'client', client: 'wrapper', path: [] };
  if (target.kind === 'client-package' && target.pkg.callableModule) {
    return { type: 'client', client: target.pkg.classes['default']!, path: [] };
  }
  return null;
}

/** The class whose instance `this` is at `node`, or null where a plain function rebinds it. */
export function enclosingClassOfThis(node: TSESTree.Node): ClassLike | null {
  let current: TSESTree.Node | undefined = node.parent;
  let child: TSESTree.Node = node;
  while (current) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression) {
      const owner = current.parent;
      const isMethod =
        owner?.type === AST_NODE_TYPES.MethodDefinition ||
        (owner?.type === AST_NODE_TYPES.PropertyDefinition && owner.value === current);
      if (!isMethod || (owner.type === AST_NODE_TYPES.MethodDefinition && owner.static)) return null;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value === child && current.static) return null;
    if (current.type === AST_NODE_TYPES.ClassBody) return current.parent as ClassLike;
    if (current.type === AST_NODE_TYPES.Program) return null;
    child = current;
    current = current.parent;
  }
  return null;
}
