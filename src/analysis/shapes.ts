import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type FunctionLike, isFunctionLike, skipTransparent } from './ast.js';
import { MAX_CANDIDATES, MAX_MUTATIONS, MAX_SHAPE_DEPTH, MAX_VALUE_HOPS } from './limits.js';
import { type Bindings, type Mutation, upperBound } from './scope.js';
import type { StaticValues } from './static-values.js';

export type { Certainty } from './static-values.js';

type Variable = TSESLint.Scope.Variable;

/**
 * Where a value entered the request: the identifier, member, spread or helper call written in
 * the request that brought it in, or null when the value is written in place. Findings about a
 * value are reported at its site, so a const used by three requests is three findings.
 */
export type Site = TSESTree.Node | null;

/** A variable a value was read through, whose mutations between `from` and the use apply to it. */
interface Holder {
  readonly variable: Variable;
  readonly from: number;
}

/** One expression a value may be, after following consts, lets, branches, helpers and callbacks. */
export interface Candidate {
  /** The expression reached (an object or array literal, a literal, or something unreadable). */
  readonly node: TSESTree.Node;
  readonly site: Site;
  /** Mutations of the holders made before this offset reach the value. */
  readonly before: number;
  readonly holders: readonly Holder[];
  /** The falsy left side of `a && b`: spread into an object or array, it adds nothing. */
  readonly falsy: boolean;
}

/** One write of a key into an object, in source order. */
export interface PropertyEntry {
  readonly kind: 'property';
  readonly key: string;
  /** The key as written: the property's key, or the member of a write `params.key = …`. */
  readonly keyNode: TSESTree.Node;
  readonly value: TSESTree.Node;
  readonly site: Site;
  /** Reads of `value` see mutations made before this offset. */
  readonly before: number;
}

/** Something that may write any key, or be any element: a spread or value the analysis cannot read. */
export interface UnknownEntry {
  readonly kind: 'unknown';
  readonly node: TSESTree.Node;
  readonly site: Site;
}

/** A spread (or a whole value) with several possible shapes: one option per candidate. */
export interface AlternativesEntry {
  readonly kind: 'alternatives';
  readonly options: readonly (readonly ObjectEntry[])[];
}

export type ObjectEntry = PropertyEntry | UnknownEntry | AlternativesEntry;

export interface ObjectShape {
  /** The object literal the shape was read from (the first, when there are several). */
  readonly node: TSESTree.Node;
  readonly entries: readonly ObjectEntry[];
  /** `literal` when the request's own object literal, written in place and never changed. */
  readonly certainty: 'literal' | 'resolved';
}

/** What a key of an object may be: every write that may win, whether none may, and what may hide it. */
export interface FieldLookup {
  readonly writes: readonly PropertyEntry[];
  /** Some way through the object (a branch, an empty spread) writes no value for the key. */
  readonly maybeAbsent: boolean;
  /** An entry the analysis cannot read that may write the key. */
  readonly unknown: UnknownEntry | null;
}

/** An element of an array: a value (with where it came in) or something unreadable. */
export type ArrayElement = { readonly kind: 'value'; readonly node: TSESTree.Node; readonly site: Site; readonly before: number } | UnknownEntry;

export interface ArrayShape {
  readonly node: TSESTree.Node;
  /** Elements of every candidate array, in order; spreads, `concat`, `map` callbacks and `push` inlined. */
  readonly elements: readonly ArrayElement[];
}

/** Array methods that call their callback with each element as the first argument. */
const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'findLast', 'some', 'every']);
/** Array methods whose result holds (some of) the receiver's elements. */
const ELEMENT_KEEPING_METHODS: ReadonlySet<string> = new Set(['filter', 'slice', 'reverse', 'sort', 'toSorted', 'toReversed', 'flat']);

interface MutationIndex {
  /** Member writes by key, in source order. */
  readonly byKey: ReadonlyMap<string, readonly Extract<Mutation, { kind: 'member' }>[]>;
  /** Everything else (`Object.assign`, `push`, writes with unreadable keys), in source order. */
  readonly others: readonly Mutation[];
  /** Past MAX_MUTATIONS keys or calls the object counts as generated: its first change is where it becomes unreadable. */
  readonly overflow: Mutation | null;
}

