import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { describeClaudeCodeModel } from '../policy/claude-code.js';
import { judgeModel, MODEL_POLICY_MESSAGES } from '../policy/model-policy.js';
import { createSettingsRule } from '../utils/create-settings-rule.js';
import noDisallowedModel from './no-disallowed-model.js';

type Options = {
  allow: string[];
  deny: string[];
  checkDeprecated: boolean;
};

type MessageIds = 'retentionModel' | 'deniedModel' | 'notAllowedModel' | 'notAllowedAlias' | 'deprecatedModel';

export default createSettingsRule<MessageIds, Options>({
  name: 'claude-code-settings-model',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Claude Code settings that choose a model outside the model policy, such as the Fable 5 class' },
    messages: MODEL_POLICY_MESSAGES,
    // The options of no-disallowed-model: one model policy for code and settings.
    schema: noDisallowedModel.meta.schema as JSONSchema4[],
    defaultOptions: [{ allow: [], deny: [], checkDeprecated: true }],
  },
  relevant: (settings) => settings.models.length > 0,
  check({ settings, shared, options, report }) {
    const policy = {
      allow: [...options.allow, ...shared.models.allow],
      deny: [...options.deny, ...shared.models.deny],
      checkDeprecated: options.checkDeprecated,
    };
    for (const { place, value, node } of settings.models) {
      const { alias, description } = describeClaudeCodeModel(value);
      const verdict = judgeModel(value, description, policy);
      if (!verdict) continue;
      const { kind, ...details } = verdict;
      const messageId = kind === 'notAllowedModel' && alias !== null ? 'notAllowedAlias' : kind;
      report({ node, messageId, data: { model: value, place, ...details } });
    }
  },
});
