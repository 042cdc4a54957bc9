/**
 * The model policy (PRODUCT.md §3, `no-disallowed-model`): one verdict per model id, shared by the
 * JavaScript model rule and the Claude Code settings rule so both judge an id alike.
 */
import { describeClaudeCodeModel } from './claude-code.js';
import { describeModel, type ModelDescription, RETENTION_CLASSES } from './models.js';
import { matchesAny } from '../utils/patterns.js';

export interface ModelPolicy {
  /** Globs of the only ids to permit; empty means no allow-list. */
  readonly allow: readonly string[];
  readonly deny: readonly string[];
  readonly checkDeprecated: boolean;
}

/** Why an id is refused, in the order the checks run; the `kind` is the rules' message id. */
export type ModelVerdict =
  | { readonly kind: 'deniedModel'; readonly pattern: string }
  | { readonly kind: 'retentionModel'; readonly label: string; readonly reason: string }
  | { readonly kind: 'notAllowedModel'; readonly allowed: string }
  | { readonly kind: 'deprecatedModel'; readonly date: string };

/** A retention-requiring class is permitted only by an allow pattern that names that class. */
function allowsRetentionClass(id: string, model: ModelDescription, allow: readonly string[]): boolean {
  return allow.some((pattern) => pattern.toLowerCase().includes(model.family) && matchesAny(id, [pattern]));
}

/**
 * Judges `written` (the id as the user wrote it) described as `model` (null when the id is not a
 * Claude model the catalog can read). Patterns match the written id and the catalog id alike.
 */
export function judgeModel(written: string, model: ModelDescription | null, policy: ModelPolicy): ModelVerdict | null {
  const ids = model && model.id !== written ? [written, model.id] : [written];
  const denied = policy.deny.find((pattern) => ids.some((value) => matchesAny(value, [pattern])));
  if (denied !== undefined) return { kind: 'deniedModel', pattern: denied };
  if (model?.retentionClass && !ids.some((id) => allowsRetentionClass(id, model, policy.allow))) {
    return { kind: 'retentionModel', ...RETENTION_CLASSES[model.retentionClass] };
  }
  if (policy.allow.length > 0 && !ids.some((value) => matchesAny(value, policy.allow))) {
    return { kind: 'notAllowedModel', allowed: policy.allow.join(', ') };
  }
  if (policy.checkDeprecated && model?.deprecatedUntil) return { kind: 'deprecatedModel', date: model.deprecatedUntil };
  return null;
}

/**
 * The message of each verdict (and of a Claude Code alias outside an allow-list), shared by both
 * model rules so code and settings read alike. The deprecation reads right before and after the
 * date: a message never changes with the day it is run.
 */
export const MODEL_POLICY_MESSAGES = {
  retentionModel: '`{{model}}` ({{place}}) is a {{label}} model, {{reason}}.',
  deniedModel: '`{{model}}` ({{place}}) matches the denied model pattern "{{pattern}}" of this project\'s model policy.',
  notAllowedModel: '`{{model}}` ({{place}}) is not among the allowed models ({{allowed}}) of this project\'s model policy.',
  notAllowedAlias:
    '`{{model}}` ({{place}}) is a Claude Code alias that names no fixed model, so it is not among the allowed models ({{allowed}}); list the alias itself to permit it.',
  deprecatedModel: '`{{model}}` ({{place}}) is deprecated, with an end-of-life date of {{date}}; from then on its requests fail.',
} as const satisfies Record<ModelVerdict['kind'] | 'notAllowedAlias', string>;

export type ModelMessageId = keyof typeof MODEL_POLICY_MESSAGES;

/** A rule's `allow`/`deny`/`checkDeprecated` options joined with the shared `settings["claude-zdr"].models`. */
export function modelPolicyOf(
  options: { readonly allow?: readonly string[]; readonly deny?: readonly string[]; readonly checkDeprecated?: boolean },
  shared: { readonly allow: readonly string[]; readonly deny: readonly string[] },
): ModelPolicy {
  return { allow: [...(options.allow ?? []), ...shared.allow], deny: [...(options.deny ?? []), ...shared.deny], checkDeprecated: options.checkDeprecated ?? true };
}

/**
 * A model id as written, judged: the message and its details, or null when the policy permits it.
 * `claude-code`: the id is in Claude Code's naming, where an alias (`fable`, `opus`) names a class.
 */
export function judgeModelId(id: string, naming: 'claude-code' | undefined, policy: ModelPolicy): { messageId: ModelMessageId; details: Record<string, string> } | null {
  const { alias, description } = naming === 'claude-code' ? describeClaudeCodeModel(id) : { alias: null, description: describeModel(id) };
  const verdict = judgeModel(id, description, policy);
  if (!verdict) return null;
  const { kind, ...details } = verdict;
  return { messageId: kind === 'notAllowedModel' && alias !== null ? 'notAllowedAlias' : kind, details };
}