/**
 * Follows values the way people write them (PRODUCT.md §3): consts and lets (each write that may
 * reach the use), every branch of a conditional and `||`/`??`, `for…of` over a literal array,
 * callbacks of `.map`/`.flatMap`/`Array.from`, the objects a same-file helper returns, spreads,
 * `Object.assign`, `concat`, and the member writes and `push()`es made before the use. Each
 * possible value is kept; what cannot be read stays unknown, never guessed.
 */
export class ShapeReader {
  private readonly mutationIndexes = new Map<Variable, MutationIndex>();
  /** Off while a reader judges what a function forwards, where its callers are judged instead. */
  private bindArguments = true;

  constructor(
    private readonly bindings: Bindings,
    private readonly statics: StaticValues,
    /** The same-file function an expression calls (`buildParams`, `this.build`), from the client resolver. */
    private readonly functionOf: (callee: TSESTree.Node) => FunctionLike | null,
  ) {}

  /**
   * Runs `read` with parameters left unknown: for client options a same-file factory forwards
   * (`function createClient(options) { return new Anthropic(options) }`), which are judged at
   * the factory's calls, so a flag is reported once, where it is passed.
   */
  withoutArguments<T>(read: () => T): T {
    const saved = this.bindArguments;
    this.bindArguments = false;
    try {
      return read();
    } finally {
      this.bindArguments = saved;
    }
  }

  /** The expression an identifier stands for, when it has exactly one (a const, or a let never reassigned). */
  definingExpression(node: TSESTree.Node): TSESTree.Node | null {
    return this.bindings.definingExpression(node);
  }

  /** Every expression `node` may evaluate to at `before`, at most MAX_CANDIDATES of them. */
  candidates(node: TSESTree.Node, before = Infinity, site: Site = null): Candidate[] {
    const found: Candidate[] = [];
    const work: { node: TSESTree.Node; site: Site; before: number; holders: readonly Holder[]; hops: number }[] = [
      { node, site, before, holders: [], hops: 0 },
    ];
    const seen = new Set<TSESTree.Node>();
    const terminal = (item: (typeof work)[number], target: TSESTree.Node, falsy = false) =>
      found.push({ node: target, site: item.site, before: item.before, holders: item.holders, falsy });
    while (work.length > 0) {
      const item = work.pop()!;
      const target = skipValueWrappers(item.node);
      // A node reached twice (two branches naming one const) is read once; a cycle adds nothing.
      if (seen.has(target)) continue;
      if (found.length >= MAX_CANDIDATES || item.hops >= MAX_VALUE_HOPS) {
        terminal(item, target);
        continue;
      }
      seen.add(target);
      const next = (child: TSESTree.Node, changes: Partial<(typeof work)[number]> = {}) =>
        work.push({ ...item, node: child, hops: item.hops + 1, ...changes });
      // Pushed in reverse so candidates come out in source order.
      switch (target.type) {
        case AST_NODE_TYPES.ConditionalExpression:
          next(target.alternate);
          next(target.consequent);
          continue;
        case AST_NODE_TYPES.LogicalExpression:
          next(target.right);
          if (target.operator === '&&') terminal(item, target.left, true);
          else next(target.left);
          continue;
        case AST_NODE_TYPES.SequenceExpression:
          next(target.expressions[target.expressions.length - 1]!);
          continue;
        case AST_NODE_TYPES.AssignmentExpression:
          if (target.operator === '=') next(target.right);
          else terminal(item, target);
          continue;
        case AST_NODE_TYPES.Identifier:
          if (!this.followIdentifier(target, item, next)) terminal(item, target);
          continue;
        case AST_NODE_TYPES.MemberExpression: {
          const writes = this.memberWrites(target, item.before);
          if (!writes) {
            terminal(item, target);
            continue;
          }
          for (let i = writes.length - 1; i >= 0; i--) {
            const write = writes[i]!;
            next(write.value, { site: item.site ?? write.site ?? target, before: write.before, holders: [] });
          }
          continue;
        }
        case AST_NODE_TYPES.CallExpression: {
          const fn = this.helperOf(target);
          if (!fn) {
            terminal(item, target);
            continue;
          }
          const returned = this.bindings.returnedExpressions(fn);
          if (returned.length === 0) terminal(item, target);
          // The helper's own code runs before it returns: its writes and mutations up to the `return` count.
          for (let i = returned.length - 1; i >= 0; i--) {
            next(returned[i]!, { site: item.site ?? target, before: returned[i]!.range[0], holders: [] });
          }
          continue;
        }
        default:
          terminal(item, target);
      }
    }
    if (found.length === 0) found.push({ node: skipValueWrappers(node), site, before, holders: [], falsy: false });
    return found;
  }

