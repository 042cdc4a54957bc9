import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipTransparent } from './ast.js';
import type { ClientResolver } from './clients.js';
import type { Certainty, ShapeReader, StaticValues } from './values.js';

/** One value an expression may have at run time. */
export interface ValueCandidate {
  readonly value: unknown;
  /** Where the value is written: the literal, or the expression it was read through. */
  readonly node: TSESTree.Node;
  readonly certainty: Exclude<Certainty, 'unresolved'>;
}

/**
 * Every value a request field may take (both branches of a conditional, an env fallback's
 * literal, a destructuring default) and the parts the analysis cannot read (`process.env.X`).
 */
export interface PossibleValues {
  readonly candidates: readonly ValueCandidate[];
  readonly unresolved: readonly TSESTree.Node[];
}

const MAX_VALUE_DEPTH = 12;

/** Reads the possible values of model ids and geo values (and any other scalar request field). */
export class PossibleValueReader {
  constructor(
    private readonly statics: StaticValues,
    private readonly shapes: ShapeReader,
    private readonly resolver: ClientResolver,
  ) {}

  read(node: TSESTree.Node, before = Infinity): PossibleValues {
    const candidates: ValueCandidate[] = [];
    const unresolved: TSESTree.Node[] = [];
    this.collect(node, true, before, { candidates, unresolved }, new Set(), 0);
    return { candidates, unresolved };
  }

  private collect(
    node: TSESTree.Node,
    inPlace: boolean,
    before: number,
    out: { candidates: ValueCandidate[]; unresolved: TSESTree.Node[] },
    seen: Set<unknown>,
    depth: number,
  ): void {
    const target = skipTransparent(node);
    if (depth > MAX_VALUE_DEPTH) {
      out.unresolved.push(target);
      return;
    }
    const next = (child: TSESTree.Node, childInPlace = inPlace) => this.collect(child, childInPlace, before, out, seen, depth + 1);
    if (target.type === AST_NODE_TYPES.ConditionalExpression) {
      next(target.consequent);
      next(target.alternate);
      return;
    }
    // `process.env.MODEL || "claude-…"`: the fallback is checked, the left side may be anything.
    if (target.type === AST_NODE_TYPES.LogicalExpression && target.operator !== '&&') {
      next(target.left);
      next(target.right);
      return;
    }
    const known = this.statics.value(target);
    if (known) {
      const written = target.type === AST_NODE_TYPES.Literal || target.type === AST_NODE_TYPES.TemplateLiteral;
      out.candidates.push({ value: known.value, node: target, certainty: inPlace && written ? 'literal' : 'resolved' });
      return;
    }
    if (target.type === AST_NODE_TYPES.Identifier) {
      this.collectVariable(target, next, out, seen);
      return;
    }
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const key = this.resolver.memberKey(target);
      const shape = key === null ? null : this.shapes.object(target.object, before);
      const found = shape ? this.shapes.lookup(shape, key!) : null;
      if (found?.status === 'present') next(found.entry.value, false);
      else out.unresolved.push(target);
      return;
    }
    out.unresolved.push(target);
  }

  /** A variable's initialiser and later writes, or a destructuring default and the unknown it stands in for. */
  private collectVariable(
    identifier: TSESTree.Identifier,
    next: (child: TSESTree.Node, inPlace?: boolean) => void,
    out: { unresolved: TSESTree.Node[] },
    seen: Set<unknown>,
  ): void {
    const variable = this.resolver.variableOf(identifier);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !def || seen.has(variable)) {
      out.unresolved.push(identifier);
      return;
    }
    seen.add(variable);
    if (def.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).id === def.name) {
      const writes = this.resolver.variableWrites(variable, (def.node as TSESTree.VariableDeclarator).init);
      if (writes.length === 0) out.unresolved.push(identifier);
      for (const write of writes) next(write, false);
      return;
    }
    if (def.type === 'Variable' || def.type === 'Parameter') {
      const name = def.name as TSESTree.Identifier;
      const parent = name.parent;
      const fallback = parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === name ? parent.right : null;
      // The caller's value is unknown; the default is what runs when none is given.
      out.unresolved.push(identifier);
      if (fallback) next(fallback, false);
      return;
    }
    out.unresolved.push(identifier);
  }
}
