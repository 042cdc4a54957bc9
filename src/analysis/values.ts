import { getStaticValue } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { plainKeyName, skipTransparent } from './ast.js';
import type { TypeFacts } from './types.js';

type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

/** How sure the analysis is of a value: written in place, followed through code, or not known. */
export type Certainty = 'literal' | 'resolved' | 'unresolved';

/** Static (compile-time) values: literals, templates, consts, string concatenation. */
export class StaticValues {
  private readonly cache = new Map<TSESTree.Node, { value: unknown } | null>();

  constructor(
    private readonly sourceCode: TSESLint.SourceCode,
    /** Typed mode only: a value whose type is one literal is that value (a const from another module). */
    private readonly types: TypeFacts | null = null,
  ) {}

  /** `{ value }` when the expression has one value whatever runs, else null. */
  value(node: TSESTree.Node): { value: unknown } | null {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached;
    let result: { value: unknown } | null;
    if (node.type === AST_NODE_TYPES.Literal) {
      result = { value: node.value };
    } else if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
      result = { value: node.quasis[0]!.value.cooked };
    } else {
      const scope = this.sourceCode.getScope(node as never);
      result = (getStaticValue(node as never, scope as never) as { value: unknown } | null) ?? null;
      if (!result && this.types) result = this.types.literalOf(node);
    }
    this.cache.set(node, result);
    return result;
  }

  string(node: TSESTree.Node): string | null {
    const found = this.value(node);
    return found && typeof found.value === 'string' ? found.value : null;
  }
}

/** One write of a key into an object, in source order. */
export interface PropertyEntry {
  readonly kind: 'property';
  readonly key: string;
  /** The node to report: the property's key, or the member of a write `params.key = …`. */
  readonly keyNode: TSESTree.Node;
  readonly value: TSESTree.Node;
}

/** Something that may write any key: a spread or a computed key the analysis cannot read. */
export interface UnknownEntry {
  readonly kind: 'unknown';
  readonly node: TSESTree.Node;
}

export type ObjectEntry = PropertyEntry | UnknownEntry;

export interface ObjectShape {
  /** The object literal the shape was read from. */
  readonly node: TSESTree.ObjectExpression;
  readonly entries: readonly ObjectEntry[];
  readonly certainty: Exclude<Certainty, 'unresolved'>;
}

export type PropertyLookup =
  | { readonly status: 'present'; readonly entry: PropertyEntry }
  | { readonly status: 'absent' }
  | { readonly status: 'unknown'; readonly node: TSESTree.Node };

export interface ArrayShape {
  readonly node: TSESTree.ArrayExpression;
  /** Elements in order; spreads of known arrays are inlined. */
  readonly elements: readonly (TSESTree.Node | UnknownEntry)[];
}

const MAX_SHAPE_DEPTH = 12;

/**
 * Reads request objects and arrays through identifiers, spreads, nested consts and the member
 * writes (`params.key = …`, `list.push(…)`) made to them before the place they are used.
 */
export class ShapeReader {
  private readonly referencesByVariable = new Map<Variable, Reference[]>();

  constructor(
    private readonly statics: StaticValues,
    private readonly variableOf: (identifier: TSESTree.Identifier) => Variable | null,
  ) {}

