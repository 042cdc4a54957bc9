import type { FileAnalysis } from '../analysis/index.js';
import { judgeModelId, MODEL_POLICY_MESSAGES, type ModelMessageId, modelPolicyOf } from '../policy/model-policy.js';
import { createFindingRule, type JudgedReport, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';
import { globListSchema } from '../utils/patterns.js';

type Options = [{ allow?: string[]; deny?: string[]; checkDeprecated?: boolean }];
type Report = JudgedReport<ModelMessageId>;

/** Every model id the file's requests may send, judged against the model policy (options and shared settings). */
function judgeModels(analysis: FileAnalysis, [options]: Options): Report[] {
  const policy = modelPolicyOf(options, analysis.settings.models);
  const reports: Report[] = [];
  const reported = new Set<string>();
  for (const { place, values, naming } of analysis.modelReferences) {
    for (const candidate of values.candidates) {
      if (typeof candidate.value !== 'string') continue;
      const id = candidate.value;
      // Claude Code (the Agent SDK) also takes its aliases: `fable` is the Fable class, `best` resolves to Opus under ZDR.
      const judged = judgeModelId(id, naming, policy);
      if (!judged) continue;
      // Reported where the value is written in the request, or at the const, spread or call that brings it in.
      const node = candidate.node;
      const key = `${node.range[0]}|${node.range[1]}|${judged.messageId}|${id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      reports.push({ node, messageId: judged.messageId, data: { model: id, place, ...judged.details } });
    }
  }
  return reports;
}

export default createFindingRule<'no-disallowed-model', Options, 'notAllowedAlias'>({
  name: 'no-disallowed-model',
  description: 'Disallow Claude model ids outside the model policy: retention-requiring classes, denied, unlisted or deprecated models',
  messages: {
    ...MODEL_POLICY_MESSAGES,
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [
    {
      type: 'object',
      properties: {
        allow: globListSchema('Glob patterns of the only model ids to permit; empty means no allow-list.'),
        deny: globListSchema('Glob patterns of model ids to forbid.'),
        checkDeprecated: { type: 'boolean', description: "Report ids in the SDK's deprecation tables." },
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ allow: [], deny: [], checkDeprecated: true }],
  globOptions: ['allow', 'deny'],
  judge: {
    relevant: (analysis) => analysis.modelReferences.length > 0,
    report: (analysis, options) => judgeModels(analysis, options),
  },
});
