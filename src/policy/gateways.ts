/**
 * Gateways: third-party services that relay Claude requests (PRODUCT.md §3b, integrations.md §D.4).
 * A request through one does not reach Anthropic's API under the organisation's own agreement,
 * so neither Zero Data Retention nor `inference_geo` applies; `no-third-party-platform` reports
 * them and its `allow` option names the ones an organisation accepts. A company's own proxy is
 * not a gateway: only the hosts listed here are.
 */
export type GatewayId = 'vercel-ai-gateway' | 'openrouter' | 'langsmith-gateway' | 'cloudflare-ai-gateway' | 'portkey' | 'helicone';

export interface Gateway {
  readonly id: GatewayId;
  /** As messages name it. */
  readonly label: string;
  /** API hosts; a base URL on one of them (or a subdomain) routes through the gateway. */
  readonly hosts: readonly string[];
  /** What the message adds about the gateway's own controls, if anything. */
  readonly note?: string;
}

export const GATEWAYS: readonly Gateway[] = [
  {
    id: 'vercel-ai-gateway',
    label: 'the Vercel AI Gateway',
    hosts: ['ai-gateway.vercel.sh'],
    note: "its `providerOptions.gateway.zeroDataRetention` routing filter is Vercel's arrangement, not the organisation's agreement with Anthropic",
  },
  { id: 'openrouter', label: 'OpenRouter', hosts: ['openrouter.ai'] },
  { id: 'langsmith-gateway', label: 'the LangSmith LLM Gateway', hosts: ['gateway.smith.langchain.com'] },
  { id: 'cloudflare-ai-gateway', label: 'Cloudflare AI Gateway', hosts: ['gateway.ai.cloudflare.com'] },
  { id: 'portkey', label: 'Portkey', hosts: ['api.portkey.ai'] },
  { id: 'helicone', label: 'Helicone', hosts: ['anthropic.helicone.ai', 'ai-gateway.helicone.ai'] },
];

export const GATEWAY_IDS: readonly GatewayId[] = GATEWAYS.map((gateway) => gateway.id);

export function gatewayById(id: GatewayId): Gateway {
  return GATEWAYS.find((gateway) => gateway.id === id)!;
}

/** The gateway a host belongs to (the host itself or a subdomain of a listed host). */
export function gatewayOfHost(host: string): Gateway | null {
  const name = host.toLowerCase();
  return GATEWAYS.find((gateway) => gateway.hosts.some((h) => name === h || name.endsWith(`.${h}`))) ?? null;
}
