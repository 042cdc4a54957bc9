import type { FileAnalysis } from '../analysis/index.js';
import { describeClaudeCodeModel } from '../policy/claude-code.js';
import { judgeModel, MODEL_POLICY_MESSAGES } from '../policy/model-policy.js';
import { describeModel } from '../policy/models.js';
import { createFindingRule, type JudgedReport, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';
import { globListSchema } from '../utils/patterns.js';

type Options = [{ allow?: string[]; deny?: string[]; checkDeprecated?: boolean }];
type Report = JudgedReport<'retentionModel' | 'deniedModel' | 'notAllowedModel' | 'notAllowedAlias' | 'deprecatedModel'>;

/** Every model id the file's requests may send, judged against the model policy (options and shared settings). */
function judgeModels(analysis: FileAnalysis, [{ allow: allowOption = [], deny: denyOption = [], checkDeprecated = true }]: Options): Report[] {
  const allow = [...allowOption, ...analysis.settings.models.allow];
  const deny = [...denyOption, ...analysis.settings.models.deny];
  const reports: Report[] = [];
  const reported = new Set<string>();
  const report = (entry: Report) => {
    const key = `${entry.node.range[0]}|${entry.node.range[1]}|${entry.messageId}|${entry.data['model'] ?? ''}`;
    if (reported.has(key)) return;
    reported.add(key);
    reports.push(entry);
  };
  for (const { place, values, naming } of analysis.modelReferences) {
    for (const candidate of values.candidates) {
      if (typeof candidate.value !== 'string') continue;
      const id = candidate.value;
      // Reported where the value is written in the request, or at the const, spread or call that brings it in.
      const node = candidate.node;
      // Claude Code (the Agent SDK) also takes its aliases: `fable` is the Fable class, `best` resolves to Opus under ZDR.
      const { alias, description } = naming === 'claude-code' ? describeClaudeCodeModel(id) : { alias: null, description: describeModel(id) };
      const verdict = judgeModel(id, description, { allow, deny, checkDeprecated });
      if (verdict) {
        const { kind, ...details } = verdict;
        const messageId = kind === 'notAllowedModel' && alias !== null ? 'notAllowedAlias' : kind;
        report({ node, messageId, data: { model: id, place, ...details } });
      }
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