  /** The expression an identifier stands for, when it has one (a const, or a let never reassigned). */
  definingExpression(node: TSESTree.Node, seen = new Set<Variable>()): TSESTree.Node | null {
    const target = skipTransparent(node);
    if (target.type !== AST_NODE_TYPES.Identifier) return target;
    const variable = this.variableOf(target);
    if (!variable || seen.has(variable)) return null;
    seen.add(variable);
    const def = variable.defs[0];
    if (def?.type !== 'Variable' || variable.defs.length !== 1) return null;
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.id !== def.name || !declarator.init) return null;
    if (variable.references.some((r) => r.isWrite() && !r.init)) return null;
    return this.definingExpression(declarator.init, seen);
  }

  object(node: TSESTree.Node | null | undefined, before = Infinity, depth = 0): ObjectShape | null {
    if (!node || depth > MAX_SHAPE_DEPTH) return null;
    const target = skipTransparent(node);
    const expression = this.definingExpression(target);
    if (expression?.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const entries: ObjectEntry[] = [];
    for (const property of expression.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.object(property.argument, before, depth + 1);
        if (spread) entries.push(...spread.entries);
        else if (!isNullish(property.argument)) entries.push({ kind: 'unknown', node: property });
        continue;
      }
      const key = property.computed ? this.statics.string(property.key) : plainKeyName(property.key);
      if (key === null) entries.push({ kind: 'unknown', node: property });
      else entries.push({ kind: 'property', key, keyNode: property.key, value: property.value });
    }
    if (target.type === AST_NODE_TYPES.Identifier) entries.push(...this.memberWrites(target, before));
    return { node: expression, entries, certainty: target === expression ? 'literal' : 'resolved' };
  }

  array(node: TSESTree.Node | null | undefined, before = Infinity, depth = 0): ArrayShape | null {
    if (!node || depth > MAX_SHAPE_DEPTH) return null;
    const target = skipTransparent(node);
    const expression = this.definingExpression(target);
    if (expression?.type !== AST_NODE_TYPES.ArrayExpression) return null;
    const elements: (TSESTree.Node | UnknownEntry)[] = [];
    for (const element of expression.elements) {
      if (!element) continue;
      if (element.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.array(element.argument, before, depth + 1);
        if (spread) elements.push(...spread.elements);
        else elements.push({ kind: 'unknown', node: element });
      } else {
        elements.push(element);
      }
    }
    if (target.type === AST_NODE_TYPES.Identifier) elements.push(...this.pushedElements(target, before));
    return { node: expression, elements };
  }

  /** The last write of `key`, or whether an unknown entry after it might have replaced it. */
  lookup(shape: ObjectShape, key: string): PropertyLookup {
    for (let i = shape.entries.length - 1; i >= 0; i--) {
      const entry = shape.entries[i]!;
      if (entry.kind === 'unknown') return { status: 'unknown', node: entry.node };
      if (entry.key === key) return { status: 'present', entry };
    }
    return { status: 'absent' };
  }

  /** Each key's last write; unknown entries are returned apart. */
  effectiveProperties(shape: ObjectShape): { properties: PropertyEntry[]; unknowns: UnknownEntry[] } {
    const byKey = new Map<string, PropertyEntry>();
    const unknowns: UnknownEntry[] = [];
    for (const entry of shape.entries) {
      if (entry.kind === 'unknown') unknowns.push(entry);
      else {
        byKey.delete(entry.key); // keep source order of the last write
        byKey.set(entry.key, entry);
      }
    }
    return { properties: [...byKey.values()], unknowns };
  }

  private referencesOf(identifier: TSESTree.Identifier): Reference[] {
    const variable = this.variableOf(identifier);
    if (!variable) return [];
    let refs = this.referencesByVariable.get(variable);
    if (!refs) {
      refs = [...variable.references];
      this.referencesByVariable.set(variable, refs);
    }
    return refs;
  }

  /** `params.key = value` written before `before`. */
  private memberWrites(identifier: TSESTree.Identifier, before: number): PropertyEntry[] {
    const writes: PropertyEntry[] = [];
    for (const reference of this.referencesOf(identifier)) {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
      const assignment = member.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) continue;
      if (assignment.range[0] >= before) continue;
      const key = member.computed ? this.statics.string(member.property) : plainKeyName(member.property);
      if (key !== null) writes.push({ kind: 'property', key, keyNode: member.property, value: assignment.right });
    }
    return writes.sort((a, b) => a.keyNode.range[0] - b.keyNode.range[0]);
  }

  /** `list.push(a, b)` / `list.unshift(a)` made before `before`. */
  private pushedElements(identifier: TSESTree.Identifier, before: number): TSESTree.Node[] {
    const pushed: TSESTree.Node[] = [];
    for (const reference of this.referencesOf(identifier)) {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
      const call = member.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || call.range[0] >= before) continue;
      const method = member.computed ? null : plainKeyName(member.property);
      if (method !== 'push' && method !== 'unshift') continue;
      for (const arg of call.arguments) if (arg.type !== AST_NODE_TYPES.SpreadElement) pushed.push(arg);
    }
    return pushed;
  }
}

export function isNullish(node: TSESTree.Node): boolean {
  const target = skipTransparent(node);
  return (
    (target.type === AST_NODE_TYPES.Literal && target.value === null) ||
    (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined')
  );
}
