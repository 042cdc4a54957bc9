import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { CLIENT_CLONING_METHODS, SDK_FUNCTIONS } from '../policy/surfaces.js';
import { type ClassLike, type FunctionLike, isClassLike, isFunctionLike, plainKeyName, skipTransparent, walkNodes } from './ast.js';
import { MAX_RESOLVE_DEPTH } from './limits.js';
import { INTEROP_HELPERS, type ModuleTarget, resourceExportPath, wrapperExportPath } from './modules.js';
import { LIBRARY_ADAPTERS } from './libraries/index.js';
import type { SdkValue } from './sdk-value.js';
import type { Bindings } from './scope.js';
import type { StaticValues } from './static-values.js';
import { isTypedCandidate, type TypeFacts } from './type-facts.js';

export type { ClientValue, SdkValue } from './sdk-value.js';

type Variable = TSESLint.Scope.Variable;

/** Turns a module specifier into what it gives the analysis (the `clientModules` setting included). */
export type ModuleRecognizer = (source: string) => ModuleTarget | null;

/**
 * Resolves expressions to SDK values without type information: imports and requires (compiled
 * CommonJS interop helpers included), `new` and `super(...)`, variables and their writes,
 * destructuring, class fields (static too), factories, `.then((client) => …)`, annotations.
 * Everything is memoised per file; cycles and chains past MAX_RESOLVE_DEPTH resolve to `null`
 * (unknown), never to a guess.
 */
export class ClientResolver {
  private readonly nodeValues = new Map<TSESTree.Node, SdkValue | null>();
  private readonly variableValues = new Map<Variable, SdkValue | null>();
  private readonly classMembers = new Map<ClassLike, { instance: Map<string, TSESTree.Node[]>; statics: Map<string, TSESTree.Node[]> }>();
  private depth = 0;
  /** Set while a resolution ran into MAX_RESOLVE_DEPTH: its `null`s are not memoised. */
  private truncated = false;

  constructor(
    private readonly bindings: Bindings,
    private readonly statics: StaticValues,
    private readonly recognize: ModuleRecognizer,
    /** Typed mode only: asked when the syntactic rules know nothing about an SDK-looking chain. */
    private readonly types: TypeFacts | null = null,
  ) {}

  /** The variable an identifier refers to, if the scope manager resolved it. */
  variableOf(identifier: TSESTree.Identifier): Variable | null {
    return this.bindings.variableOf(identifier);
  }

  resolve(node: TSESTree.Node | null | undefined): SdkValue | null {
    if (!node) return null;
    if (this.nodeValues.has(node)) return this.nodeValues.get(node)!;
    if (this.depth >= MAX_RESOLVE_DEPTH) {
      this.truncated = true;
      return null;
    }
    const outerTruncated = this.truncated;
    this.truncated = false;
    this.nodeValues.set(node, null); // cycle guard
    this.depth++;
    try {
      let value = this.compute(node);
      if (!value && this.types && isTypedCandidate(node)) value = this.types.sdkValueOf(node);
      if (value || !this.truncated) this.nodeValues.set(node, value);
      else this.nodeValues.delete(node);
      return value;
    } finally {
      this.depth--;
      this.truncated ||= outerTruncated;
    }
  }

  private compute(node: TSESTree.Node): SdkValue | null {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(node);
        return variable ? this.valueOfVariable(variable) : null;
      }
      case AST_NODE_TYPES.ThisExpression:
        return this.thisValue(node);
      case AST_NODE_TYPES.Super: {
        // `super(options)`: the base class's constructor.
        const cls = enclosingClass(node);
        return cls?.superClass ? this.resolve(cls.superClass) : null;
      }
      case AST_NODE_TYPES.MemberExpression: {
        if (node.object.type === AST_NODE_TYPES.Super) return null;
        const key = this.statics.memberKey(node);
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
        return this.construct(this.resolve(node.callee), node);
      case AST_NODE_TYPES.CallExpression: {
        const required = this.bindings.requiredModule(node);
        if (required !== null) return this.moduleValue(required, true);
        const interop = this.interopArgument(node);
        if (interop) return this.resolve(interop);
        const promised = this.promiseResolveArgument(node);
        if (promised) return this.resolve(promised);
        return this.call(this.resolve(node.callee), node);
      }
      case AST_NODE_TYPES.ImportExpression: {
        const source = this.statics.string(node.source);
        return source === null ? null : this.moduleValue(source, false);
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
        return { type: 'class', node };
      default:
        return null;
    }
  }

