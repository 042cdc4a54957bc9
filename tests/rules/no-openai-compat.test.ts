import rule from '../../src/rules/no-openai-compat.js';
import { runDual } from '../support/rule-tester.js';

const IMPORT = "import OpenAI from 'openai';\n";
const URL_V1 = 'https://api.anthropic.com/v1/';

runDual('no-openai-compat', rule, {
  valid: [
    // The OpenAI SDK against OpenAI, or with no baseURL at all.
    `${IMPORT}const openai = new OpenAI({ baseURL: 'https://api.openai.com/v1' });\n// anthropic`,
    `${IMPORT}const openai = new OpenAI();\nconst anthropicKey = 1;`,
    // Other hosts that merely mention Anthropic.
    `${IMPORT}const openai = new OpenAI({ baseURL: 'https://proxy.example.com/anthropic/v1/' });`,
    `${IMPORT}const openai = new OpenAI({ baseURL: 'https://api.anthropic.com.evil.example/v1/' });`,
    // The Claude SDK itself with a baseURL is not the compatibility endpoint.
    `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ baseURL: '${URL_V1}' });`,
    // A local class named OpenAI is not the SDK.
    `class OpenAI { constructor(o) { this.o = o; } }\nconst c = new OpenAI({ baseURL: '${URL_V1}' });`,
    // A baseURL from the environment cannot be proven to point at Anthropic.
    `${IMPORT}const openai = new OpenAI({ baseURL: process.env.ANTHROPIC_BASE_URL });`,
    `${IMPORT}const openai = new OpenAI({ baseURL: \`\${host}/v1/\` });\n// anthropic`,
    // A later unknown spread may replace the baseURL.
    `${IMPORT}const openai = new OpenAI({ baseURL: '${URL_V1}', ...overrides });`,
    // A type-only import creates no client.
    { code: `import type OpenAI from 'openai';\ndeclare const OpenAIish: any;\nnew OpenAIish({ baseURL: '${URL_V1}' });`, tsOnly: true },
    // Other modules' classes named OpenAI.
    `import { OpenAI } from 'langchain-openai-anthropic-shim';\nnew OpenAI({ baseURL: '${URL_V1}' });`,
  ],
  invalid: [
    {
      code: `${IMPORT}const openai = new OpenAI({ apiKey: process.env.ANTHROPIC_API_KEY, baseURL: '${URL_V1}' });`,
      errors: [{ messageId: 'openaiCompat', data: { client: 'OpenAI', url: URL_V1 }, line: 2, column: 77 }],
    },
    // Named, namespace, CommonJS and dynamic imports.
    {
      code: `import { OpenAI } from 'openai';\nnew OpenAI({ baseURL: 'https://api.anthropic.com/v1' });`,
      errors: [{ messageId: 'openaiCompat' }],
    },
    {
      code: `import * as oa from 'openai';\nnew oa.OpenAI({ baseURL: '${URL_V1}' });\nnew oa.default({ baseURL: '${URL_V1}' });`,
      errors: [{ messageId: 'openaiCompat', line: 2 }, { messageId: 'openaiCompat', line: 3 }],
    },
    {
      code: `const OpenAI = require('openai');\nconst client = new OpenAI({ baseURL: '${URL_V1}' });`,
      errors: [{ messageId: 'openaiCompat' }],
    },
    {
      code: `const { OpenAI } = require('openai');\nnew OpenAI({ baseURL: '${URL_V1}' });`,
      errors: [{ messageId: 'openaiCompat' }],
    },
    {
      code: `const OpenAI = require('openai').default;\nnew OpenAI({ baseURL: '${URL_V1}' });`,
      errors: [{ messageId: 'openaiCompat' }],
    },
    {
      code: `const { default: OpenAI } = await import('openai');\nnew OpenAI({ baseURL: '${URL_V1}' });`,
      errors: [{ messageId: 'openaiCompat' }],
    },
    // AzureOpenAI takes a baseURL too.
    {
      code: `import { AzureOpenAI } from 'openai';\nnew AzureOpenAI({ baseURL: '${URL_V1}', apiVersion: 'x' });`,
      errors: [{ messageId: 'openaiCompat', data: { client: 'AzureOpenAI', url: URL_V1 } }],
    },
    // baseURL through consts, templates, concatenation and spreads.
    {
      code: `${IMPORT}const ANTHROPIC = 'https://api.anthropic.com';\nconst options = { baseURL: \`\${ANTHROPIC}/v1/\` };\nnew OpenAI(options);`,
      errors: [{ messageId: 'openaiCompat', data: { client: 'OpenAI', url: URL_V1 }, line: 4, column: 12 }],
    },
    {
      code: `${IMPORT}const HOST = 'api.anthropic.com';\nnew OpenAI({ baseURL: 'https://' + HOST + '/v1/' });`,
      errors: [{ messageId: 'openaiCompat' }],
    },
    {
      code: `${IMPORT}const base = { baseURL: '${URL_V1}' };\nnew OpenAI({ apiKey: key, ...base });`,
      errors: [{ messageId: 'openaiCompat', line: 3, column: 27 }],
    },
    // The host decides, whatever its case or port.
    {
      code: `${IMPORT}new OpenAI({ baseURL: 'https://API.Anthropic.com:443/v1/' });`,
      errors: [{ messageId: 'openaiCompat' }],
    },
    {
      code: `${IMPORT}new OpenAI({ baseURL: new URL('/v1/', 'https://api.anthropic.com').href });\nnew OpenAI({ baseURL: new URL('https://api.anthropic.com/v1/').toString() });`,
      errors: [{ messageId: 'openaiCompat', data: { client: 'OpenAI', url: URL_V1 } }, { messageId: 'openaiCompat' }],
    },
    // TypeScript forms.
    {
      code: `${IMPORT}const client: OpenAI = new OpenAI({ baseURL: '${URL_V1}' as const } satisfies object);`,
      tsOnly: true,
      errors: [{ messageId: 'openaiCompat' }],
    },
    {
      code: `import OpenAI = require('openai');\nnew OpenAI({ baseURL: '${URL_V1}' });`,
      tsOnly: true,
      errors: [{ messageId: 'openaiCompat' }],
    },
  ],
});
