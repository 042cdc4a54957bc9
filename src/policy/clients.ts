/**
 * The client packages the analysis recognises and what their clients are.
 * `platform` decides residency questions: only first-party clients take `inference_geo`.
 */
export type ClientKind =
  | 'anthropic'
  | 'foundry'
  | 'aws'
  | 'google-cloud'
  | 'bedrock'
  | 'bedrock-mantle'
  | 'vertex'
  /** An export of a `clientModules` package: a company's wrapper around the first-party client. */
  | 'wrapper';

/** Platforms other than Anthropic's own API, where the platform's retention policy governs; `allow` options name them. */
export const THIRD_PARTY_PLATFORMS = ['bedrock', 'vertex', 'foundry'] as const;
export type ThirdPartyPlatform = (typeof THIRD_PARTY_PLATFORMS)[number];
export type Platform = 'first-party' | ThirdPartyPlatform;

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  'first-party': "Anthropic's API",
  bedrock: 'Amazon Bedrock',
  vertex: 'Google Vertex AI',
  foundry: 'Microsoft Foundry',
};

export interface ClientKindInfo {
  readonly className: string;
  readonly platform: Platform;
  /** `beta.messages.toolRunner()` runs over server-held message threads unless `thread: false`. */
  readonly threadsByDefault: boolean;
}

export const CLIENT_KINDS: Readonly<Record<ClientKind, ClientKindInfo>> = {
  anthropic: { className: 'Anthropic', platform: 'first-party', threadsByDefault: true },
  // The AWS and Google Cloud SDKs serve the first-party API through a cloud (PRODUCT.md §2).
  aws: { className: 'AnthropicAws', platform: 'first-party', threadsByDefault: true },
  'google-cloud': { className: 'AnthropicGoogleCloud', platform: 'first-party', threadsByDefault: true },
  wrapper: { className: 'client from a clientModules package', platform: 'first-party', threadsByDefault: true },
  // Foundry extends the first-party client class, so it inherits threading by default.
  foundry: { className: 'AnthropicFoundry', platform: 'foundry', threadsByDefault: true },
  bedrock: { className: 'AnthropicBedrock', platform: 'bedrock', threadsByDefault: false },
  'bedrock-mantle': { className: 'AnthropicBedrockMantle', platform: 'bedrock', threadsByDefault: false },
  vertex: { className: 'AnthropicVertex', platform: 'vertex', threadsByDefault: false },
};

export interface ClientPackage {
  readonly module: string;
  /** Export name -> the client class it is. `default` is the default export. */
  readonly classes: Readonly<Record<string, ClientKind>>;
  /** `require()` of the package returns a function that builds a client (every package's CJS entry). */
  readonly callableModule: boolean;
  /** The package exports resource classes under `./resources/*` (the main SDK only). */
  readonly exportsResources?: boolean;
}

export const CLIENT_PACKAGES: readonly ClientPackage[] = [
  {
    module: '@anthropic-ai/sdk',
    classes: { default: 'anthropic', Anthropic: 'anthropic', BaseAnthropic: 'anthropic' },
    callableModule: true,
    exportsResources: true,
  },
  {
    module: '@anthropic-ai/bedrock-sdk',
    classes: { default: 'bedrock', AnthropicBedrock: 'bedrock', AnthropicBedrockMantle: 'bedrock-mantle' },
    callableModule: true,
  },
  { module: '@anthropic-ai/vertex-sdk', classes: { default: 'vertex', AnthropicVertex: 'vertex' }, callableModule: true },
  { module: '@anthropic-ai/foundry-sdk', classes: { default: 'foundry', AnthropicFoundry: 'foundry' }, callableModule: true },
  { module: '@anthropic-ai/aws-sdk', classes: { default: 'aws', AnthropicAws: 'aws' }, callableModule: true },
  {
    module: '@anthropic-ai/google-cloud-sdk',
    classes: { default: 'google-cloud', AnthropicGoogleCloud: 'google-cloud' },
    callableModule: true,
  },
];

/** Subpaths of a client package that re-export its client classes. */
export const CLIENT_ENTRY_SUBPATHS: readonly string[] = [
  '', 'index', 'index.js', 'index.mjs', 'client', 'client.js', 'client.mjs',
  // The Bedrock package's own entry for AnthropicBedrockMantle.
  'mantle-client', 'mantle-client.js', 'mantle-client.mjs',
];
