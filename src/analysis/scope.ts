import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type FunctionLike, isClassLike, isFunctionLike, plainKeyName, skipTransparent, walkNodes } from './ast.js';
import { MAX_VALUE_HOPS } from './limits.js';

type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

/** One value written to a variable: its initialiser or a later assignment, in source order. */
export interface VariableWrite {
  readonly value: TSESTree.Node;
  /** Where the write happens (the offset after which the variable holds `value`). */
  readonly at: number;
}

/**
 * A change made to the object or array a variable holds, in source order: `x.key = v`,
 * `Object.assign(x, a, b)`, `x.push(a)` / `x.unshift(a)`.
 */
export type Mutation =
  | { readonly kind: 'member'; readonly member: TSESTree.MemberExpression; readonly value: TSESTree.Node; readonly at: number }
  | { readonly kind: 'assign'; readonly sources: readonly TSESTree.Node[]; readonly at: number; readonly sourceCall: TSESTree.CallExpression }
  | { readonly kind: 'push'; readonly elements: readonly TSESTree.Node[]; readonly at: number; readonly sourceCall: TSESTree.CallExpression };

/** What an import binding (or `import x = require()`) names. */
export interface ImportBinding {
  readonly source: string;
  /** `default`, `*` for a namespace, or the imported name. */
  readonly imported: string;
  readonly typeOnly: boolean;
  /** `import x = require('m')`: the CommonJS module object itself. */
  readonly commonJs: boolean;
}

/** A variable bound by destructuring: `const { a: { b = dflt } } = init`. */
export interface DestructuredBinding {
  readonly init: TSESTree.Node | null;
  /** Property keys from the pattern's root to the binding; null where a key is computed and unreadable. */
  readonly keys: readonly (string | TSESTree.Node)[];
  /** The default value nearest the binding, if any. */
  readonly fallback: TSESTree.Node | null;
}

/**
 * The one scope service of the analysis: what a name refers to, what is written to it, what a
 * function returns, what an object held in a variable is changed by. The client resolver, the
 * value readers and the raw-HTTP scanner all ask it, so they agree on every binding.
 */
export class Bindings {
  private readonly references = new Map<TSESTree.Node, Reference>();
  private readonly writes = new Map<Variable, readonly VariableWrite[]>();
  private readonly mutations = new Map<Variable, readonly Mutation[]>();
  private readonly returns = new Map<FunctionLike, readonly TSESTree.Node[]>();
  private readonly thisCalls = new Map<TSESTree.ClassBody, ReadonlyMap<string, readonly TSESTree.CallExpression[]>>();

