import type { TSESTree } from '@typescript-eslint/utils';
import { describeModel, type ModelDescription, RETENTION_CLASSES } from '../policy/models.js';
import { assertGlobOptions, createRule, listenIfRelevant } from '../utils/create-rule.js';
import { matchesAny } from '../utils/patterns.js';

type Options = [{ allow?: string[]; deny?: string[]; checkDeprecated?: boolean }];
type MessageIds = 'retentionModel' | 'deniedModel' | 'notAllowedModel' | 'deprecatedModel' | 'unresolvedModel';

const patternList = (description: string) => ({ type: 'array' as const, items: { type: 'string' as const, minLength: 1 }, uniqueItems: true, description });

/** A retention-requiring class is permitted only by an allow pattern that names that class. */
function allowsRetentionClass(id: string, model: ModelDescription, allow: readonly string[]): boolean {
  return allow.some((pattern) => pattern.toLowerCase().includes(model.family) && matchesAny(id, [pattern]));
}

export default createRule<Options, MessageIds>({
  name: 'no-disallowed-model',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Claude model ids outside the model policy: retention-requiring classes, denied, unlisted or deprecated models' },
    messages: {
      retentionModel: '`{{model}}` ({{place}}) is a {{label}} model, {{reason}}.',
      deniedModel: '`{{model}}` ({{place}}) matches the denied model pattern "{{pattern}}" of this project\'s model policy.',
      notAllowedModel: '`{{model}}` ({{place}}) is not among the allowed models ({{allowed}}) of this project\'s model policy.',
      deprecatedModel: '`{{model}}` ({{place}}) is deprecated and reaches end of life on {{date}}, after which its requests fail.',
      unresolvedModel: 'The model of `{{place}}` cannot be read statically, so it cannot be checked against the model policy.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: patternList('Glob patterns of the only model ids to permit; empty means no allow-list.'),
          deny: patternList('Glob patterns of model ids to forbid.'),
          checkDeprecated: { type: 'boolean', description: "Report ids in the SDK's deprecation tables." },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], deny: [], checkDeprecated: true }],
  },
  defaultOptions: [{ allow: [], deny: [], checkDeprecated: true }],
  create(context, [{ allow: allowOption = [], deny: denyOption = [], checkDeprecated = true }]) {
    assertGlobOptions('no-disallowed-model', context.options, ['allow', 'deny']);
    return listenIfRelevant(
      context,
      (analysis) => analysis.modelReferences.length > 0,
      (analysis) => {
        const allow = [...allowOption, ...analysis.settings.models.allow];
        const deny = [...denyOption, ...analysis.settings.models.deny];
        const reported = new Set<string>();
        const report = (node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>) => {
          const key = `${node.range[0]}|${node.range[1]}|${messageId}|${data['model'] ?? ''}`;
          if (reported.has(key)) return;
          reported.add(key);
          context.report({ node, messageId, data });
        };
        for (const reference of analysis.modelReferences) {
          const { place } = reference;
          for (const candidate of reference.values.candidates) {
            if (typeof candidate.value !== 'string') continue;
            const id = candidate.value;
            // A value written inside the request is reported where it is written; one read through a const, where it is used.
            const inPlace = candidate.node.range[0] >= reference.node.range[0] && candidate.node.range[1] <= reference.node.range[1];
            const node = inPlace ? candidate.node : reference.node;
            const model = describeModel(id);
            const ids = model ? [id, model.id] : [id];
            const denied = deny.find((pattern) => ids.some((value) => matchesAny(value, [pattern])));
            if (denied !== undefined) {
              report(node, 'deniedModel', { model: id, place, pattern: denied });
            } else if (model?.retentionClass && !allowsRetentionClass(id, model, allow) && !allowsRetentionClass(model.id, model, allow)) {
              report(node, 'retentionModel', { model: id, place, ...RETENTION_CLASSES[model.retentionClass] });
            } else if (allow.length > 0 && !ids.some((value) => matchesAny(value, allow))) {
              report(node, 'notAllowedModel', { model: id, place, allowed: allow.join(', ') });
            } else if (checkDeprecated && model?.deprecatedUntil) {
              report(node, 'deprecatedModel', { model: id, place, date: model.deprecatedUntil });
            }
          }
          if (reference.values.unresolved.length > 0 && analysis.settings.reportUnresolved) {
            report(reference.node, 'unresolvedModel', { place });
          }
        }
      },
    );
  },
});
