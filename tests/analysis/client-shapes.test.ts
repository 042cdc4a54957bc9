/**
 * Where clients come from (PRODUCT.md §3): static class fields, `super(options)`, variables
 * annotated with a client type and assigned later, `.then((client) => …)`, compiled CommonJS, and
 * the browser flag wherever it configures a client. Each shape has a twin that must stay silent.
 */
import noBatchesApi from '../../src/rules/no-batches-api.js';
import noBrowserClient from '../../src/rules/no-browser-client.js';
import noFilesApi from '../../src/rules/no-files-api.js';
import noSkillsApi from '../../src/rules/no-skills-api.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\n";

runDual('client shapes: static fields, annotations, promises', noFilesApi, {
  valid: [
    // The same member names on objects that are not clients.
    `${IMPORT}class Holder { static client = { beta: { files: { upload() {} } } }; }\nHolder.client.beta.files.upload({});`,
    `${IMPORT}const store = { files: { upload: async () => 1 } };\nPromise.resolve(store).then((c) => c.files.upload());`,
    { code: `${IMPORT}let store: { files: { upload(): void } };\nstore = { files: { upload() {} } };\nstore.files.upload();`, tsOnly: true },
  ],
  invalid: [
    {
      code: `${IMPORT}class Holder { static client = new Anthropic(); }\nawait Holder.client.beta.files.upload({ file: blob });`,
      errors: [{ messageId: 'surfaceCall', data: { call: 'beta.files.upload', surface: 'the Files API' }, line: 3 }],
    },
    {
      code: `${IMPORT}class Service {\n  static client = new Anthropic();\n  static archive(file) { return this.client.beta.files.upload({ file }); }\n}`,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}let client: Anthropic;\nexport function init(make: () => Anthropic) { client = make(); }\nexport const archive = (file: File) => client.beta.files.upload({ file });`,
      tsOnly: true,
      errors: [{ messageId: 'surfaceCall', line: 4 }],
    },
    {
      code: `${IMPORT}async function getClient() { return new Anthropic(); }\ngetClient().then((c) => c.beta.files.upload({ file: blob }));`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
    {
      code: `${IMPORT}const ready = Promise.resolve(new Anthropic());\nready.then((claude) => claude.files.list());`,
      errors: [{ messageId: 'surfaceCall', line: 3 }],
    },
  ],
});

runDual('client shapes: compiled CommonJS', noBatchesApi, {
  valid: [
    `"use strict";\nvar __importDefault = function (mod) { return mod && mod.__esModule ? mod : { default: mod }; };\nconst other_1 = __importDefault(require("./batches"));\nnew other_1.default().messages.batches.list();`,
  ],
  invalid: [
    {
      // TypeScript's output.
      code: `"use strict";\nvar __importDefault = (this && this.__importDefault) || function (mod) { return mod && mod.__esModule ? mod : { default: mod }; };\nconst sdk_1 = __importDefault(require("@anthropic-ai/sdk"));\nconst client = new sdk_1.default();\nclient.messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 5 }],
    },
    {
      // Babel's output.
      code: `"use strict";\nvar _sdk = _interopRequireDefault(require("@anthropic-ai/sdk"));\nfunction _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }\nconst client = new _sdk.default();\nclient.messages.batches.create({ requests: [] });`,
      errors: [{ messageId: 'surfaceCall', line: 5 }],
    },
    {
      // esbuild's output, and tslib's helper.
      code: `var import_sdk = __toESM(require("@anthropic-ai/sdk"));\nconst tslib_1 = require("tslib");\nconst sdk_2 = tslib_1.__importStar(require("@anthropic-ai/sdk"));\nnew import_sdk.default().messages.batches.list();\nnew sdk_2.default().messages.batches.list();`,
      errors: [{ messageId: 'surfaceCall', line: 4 }, { messageId: 'surfaceCall', line: 5 }],
    },
  ],
});

