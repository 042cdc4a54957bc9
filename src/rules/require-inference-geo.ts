import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { MessageRequest } from '../analysis/index.js';
import { CLIENT_KINDS } from '../policy/clients.js';
import { INFERENCE_GEO_VALUES, type InferenceGeo } from '../policy/geos.js';
import { describeModel, GEO_SUPPORT_SUMMARY } from '../policy/models.js';
import type { MessageMethod } from '../policy/surfaces.js';
import { createRule, listenIfRelevant } from '../utils/create-rule.js';
import { insertPropertyFix } from '../utils/fixes.js';

type Options = [{ allowed?: InferenceGeo[]; requireLiteral?: boolean }];
type MessageIds =
  | 'missingGeo'
  | 'disallowedGeo'
  | 'legacyModelPinned'
  | 'legacyModelUnpinned'
  | 'unresolvedGeo'
  | 'addGeo'
  | 'replaceGeo';

/** Inference requests; `countTokens` takes no `inference_geo`, and threads belong to `no-beta-api`. */
const GEO_METHODS: readonly MessageMethod[] = ['create', 'stream', 'parse', 'toolRunner'];

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

export default createRule<Options, MessageIds>({
  name: 'require-inference-geo',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    docs: { description: 'Require an allowed `inference_geo` on every Claude inference request to a first-party client' },
    messages: {
      missingGeo: '`{{call}}` sets no `inference_geo`, so inference may run in any geography instead of {{allowed}}.',
      disallowedGeo: '`inference_geo: {{geo}}` lets `{{call}}` run inference outside {{allowed}}.',
      legacyModelPinned: '`{{model}}` does not accept `inference_geo` (only {{supported}} do), so this `{{call}}` request fails with a 400 error.',
      legacyModelUnpinned: '`{{model}}` predates `inference_geo` (only {{supported}} accept it), so `{{call}}` cannot be pinned to {{allowed}}.',
      unresolvedGeo: 'The `inference_geo` of `{{call}}` cannot be read statically, so its inference residency cannot be checked.',
      addGeo: 'Add `inference_geo: "{{geo}}"`.',
      replaceGeo: 'Replace with "{{geo}}".',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowed: {
            type: 'array',
            items: { type: 'string', enum: INFERENCE_GEO_VALUES },
            minItems: 1,
            uniqueItems: true,
            description: 'The `inference_geo` values a request may use (of those the API knows); the first is the one suggestions insert.',
          },
          requireLiteral: { type: 'boolean', description: 'Report requests whose `inference_geo` or params cannot be read statically.' },
        },
        additionalProperties: false,
      },
    ],
    // No default for requireLiteral: left out, it follows settings["claude-zdr"].reportUnresolved.
    defaultOptions: [{ allowed: ['us'] }],
  },
  defaultOptions: [{ allowed: ['us'] }],
  create(context, [{ allowed = ['us'], requireLiteral: requireLiteralOption }]) {
    const geo = allowed[0]!;
    const allowedText = quoted(allowed);
    const sourceCode = context.sourceCode;

    /** The first model of the request known to predate geo support. */
    const legacyModelOf = (request: MessageRequest): string | null => {
      if (request.model.status !== 'present') return null;
      for (const candidate of request.model.values.candidates) {
        if (typeof candidate.value !== 'string') continue;
        const model = describeModel(candidate.value);
        if (model && !model.acceptsInferenceGeo) return candidate.value;
      }
      return null;
    };

    const check = (request: MessageRequest, requireLiteral: boolean) => {
      const call = request.call.pathText;
      const field = request.inferenceGeo;
      const legacy = legacyModelOf(request);
      if (field.status === 'unknown') {
        if (requireLiteral) context.report({ node: field.node, messageId: 'unresolvedGeo', data: { call } });
        return;
      }
      if (field.status === 'absent') {
        if (legacy !== null) {
          context.report({ node: request.node, messageId: 'legacyModelUnpinned', data: { model: legacy, call, supported: GEO_SUPPORT_SUMMARY, allowed: allowedText } });
          return;
        }
        const target = request.shape?.node;
        context.report({
          node: request.node,
          messageId: 'missingGeo',
          data: { call, allowed: allowedText },
          suggest: target
            ? [{ messageId: 'addGeo', data: { geo }, fix: (fixer: TSESLint.RuleFixer) => insertPropertyFix(fixer, sourceCode, target, `inference_geo: "${geo}"`) }]
            : [],
        });
        return;
      }
      const pinned = field.values.candidates.some((c) => c.value !== null && c.value !== undefined);
      if (legacy !== null && pinned) {
        context.report({ node: field.keyNode, messageId: 'legacyModelPinned', data: { model: legacy, call, supported: GEO_SUPPORT_SUMMARY } });
        return;
      }
      for (const candidate of field.values.candidates) {
        if (typeof candidate.value === 'string' && allowed.includes(candidate.value)) continue;
        const inPlace = candidate.node.range[0] >= field.value.range[0] && candidate.node.range[1] <= field.value.range[1];
        const replaced: TSESTree.Node = inPlace ? candidate.node : field.value;
        context.report({
          node: replaced,
          messageId: 'disallowedGeo',
          data: { geo: typeof candidate.value === 'string' || candidate.value === null ? JSON.stringify(candidate.value) : String(candidate.value), call, allowed: allowedText },
          suggest: [{ messageId: 'replaceGeo', data: { geo }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(replaced, `"${geo}"`) }],
        });
      }
      if (requireLiteral && field.values.unresolved.length > 0) {
        context.report({ node: field.values.unresolved[0]!, messageId: 'unresolvedGeo', data: { call } });
      }
    };

    return listenIfRelevant(
      context,
      (analysis) => analysis.requests.length > 0,
      (analysis) => {
        const requireLiteral = requireLiteralOption ?? analysis.settings.reportUnresolved;
        for (const request of analysis.requests) {
          if (CLIENT_KINDS[request.client].platform !== 'first-party') continue;
          if (!GEO_METHODS.includes(request.method)) continue;
          check(request, requireLiteral);
        }
      },
    );
  },
});
