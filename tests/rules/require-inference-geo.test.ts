import rule from '../../src/rules/require-inference-geo.js';
import { runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const MSG = "max_tokens: 10, messages: []";

runDual('require-inference-geo', rule, {
  valid: [
    // requireLiteral: false overrides reportUnresolved for this rule; neither set reports nothing unresolved.
    {
      code: `${IMPORT}export async function send(params) { return client.messages.create(params); }`,
      options: [{ requireLiteral: false }],
      settings: { 'claude-zdr': { reportUnresolved: true } },
    },
    // Literal, template literal, const, env fallback, spread, member write, conditional of allowed values.
    `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });`,
    `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: \`us\` });`,
    `${IMPORT}const GEO = 'us';\nawait client.messages.stream({ model: 'claude-sonnet-4-6', ${MSG}, inference_geo: GEO });`,
    `${IMPORT}await client.messages.create({ model: 'claude-opus-4-7', ${MSG}, inference_geo: process.env.GEO ?? 'us' });`,
    `${IMPORT}const BASE = { inference_geo: 'us' };\nawait client.messages.parse({ ...BASE, model: 'claude-opus-4-8', ${MSG} });`,
    `${IMPORT}const params = { model: 'claude-opus-5', ${MSG} };\nparams.inference_geo = 'us';\nawait client.messages.create(params);`,
    `${IMPORT}await client.beta.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: eu ? 'us' : 'us' });`,
    `${IMPORT}async function ask({ geo = 'us' }) {\n  return client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: geo });\n}`,
    // Token counting takes no inference_geo.
    `${IMPORT}await client.messages.countTokens({ model: 'claude-opus-4-6', messages: [] });\nawait client.beta.messages.countTokens({ model: 'claude-opus-4-6', messages: [] });`,
    // Bedrock, Vertex and Foundry take their region from the endpoint.
    `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();\nawait client.messages.create({ model: 'anthropic.claude-opus-4-6-v1', ${MSG} });`,
    `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nconst client = new AnthropicVertex({ region: 'us-east5' });\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG} });`,
    `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nconst client = new AnthropicFoundry();\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG} });`,
    // Params the analysis cannot read are not reported by default.
    `${IMPORT}export async function send(params) { return client.messages.create(params); }`,
    `${IMPORT}export async function send(opts) { return client.messages.create({ ...opts, model: 'claude-opus-4-6', ${MSG} }); }`,
    `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: process.env.GEO });`,
    // Other allowed values through options.
    { code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'global' });`, options: [{ allowed: ['us', 'global'] }] },
    // A batch whose every request is pinned.
    `${IMPORT}await client.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } }] });`,
    // Not a Claude client.
    `const client = { messages: { create() {} } };\nclient.messages.create({ model: 'claude-opus-4-6' });`,
  ],
  invalid: [
    // Suggestions write strings in the file's own quotes (issue: they used to force double quotes).
    {
      code: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic();\nawait client.messages.create({ model: "claude-opus-4-6", max_tokens: 10, messages: [] });`,
      errors: [
        {
          messageId: 'missingGeo',
          suggestions: [{ messageId: 'addGeo', output: `import Anthropic from "@anthropic-ai/sdk";\nconst client = new Anthropic();\nawait client.messages.create({ model: "claude-opus-4-6", max_tokens: 10, messages: [], inference_geo: "us" });` }],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.create({ model: "claude-opus-4-6", max_tokens: 10, messages: [], inference_geo: "global" });`,
      // The request's own strings decide, before the file's first one.
      errors: [
        {
          messageId: 'disallowedGeo',
          suggestions: [{ messageId: 'replaceGeo', output: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.create({ model: "claude-opus-4-6", max_tokens: 10, messages: [], inference_geo: "us" });` }],
        },
      ],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG} });`,
      errors: [
        {
          messageId: 'missingGeo',
          data: { key: 'inference_geo', call: 'messages.create', allowed: '"us"' },
          line: 3,
          suggestions: [
            {
              messageId: 'addGeo',
              data: { key: 'inference_geo', geo: 'us' },
              output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });`,
            },
          ],
        },
      ],
    },
    // Multi-line object with a trailing comma, through a const.
    {
      code: `${IMPORT}const params = {\n  model: 'claude-sonnet-4-6',\n  max_tokens: 10,\n  messages: [],\n};\nawait client.messages.stream(params);`,
      errors: [
        {
          messageId: 'missingGeo',
          line: 8,
          suggestions: [
            {
              messageId: 'addGeo',
              output: `${IMPORT}const params = {\n  model: 'claude-sonnet-4-6',\n  max_tokens: 10,\n  messages: [],\n  inference_geo: 'us',\n};\nawait client.messages.stream(params);`,
            },
          ],
        },
      ],
    },
    // Multi-line without a trailing comma; the beta parse and toolRunner.
    {
      code: `${IMPORT}await client.beta.messages.parse({\n  model: 'claude-opus-4-8',\n  ${MSG}\n});`,
      errors: [
        {
          messageId: 'missingGeo',
          data: { key: 'inference_geo', call: 'beta.messages.parse', allowed: '"us"' },
          suggestions: [
            { messageId: 'addGeo', output: `${IMPORT}await client.beta.messages.parse({\n  model: 'claude-opus-4-8',\n  ${MSG},\n  inference_geo: 'us'\n});` },
          ],
        },
      ],
    },
    {
      code: `${IMPORT}await client.beta.messages.toolRunner({ model: 'claude-opus-4-8', ${MSG}, tools: [], thread: false });`,
      errors: [{ messageId: 'missingGeo', data: { key: 'inference_geo', call: 'beta.messages.toolRunner', allowed: '"us"' }, suggestions: [{ messageId: 'addGeo', output: `${IMPORT}await client.beta.messages.toolRunner({ model: 'claude-opus-4-8', ${MSG}, tools: [], thread: false, inference_geo: 'us' });` }] }],
    },
    // An empty params object.
    {
      code: `${IMPORT}await client.messages.create({});`,
      errors: [{ messageId: 'missingGeo', suggestions: [{ messageId: 'addGeo', output: `${IMPORT}await client.messages.create({ inference_geo: 'us' });` }] }],
    },
    // A value outside `allowed`: literal, const, env fallback, conditional branch, spread.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'global' });`,
      errors: [
        {
          messageId: 'disallowedGeo',
          data: { key: 'inference_geo', geo: '"global"', call: 'messages.create', allowed: '"us"' },
          suggestions: [{ messageId: 'replaceGeo', data: { geo: 'us' }, output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });` }],
        },
      ],
    },
    {
      code: `${IMPORT}const GEO = 'global';\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: GEO });`,
      errors: [{ messageId: 'disallowedGeo', suggestions: [{ messageId: 'replaceGeo', output: `${IMPORT}const GEO = 'global';\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });` }] }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: process.env.GEO || 'global' });`,
      errors: [{ messageId: 'disallowedGeo', suggestions: [{ messageId: 'replaceGeo', output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: process.env.GEO || 'us' });` }] }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: eu ? 'eu' : 'us' });`,
      errors: [{ messageId: 'disallowedGeo', data: { key: 'inference_geo', geo: '"eu"', call: 'messages.create', allowed: '"us"' }, suggestions: [{ messageId: 'replaceGeo', output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: eu ? 'us' : 'us' });` }] }],
    },
    {
      code: `${IMPORT}const BASE = { inference_geo: 'global' };\nawait client.messages.create({ ...BASE, model: 'claude-opus-4-6', ${MSG} });`,
      errors: [{ messageId: 'disallowedGeo', line: 4, column: 32, suggestions: [{ messageId: 'replaceGeo', output: `${IMPORT}const BASE = { inference_geo: 'us' };\nawait client.messages.create({ ...BASE, model: 'claude-opus-4-6', ${MSG} });` }] }],
    },
    // A later member write wins over the literal.
    {
      code: `${IMPORT}const params = { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' };\nparams.inference_geo = 'global';\nawait client.messages.create(params);`,
      errors: [{ messageId: 'disallowedGeo', line: 5, column: 30, suggestions: [{ messageId: 'replaceGeo', output: `${IMPORT}const params = { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' };\nparams.inference_geo = 'us';\nawait client.messages.create(params);` }] }],
    },
    // `null` leaves the workspace default in charge.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: null });`,
      errors: [{ messageId: 'disallowedGeo', data: { key: 'inference_geo', geo: 'null', call: 'messages.create', allowed: '"us"' }, suggestions: [{ messageId: 'replaceGeo', output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });` }] }],
    },
    // The first allowed value is the one suggested.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'eu' });`,
      options: [{ allowed: ['global', 'us'] }],
      errors: [{ messageId: 'disallowedGeo', data: { key: 'inference_geo', geo: '"eu"', call: 'messages.create', allowed: '"global" or "us"' }, suggestions: [{ messageId: 'replaceGeo', data: { geo: 'global' }, output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'global' });` }] }],
    },
    // A legacy model pinned to the US fails with a 400; unpinned it cannot be pinned.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-5', ${MSG}, inference_geo: 'us' });`,
      errors: [{ messageId: 'legacyModelPinned', data: { model: 'claude-sonnet-4-5', call: 'messages.create', supported: 'Claude Opus 4.6, Sonnet 4.6 and later models' }, suggestions: [] }],
    },
    {
      code: `${IMPORT}const MODEL = process.env.MODEL ?? 'claude-3-5-haiku-latest';\nawait client.messages.create({ model: MODEL, ${MSG}, inference_geo: 'us' });`,
      errors: [{ messageId: 'legacyModelPinned', data: { model: 'claude-3-5-haiku-latest', call: 'messages.create', supported: 'Claude Opus 4.6, Sonnet 4.6 and later models' } }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: fast ? 'claude-haiku-4-5' : 'claude-opus-4-6', ${MSG} });`,
      errors: [{ messageId: 'legacyModelUnpinned', data: { model: 'claude-haiku-4-5', call: 'messages.create', supported: 'Claude Opus 4.6, Sonnet 4.6 and later models', allowed: '"us"' }, suggestions: [] }],
    },
    // Batch: each request's params.
    {
      code: `${IMPORT}await client.messages.batches.create({ requests: [\n  { custom_id: 'a', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } },\n  { custom_id: 'b', params: { model: 'claude-opus-4-6', ${MSG} } },\n  { custom_id: 'c', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'global' } },\n] });`,
      errors: [
        {
          messageId: 'missingGeo',
          data: { key: 'inference_geo', call: 'messages.batches.create', allowed: '"us"' },
          line: 5,
          column: 21,
          suggestions: [
            {
              messageId: 'addGeo',
              output: `${IMPORT}await client.messages.batches.create({ requests: [\n  { custom_id: 'a', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } },\n  { custom_id: 'b', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } },\n  { custom_id: 'c', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'global' } },\n] });`,
            },
          ],
        },
        {
          messageId: 'disallowedGeo',
          line: 6,
          suggestions: [
            {
              messageId: 'replaceGeo',
              output: `${IMPORT}await client.messages.batches.create({ requests: [\n  { custom_id: 'a', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } },\n  { custom_id: 'b', params: { model: 'claude-opus-4-6', ${MSG} } },\n  { custom_id: 'c', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } },\n] });`,
            },
          ],
        },
      ],
    },
    {
      code: `${IMPORT}const requests = [];\nrequests.push({ custom_id: 'a', params: { model: 'claude-opus-4-6', ${MSG} } });\nawait client.beta.messages.batches.create({ requests });`,
      errors: [{ messageId: 'missingGeo', line: 5, column: 45, suggestions: [{ messageId: 'addGeo', output: `${IMPORT}const requests = [];\nrequests.push({ custom_id: 'a', params: { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } });\nawait client.beta.messages.batches.create({ requests });` }] }],
    },
    // The first-party cloud SDKs and clientModules wrappers are first-party clients.
    {
      code: `import AnthropicAws from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws();\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG} });`,
      errors: [{ messageId: 'missingGeo', suggestions: [{ messageId: 'addGeo', output: `import AnthropicAws from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws();\nawait client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });` }] }],
    },
    {
      code: `import { claude } from '@acme/claude';\nawait claude.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'global' });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'disallowedGeo', suggestions: [{ messageId: 'replaceGeo', output: `import { claude } from '@acme/claude';\nawait claude.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });` }] }],
    },
    // TypeScript: annotated client parameter, `satisfies` params.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';\nexport async function ask(client: Anthropic) {\n  const params = { model: 'claude-opus-4-6', ${MSG} } satisfies Anthropic.MessageCreateParams;\n  return client.messages.create(params);\n}`,
      tsOnly: true,
      errors: [{ messageId: 'missingGeo', line: 4, suggestions: [{ messageId: 'addGeo', output: `import Anthropic from '@anthropic-ai/sdk';\nexport async function ask(client: Anthropic) {\n  const params = { model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' } satisfies Anthropic.MessageCreateParams;\n  return client.messages.create(params);\n}` }] }],
    },
    // requireLiteral: unreadable params, an unknown spread, a value from the environment.
    {
      code: `${IMPORT}export async function send(params) { return client.messages.create(params); }`,
      options: [{ allowed: ['us'], requireLiteral: true }],
      errors: [{ messageId: 'unresolvedValue' }],
    },
    {
      code: `${IMPORT}export async function send(opts) { return client.messages.create({ model: 'claude-opus-4-6', ${MSG}, ...opts }); }`,
      options: [{ allowed: ['us'], requireLiteral: true }],
      errors: [{ messageId: 'unresolvedValue' }],
    },
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: process.env.GEO ?? 'us' });`,
      options: [{ allowed: ['us'], requireLiteral: true }],
      errors: [{ messageId: 'unresolvedValue' }],
    },
    // Without requireLiteral, the shared reportUnresolved setting (set by `strict`) decides.
    {
      code: `${IMPORT}export async function send(params) { return client.messages.create(params); }`,
      settings: { 'claude-zdr': { reportUnresolved: true } },
      errors: [{ messageId: 'unresolvedValue' }],
    },
  ],
});

runDual('require-inference-geo (non-string values)', rule, {
  valid: [],
  invalid: [
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 1n });`,
      errors: [{ messageId: 'disallowedGeo', data: { key: 'inference_geo', geo: '1', call: 'messages.create', allowed: '"us"' }, suggestions: [{ messageId: 'replaceGeo', output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', ${MSG}, inference_geo: 'us' });` }] }],
    },
  ],
});
