import { THIRD_PARTY_PLATFORMS, type ThirdPartyPlatform } from '../policy/clients.js';
import { GATEWAY_IDS, type GatewayId } from '../policy/gateways.js';
import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

type Options = [{ allow: (ThirdPartyPlatform | GatewayId)[] }];

export default createFindingRule<'no-third-party-platform', Options>({
  name: 'no-third-party-platform',
  description: 'Disallow Bedrock, Vertex AI and Foundry clients and gateways, where Anthropic Zero Data Retention does not apply',
  messages: {
    platformClient:
      '`{{client}}` sends requests through {{platform}}, where Anthropic\'s Zero Data Retention does not apply and the platform\'s own retention policy governs.',
    gatewayClient:
      '`{{client}}` reaches Claude through {{gateway}}, a third-party gateway where Anthropic\'s Zero Data Retention does not apply and the gateway\'s own retention terms govern{{note}}.',
    claudeCodePlatform:
      '`{{key}}` sends Claude Code\'s requests through {{platform}}, where Anthropic\'s Zero Data Retention does not apply and the platform\'s own retention policy governs.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [
    {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string', enum: [...THIRD_PARTY_PLATFORMS, ...GATEWAY_IDS] },
          uniqueItems: true,
          description: 'Platforms and gateways whose own data-handling terms your organisation has approved.',
        },
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ allow: [] }],
  keep: (finding, [{ allow }]) => !allow.includes(finding.subject as 'bedrock'),
});