  private moduleValue(source: string, commonJs: boolean): SdkValue | null {
    const target = this.recognize(source);
    return target ? { type: 'module', target, commonJs } : null;
  }

  /** `__importDefault(require('m'))`, Babel's `_interopRequireDefault(require('m'))`: the module itself. */
  private interopArgument(node: TSESTree.CallExpression): TSESTree.Node | null {
    if (node.arguments.length !== 1 || node.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return null;
    let callee = skipTransparent(node.callee);
    // `(0, tslib_1.__importDefault)(…)`
    if (callee.type === AST_NODE_TYPES.SequenceExpression) callee = skipTransparent(callee.expressions[callee.expressions.length - 1]!);
    const name =
      callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed
          ? plainKeyName(callee.property)
          : null;
    if (name === null || !INTEROP_HELPERS.includes(name)) return null;
    const value = this.resolve(node.arguments[0]);
    return value?.type === 'module' ? node.arguments[0]! : null;
  }

  /** `Promise.resolve(client)`: what the promise resolves to, for `.then((client) => …)`. */
  private promiseResolveArgument(node: TSESTree.CallExpression): TSESTree.Node | null {
    const callee = skipTransparent(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return null;
    if (callee.object.name !== 'Promise' || !this.bindings.isGlobal(callee.object) || this.statics.memberKey(callee) !== 'resolve') return null;
    const [arg] = node.arguments;
    return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : null;
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
        return this.classMember(value.node, key, 'instance');
      case 'class':
        return this.classMember(value.node, key, 'statics');
      case 'library':
        return LIBRARY_ADAPTERS[value.library]?.member?.(value, key) ?? null;
      default:
        return null;
    }
  }

  construct(value: SdkValue | null, node?: TSESTree.NewExpression): SdkValue | null {
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
        return this.instanceOf(value.node, node);
      case 'library':
        return node ? (LIBRARY_ADAPTERS[value.library]?.construct?.(value, node) ?? null) : null;
      default:
        return null;
    }
  }