  /** Follows an identifier to what it holds; false when it is a terminal (a parameter, an import, a global). */
  private followIdentifier(
    identifier: TSESTree.Identifier,
    item: { site: Site; before: number; holders: readonly Holder[] },
    next: (child: TSESTree.Node, changes?: { site?: Site; before?: number; holders?: readonly Holder[] }) => void,
  ): boolean {
    const variable = this.bindings.variableOf(identifier);
    if (!variable) return false;
    const site = item.site ?? identifier;
    const loopSource = this.bindings.forOfSource(variable);
    if (loopSource) return this.followElements(loopSource, item.before, site, next);
    const declarator = this.bindings.declaratorOf(variable);
    if (declarator) {
      const writes = this.bindings.writesBefore(variable, item.before);
      if (writes.length === 0) return false;
      for (let i = writes.length - 1; i >= 0; i--) {
        const write = writes[i]!;
        next(write.value, { site, holders: [...item.holders, { variable, from: write.at }] });
      }
      return true;
    }
    const def = this.bindings.definitionOf(variable);
    if (def?.type === 'FunctionName') {
      next(def.node as TSESTree.Node, { site });
      return true;
    }
    if (def?.type === 'Variable') {
      const binding = this.bindings.destructuredOf(variable);
      if (!binding?.init) return false;
      const values = this.pathValues(binding.init, binding.keys, item.before);
      // The default runs when the key is missing or undefined.
      if (binding.fallback) next(binding.fallback, { site });
      if (values === null) return false;
      for (const value of values) next(value.value, { site, before: value.before, holders: [] });
      return values.length > 0 || binding.fallback !== null;
    }
    if (def?.type === 'Parameter') {
      const elementSource = this.callbackElementSource(def.name as TSESTree.Identifier);
      if (elementSource) return this.followElements(elementSource, item.before, site, next);
      const fallback = this.bindings.parameterDefault(variable);
      const bound = this.argumentsOf(def.name as TSESTree.Identifier, variable, site);
      // What a call passes is reported where it is passed: written there (a literal), at itself; held in a variable, at the argument.
      if (bound) {
        for (let i = bound.values.length - 1; i >= 0; i--) {
          const { node: argument, before: at } = bound.values[i]!;
          next(argument, { site: isWrittenInPlace(argument) ? null : argument, before: at, holders: [] });
        }
      }
      if (fallback) next(fallback, { site });
      // Without the callers, the value is unknown; the default is what runs when none is given.
      return bound !== null && !bound.open;
    }
    return false;
  }

