import rule from '../../src/rules/no-third-party-platform.js';
import { runDual } from '../support/rule-tester.js';

const BEDROCK = { client: 'AnthropicBedrock', platform: 'Amazon Bedrock' };
const MANTLE = { client: 'AnthropicBedrockMantle', platform: 'Amazon Bedrock' };
const VERTEX = { client: 'AnthropicVertex', platform: 'Google Vertex AI' };
const FOUNDRY = { client: 'AnthropicFoundry', platform: 'Microsoft Foundry' };

const ALL_FOUR = `import AnthropicBedrock, { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
new AnthropicBedrock({ awsRegion: 'us-east-1' });
new AnthropicBedrockMantle({ awsRegion: 'us-east-1' });
new AnthropicVertex({ region: 'us-east5', projectId: 'p' });
new AnthropicFoundry({ resource: 'r' });`;

runDual('no-third-party-platform', rule, {
  valid: [
    // First-party clients, including the AWS and Google Cloud SDKs, which serve Anthropic's API.
    `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();`,
    `import AnthropicAws from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws({ awsRegion: 'us-east-1' });`,
    `import { AnthropicGoogleCloud } from '@anthropic-ai/google-cloud-sdk';\nconst client = new AnthropicGoogleCloud();`,
    `const client = require('@anthropic-ai/aws-sdk')();\nconst other = require('@anthropic-ai/google-cloud-sdk')();`,
    // The allow option.
    { code: ALL_FOUR, options: [{ allow: ['bedrock', 'vertex', 'foundry'] }] },
    {
      code: `import AnthropicBedrock, { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nnew AnthropicBedrock();\nnew AnthropicBedrockMantle();`,
      options: [{ allow: ['bedrock'] }],
    },
    // Using a platform client is not a second construction; a clone is not either.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nexport function run(client: AnthropicBedrock) {\n  return client.withOptions({ timeout: 1 }).messages.create({ model: 'm', max_tokens: 1, messages: [] });\n}`,
      tsOnly: true,
    },
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nexport function clone(client) { return client.withOptions({ timeout: 1 }); }`,
    // Type-only imports build nothing.
    { code: `import type { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nlet client: AnthropicVertex | undefined;`, tsOnly: true },
    // Traps: other SDKs' Bedrock and Vertex clients are not Anthropic platform clients.
    `import Anthropic from '@anthropic-ai/sdk';\nimport { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';\nconst bedrock = new BedrockRuntimeClient({ region: 'us-east-1' });`,
    `import Anthropic from '@anthropic-ai/sdk';\nimport { VertexAI } from '@google-cloud/vertexai';\nconst vertex = new VertexAI({ project: 'p', location: 'us-east5' });`,
    `import Anthropic from '@anthropic-ai/sdk';\nimport { BedrockOpenAI } from 'openai/bedrock';\nconst client = new BedrockOpenAI();`,
    // A local class with a platform client's name.
    `class AnthropicBedrock { constructor(options) { this.options = options; } }\nconst client = new AnthropicBedrock({ awsRegion: 'us-east-1' });`,
    // A shadowed class name.
    `import AnthropicVertex from '@anthropic-ai/vertex-sdk';\nexport function make(AnthropicVertex) { return new AnthropicVertex(); }`,
    // A file that never imports a platform SDK.
    `const client = new AnthropicBedrock();`,
  ],
  invalid: [
    {
      code: ALL_FOUR,
      errors: [
        { messageId: 'platformClient', data: BEDROCK, line: 4, column: 5, endColumn: 21 },
        { messageId: 'platformClient', data: MANTLE, line: 5, column: 5 },
        { messageId: 'platformClient', data: VERTEX, line: 6, column: 5 },
        { messageId: 'platformClient', data: FOUNDRY, line: 7, column: 5 },
      ],
    },
    // allow permits only the platforms it names.
    {
      code: ALL_FOUR,
      options: [{ allow: ['bedrock'] }],
      errors: [
        { messageId: 'platformClient', data: VERTEX, line: 6 },
        { messageId: 'platformClient', data: FOUNDRY, line: 7 },
      ],
    },
    {
      code: ALL_FOUR,
      options: [{ allow: ['vertex', 'foundry'] }],
      errors: [
        { messageId: 'platformClient', data: BEDROCK, line: 4 },
        { messageId: 'platformClient', data: MANTLE, line: 5 },
      ],
    },
    // Import and require shapes.
    {
      code: `import * as bedrock from '@anthropic-ai/bedrock-sdk';\nnew bedrock.AnthropicBedrockMantle();\nnew bedrock.default();`,
      errors: [
        { messageId: 'platformClient', data: MANTLE, line: 2 },
        { messageId: 'platformClient', data: BEDROCK, line: 3 },
      ],
    },
    {
      code: `import AnthropicVertex from '@anthropic-ai/vertex-sdk/index';\nnew AnthropicVertex();`,
      errors: [{ messageId: 'platformClient', data: VERTEX, line: 2 }],
    },
    {
      code: `import { AnthropicFoundry as Foundry } from '@anthropic-ai/foundry-sdk/client';\nnew Foundry();`,
      errors: [{ messageId: 'platformClient', data: FOUNDRY, line: 2 }],
    },
    {
      code: `import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk/mantle-client';\nnew AnthropicBedrockMantle();`,
      errors: [{ messageId: 'platformClient', data: MANTLE, line: 2 }],
    },
    // Every package's CommonJS entry is itself a function that builds its default client.
    {
      code: `const AnthropicBedrock = require('@anthropic-ai/bedrock-sdk');\nnew AnthropicBedrock();`,
      errors: [{ messageId: 'platformClient', data: BEDROCK, line: 2 }],
    },
    {
      code: `const AnthropicVertex = require('@anthropic-ai/vertex-sdk').default;\nnew AnthropicVertex();`,
      errors: [{ messageId: 'platformClient', data: VERTEX, line: 2 }],
    },
    {
      code: `const { AnthropicBedrockMantle } = require('@anthropic-ai/bedrock-sdk');\nnew AnthropicBedrockMantle();`,
      errors: [{ messageId: 'platformClient', data: MANTLE, line: 2 }],
    },
    {
      code: `const client = require('@anthropic-ai/foundry-sdk')({ resource: 'r' });`,
      errors: [{ messageId: 'platformClient', data: FOUNDRY, line: 1, column: 16 }],
    },
    {
      code: `const { AnthropicVertex } = await import('@anthropic-ai/vertex-sdk');\nnew AnthropicVertex();`,
      errors: [{ messageId: 'platformClient', data: VERTEX, line: 2 }],
    },
    {
      code: `const sdk = await import('@anthropic-ai/foundry-sdk');\nnew sdk.default();`,
      errors: [{ messageId: 'platformClient', data: FOUNDRY, line: 2 }],
    },
    {
      code: `import AnthropicBedrock = require('@anthropic-ai/bedrock-sdk');\nnew AnthropicBedrock.AnthropicBedrock();\nnew AnthropicBedrock();`,
      tsOnly: true,
      errors: [
        { messageId: 'platformClient', data: BEDROCK, line: 2 },
        { messageId: 'platformClient', data: BEDROCK, line: 3 },
      ],
    },
    {
      code: `const Vertex = require('@anthropic-ai/vertex-sdk');\nconst client = Vertex({ region: 'us-east5' });`,
      errors: [{ messageId: 'platformClient', data: VERTEX, line: 2, column: 16 }],
    },
    // Where the construction sits.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nlet client = new AnthropicBedrock();`,
      errors: [{ messageId: 'platformClient', data: BEDROCK, line: 2 }],
    },
    {
      code: `import AnthropicVertex from '@anthropic-ai/vertex-sdk';\nclass Llm {\n  client = new AnthropicVertex();\n}`,
      errors: [{ messageId: 'platformClient', data: VERTEX, line: 3 }],
    },
    {
      code: `import AnthropicVertex from '@anthropic-ai/vertex-sdk';\nclass Llm {\n  constructor() { this.client = new AnthropicVertex(); }\n}`,
      errors: [{ messageId: 'platformClient', data: VERTEX, line: 3 }],
    },
    {
      code: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nexport const makeClient = () => new AnthropicFoundry();\nmakeClient().messages.create({ model: 'm', max_tokens: 1, messages: [] });`,
      errors: [{ messageId: 'platformClient', data: FOUNDRY, line: 2 }],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nlet client;\nexport function getClient() {\n  client ??= new AnthropicBedrock();\n  return client;\n}`,
      errors: [{ messageId: 'platformClient', data: BEDROCK, line: 4 }],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nclass MyBedrock extends AnthropicBedrock {}\nnew MyBedrock();`,
      errors: [{ messageId: 'platformClient', data: BEDROCK, line: 3 }],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst Client = AnthropicBedrock;\nconst deps = { llm: new Client() };`,
      errors: [{ messageId: 'platformClient', data: BEDROCK, line: 3 }],
    },
    // Construction through a cloned platform client is still one finding, at the `new`.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock().withOptions({ maxRetries: 1 });`,
      errors: [{ messageId: 'platformClient', data: BEDROCK, line: 2, column: 20 }],
    },
  ],
});
