import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { plainKeyName, skipTransparent } from './ast.js';
import { MAX_STATIC_DEPTH } from './limits.js';
import type { Bindings } from './scope.js';
import type { TypeFacts } from './type-facts.js';

/** How sure the analysis is of a value: written in place, followed through code, or not known. */
export type Certainty = 'literal' | 'resolved' | 'unresolved';

/** A static evaluation: the value, and how deep the expressions below it go. */
type Evaluation = { readonly value: unknown; readonly depth: number } | null;

/** A memoised evaluation; `failedWithin` records a budget too small for it, so a bigger one may retry. */
type Memo = { readonly result: Evaluation } | { readonly failedWithin: number };

const STRING_METHODS: ReadonlySet<string> = new Set([
  'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'concat', 'slice', 'substring', 'padStart', 'padEnd', 'at',
  'startsWith', 'endsWith', 'includes', 'replace', 'replaceAll', 'split', 'toString',
]);
const ARRAY_METHODS: ReadonlySet<string> = new Set(['join', 'concat', 'slice', 'includes', 'indexOf', 'at', 'flat', 'toString']);
const GLOBAL_CONSTANTS: Readonly<Record<string, unknown>> = { undefined, NaN, Infinity };

/**
 * Static (compile-time) values: literals, templates, consts and `as const` data, TypeScript enum
 * members, operators, and a few pure string and array methods (`[...].join(',')`).
 *
 * Written here rather than taken from eslint-utils' `getStaticValue` because that helper recurses
 * without a bound: on generated code its stack overflow was caught and decided the result. Every
 * evaluation here carries a depth budget, and memoised results keep their own depth, so a value is
 * known exactly when its expression tree is at most MAX_STATIC_DEPTH deep, whatever was asked before.
 */
export class StaticValues {
  private readonly memo = new Map<TSESTree.Node, Memo>();

  constructor(
    private readonly bindings: Bindings,
    /** Typed mode only: a value whose type is one literal is that value (a const from another module). */
    private readonly types: TypeFacts | null = null,
  ) {}

  /** `{ value }` when the expression has one value whatever runs, else null. */
  value(node: TSESTree.Node): { value: unknown } | null {
    const found = this.evaluate(node, MAX_STATIC_DEPTH);
    if (found && found !== EXHAUSTED) return { value: found.value };
    return this.types ? this.types.literalOf(node) : null;
  }

  string(node: TSESTree.Node): string | null {
    const found = this.value(node);
    return found && typeof found.value === 'string' ? found.value : null;
  }

  /** The static name of a member access: `a.b`, `a['b']`, ``a[`b`]``, `a[KEY]` with a const KEY. */
  memberKey(node: TSESTree.MemberExpression): string | null {
    if (!node.computed) return plainKeyName(node.property);
    const key = this.value(node.property);
    return key && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : null;
  }