  /**
   * The arguments a same-file function's parameter takes (PRODUCT.md §3, values built in helpers).
   * `site` says where the use came from: a call of the function written in the request
   * (`create(build('id'))`, or a const that holds it, `const p = build('id'); create(p)`) binds
   * that call's argument; a use inside the function (the request is made there, `function
   * ask(model) { return client.messages.create({ model, … }) }`) binds the arguments of every
   * call, since each call makes the request. A use reached from outside by any other way is not
   * bound: which call made it is not known. Null when the parameter is not bound; `open` when
   * callers elsewhere may pass other values.
   */
  private argumentsOf(
    parameter: TSESTree.Identifier,
    variable: Variable,
    site: TSESTree.Node,
  ): { values: { node: TSESTree.Node; before: number }[]; open: boolean } | null {
    if (!this.bindArguments) return null;
    const holder = parameter.parent?.type === AST_NODE_TYPES.AssignmentPattern && parameter.parent.left === parameter ? parameter.parent : parameter;
    const fn = holder.parent;
    if (!fn || !isFunctionLike(fn) || fn.generator) return null;
    const index = fn.params.indexOf(holder as never);
    // A parameter the function changes before the use is not the argument any more.
    if (index < 0 || !this.bindings.isOnlyRead(variable)) return null;
    let calls: readonly TSESTree.CallExpression[];
    let open = false;
    const siteCall = this.callAtSite(site);
    if (siteCall.type === AST_NODE_TYPES.CallExpression && this.helperOf(siteCall) === fn) {
      calls = [siteCall];
    } else if (site.range[0] >= fn.range[0] && site.range[1] <= fn.range[1]) {
      ({ calls, open } = this.bindings.callersOf(fn));
    } else {
      return null;
    }
    const values: { node: TSESTree.Node; before: number }[] = [];
    for (const call of calls) {
      const spread = call.arguments.findIndex((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
      if (spread >= 0 && spread <= index) {
        open = true;
        continue;
      }
      // A missing argument is `undefined`: the default (followed by the caller) or nothing.
      const argument = call.arguments[index];
      if (argument) values.push({ node: argument, before: call.range[0] });
    }
    return values.length > 0 || calls.length > 0 ? { values, open } : null;
  }

  /** The expression a site stands for: itself, or what the const it names holds (`const p = await build(x)`). */
  private callAtSite(site: TSESTree.Node): TSESTree.Node {
    const target = skipValueWrappers(site);
    return target.type === AST_NODE_TYPES.Identifier ? skipValueWrappers(this.bindings.definingExpression(target) ?? target) : target;
  }

  /** Continues with each element of the array `source` (a `for…of` binding, a callback's element). */
  private followElements(
    source: TSESTree.Node,
    before: number,
    site: Site,
    next: (child: TSESTree.Node, changes?: { site?: Site; before?: number; holders?: readonly Holder[] }) => void,
  ): boolean {
    const array = this.array(source, before);
    if (!array || array.elements.some((element) => element.kind === 'unknown')) return false;
    for (let i = array.elements.length - 1; i >= 0; i--) {
      const element = array.elements[i] as Extract<ArrayElement, { kind: 'value' }>;
      next(element.node, { site, before: element.before, holders: [] });
    }
    return true;
  }

  /** `items.map((x) => …)`, `Array.from(items, (x) => …)`: the array whose elements `x` takes. */
  private callbackElementSource(parameter: TSESTree.Identifier): TSESTree.Node | null {
    const fn = parameter.parent;
    if (!fn || !isFunctionLike(fn) || fn.params[0] !== parameter) return null;
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = this.statics.memberKey(callee);
    if (method !== null && ELEMENT_CALLBACK_METHODS.has(method) && call.arguments[0] === fn) return callee.object;
    if (method === 'from' && this.isGlobalNamed(callee.object, 'Array') && call.arguments[1] === fn) {
      const source = call.arguments[0];
      return source && source.type !== AST_NODE_TYPES.SpreadElement ? source : null;
    }
    return null;
  }

  /** The same-file function a call runs, when it is one (not an SDK or library call). */
  private helperOf(call: TSESTree.CallExpression): FunctionLike | null {
    const fn = this.functionOf(call.callee);
    // An async helper's result is awaited at the call (`await build()`); a generator's is no object.
    return fn && !fn.generator ? fn : null;
  }

  /** `obj.key` where `obj` reads as an object: each write of `key` that may win; null when unreadable. */
  private memberWrites(member: TSESTree.MemberExpression, before: number): PropertyEntry[] | null {
    if (member.object.type === AST_NODE_TYPES.Super) return null;
    const key = this.statics.memberKey(member);
    if (key === null) return null;
    const shape = this.object(member.object, before, null, 1);
    if (!shape) return null;
    const found = this.lookup(shape, key);
    return found.unknown || found.writes.length === 0 ? null : [...found.writes];
  }

  /** The values at `keys` below `init` (a destructuring path); null when the path cannot be read. */
  private pathValues(init: TSESTree.Node, keys: readonly (string | TSESTree.Node)[], before: number): PropertyEntry[] | null {
    let values: { value: TSESTree.Node; before: number }[] = [{ value: init, before }];
    let entries: PropertyEntry[] = [];
    for (const rawKey of keys) {
      const key = typeof rawKey === 'string' ? rawKey : this.statics.string(rawKey);
      if (key === null) return null;
      entries = [];
      for (const value of values) {
        const shape = this.object(value.value, value.before, null, 1);
        if (!shape) return null;
        const found = this.lookup(shape, key);
        if (found.unknown) return null;
        entries.push(...found.writes);
      }
      values = entries.map((entry) => ({ value: entry.value, before: entry.before }));
    }
    return entries;
  }

  /** The object `node` evaluates to, with every candidate; null when no candidate is a readable object. */
  object(node: TSESTree.Node | null | undefined, before = Infinity, site: Site = null, depth = 0): ObjectShape | null {
    if (!node || depth > MAX_SHAPE_DEPTH) return null;
    const candidates = this.candidates(node, before, site);
    const options: ObjectEntry[][] = [];
    let first: TSESTree.Node | null = null;
    let readable = false;
    for (const candidate of candidates) {
      const entries = this.objectEntriesOf(candidate, depth);
      if (entries) {
        readable = true;
        if (isObjectLike(candidate.node)) first ??= candidate.node;
        options.push(entries);
      } else {
        options.push([{ kind: 'unknown', node: candidate.node, site: candidate.site }]);
      }
    }
    if (!readable) return null;
    const entries: ObjectEntry[] = options.length === 1 ? options[0]! : [{ kind: 'alternatives', options }];
    const inPlace = candidates.length === 1 && candidates[0]!.site === null && candidates[0]!.holders.length === 0;
    const shapeNode = first ?? candidates[0]!.node;
    return { node: shapeNode, entries, certainty: inPlace && shapeNode === skipValueWrappers(node) ? 'literal' : 'resolved' };
  }

  /** One candidate read as an object (its holders' mutations included); null when it is none. */
  objectOf(candidate: Candidate, depth = 0): ObjectShape | null {
    const entries = this.objectEntriesOf(candidate, depth);
    return entries ? { node: candidate.node, entries, certainty: candidate.site === null && candidate.holders.length === 0 ? 'literal' : 'resolved' } : null;
  }

  /** One candidate read as an array (its holders' `push`es included); null when it is none. */
  arrayOf(candidate: Candidate, depth = 0): ArrayShape | null {
    const elements = this.arrayElementsOf(candidate, depth);
    return elements ? { node: candidate.node, elements } : null;
  }

  /** One candidate's entries: its literal's properties, then the mutations made to it before the use; null when not an object. */
  private objectEntriesOf(candidate: Candidate, depth: number): ObjectEntry[] | null {
    const node = candidate.node;
    if (candidate.falsy || isNullishLiteral(node)) return [];
    const entries: ObjectEntry[] = [];
    if (node.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          entries.push(...this.spreadEntries(property, candidate, depth));
          continue;
        }
        const key = this.statics.propertyKey(property);
        if (key === null) entries.push({ kind: 'unknown', node: property, site: candidate.site });
        else entries.push({ kind: 'property', key, keyNode: property.key, value: property.value, site: candidate.site, before: candidate.before });
      }
    } else if (node.type === AST_NODE_TYPES.CallExpression && this.bindings.isObjectAssign(node.callee)) {
      // `Object.assign({}, base, extra)`: every argument's properties, in order.
      for (const arg of node.arguments) entries.push(...this.spreadEntries(arg, candidate, depth));
    } else {
      return null;
    }
    for (const mutation of this.mutationsOf(candidate)) {
      if (mutation.kind === 'overflow') {
        entries.push({ kind: 'unknown', node: mutation.node, site: candidate.site });
      } else if (mutation.kind === 'member') {
        const key = this.statics.memberKey(mutation.member);
        if (key === null) entries.push({ kind: 'unknown', node: mutation.member, site: candidate.site });
        else entries.push({ kind: 'property', key, keyNode: mutation.member.property, value: mutation.value, site: candidate.site, before: mutation.at });
      } else if (mutation.kind === 'assign') {
        for (const source of mutation.sources) entries.push(...this.spreadEntries(source, { ...candidate, before: mutation.at }, depth));
      }
    }
    return entries;
  }

