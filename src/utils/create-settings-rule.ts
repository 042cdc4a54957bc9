/**
 * The shape of the Claude Code settings rules: ESLint rules for the JSON language of `@eslint/json`
 * (PRODUCT.md §3c). Typed here, without `@eslint/json`'s own types, so the plugin's declarations
 * never need that optional peer.
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { type ClaudeCodeSettings, getClaudeCodeSettings } from '../analysis/claude-code-settings.js';
import type { JsonNode, JsonObject } from '../analysis/json-ast.js';
import type { SettingsRuleName } from '../policy/rule-names.js';
import { readSettings, type ClaudeZdrSettings } from '../settings.js';
import { assertGlobOptions, docsUrl } from './create-rule.js';

/** The languages of `@eslint/json` whose trees the settings analysis reads. ESLint 10.2+ refuses the rules elsewhere. */
export const SETTINGS_RULE_LANGUAGES = ['json/json', 'json/jsonc'];

export interface JsonFix {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface JsonFixer {
  insertTextAfterRange(range: readonly [number, number], text: string): JsonFix;
  replaceTextRange(range: readonly [number, number], text: string): JsonFix;
}

export interface SettingsReport<M extends string> {
  readonly node: JsonNode;
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string>>;
  readonly suggest?: readonly { readonly messageId: M; readonly data?: Readonly<Record<string, string>>; fix(fixer: JsonFixer): JsonFix | JsonFix[] }[];
}

/** What the settings rules use of ESLint's rule context. */
export interface SettingsRuleContext<M extends string = string> {
  readonly sourceCode: { readonly ast: unknown; readonly text: string };
  readonly filename: string;
  readonly options: readonly unknown[];
  readonly settings: Readonly<Record<string, unknown>>;
  report(descriptor: SettingsReport<M>): void;
}

export interface SettingsRuleMeta<M extends string, O extends object> {
  readonly type: 'problem' | 'suggestion';
  readonly docs: { readonly description: string; readonly url: string };
  readonly messages: Readonly<Record<M, string>>;
  readonly schema: readonly JSONSchema4[];
  readonly defaultOptions: readonly [O];
  readonly languages: readonly string[];
  readonly hasSuggestions?: boolean;
}

export interface SettingsRuleModule<M extends string = string, O extends object = object> {
  readonly meta: SettingsRuleMeta<M, O>;
  readonly defaultOptions: readonly [O];
  create(context: SettingsRuleContext<M>): Record<string, () => void>;
}

/** One settings file as a rule sees it: the shared analysis, the shared settings, the rule's options over their defaults. */
export interface SettingsRuleInput<M extends string, O extends object> {
  readonly settings: ClaudeCodeSettings;
  readonly shared: ClaudeZdrSettings;
  readonly options: O;
  readonly text: string;
  report(descriptor: SettingsReport<M>): void;
}

/**
 * A settings rule: `check` runs once per JSON file whose analysis `relevant` accepts, and never on
 * a file that is not JSON (a JavaScript file reached by a config without `files`).
 */
export function createSettingsRule<M extends string, O extends object>(spec: {
  name: SettingsRuleName;
  meta: Omit<SettingsRuleMeta<M, O>, 'docs' | 'languages'> & { docs: { description: string } };
  relevant: (settings: ClaudeCodeSettings) => boolean;
  check: (input: SettingsRuleInput<M, O>) => void;
  /** Options that hold globs, checked to compile as the JavaScript rules' are (`assertGlobOptions`). */
  globOptions?: readonly string[];
}): SettingsRuleModule<M, O> {
  return {
    meta: { ...spec.meta, docs: { description: spec.meta.docs.description, url: docsUrl(spec.name) }, languages: SETTINGS_RULE_LANGUAGES },
    defaultOptions: spec.meta.defaultOptions,
    create(context): Record<string, () => void> {
      const settings = getClaudeCodeSettings(context);
      if (!settings) return {};
      // Checked in every settings file, as the JavaScript rules do: a bad setting is an error even where nothing is found.
      const shared = readSettings(context.settings);
      if (spec.globOptions) assertGlobOptions(spec.name, context.options, spec.globOptions);
      if (!spec.relevant(settings)) return {};
      return {
        Document() {
          const [given] = context.options;
          const options = { ...spec.meta.defaultOptions[0], ...(given as O | undefined) };
          spec.check({ settings, shared, options, text: context.sourceCode.text, report: (descriptor) => context.report(descriptor) });
        },
      };
    },
  };
}

/** A JSON value to write: raw JSON text for a scalar, or the members of an object. */
export type JsonFragment = string | readonly (readonly [key: string, value: JsonFragment])[];

const rangeOf = (node: JsonNode): readonly [number, number] => node.range ?? [node.loc.start.offset ?? 0, node.loc.end.offset ?? 0];

function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function render(value: JsonFragment, indent: string, unit: string | null): string {
  if (typeof value === 'string') return value;
  if (unit === null) return `{ ${value.map(([key, inner]) => `${JSON.stringify(key)}: ${render(inner, indent, null)}`).join(', ')} }`;
  const inner = indent + unit;
  return `{\n${value.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${render(item, inner, unit)}`).join(',\n')}\n${indent}}`;
}

/** A fix adding members to an object, in the object's own layout (one per line, or inline). */
export function addMembers(fixer: JsonFixer, text: string, object: JsonObject, members: readonly (readonly [string, JsonFragment])[]): JsonFix {
  const [start, end] = rangeOf(object);
  const ownIndent = lineIndentAt(text, start);
  const first = object.members[0];
  if (!first) {
    const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
    return fixer.replaceTextRange([start, end], render(members, ownIndent, unit));
  }
  const last = object.members.at(-1)!;
  const inline = first.loc.start.line === object.loc.start.line;
  if (inline) return fixer.insertTextAfterRange(rangeOf(last), members.map(([key, value]) => `, ${JSON.stringify(key)}: ${render(value, '', null)}`).join(''));
  const memberIndent = lineIndentAt(text, rangeOf(first)[0]);
  const unit = memberIndent.startsWith(ownIndent) && memberIndent.length > ownIndent.length ? memberIndent.slice(ownIndent.length) : '  ';
  return fixer.insertTextAfterRange(
    rangeOf(last),
    members.map(([key, value]) => `,\n${memberIndent}${JSON.stringify(key)}: ${render(value, memberIndent, unit)}`).join(''),
  );
}

/** A fix replacing a value. */
export const replaceValue = (fixer: JsonFixer, node: JsonNode, json: string): JsonFix => fixer.replaceTextRange(rangeOf(node), json);