runDual('client shapes: the browser flag wherever it configures a client', noBrowserClient, {
  valid: [
    `${IMPORT}class Chat extends Anthropic { constructor() { super({ dangerouslyAllowBrowser: false }); } }`,
    `${IMPORT}export const client = new Anthropic({ dangerouslyAllowBrowser: 0 });`,
    `${IMPORT}export const client = new Anthropic({ dangerouslyAllowBrowser: '' });`,
    // A factory that forwards its options is judged at its calls, not inside.
    `${IMPORT}function createClient(options) { return new Anthropic(options); }\nexport const client = createClient({ apiKey: 'k' });`,
    { code: `${IMPORT}function createClient(options) { return new Anthropic(options); }\nexport const client = createClient({ apiKey: 'k' });`, settings: REPORT_UNRESOLVED },
    // An OpenAI client pointed elsewhere is not a Claude client.
    `import OpenAI from 'openai';\nexport const openai = new OpenAI({ dangerouslyAllowBrowser: true });`,
    // The flag on an object no client reads.
    `${IMPORT}export const settings = { dangerouslyAllowBrowser: true };`,
  ],
  invalid: [
    {
      code: `${IMPORT}class Chat extends Anthropic {\n  constructor() {\n    super({ dangerouslyAllowBrowser: true });\n  }\n}`,
      errors: [{ messageId: 'browserClient', data: { client: 'Anthropic' }, line: 4, column: 13 }],
    },
    {
      code: `${IMPORT}const BROWSER = { dangerouslyAllowBrowser: true };\nclass Chat extends Anthropic { constructor() { super(BROWSER); } }`,
      errors: [{ messageId: 'browserClient', line: 3, column: 48 }],
    },
    {
      // Truthy values that are not `true` turn it on too.
      code: `${IMPORT}export const a = new Anthropic({ dangerouslyAllowBrowser: 1 });\nexport const b = new Anthropic({ dangerouslyAllowBrowser: 'yes' });\nexport const c = new Anthropic({ dangerouslyAllowBrowser: !0 });`,
      errors: [
        { messageId: 'browserClient', line: 2 },
        { messageId: 'browserClient', line: 3 },
        { messageId: 'browserClient', line: 4 },
      ],
    },
    {
      // A member write between the const and the `new` is reported at the `new`.
      code: `${IMPORT}const options = { apiKey: 'k' };\noptions.dangerouslyAllowBrowser = true;\nexport const client = new Anthropic(options);`,
      errors: [{ messageId: 'browserClient', line: 4, column: 27, endColumn: 36 }],
    },
    {
      // A same-file factory: reported at its call.
      code: `${IMPORT}function createClient(options) {\n  return new Anthropic({ maxRetries: 2, ...options });\n}\nexport const client = createClient({ dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', line: 5, column: 38 }],
    },
    {
      // The OpenAI SDK pointed at Anthropic reaches Claude from the browser as well.
      code: `import OpenAI from 'openai';\nexport const openai = new OpenAI({ baseURL: 'https://api.anthropic.com/v1/', dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'OpenAI' }, line: 2, column: 78 }],
    },
  ],
});

runDual('client shapes: a wrapper module listed as a project path (clientModules)', noSkillsApi, {
  valid: [
    { code: `import { claude } from './lib/other';\nclaude.beta.skills.list();`, settings: { 'claude-zdr': { clientModules: ['./lib/claude'] } } },
    { code: `import { claude } from 'lib/claude';\nclaude.beta.skills.list();`, settings: { 'claude-zdr': { clientModules: ['./lib/claude'] } } },
  ],
  invalid: [
    {
      code: `import { claude } from './lib/claude';\nclaude.beta.skills.list();`,
      settings: { 'claude-zdr': { clientModules: ['./lib/claude'] } },
      errors: [{ messageId: 'surfaceCall', line: 2 }],
    },
    {
      // A glob names the module wherever it is, and an alias the bundler resolves.
      code: `import { claude } from '@/lib/claude-client';\nclaude.beta.skills.list();`,
      settings: { 'claude-zdr': { clientModules: ['**/lib/claude-client'] } },
      errors: [{ messageId: 'surfaceCall', line: 2 }],
    },
    {
      // A resource the wrapper exports under its own name.
      code: `import { skills } from '@acme/claude';\nskills.list();`,
      settings: { 'claude-zdr': { clientModules: ['@acme/claude'] } },
      errors: [{ messageId: 'surfaceCall', data: { call: 'skills.list', surface: 'the Skills API' }, line: 2 }],
    },
  ],
});