  /** What `...value` (or an `Object.assign` source) adds: its entries, a choice between several, or an unknown. */
  private spreadEntries(node: TSESTree.Node, outer: Candidate, depth: number): ObjectEntry[] {
    const argument = node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node;
    if (depth + 1 > MAX_SHAPE_DEPTH) return [{ kind: 'unknown', node, site: outer.site }];
    const site = outer.site ?? (isObjectLike(skipValueWrappers(argument)) ? null : node);
    const options: ObjectEntry[][] = [];
    for (const candidate of this.candidates(argument, outer.before, site)) {
      options.push(this.objectEntriesOf(candidate, depth + 1) ?? [{ kind: 'unknown', node: outer.site ? candidate.node : node, site: candidate.site }]);
    }
    return options.length === 1 ? options[0]! : [{ kind: 'alternatives', options }];
  }

  /** The array `node` evaluates to: the elements of every candidate; null when no candidate is a readable array. */
  array(node: TSESTree.Node | null | undefined, before = Infinity, site: Site = null, depth = 0): ArrayShape | null {
    if (!node || depth > MAX_SHAPE_DEPTH) return null;
    const elements: ArrayElement[] = [];
    let first: TSESTree.Node | null = null;
    let readable = false;
    for (const candidate of this.candidates(node, before, site)) {
      const found = this.arrayElementsOf(candidate, depth);
      if (found) {
        readable = true;
        first ??= candidate.node;
        elements.push(...found);
      } else {
        elements.push({ kind: 'unknown', node: candidate.node, site: candidate.site });
      }
    }
    return readable ? { node: first!, elements } : null;
  }

