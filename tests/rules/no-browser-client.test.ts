import rule from '../../src/rules/no-browser-client.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";
const HEADER = 'anthropic-dangerous-direct-browser-access';

runDual('no-browser-client', rule, {
  valid: [
    // Server-side clients.
    `${IMPORT}const client = new Anthropic();`,
    `${IMPORT}const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, maxRetries: 2 });`,
    `${IMPORT}const client = new Anthropic({ dangerouslyAllowBrowser: false });`,
    `${IMPORT}const client = new Anthropic(undefined);\nconst other = new Anthropic(null);`,
    `${IMPORT}const ALLOW = false;\nconst client = new Anthropic({ dangerouslyAllowBrowser: ALLOW });`,
    // A later explicit false wins, even over an unreadable spread and with unresolved reporting on.
    {
      code: `${IMPORT}export function make(x) {\n  return new Anthropic({ dangerouslyAllowBrowser: true, ...x, dangerouslyAllowBrowser: false });\n}`,
      settings: REPORT_UNRESOLVED,
    },
    {
      code: `${IMPORT}const options = { dangerouslyAllowBrowser: true };\noptions.dangerouslyAllowBrowser = false;\nconst client = new Anthropic(options);`,
      settings: REPORT_UNRESOLVED,
    },
    `${IMPORT}const client = new Anthropic({ dangerouslyAllowBrowser: true, ...{ dangerouslyAllowBrowser: false } });`,
    // A write after the construction does not reach it.
    `${IMPORT}const options = { apiKey: 'k' };\nconst client = new Anthropic(options);\noptions.dangerouslyAllowBrowser = true;`,
    // Unreadable options are silent unless asked for.
    `${IMPORT}export function make(x) { return new Anthropic({ dangerouslyAllowBrowser: true, ...x }); }`,
    `${IMPORT}export function make(options) { return new Anthropic(options); }`,
    `${IMPORT}const client = new Anthropic({ dangerouslyAllowBrowser: typeof window !== 'undefined' });`,
    // A readable object without the key is not unresolved.
    { code: `${IMPORT}const client = new Anthropic({ apiKey: process.env.KEY });`, settings: REPORT_UNRESOLVED },
    // The browser header switched off.
    `${IMPORT}const client = new Anthropic({ defaultHeaders: { '${HEADER}': 'false' } });`,
    // Traps: other SDKs and unrelated objects.
    `${IMPORT}import OpenAI from 'openai';\nconst openai = new OpenAI({ dangerouslyAllowBrowser: true });`,
    `${IMPORT}const config = { dangerouslyAllowBrowser: true };\nconfigure(config);`,
    `${IMPORT}import { Widget } from './widget';\nnew Widget({ dangerouslyAllowBrowser: true });`,
    // A local class named Anthropic is not the SDK.
    `class Anthropic { constructor(options) { this.options = options; } }\nconst client = new Anthropic({ dangerouslyAllowBrowser: true });`,
    // A shadowed class name.
    `${IMPORT}export function make(Anthropic) { return new Anthropic({ dangerouslyAllowBrowser: true }); }`,
    // An unannotated parameter cannot be proven to be a client.
    `${IMPORT}export function clone(client) { return client.withOptions({ dangerouslyAllowBrowser: true }); }`,
    // A clientModules factory takes its own arguments, not the SDK's options.
    {
      code: `import { createClaude } from '@acme/claude';\nconst claude = createClaude({ dangerouslyAllowBrowser: true });`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
    },
    // A file that never imports the SDK.
    `const client = new Client({ dangerouslyAllowBrowser: true });`,
  ],
  invalid: [
    // A raw request that opts into browser access (issue: raw HTTP), whatever its URL.
    {
      code: `${IMPORT}fetch('/api', { headers: { '${HEADER}': 'true' } });`,
      errors: [{ messageId: 'browserHeader', line: 2 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 2, column: 32, endColumn: 55 }],
    },
    // Every client family.
    {
      code: `import AnthropicBedrock, { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { AnthropicAws } from '@anthropic-ai/aws-sdk';
import AnthropicGoogleCloud from '@anthropic-ai/google-cloud-sdk';
new AnthropicBedrock({ dangerouslyAllowBrowser: true });
new AnthropicBedrockMantle({ dangerouslyAllowBrowser: true });
new AnthropicVertex({ dangerouslyAllowBrowser: true });
new AnthropicFoundry({ dangerouslyAllowBrowser: true });
new AnthropicAws({ dangerouslyAllowBrowser: true });
new AnthropicGoogleCloud({ dangerouslyAllowBrowser: true });`,
      errors: [
        { messageId: 'browserClient', data: { client: 'AnthropicBedrock' }, line: 6 },
        { messageId: 'browserClient', data: { client: 'AnthropicBedrockMantle' }, line: 7 },
        { messageId: 'browserClient', data: { client: 'AnthropicVertex' }, line: 8 },
        { messageId: 'browserClient', data: { client: 'AnthropicFoundry' }, line: 9 },
        { messageId: 'browserClient', data: { client: 'AnthropicAws' }, line: 10 },
        { messageId: 'browserClient', data: { client: 'AnthropicGoogleCloud' }, line: 11 },
      ],
    },
    // Import and require shapes.
    {
      code: `import { Anthropic } from '@anthropic-ai/sdk';\nnew Anthropic({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 2 }],
    },
    {
      code: `import * as sdk from '@anthropic-ai/sdk';\nnew sdk.Anthropic({ dangerouslyAllowBrowser: true });\nnew sdk.default({ dangerouslyAllowBrowser: true });`,
      errors: [
        { messageId: 'browserClient', data: { client: 'Anthropic' }, line: 2 },
        { messageId: 'browserClient', data: { client: 'Anthropic' }, line: 3 },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk/index';\nnew Anthropic({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');\nnew Anthropic({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `const Anthropic = require('@anthropic-ai/sdk').default;\nnew Anthropic({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `const { AnthropicVertex } = require('@anthropic-ai/vertex-sdk');\nnew AnthropicVertex({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'AnthropicVertex' }, line: 2 }],
    },
    {
      code: `const client = require('@anthropic-ai/sdk')({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 1, column: 47 }],
    },
    {
      code: `const AnthropicBedrock = require('@anthropic-ai/bedrock-sdk');\nnew AnthropicBedrock({ dangerouslyAllowBrowser: true });\nrequire('@anthropic-ai/google-cloud-sdk')({ dangerouslyAllowBrowser: true });`,
      errors: [
        { messageId: 'browserClient', data: { client: 'AnthropicBedrock' }, line: 2 },
        { messageId: 'browserClient', data: { client: 'AnthropicGoogleCloud' }, line: 3 },
      ],
    },
    {
      code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nnew Anthropic({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `import Anthropic = require('@anthropic-ai/sdk');\nnew Anthropic({ dangerouslyAllowBrowser: true });`,
      tsOnly: true,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    // Where the construction sits: let, class field, constructor, factory, lazy singleton, subclass.
    {
      code: `${IMPORT}let client = new Anthropic({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `${IMPORT}class Chat {\n  client = new Anthropic({ dangerouslyAllowBrowser: true });\n}`,
      errors: [{ messageId: 'browserClient', line: 3 }],
    },
    {
      code: `${IMPORT}class Chat {\n  constructor() { this.client = new Anthropic({ dangerouslyAllowBrowser: true }); }\n}`,
      errors: [{ messageId: 'browserClient', line: 3 }],
    },
    {
      code: `${IMPORT}export const makeClient = () => new Anthropic({ apiKey: 'k', dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `${IMPORT}let client;\nexport function getClient() {\n  client ??= new Anthropic({ dangerouslyAllowBrowser: true });\n  return client;\n}`,
      errors: [{ messageId: 'browserClient', line: 4 }],
    },
    {
      code: `${IMPORT}class BrowserClaude extends Anthropic {}\nnew BrowserClaude({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 3 }],
    },
    {
      code: `${IMPORT}const Claude = Anthropic;\nnew Claude({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 3 }],
    },
    // Options through identifiers, consts, spreads and member writes before the construction.
    {
      code: `${IMPORT}const options = { dangerouslyAllowBrowser: true };\nconst client = new Anthropic(options);`,
      // A flag held in an options const is reported at the `new` it configures (PRODUCT.md §3).
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 3, column: 20, endColumn: 29 }],
    },
    {
      code: `${IMPORT}const ALLOW = true;\nconst base = { dangerouslyAllowBrowser: ALLOW };\nconst client = new Anthropic({ ...base, apiKey: 'k' });`,
      errors: [{ messageId: 'browserClient', line: 4, column: 20 }],
    },
    {
      code: `${IMPORT}const options = { apiKey: 'k' };\noptions.dangerouslyAllowBrowser = true;\nconst client = new Anthropic(options);`,
      errors: [{ messageId: 'browserClient', line: 4, column: 20 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ dangerouslyAllowBrowser: false, ...{ dangerouslyAllowBrowser: true } });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ ['dangerouslyAllowBrowser']: !0 });`,
      errors: [{ messageId: 'browserClient', line: 2 }],
    },
    {
      code: `import Anthropic, { type ClientOptions } from '@anthropic-ai/sdk';\nconst client = new Anthropic({ dangerouslyAllowBrowser: true } satisfies ClientOptions);\nconst other = new Anthropic({ dangerouslyAllowBrowser: true } as ClientOptions);`,
      tsOnly: true,
      errors: [{ messageId: 'browserClient', line: 2 }, { messageId: 'browserClient', line: 3 }],
    },
    {
      code: `${IMPORT}const options = { dangerouslyAllowBrowser: true } as const;\nnew Anthropic(options);`,
      tsOnly: true,
      errors: [{ messageId: 'browserClient', line: 3 }],
    },
    {
      code: `${IMPORT}const BROWSER = { dangerouslyAllowBrowser: true };\nclass Chat { client = new Anthropic({ ...BROWSER, maxRetries: 1 }); }`,
      errors: [{ messageId: 'browserClient', line: 3, column: 27 }],
    },
    {
      // One options const used by two clients is two findings, each where it configures a client.
      code: `${IMPORT}const options = { dangerouslyAllowBrowser: true };\nexport const a = new Anthropic(options);\nexport const b = new Anthropic(options);`,
      errors: [
        { messageId: 'browserClient', line: 3 },
        { messageId: 'browserClient', line: 4 },
      ],

    },
    // Cloned clients: withOptions on any client value.
    {
      code: `${IMPORT}const client = new Anthropic();\nconst browser = client.withOptions({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 3, column: 38 }],
    },
    {
      code: `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nconst client = new AnthropicFoundry();\nclient?.withOptions({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'AnthropicFoundry' }, line: 3 }],
    },
    {
      code: `${IMPORT}export function forBrowser(client: Anthropic) {\n  return client.withOptions({ dangerouslyAllowBrowser: true });\n}`,
      tsOnly: true,
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 3 }],
    },
    {
      code: `${IMPORT}class Chat {\n  constructor(private readonly claude: Anthropic) {}\n  browser() { return this.claude.withOptions({ dangerouslyAllowBrowser: true }); }\n}`,
      tsOnly: true,
      errors: [{ messageId: 'browserClient', line: 4 }],
    },
    // The browser-access header itself, in defaultHeaders and per request.
    {
      code: `${IMPORT}const client = new Anthropic({ defaultHeaders: { '${HEADER}': 'true' } });`,
      errors: [{ messageId: 'browserHeader', data: { header: HEADER }, line: 2, column: 50 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic();\nawait client.messages.create({ model: 'm', max_tokens: 1, messages: [] }, { headers: { '${HEADER}': 'true' } });`,
      errors: [{ messageId: 'browserHeader', data: { header: HEADER }, line: 3 }],
    },
    // Unresolved options, reported only when asked for.
    {
      code: `${IMPORT}export function make(x) {\n  return new Anthropic({ dangerouslyAllowBrowser: true, ...x });\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 3, column: 57, endColumn: 61 }],
    },
    {
      code: `${IMPORT}export function make(options) {\n  return new Anthropic(options);\n}`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 3, column: 24 }],
    },
    {
      code: `${IMPORT}const client = new Anthropic({ dangerouslyAllowBrowser: typeof window !== 'undefined' });`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 2, column: 57 }],
    },
    {
      code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nexport const make = (extra) => new AnthropicVertex({ region: 'us-east5', ...extra });`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 2 }],
    },
  ],
});
