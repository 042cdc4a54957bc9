import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import Anthropic from '@anthropic-ai/sdk';

/** The first-party API: the only place the firm's ZDR agreement applies. */
export const claude = new Anthropic({ maxRetries: 3 });

/** Failover through Amazon Bedrock when the first-party API is unavailable. */
export const failover = new AnthropicBedrock({ awsRegion: 'us-east-1' });