  private arrayElementsOf(candidate: Candidate, depth: number): ArrayElement[] | null {
    const node = candidate.node;
    if (candidate.falsy || isNullishLiteral(node)) return [];
    const { site, before } = candidate;
    const value = (element: TSESTree.Node, at = before, elementSite = site): ArrayElement => ({ kind: 'value', node: element, site: elementSite, before: at });
    let elements: ArrayElement[];
    if (node.type === AST_NODE_TYPES.ArrayExpression) {
      elements = [];
      for (const element of node.elements) {
        if (!element) continue;
        if (element.type === AST_NODE_TYPES.SpreadElement) elements.push(...this.spreadElements(element, candidate, depth));
        else elements.push(value(element));
      }
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      const found = this.callElements(node, candidate, depth);
      if (!found) return null;
      elements = found;
    } else {
      return null;
    }
    for (const mutation of this.mutationsOf(candidate)) {
      if (mutation.kind === 'overflow') {
        elements.push({ kind: 'unknown', node: mutation.node, site });
      } else if (mutation.kind === 'push') {
        for (const element of mutation.elements) {
          if (element.type === AST_NODE_TYPES.SpreadElement) elements.push(...this.spreadElements(element, { ...candidate, before: mutation.at }, depth));
          else elements.push(value(element, mutation.at));
        }
      }
    }
    return elements;
  }

  /** `...list` in an array (or a `concat` argument that is an array). */
  private spreadElements(node: TSESTree.Node, outer: Candidate, depth: number): ArrayElement[] {
    const argument = node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node;
    const site = outer.site ?? (skipValueWrappers(argument).type === AST_NODE_TYPES.ArrayExpression ? null : node);
    const array = this.array(argument, outer.before, site, depth + 1);
    return array ? [...array.elements] : [{ kind: 'unknown', node, site: outer.site }];
  }

