/**
 * The JSON syntax tree `@eslint/json` hands to rules (Momoa's nodes), typed as far as the settings
 * analysis reads it. Declared here so the plugin's own types never depend on `@eslint/json`, an
 * optional peer.
 */
export interface JsonPosition {
  readonly line: number;
  readonly column: number;
  readonly offset?: number;
}

interface NodeBase {
  readonly loc: { readonly start: JsonPosition; readonly end: JsonPosition };
  readonly range?: readonly [number, number];
}

export interface JsonDocument extends NodeBase {
  readonly type: 'Document';
  readonly body: JsonValue;
}

export interface JsonObject extends NodeBase {
  readonly type: 'Object';
  readonly members: readonly JsonMember[];
}

export interface JsonMember extends NodeBase {
  readonly type: 'Member';
  /** A string, or a bare identifier in JSON5. */
  readonly name: JsonString | JsonIdentifier;
  readonly value: JsonValue;
}

export interface JsonArray extends NodeBase {
  readonly type: 'Array';
  readonly elements: readonly { readonly type: 'Element'; readonly value: JsonValue }[];
}

export interface JsonString extends NodeBase {
  readonly type: 'String';
  readonly value: string;
}

export interface JsonIdentifier extends NodeBase {
  readonly type: 'Identifier';
  readonly name: string;
}

export interface JsonNumber extends NodeBase {
  readonly type: 'Number';
  readonly value: number;
}

/** Booleans, null, and JSON5's `Infinity`/`NaN`: values the analysis only needs to tell apart. */
export interface JsonOtherValue extends NodeBase {
  readonly type: 'Boolean' | 'Null' | 'Infinity' | 'NaN';
}

export type JsonValue = JsonObject | JsonArray | JsonString | JsonNumber | JsonOtherValue;
export type JsonNode = JsonDocument | JsonMember | JsonValue;

export const memberName = (member: JsonMember): string => (member.name.type === 'String' ? member.name.value : member.name.name);

/** The effective member of `key`: the last one, as `JSON.parse` (and so Claude Code) keeps it. */
export function findMember(object: JsonObject, key: string): JsonMember | null {
  for (let index = object.members.length - 1; index >= 0; index -= 1) {
    const member = object.members[index]!;
    if (memberName(member) === key) return member;
  }
  return null;
}

/** The members of an object, one per key (the last of duplicates), in source order. */
export function effectiveMembers(object: JsonObject): JsonMember[] {
  const last = new Map<string, JsonMember>();
  for (const member of object.members) last.set(memberName(member), member);
  return object.members.filter((member) => last.get(memberName(member)) === member);
}

export const isJsonDocument = (ast: unknown): ast is JsonDocument =>
  typeof ast === 'object' && ast !== null && (ast as { type?: unknown }).type === 'Document' && 'body' in ast;
