import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { PLATFORM_LABELS } from '../policy/clients.js';
import { createSettingsRule } from '../utils/create-settings-rule.js';
import noThirdPartyPlatform from './no-third-party-platform.js';

type PlatformName = 'bedrock' | 'vertex' | 'foundry';

type Options = {
  allow: PlatformName[];
};

const PLATFORMS: readonly PlatformName[] = ['bedrock', 'vertex', 'foundry'];

/** no-third-party-platform's schema with `allow` narrowed to the platforms. */
function platformsOnly(schema: JSONSchema4[]): JSONSchema4[] {
  const [options] = schema as [{ properties: { allow: { items: JSONSchema4 } } }];
  const allow = options.properties.allow;
  return [{ ...options, properties: { ...options.properties, allow: { ...allow, items: { ...allow.items, enum: [...PLATFORMS] } } } } as JSONSchema4];
}

export default createSettingsRule<'platformEnv', Options>({
  name: 'claude-code-settings-platform',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Claude Code settings that send requests through Bedrock, Vertex AI or Foundry, where Anthropic Zero Data Retention does not apply' },
    messages: {
      platformEnv:
        "`{{variable}}` sends Claude Code's requests through {{platform}}, where Anthropic's Zero Data Retention does not apply and the platform's own retention policy governs.",
    },
    // The platforms of no-third-party-platform's options (Claude Code has no gateways): one list of approved platforms for code and settings.
    schema: platformsOnly(noThirdPartyPlatform.meta.schema as JSONSchema4[]),
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