  /** Arrays built by calls: `concat`, `map`/`flatMap` callbacks, `Array.from`, `Array.of`, `filter`/`slice`. */
  private callElements(call: TSESTree.CallExpression, candidate: Candidate, depth: number): ArrayElement[] | null {
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = this.statics.memberKey(callee);
    if (method === null) return null;
    const args = call.arguments;
    const { site, before } = candidate;
    if (this.isGlobalNamed(callee.object, 'Array')) {
      if (method === 'of') return args.map((arg) => (arg.type === AST_NODE_TYPES.SpreadElement ? { kind: 'unknown', node: arg, site } : { kind: 'value', node: arg, site, before }));
      if (method !== 'from' || !args[0] || args[0].type === AST_NODE_TYPES.SpreadElement) return null;
      if (args[1]) return this.callbackElements(args[1], false, site, depth);
      return this.spreadElements(args[0], candidate, depth);
    }
    if (method === 'concat') {
      const elements = this.spreadElements(callee.object, candidate, depth);
      for (const arg of args) {
        if (arg.type === AST_NODE_TYPES.SpreadElement) {
          elements.push({ kind: 'unknown', node: arg, site });
          continue;
        }
        // An array argument is flattened one level; any other value is one element.
        const target = skipValueWrappers(arg);
        const looksLikeArray = target.type === AST_NODE_TYPES.ArrayExpression || this.array(arg, before, site, depth + 1) !== null;
        if (looksLikeArray) elements.push(...this.spreadElements(arg, candidate, depth));
        else elements.push({ kind: 'value', node: arg, site, before });
      }
      return elements;
    }
    if (method === 'map' || method === 'flatMap') {
      const [callback] = args;
      return callback && callback.type !== AST_NODE_TYPES.SpreadElement ? this.callbackElements(callback, method === 'flatMap', site, depth) : null;
    }
    if (ELEMENT_KEEPING_METHODS.has(method)) return this.spreadElements(callee.object, candidate, depth);
    return null;
  }

  /** The values a `map`/`flatMap`/`Array.from` callback returns, each an element (a returned array is flattened for flatMap). */
  private callbackElements(callback: TSESTree.Node, flatten: boolean, site: Site, depth: number): ArrayElement[] | null {
    const fn = isFunctionLike(skipTransparent(callback)) ? (skipTransparent(callback) as FunctionLike) : this.functionOf(callback);
    if (!fn || fn.generator) return null;
    const callbackSite = site ?? (isFunctionLike(skipTransparent(callback)) ? null : callback);
    const elements: ArrayElement[] = [];
    for (const returned of this.bindings.returnedExpressions(fn)) {
      const at = returned.range[0];
      if (flatten) {
        const array = this.array(returned, at, callbackSite, depth + 1);
        if (array) {
          elements.push(...array.elements);
          continue;
        }
      }
      elements.push({ kind: 'value', node: returned, site: callbackSite, before: at });
    }
    return elements;
  }

  private isGlobalNamed(node: TSESTree.Node, name: string): boolean {
    const target = skipTransparent(node);
    return target.type === AST_NODE_TYPES.Identifier && target.name === name && this.bindings.isGlobal(target);
  }

  /** The mutations of the candidate's holders made after each held its value and before the use, in source order. */
  private mutationsOf(candidate: Candidate): (Mutation | { kind: 'overflow'; node: TSESTree.Node; at: number })[] {
    if (candidate.holders.length === 0) return [];
    const selected: (Mutation | { kind: 'overflow'; node: TSESTree.Node; at: number })[] = [];
    for (const holder of candidate.holders) {
      const index = this.mutationIndexOf(holder.variable);
      if (index.overflow) {
        if (index.overflow.at < candidate.before) selected.push({ kind: 'overflow', node: mutationNode(index.overflow), at: index.overflow.at });
        continue;
      }
      for (const writes of index.byKey.values()) {
        // Only the last write of a key before the use can be what the request sends.
        const end = upperBound(writes, candidate.before);
        const last = end > 0 ? writes[end - 1]! : null;
        if (last && last.at > holder.from) selected.push(last);
      }
      for (const mutation of index.others) if (mutation.at > holder.from && mutation.at < candidate.before) selected.push(mutation);
    }
    return selected.sort((a, b) => a.at - b.at);
  }