  /** The static name of an object property's key (or a pattern property's). */
  propertyKey(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | null {
    if (!property.computed) return plainKeyName(property.key);
    const key = this.value(property.key);
    return key && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : null;
  }

  /** A static evaluation within `budget` levels, or EXHAUSTED when only the budget stopped it. */
  private evaluate(node: TSESTree.Node, budget: number): Evaluation | typeof EXHAUSTED {
    if (budget <= 0) return EXHAUSTED;
    const memo = this.memo.get(node);
    if (memo) {
      if ('result' in memo) return memo.result === null || memo.result.depth <= budget ? memo.result : EXHAUSTED;
      if (memo.failedWithin >= budget) return EXHAUSTED;
    }
    // In progress: a cycle (`const a = b, b = a`) fails whatever the budget.
    this.memo.set(node, { result: null });
    let exhausted = false;
    const child = (expression: TSESTree.Node): Evaluation => {
      const found = this.evaluate(expression, budget - 1);
      if (found === EXHAUSTED) {
        exhausted = true;
        return null;
      }
      return found;
    };
    let result: Evaluation;
    try {
      result = this.compute(node, child);
    } finally {
      this.memo.delete(node);
    }

    if (!result && exhausted) {
      this.memo.set(node, { failedWithin: budget });
      return EXHAUSTED;
    }
    this.memo.set(node, { result });
    return result;
  }

  private compute(raw: TSESTree.Node, child: (node: TSESTree.Node) => Evaluation): Evaluation {
    const node = skipTransparent(raw);
    if (node !== raw) return child(node);
    const leaf = (value: unknown): Evaluation => ({ value, depth: 1 });
    const over = (value: unknown, ...parts: Evaluation[]): Evaluation => ({ value, depth: 1 + Math.max(0, ...parts.map((p) => p!.depth)) });
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        if ('regex' in node && node.regex) return null;
        return leaf(node.value);
      case AST_NODE_TYPES.TemplateLiteral: {
        const parts = node.expressions.map((expression) => child(expression));
        if (parts.some((part) => !part)) return null;
        let text = node.quasis[0]!.value.cooked ?? '';
        parts.forEach((part, i) => {
          text += String(part!.value) + (node.quasis[i + 1]!.value.cooked ?? '');
        });
        return over(text, ...parts);
      }
      case AST_NODE_TYPES.Identifier:
        return this.identifier(node, child);
      case AST_NODE_TYPES.UnaryExpression: {
        if (node.operator === 'delete') return null;
        if (node.operator === 'void') return leaf(undefined);
        const argument = child(node.argument);
        if (!argument) return null;
        const value = argument.value as never;
        switch (node.operator) {
          case '!':
            return over(!value, argument);
          case '-':
            return over(-value, argument);
          case '+':
            return over(+value, argument);
          case '~':
            return over(~value, argument);
          case 'typeof':
            return over(typeof value, argument);
          default:
            return null;
        }
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
        const left = child(node.left);
        const right = left && child(node.right);
        if (!left || !right) return null;
        const value = binary(node.operator, left.value, right.value);
        return value === NOT_STATIC ? null : over(value, left, right);
      }
      case AST_NODE_TYPES.LogicalExpression: {
        const left = child(node.left);
        if (!left) return null;
        const decided = node.operator === '&&' ? !left.value : node.operator === '||' ? Boolean(left.value) : left.value !== null && left.value !== undefined;
        if (decided) return over(left.value, left);
        const right = child(node.right);
        return right ? over(right.value, left, right) : null;
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = child(node.test);
        if (!test) return null;
        const branch = child(test.value ? node.consequent : node.alternate);
        return branch ? over(branch.value, test, branch) : null;
      }
      case AST_NODE_TYPES.ArrayExpression: {
        const values: unknown[] = [];
        const parts: Evaluation[] = [];
        for (const element of node.elements) {
          if (!element) return null;
          if (element.type === AST_NODE_TYPES.SpreadElement) {
            const spread = child(element.argument);
            if (!spread || !Array.isArray(spread.value)) return null;
            values.push(...(spread.value as unknown[]));
            parts.push(spread);
          } else {
            const found = child(element);
            if (!found) return null;
            values.push(found.value);
            parts.push(found);
          }
        }
        return over(values, ...parts);
      }
      case AST_NODE_TYPES.ObjectExpression: {
        const object: Record<string, unknown> = {};
        const parts: Evaluation[] = [];
        for (const property of node.properties) {
          if (property.type === AST_NODE_TYPES.SpreadElement) {
            const spread = child(property.argument);
            if (!spread || typeof spread.value !== 'object') return null;
            Object.assign(object, spread.value);
            parts.push(spread);
            continue;
          }
          if (property.kind !== 'init' || property.method) return null;
          const key = property.computed ? child(property.key) : leaf(plainKeyName(property.key));
          const value = key && key.value !== null ? child(property.value) : null;
          if (!key || !value) return null;
          object[String(key.value)] = value.value;
          parts.push(key, value);
        }
        return over(object, ...parts);
      }
      case AST_NODE_TYPES.MemberExpression: {
        if (node.object.type === AST_NODE_TYPES.Super || node.property.type === AST_NODE_TYPES.PrivateIdentifier) return null;
        const key = node.computed ? child(node.property) : leaf(plainKeyName(node.property));
        if (!key || (typeof key.value !== 'string' && typeof key.value !== 'number')) return null;
        const enumMember = this.enumMember(node.object, String(key.value), child);
        if (enumMember !== undefined) return enumMember && over(enumMember.value, enumMember, key);
        const object = child(node.object);
        if (!object) return null;
        const found = ownProperty(object.value, String(key.value));
        return found === NOT_STATIC ? null : over(found, object, key);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.call(node, child);
      default:
        return null;
    }
  }

  private identifier(node: TSESTree.Identifier, child: (node: TSESTree.Node) => Evaluation): Evaluation {
    const variable = this.bindings.variableOf(node);
    if (!variable || variable.defs.length === 0) {
      return Object.hasOwn(GLOBAL_CONSTANTS, node.name) ? { value: GLOBAL_CONSTANTS[node.name], depth: 1 } : null;
    }
    const declarator = this.bindings.declaratorOf(variable);
    if (!declarator?.init || this.bindings.isReassigned(variable) || this.bindings.forOfSource(variable)) return null;
    // `let` is followed only when never reassigned; `var` the same.
    const found = child(declarator.init);
    return found && { value: found.value, depth: found.depth + 1 };
  }

  /** `Model.Opus` of `enum Model { Opus = 'claude-opus-4-6' }`; undefined when the object is no enum. */
  private enumMember(object: TSESTree.Node, key: string, child: (node: TSESTree.Node) => Evaluation): Evaluation | undefined {
    const target = skipTransparent(object);
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.bindings.variableOf(target);
    const def = variable ? this.bindings.definitionOf(variable) : null;
    if (def?.type !== 'TSEnumName') return undefined;
    const declaration = def.node as TSESTree.TSEnumDeclaration;
    let next = 0;
    for (const member of declaration.body.members) {
      const name = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : String((member.id as TSESTree.Literal).value);
      let value: Evaluation;
      if (member.initializer) {
        value = child(member.initializer);
        if (!value) {
          if (name === key) return null;
          next = NaN;
          continue;
        }
      } else {
        value = Number.isNaN(next) ? null : { value: next, depth: 1 };
      }
      if (typeof value?.value === 'number') next = value.value + 1;
      if (name === key) return value;
    }
    return null;
  }

  private call(node: TSESTree.CallExpression, child: (node: TSESTree.Node) => Evaluation): Evaluation {
    const callee = skipTransparent(node.callee);
    const args: Evaluation[] = [];
    for (const arg of node.arguments) {
      if (arg.type === AST_NODE_TYPES.SpreadElement) return null;
      const found = child(arg);
      if (!found) return null;
      args.push(found);
    }
    const values = args.map((arg) => arg!.value);
    const over = (value: unknown, ...parts: Evaluation[]): Evaluation => ({ value, depth: 1 + Math.max(0, ...parts.map((p) => p!.depth)) });
    if (callee.type === AST_NODE_TYPES.Identifier && this.bindings.isGlobal(callee)) {
      if (callee.name === 'String') return over(values.length === 0 ? '' : String(values[0]), ...args);
      return null;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return null;
    const method = plainKeyName(callee.property);
    if (method === null) return null;
    const object = skipTransparent(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Object' && this.bindings.isGlobal(object)) {
      return method === 'freeze' && args.length === 1 ? over(values[0], ...args) : null;
    }
    const receiver = child(callee.object);
    if (!receiver) return null;
    const value = receiver.value;
    const allowed = typeof value === 'string' ? STRING_METHODS.has(method) : Array.isArray(value) ? ARRAY_METHODS.has(method) : false;
    if (!allowed || values.some((v) => typeof v === 'function' || (typeof v === 'object' && v !== null && !Array.isArray(v)))) return null;
    try {
      const result = (value as Record<string, (...a: unknown[]) => unknown>)[method]!(...values);
      return over(result, receiver, ...args);
    } catch {
      return null;
    }
  }
}

const NOT_STATIC = Symbol('not static');
const EXHAUSTED = Symbol('depth budget exhausted');

function binary(operator: string, left: unknown, right: unknown): unknown {
  const l = left as never;
  const r = right as never;
  switch (operator) {
    case '+':
      return (l as number) + (r as number);
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      return l / r;
    case '%':
      return l % r;
    case '**':
      return (l as number) ** (r as number);
    case '==':
      return l == r;
    case '!=':
      return l != r;
    case '===':
      return l === r;
    case '!==':
      return l !== r;
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
    case '|':
      return l | r;
    case '&':
      return l & r;
    case '^':
      return l ^ r;
    case '<<':
      return l << r;
    case '>>':
      return l >> r;
    case '>>>':
      return l >>> r;
    default:
      return NOT_STATIC;
  }
}

function ownProperty(object: unknown, key: string): unknown {
  if (typeof object === 'string') {
    if (key === 'length') return object.length;
    return /^\d+$/.test(key) ? object[Number(key)] : NOT_STATIC;
  }
  if (typeof object !== 'object' || object === null) return NOT_STATIC;
  if (Array.isArray(object) && key === 'length') return object.length;
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : Array.isArray(object) ? NOT_STATIC : undefined;
}
