import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { judgeModelId, MODEL_POLICY_MESSAGES, type ModelMessageId, modelPolicyOf } from '../policy/model-policy.js';
import { createSettingsRule } from '../utils/create-settings-rule.js';
import noDisallowedModel from './no-disallowed-model.js';

type Options = {
  allow: string[];
  deny: string[];
  checkDeprecated: boolean;
};

export default createSettingsRule<ModelMessageId, Options>({
  name: 'claude-code-settings-model',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Claude Code settings that choose a model outside the model policy, such as the Fable 5 class' },
    messages: MODEL_POLICY_MESSAGES,
    // The options of no-disallowed-model: one model policy for code and settings.
    schema: noDisallowedModel.meta.schema as JSONSchema4[],
    defaultOptions: [{ allow: [], deny: [], checkDeprecated: true }],
  },
  globOptions: ['allow', 'deny'],
  relevant: (settings) => settings.models.length > 0,
  check({ settings, shared, options, report }) {
    const policy = modelPolicyOf(options, shared.models);
    for (const { place, value, node } of settings.models) {
      const judged = judgeModelId(value, 'claude-code', policy);
      if (judged) report({ node, messageId: judged.messageId, data: { model: value, place, ...judged.details } });
    }
  },
});