  private mutationIndexOf(variable: Variable): MutationIndex {
    let index = this.mutationIndexes.get(variable);
    if (index) return index;
    const byKey = new Map<string, Extract<Mutation, { kind: 'member' }>[]>();
    const others: Mutation[] = [];
    for (const mutation of this.bindings.mutationsOf(variable)) {
      const key = mutation.kind === 'member' ? this.statics.memberKey(mutation.member) : null;
      if (mutation.kind === 'member' && key !== null) {
        const list = byKey.get(key) ?? [];
        list.push(mutation);
        byKey.set(key, list);
      } else {
        others.push(mutation);
      }
    }
    const overflow = byKey.size > MAX_MUTATIONS || others.length > MAX_MUTATIONS ? (this.bindings.mutationsOf(variable)[0] ?? null) : null;
    index = { byKey, others, overflow };
    this.mutationIndexes.set(variable, index);
    return index;
  }

  /** Every write of `key` that may be the one the object ends with, and what else may decide it. */
  lookup(shape: ObjectShape, key: string): FieldLookup {
    const writes: PropertyEntry[] = [];
    let unknown: UnknownEntry | null = null;
    /** Walks entries from the end; true when every path through them settles the key. */
    const walk = (entries: readonly ObjectEntry[]): boolean => {
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i]!;
        if (entry.kind === 'property') {
          if (entry.key !== key) continue;
          writes.push(entry);
          return true;
        }
        if (entry.kind === 'unknown') {
          unknown ??= entry;
          return true;
        }
        let all = true;
        for (const option of entry.options) if (!walk(option)) all = false;
        if (all) return true;
      }
      return false;
    };
    const settled = walk(shape.entries);
    return { writes, maybeAbsent: !settled, unknown };
  }

  /** Each key's writes that may win, in source order of the keys' last writes; unknown entries apart. */
  effectiveProperties(shape: ObjectShape): { properties: PropertyEntry[]; unknowns: UnknownEntry[] } {
    const properties: PropertyEntry[] = [];
    const unknowns: UnknownEntry[] = [];
    /** Walks entries from the end, returning the keys every path settles. */
    const walk = (entries: readonly ObjectEntry[], settled: Set<string>): Set<string> => {
      for (let i = entries.length - 1; i >= 0; i--) {
        const entry = entries[i]!;
        if (entry.kind === 'property') {
          if (settled.has(entry.key)) continue;
          properties.push(entry);
          settled.add(entry.key);
        } else if (entry.kind === 'unknown') {
          unknowns.push(entry);
        } else {
          const each = entry.options.map((option) => walk(option, new Set(settled)));
          const common = each.length > 0 ? [...each[0]!].filter((k) => each.every((s) => s.has(k))) : [];
          for (const k of common) settled.add(k);
        }
      }
      return settled;
    };
    walk(shape.entries, new Set());
    properties.reverse();
    unknowns.reverse();
    return { properties, unknowns };
  }
}

function mutationNode(mutation: Mutation): TSESTree.Node {
  if (mutation.kind === 'member') return mutation.member;
  return mutation.kind === 'assign' ? (mutation.sources[0] ?? mutation.sourceCall) : (mutation.elements[0] ?? mutation.sourceCall);
}

/** Syntax a value passes through unchanged: TS assertions, `!`, `satisfies`, optional chains, `await`. */
export function skipValueWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = skipTransparent(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = skipTransparent(current.argument);
  return current;
}

function isObjectLike(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ObjectExpression || node.type === AST_NODE_TYPES.CallExpression;
}

function isNullishLiteral(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
}

/** `null` or `undefined` written (through TS wrappers). */
export function isNullish(node: TSESTree.Node): boolean {
  return isNullishLiteral(skipTransparent(node));
}

/** A value written where it is used: a literal, an object, array or template literal. */
function isWrittenInPlace(node: TSESTree.Node): boolean {
  const target = skipTransparent(node);
  return (
    target.type === AST_NODE_TYPES.Literal ||
    target.type === AST_NODE_TYPES.ObjectExpression ||
    target.type === AST_NODE_TYPES.ArrayExpression ||
    target.type === AST_NODE_TYPES.TemplateLiteral
  );
}
