/**
 * A policy table's entry for a name the linted code wrote, or undefined: `in` and plain indexing
 * also find `constructor`, `toString` and the rest of `Object.prototype`.
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
