import { PLATFORM_LABELS, THIRD_PARTY_PLATFORMS, type ThirdPartyPlatform } from '../policy/clients.js';
import { createSettingsRule } from '../utils/create-settings-rule.js';

type Options = {
  allow: ThirdPartyPlatform[];
};

export default createSettingsRule<'platformEnv', Options>({
  name: 'claude-code-settings-platform',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Claude Code settings that send requests through Bedrock, Vertex AI or Foundry, where Anthropic Zero Data Retention does not apply' },
    messages: {
      platformEnv:
        "`{{variable}}` sends Claude Code's requests through {{platform}}, where Anthropic's Zero Data Retention does not apply and the platform's own retention policy governs.",
    },
    // The platforms of no-third-party-platform's `allow` (Claude Code has no gateways): one list of approved platforms for code and settings.
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', enum: [...THIRD_PARTY_PLATFORMS] },
            uniqueItems: true,
            description: 'Platforms whose own data-handling terms your organisation has approved.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  relevant: (settings) => settings.platformSwitches.length > 0,
  check({ settings, options, report }) {
    for (const { entry, platform } of settings.platformSwitches) {
      if (options.allow.includes(platform)) continue;
      report({ node: entry.member, messageId: 'platformEnv', data: { variable: entry.name, platform: PLATFORM_LABELS[platform] } });
    }
  },
});
