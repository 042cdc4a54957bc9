import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FileAnalysis, MessageRequest } from '../analysis/index.js';
import { INFERENCE_GEO_VALUES, type InferenceGeo } from '../policy/geos.js';
import { describeModel, GEO_SUPPORT_SUMMARY } from '../policy/models.js';
import { createFindingRule, type JudgedReport, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';
import { insertionFix, preferredQuote, quoted } from '../utils/fixes.js';

type Options = [{ allowed?: InferenceGeo[]; requireLiteral?: boolean }];
type MessageId = 'missingGeo' | 'disallowedGeo' | 'legacyModelPinned' | 'legacyModelUnpinned' | 'geoDropped' | 'addGeo' | 'replaceGeo';

const listed = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

/** The first model the request may name that predates geo support. */
function legacyModelOf(request: MessageRequest): string | null {
  for (const write of request.model.writes) {
    for (const candidate of write.values.candidates) {
      if (typeof candidate.value !== 'string') continue;
      const model = describeModel(candidate.value);
      if (model && !model.acceptsInferenceGeo) return candidate.value;
    }
  }
  return null;
}

function judgeGeo(analysis: FileAnalysis, [{ allowed = ['us' as InferenceGeo] }]: Options, context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): JudgedReport<MessageId>[] {
  const geo = allowed[0]!;
  const allowedText = listed(allowed);
  const sourceCode = context.sourceCode;
  const reports: JudgedReport<MessageId>[] = [];
  for (const request of analysis.requests) {
    if (!request.takesGeo) continue;
    const call = request.place;
    const key = request.geo.key;
    const field = request.inferenceGeo;
    const legacy = legacyModelOf(request);
    // One way through the request (a branch, a builder's other return) sends no geo.
    if (field.maybeAbsent) {
      if (legacy !== null) {
        reports.push({ node: request.node, messageId: 'legacyModelUnpinned', data: { model: legacy, call, supported: GEO_SUPPORT_SUMMARY, allowed: allowedText } });
      } else {
        const insertion = request.geo.insertion;
        const quote = preferredQuote(sourceCode, insertion?.into ?? null);
        reports.push({
          node: request.node,
          messageId: 'missingGeo',
          data: { call, key, allowed: allowedText },
          suggest: insertion
            ? [{ messageId: 'addGeo', data: { key, geo }, fix: (fixer) => insertionFix(fixer, sourceCode, insertion.into, insertion.property.replace('$', quoted(geo, quote))) }]
            : [],
        });
      }
    }
    for (const write of field.writes) {
      const pinned = write.values.candidates.some((c) => c.value !== null && c.value !== undefined);
      if (legacy !== null && pinned) {
        reports.push({ node: write.site ?? write.keyNode, messageId: 'legacyModelPinned', data: { model: legacy, call, supported: GEO_SUPPORT_SUMMARY } });
        continue;
      }
      const dropped = request.geo.dropped;
      if (dropped && pinned) {
        const { package: pkg, version, since } = dropped;
        reports.push({ node: write.site ?? write.keyNode, messageId: 'geoDropped', data: { package: pkg, version, since, key, call, allowed: allowedText } });
        continue;
      }
      for (const candidate of write.values.candidates) {
        if (typeof candidate.value === 'string' && (allowed as readonly string[]).includes(candidate.value)) continue;
        const shown = typeof candidate.value === 'string' || candidate.value === null ? JSON.stringify(candidate.value) : String(candidate.value);
        // A value in the request's own `inference_geo` is replaced there; one brought in by a spread,
        // a member write or the whole params is replaced where it is written.
        const inValue = within(candidate.node, write.value) && write.site === null;
        const source = candidate.source;
        const replaceable = inValue ? candidate.node : source.type === 'Literal' || source.type === 'TemplateLiteral' ? source : null;
        const quote = preferredQuote(sourceCode, replaceable);
        reports.push({
          node: candidate.node,
          messageId: 'disallowedGeo',
          data: { key, geo: shown, call, allowed: allowedText },
          suggest: replaceable
            ? [{ messageId: 'replaceGeo', data: { geo }, fix: (fixer) => fixer.replaceText(replaceable, quoted(geo, quote)) }]
            : [],
        });
      }
    }
  }
  return reports;
}

const within = (inner: TSESTree.Node, outer: TSESTree.Node) => inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];


export default createFindingRule<'require-inference-geo', Options, 'addGeo' | 'replaceGeo'>({
  name: 'require-inference-geo',
  description: 'Require an allowed `inference_geo` on every Claude inference request to a first-party client',
  messages: {
    missingGeo: '`{{call}}` sets no `{{key}}`, so inference may run in any geography instead of {{allowed}}.',
    disallowedGeo: '`{{key}}: {{geo}}` lets `{{call}}` run inference outside {{allowed}}.',
    legacyModelPinned: '`{{model}}` does not accept `inference_geo` (only {{supported}} do), so this `{{call}}` request fails with a 400 error.',
    legacyModelUnpinned: '`{{model}}` predates `inference_geo` (only {{supported}} accept it), so `{{call}}` cannot be pinned to {{allowed}}.',
    geoDropped:
      '`{{key}}` is dropped without being sent by the installed {{package}} {{version}} (it is sent from {{since}} on), so `{{call}}` may run inference in any geography instead of {{allowed}}; upgrade {{package}}.',
    unresolvedValue: UNRESOLVED_MESSAGE,
    addGeo: 'Add `{{key}}: "{{geo}}"`.',
    replaceGeo: 'Replace with "{{geo}}".',
  },
  hasSuggestions: true,
  schema: [
    {
      type: 'object',
      properties: {
        allowed: {
          type: 'array',
          items: { type: 'string', enum: [...INFERENCE_GEO_VALUES] },
          minItems: 1,
          uniqueItems: true,
          description: 'The `inference_geo` values a request may use; the first is the one suggestions insert.',
        },
        requireLiteral: { type: 'boolean', description: 'Report requests whose `inference_geo` or params cannot be read statically.' },
      },
      additionalProperties: false,
    },
  ],
  // No default for requireLiteral: left out, it follows settings["claude-zdr"].reportUnresolved.
  defaultOptions: [{ allowed: ['us'] }],
  reportsUnresolved: ([{ requireLiteral }], settings) => requireLiteral ?? settings.reportUnresolved,
  judge: {
    relevant: (analysis) => analysis.requests.some((request) => request.takesGeo),
    report: judgeGeo,
  },
});
