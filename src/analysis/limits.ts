/**
 * Fixed bounds of the analysis (PRODUCT.md §3, "analysis cost is linear"). Past any of them a
 * value counts as unresolved: never a guess, never a stack overflow, and the same answer on every
 * run whatever the JIT or the order in which values are asked for.
 */

/** Hops through consts, lets, helpers and callbacks that one value read may take. */
export const MAX_VALUE_HOPS = 48;

/** Nesting of objects, arrays and spreads one read of a request may descend into. */
export const MAX_SHAPE_DEPTH = 16;

/** Expressions below one static evaluation (`a + b`, templates, member reads, const chains). */
export const MAX_STATIC_DEPTH = 48;

/** Values one read may collect (branches of branches multiply); the rest is unresolved. */
export const MAX_CANDIDATES = 64;

/** Steps through variables, members and calls the client resolver takes for one expression. */
export const MAX_RESOLVE_DEPTH = 48;

/**
 * Distinct keys one variable's member writes may set, and `Object.assign`/`push` calls on it,
 * before the object counts as generated: its later changes are then one unreadable entry, so N
 * calls sharing one object that grows with each call stay linear.
 */
export const MAX_MUTATIONS = 256;