  call(value: SdkValue | null, node?: TSESTree.CallExpression): SdkValue | null {
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
      case 'library':
        return node ? (LIBRARY_ADAPTERS[value.library]?.call?.(value, node) ?? null) : null;
      default:
        return null;
    }
  }

  private returnValue(fn: FunctionLike): SdkValue | null {
    const annotated = fn.returnType ? this.annotationValue(fn.returnType.typeAnnotation) : null;
    if (annotated) return annotated;
    for (const returned of this.bindings.returnedExpressions(fn)) {
      const value = this.resolve(returned);
      if (value) return value;
    }
    return null;
  }

  valueOfVariable(variable: Variable): SdkValue | null {
    if (this.variableValues.has(variable)) return this.variableValues.get(variable)!;
    this.variableValues.set(variable, null); // cycle guard
    const outerTruncated = this.truncated;
    this.truncated = false;
    const value = this.computeVariable(variable);
    if (value || !this.truncated) this.variableValues.set(variable, value);
    else this.variableValues.delete(variable);
    this.truncated ||= outerTruncated;
    return value;
  }

  private computeVariable(variable: Variable): SdkValue | null {
    const def = variable.defs[0];
    if (!def) return null;
    switch (def.type) {
      case 'ImportBinding': {
        const binding = this.bindings.importOf(variable);
        if (!binding) return null;
        const module = this.moduleValue(binding.source, binding.commonJs);
        if (!module || binding.imported === '*') return module;
        return this.member(module, binding.imported);
      }
      case 'Variable': {
        const declarator = def.node as TSESTree.VariableDeclarator;
        if (def.name === declarator.id) {
          for (const write of this.bindings.writesOf(variable)) {
            const value = this.resolve(write.value);
            if (value) return value;
          }
          // `let client: Anthropic;` assigned somewhere the resolver cannot follow.
          const annotation = declarator.id.typeAnnotation?.typeAnnotation;
          return annotation ? this.annotationValue(annotation) : null;
        }
        return this.destructuredValue(variable);
      }
      case 'Parameter':
        return this.parameterValue(def.name as TSESTree.Identifier);
      case 'FunctionName':
        return { type: 'function', node: def.node as FunctionLike };
      case 'ClassName':
        return { type: 'class', node: def.node as ClassLike };
      default:
        return null;
    }
  }

  /** `const { beta: { files } } = client` and `const { Anthropic } = require(...)`. */
  private destructuredValue(variable: Variable): SdkValue | null {
    const binding = this.bindings.destructuredOf(variable);
    if (!binding) return null;
    let value = this.resolve(binding.init);
    for (const key of binding.keys) {
      const name = typeof key === 'string' ? key : this.statics.string(key);
      value = name === null ? null : this.member(value, name);
    }
    return value ?? this.resolve(binding.fallback);
  }

  private parameterValue(name: TSESTree.Identifier): SdkValue | null {
    const parent = name.parent;
    const annotated = name.typeAnnotation ? this.annotationValue(name.typeAnnotation.typeAnnotation) : null;
    if (annotated) return annotated;
    if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === name) return this.resolve(parent.right);
    return this.promisedClient(name);
  }

  /** `getClient().then((client) => …)`: the callback's parameter is what the promise resolves to. */
  private promisedClient(name: TSESTree.Identifier): SdkValue | null {
    const fn = name.parent;
    if (!fn || !isFunctionLike(fn) || fn.params[0] !== name) return null;
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || this.statics.memberKey(callee) !== 'then') return null;
    const promised = this.resolve(callee.object);
    return promised?.type === 'client' && promised.path.length === 0 ? promised : null;
  }

  /** A type annotation naming a client class or resource: `Anthropic`, `Anthropic | undefined`, `Anthropic['beta']`. */
  annotationValue(type: TSESTree.Node): SdkValue | null {
    switch (type.type) {
      case AST_NODE_TYPES.TSTypeReference: {
        const named = this.typeNameValue(type.typeName);
        if (named) return this.construct(named);
        const typeName = type.typeName;
        const arg = type.typeArguments?.params[0];
        if (typeName.type !== AST_NODE_TYPES.Identifier) return null;
        // InstanceType<typeof X>; Promise<Anthropic> for an async factory.
        if (typeName.name === 'InstanceType' && arg?.type === AST_NODE_TYPES.TSTypeQuery) {
          return this.construct(this.typeNameValue(arg.exprName as TSESTree.EntityName));
        }
        if (typeName.name === 'Promise' && arg) return this.annotationValue(arg);
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
      const name = this.statics.propertyKey(property);
      if (name === null) return null;
      if (name !== key) continue;
      if (property.kind === 'get' && isFunctionLike(property.value)) return this.returnValue(property.value);
      return this.resolve(property.value);
    }
    return null;
  }

  /**
   * What `new C()` or `this` inside C is: a client when C extends a client class, a library's
   * value when `new C(…)` builds one (`class Custom extends ChatAnthropic {}`), else an instance.
   */
  instanceOf(node: ClassLike, at?: TSESTree.NewExpression): SdkValue {
    const base = node.superClass ? this.construct(this.resolve(node.superClass), at) : null;
    if (base?.type === 'client' || base?.type === 'library') return base;
    return { type: 'instance', node };
  }

  /** `this` in an instance member is an instance; in a static member, the class itself. */
  private thisValue(node: TSESTree.ThisExpression): SdkValue | null {
    const owner = thisOwner(node);
    if (!owner) return null;
    return owner.isStatic ? { type: 'class', node: owner.cls } : this.instanceOf(owner.cls);
  }

  private classMember(cls: ClassLike, key: string, side: 'instance' | 'statics'): SdkValue | null {
    const candidates = this.membersOf(cls)[side].get(key);
    if (candidates) {
      for (const candidate of candidates) {
        const value = this.memberCandidateValue(candidate);
        if (value) return value;
      }
    }
    if (cls.superClass) {
      const base = this.resolve(cls.superClass);
      if (base?.type === 'class') return this.classMember(base.node, key, side);
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

  /** Members by name, instance and static: fields, getters, methods, parameter properties, `this.x = …` writes. */
  private membersOf(cls: ClassLike): { instance: Map<string, TSESTree.Node[]>; statics: Map<string, TSESTree.Node[]> } {
    let members = this.classMembers.get(cls);
    if (members) return members;
    const instance = new Map<string, TSESTree.Node[]>();
    const statics = new Map<string, TSESTree.Node[]>();
    members = { instance, statics };
    const add = (map: Map<string, TSESTree.Node[]>, name: string | null, node: TSESTree.Node) => {
      if (name === null) return;
      const list = map.get(name) ?? [];
      list.push(node);
      map.set(name, list);
    };
    for (const element of cls.body.body) {
      if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.computed) {
        add(element.static ? statics : instance, plainKeyName(element.key), element);
      } else if (element.type === AST_NODE_TYPES.MethodDefinition && !element.computed) {
        if (element.kind === 'constructor') {
          for (const param of element.value.params) {
            if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
            const inner = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
            if (inner.type === AST_NODE_TYPES.Identifier) add(instance, inner.name, inner);
          }
        } else if (element.kind === 'get' || element.kind === 'method') {
          add(element.static ? statics : instance, plainKeyName(element.key), element);
        }
      }
    }
    walkNodes(cls.body, this.bindings.visitorKeys, (node) => {
      if (isClassLike(node)) return false;
      if (
        node.type === AST_NODE_TYPES.AssignmentExpression &&
        node.left.type === AST_NODE_TYPES.MemberExpression &&
        node.left.object.type === AST_NODE_TYPES.ThisExpression
      ) {
        const owner = thisOwner(node.left.object);
        if (owner?.cls === cls) add(owner.isStatic ? statics : instance, this.statics.memberKey(node.left), node.right);
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
      // Every export of a wrapper module is a client, a client class or a factory, or a resource it names.
      return { type: 'client', client: 'wrapper', path: key === 'default' ? [] : wrapperExportPath(key) };
    case 'library': {
      const role = target.row.exports[key];
      return role === undefined ? null : { type: 'library', library: target.row.library, role, path: [], origin: null };
    }
  }
}

function moduleAsClient(target: ModuleTarget): SdkValue | null {
  if (target.kind === 'wrapper') return { type: 'client', client: 'wrapper', path: [] };
  if (target.kind === 'library') {
    const role = target.row.commonJs;
    return role === undefined ? null : { type: 'library', library: target.row.library, role, path: [], origin: null };
  }
  if (target.kind === 'client-package' && target.pkg.callableModule) {
    return { type: 'client', client: target.pkg.classes['default']!, path: [] };
  }
  return null;
}

/** The class whose body holds `node` (for `super`). */
function enclosingClass(node: TSESTree.Node): ClassLike | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current.parent as ClassLike;
  }
  return null;
}

/** The class `this` belongs to at `node`, and whether it is the static side; null where a plain function rebinds it. */
function thisOwner(node: TSESTree.Node): { cls: ClassLike; isStatic: boolean } | null {
  let current: TSESTree.Node | undefined = node.parent;
  let child: TSESTree.Node = node;
  let isStatic = false;
  while (current) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression) {
      const owner = current.parent;
      const isMethod =
        owner?.type === AST_NODE_TYPES.MethodDefinition ||
        (owner?.type === AST_NODE_TYPES.PropertyDefinition && owner.value === current);
      if (!isMethod) return null;
      isStatic = owner.static;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value === child && current.static) isStatic = true;
    if (current.type === AST_NODE_TYPES.StaticBlock) isStatic = true;
    if (current.type === AST_NODE_TYPES.ClassBody) return { cls: current.parent as ClassLike, isStatic };
    if (current.type === AST_NODE_TYPES.Program) return null;
    child = current;
    current = current.parent;
  }
  return null;
}