  constructor(
    private readonly sourceCode: TSESLint.SourceCode,
  ) {
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      for (const reference of scope.references) this.references.set(reference.identifier, reference);
    }
  }

  get visitorKeys(): TSESLint.SourceCode.VisitorKeys {
    return this.sourceCode.visitorKeys;
  }

  /** The variable an identifier refers to, if the scope manager resolved it. */
  variableOf(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): Variable | null {
    return this.references.get(identifier)?.resolved ?? null;
  }

  /** A name no code of the file declares: a real global, or one the configuration declares. */
  isGlobal(identifier: TSESTree.Identifier): boolean {
    const variable = this.variableOf(identifier);
    return !variable || variable.defs.length === 0;
  }

  /** The one definition of a variable; merged declarations (`var` twice, overloads) have none. */
  definitionOf(variable: Variable): TSESLint.Scope.Definition | null {
    return variable.defs.length === 1 ? variable.defs[0]! : null;
  }

  /** The declarator of a plain `const x = …` / `let x = …` binding (not destructuring, not a loop). */
  declaratorOf(variable: Variable): TSESTree.VariableDeclarator | null {
    const def = this.definitionOf(variable);
    if (def?.type !== 'Variable') return null;
    const declarator = def.node as TSESTree.VariableDeclarator;
    return declarator.id === def.name ? declarator : null;
  }

  /** `for (const x of list)`: the iterated expression, when `variable` is the loop's binding. */
  forOfSource(variable: Variable): TSESTree.Node | null {
    const declarator = this.declaratorOf(variable);
    const declaration = declarator?.parent;
    const loop = declaration?.parent;
    if (loop?.type !== AST_NODE_TYPES.ForOfStatement || loop.left !== declaration || loop.await) return null;
    return loop.right;
  }

  /** Whether code after the declaration assigns the variable again. */
  isReassigned(variable: Variable): boolean {
    return this.writesOf(variable).length > (this.declaratorOf(variable)?.init ? 1 : 0);
  }

  /** The initialiser and every later plain or logical assignment (`x ??= new X()`), in source order. */
  writesOf(variable: Variable): readonly VariableWrite[] {
    let writes = this.writes.get(variable);
    if (writes) return writes;
    const found: VariableWrite[] = [];
    const declarator = this.declaratorOf(variable);
    if (declarator?.init && !this.forOfSource(variable)) found.push({ value: declarator.init, at: declarator.range[1] });
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier && parent.operator !== '+=') {
        found.push({ value: parent.right, at: parent.range[1] });
      }
    }
    writes = found.sort((a, b) => a.at - b.at);
    this.writes.set(variable, writes);
    return writes;
  }

  /**
   * What may be in the variable at `before`: the writes made before it, or, when none is (a value
   * assigned later and read in a callback), every write.
   */
  writesBefore(variable: Variable, before: number): readonly VariableWrite[] {
    const writes = this.writesOf(variable);
    const end = upperBound(writes, before);
    if (end === 0) return writes;
    // A plain write made in the same block as the last one replaces it; branches keep all.
    return writes.slice(0, end);
  }

  /** Changes made to the object or array the variable holds, in source order. */
  mutationsOf(variable: Variable): readonly Mutation[] {
    let mutations = this.mutations.get(variable);
    if (mutations) return mutations;
    const found: Mutation[] = [];
    for (const reference of variable.references) {
      const identifier = reference.identifier;
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
        const grand = parent.parent;
        if (grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) {
          found.push({ kind: 'member', member: parent, value: grand.right, at: grand.range[1] });
        } else if (grand?.type === AST_NODE_TYPES.CallExpression && grand.callee === parent && !parent.computed) {
          const method = plainKeyName(parent.property);
          if (method === 'push' || method === 'unshift') {
            found.push({ kind: 'push', elements: grand.arguments, at: grand.range[1], sourceCall: grand });
          }
        }
      } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === identifier && this.isObjectAssign(parent.callee)) {
        found.push({ kind: 'assign', sources: parent.arguments.slice(1), at: parent.range[1], sourceCall: parent });
      }
    }
    mutations = found.sort((a, b) => a.at - b.at);
    this.mutations.set(variable, mutations);
    return mutations;
  }

  /** The mutations made after `from` and before `before`. */
  mutationsBetween(variable: Variable, from: number, before: number): readonly Mutation[] {
    const all = this.mutationsOf(variable);
    if (all.length === 0) return all;
    return all.slice(upperBound(all, from), upperBound(all, before));
  }

  /** `Object.assign` with the global `Object`. */
  isObjectAssign(callee: TSESTree.Node): boolean {
    const target = skipTransparent(callee);
    return (
      target.type === AST_NODE_TYPES.MemberExpression &&
      !target.computed &&
      target.object.type === AST_NODE_TYPES.Identifier &&
      target.object.name === 'Object' &&
      this.isGlobal(target.object) &&
      plainKeyName(target.property) === 'assign'
    );
  }

  /** The expressions a function returns (an arrow's expression body, every `return x`). */
  returnedExpressions(fn: FunctionLike): readonly TSESTree.Node[] {
    let found = this.returns.get(fn);
    if (found) return found;
    const list: TSESTree.Node[] = [];
    if (fn.body && fn.body.type !== AST_NODE_TYPES.BlockStatement) {
      list.push(fn.body);
    } else if (fn.body) {
      walkNodes(fn.body, this.visitorKeys, (node) => {
        if (node !== fn.body && (isFunctionLike(node) || isClassLike(node))) return false;
        if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) list.push(node.argument);
        return undefined;
      });
    }
    found = list;
    this.returns.set(fn, found);
    return found;
  }

  /**
   * The one expression an identifier stands for: a const, or a let never reassigned, followed
   * through aliases (`const a = b`) for a bounded number of hops. Anything else is itself.
   */
  definingExpression(node: TSESTree.Node): TSESTree.Node | null {
    let target = skipTransparent(node);
    for (let hops = 0; target.type === AST_NODE_TYPES.Identifier; hops++) {
      if (hops >= MAX_VALUE_HOPS) return null;
      const variable = this.variableOf(target);
      const declarator = variable ? this.declaratorOf(variable) : null;
      if (!variable || !declarator?.init || this.isReassigned(variable) || this.forOfSource(variable)) return null;
      target = skipTransparent(declarator.init);
    }
    return target;
  }

  /** What an import binding names, or null when `variable` is not imported. */
  importOf(variable: Variable): ImportBinding | null {
    const def = this.definitionOf(variable);
    if (def?.type !== 'ImportBinding') return null;
    const node = def.node as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = node.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return null;
      return { source: reference.expression.value, imported: '*', typeOnly: node.importKind === 'type', commonJs: true };
    }
    const declaration = node.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return null;
    const declarationTypeOnly = declaration.importKind === 'type';
    const source = declaration.source.value;
    switch (node.type) {
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        return { source, imported: '*', typeOnly: declarationTypeOnly, commonJs: false };
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        return { source, imported: 'default', typeOnly: declarationTypeOnly, commonJs: false };
      case AST_NODE_TYPES.ImportSpecifier: {
        const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : String(node.imported.value);
        return { source, imported, typeOnly: declarationTypeOnly || node.importKind === 'type', commonJs: false };
      }
      default:
        return null;
    }
  }

  /** `const { a: { b = x } } = init`: the path of keys to a destructured binding, or null for other bindings. */
  destructuredOf(variable: Variable): DestructuredBinding | null {
    const def = this.definitionOf(variable);
    if (def?.type !== 'Variable') return null;
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.id === def.name) return null;
    return patternPath(def.name as TSESTree.Node, declarator.id, declarator.init);
  }

  /** `function f({ model = 'x' })` / `(opts = {}) =>`: a parameter's default value, if it has one. */
  parameterDefault(variable: Variable): TSESTree.Node | null {
    const def = this.definitionOf(variable);
    if (def?.type !== 'Parameter') return null;
    const parent = (def.name as TSESTree.Node).parent;
    return parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === def.name ? parent.right : null;
  }

  /** `require('m')` with the global `require` (CommonJS, or declared by the config): its module name. */
  requiredModule(node: TSESTree.Node): string | null {
    const target = skipTransparent(node);
    if (target.type !== AST_NODE_TYPES.CallExpression || target.arguments.length !== 1) return null;
    const callee = target.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require' || !this.isGlobal(callee)) return null;
    const source = target.arguments[0]!;
    if (source.type === AST_NODE_TYPES.Literal && typeof source.value === 'string') return source.value;
    if (source.type === AST_NODE_TYPES.TemplateLiteral && source.expressions.length === 0) return source.quasis[0]!.value.cooked ?? null;
    return null;
  }

  /**
   * Every call of a same-file function through its name, and whether it may also be called from
   * elsewhere (exported, passed as a value, reassigned): then other callers' arguments are unknown.
   */
  callersOf(fn: FunctionLike): { readonly calls: readonly TSESTree.CallExpression[]; readonly open: boolean } {
    if (fn.parent?.type === AST_NODE_TYPES.MethodDefinition && fn.parent.value === fn) return this.methodCallersOf(fn.parent);
    return this.namedCallersOf(fn);
  }

  /** The calls of a function through the name it is declared or bound to, and whether it escapes. */
  private namedCallersOf(fn: FunctionLike): { readonly calls: readonly TSESTree.CallExpression[]; readonly open: boolean } {
    const name = functionBinding(fn);
    const declaration = name?.parent;
    const variable = declaration
      ? this.sourceCode.scopeManager?.getDeclaredVariables(declaration as never).find((v) => v.name === name!.name)
      : undefined;
    if (!variable) return { calls: [], open: true };
    const statement = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.parent : declaration?.parent?.parent;
    let open = statement?.type === AST_NODE_TYPES.ExportNamedDeclaration || statement?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      if (reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier) calls.push(parent);
      else open = true;
    }
    return { calls, open };
  }

  /**
   * The `this.name(…)` calls of a method inside its own class (in its methods, and arrows within
   * them, where `this` is the instance). Other code may call a method that is not private, a
   * static method is called through the class, and a computed name is not followed.
   */
  private methodCallersOf(method: TSESTree.MethodDefinition): { readonly calls: readonly TSESTree.CallExpression[]; readonly open: boolean } {
    const body = method.parent;
    const name = method.computed ? null : plainKeyName(method.key);
    if (method.kind !== 'method' || method.static || name === null || body?.type !== AST_NODE_TYPES.ClassBody) return { calls: [], open: true };
    const open = method.key.type !== AST_NODE_TYPES.PrivateIdentifier && method.accessibility !== 'private';
    return { calls: this.thisCallsIn(body).get(name) ?? [], open };
  }

  /** Every `this.name(…)` call in a class's instance methods, by name; one walk per class. */
  private thisCallsIn(body: TSESTree.ClassBody): ReadonlyMap<string, readonly TSESTree.CallExpression[]> {
    const cached = this.thisCalls.get(body);
    if (cached) return cached;
    const byName = new Map<string, TSESTree.CallExpression[]>();
    for (const member of body.body) {
      if (member.type !== AST_NODE_TYPES.MethodDefinition || member.static || !member.value.body) continue;
      walkNodes(member.value.body, this.visitorKeys, (node) => {
        // A nested `function` (or class) has a `this` of its own.
        if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration || isClassLike(node)) return false;
        if (node.type !== AST_NODE_TYPES.CallExpression) return;
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression || callee.computed) return;
        const called = plainKeyName(callee.property);
        if (called === null) return;
        const list = byName.get(called);
        if (list) list.push(node);
        else byName.set(called, [node]);
      });
    }
    this.thisCalls.set(body, byName);
    return byName;
  }

  /** Whether code only reads the variable: never assigns it, nor writes, deletes or pushes into what it holds. */
  isOnlyRead(variable: Variable): boolean {
    if (this.writesOf(variable).length > (this.declaratorOf(variable)?.init ? 1 : 0) || this.mutationsOf(variable).length > 0) return false;
    return variable.references.every((reference) => {
      if (reference.isWrite() && !reference.init) return false;
      let node: TSESTree.Node = reference.identifier;
      while (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) node = node.parent;
      if (node === reference.identifier) return true;
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) return false;
      if (parent?.type === AST_NODE_TYPES.UpdateExpression) return false;
      if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') return false;
      return true;
    });
  }

  /** The calls of a same-file function through its name: `createClient(opts)` for `function createClient`. */
  callsOf(fn: FunctionLike): readonly TSESTree.CallExpression[] {
    return this.namedCallersOf(fn).calls;
  }
}

/** The identifier a function is bound to: its own name, or the const it is the initialiser of. */
function functionBinding(fn: FunctionLike): TSESTree.Identifier | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id;
  return null;
}

/** Walks up from a binding to its pattern's root, collecting keys and the nearest default. */
export function patternPath(binding: TSESTree.Node, pattern: TSESTree.Node, init: TSESTree.Node | null): DestructuredBinding | null {
  const keys: (string | TSESTree.Node)[] = [];
  let fallback: TSESTree.Node | null = null;
  let node = binding;
  while (node !== pattern) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return null;
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
      fallback ??= parent.right;
    } else if (parent.type === AST_NODE_TYPES.Property && parent.value === node) {
      // A computed key is kept as its node; the reader evaluates it.
      keys.unshift(parent.computed ? parent.key : (plainKeyName(parent.key) ?? parent.key));
    } else if (parent.type !== AST_NODE_TYPES.ObjectPattern) {
      return null; // array and rest patterns are not followed
    }
    node = parent;
  }
  return { init, keys, fallback };
}

/** The number of items whose `at` is below `offset` (items sorted by `at`). */
export function upperBound(items: readonly { readonly at: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]!.at < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
