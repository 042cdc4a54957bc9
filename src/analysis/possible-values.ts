import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { ShapeReader, Site } from './shapes.js';
import type { Certainty, StaticValues } from './static-values.js';

/** One value an expression may have at run time. */
export interface ValueCandidate {
  readonly value: unknown;
  /** Where to report it: the literal written in the request, or the site that brought it in. */
  readonly node: TSESTree.Node;
  /** The expression the value was read from. */
  readonly source: TSESTree.Node;
  readonly site: Site;
  readonly certainty: Exclude<Certainty, 'unresolved'>;
}

/**
 * Every value a request field may take (each branch of a conditional, a `let` assigned in
 * branches, a `for…of` element, an env fallback's literal, a destructuring default) and the
 * places the analysis cannot read (`process.env.X`, a parameter), as report nodes.
 */
export interface PossibleValues {
  readonly candidates: readonly ValueCandidate[];
  readonly unresolved: readonly TSESTree.Node[];
}

/** Reads the possible values of model ids, geo values, tool types and other scalar request fields. */
export class PossibleValueReader {
  constructor(
    private readonly statics: StaticValues,
    private readonly shapes: ShapeReader,
  ) {}

  read(node: TSESTree.Node, before = Infinity, site: Site = null): PossibleValues {
    const candidates: ValueCandidate[] = [];
    const unresolved: TSESTree.Node[] = [];
    for (const candidate of this.shapes.candidates(node, before, site)) {
      const known = candidate.falsy ? null : this.statics.value(candidate.node);
      const at = candidate.site ?? candidate.node;
      if (!known) {
        if (!unresolved.includes(at)) unresolved.push(at);
        continue;
      }
      const written = candidate.node.type === AST_NODE_TYPES.Literal || candidate.node.type === AST_NODE_TYPES.TemplateLiteral;
      candidates.push({
        value: known.value,
        node: at,
        source: candidate.node,
        site: candidate.site,
        certainty: candidate.site === null && written ? 'literal' : 'resolved',
      });
    }
    return { candidates, unresolved };
  }

  /** The one string an expression has on every path, or null. */
  string(node: TSESTree.Node, before = Infinity): string | null {
    const { candidates, unresolved } = this.read(node, before);
    const first = candidates[0]?.value;
    return unresolved.length === 0 && typeof first === 'string' && candidates.every((c) => c.value === first) ? first : null;
  }
}
