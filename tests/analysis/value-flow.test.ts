/**
 * The value shapes people write (PRODUCT.md §3, "Values are followed the way people write them"),
 * each judged by the rule that owns what it carries, with a twin that must stay silent. Every case
 * runs through both parsers; the shapes are the analysis' own, so every rule sees them alike.
 */
import noCodeExecution from '../../src/rules/no-code-execution.js';
import noContextManagement from '../../src/rules/no-context-management.js';
import noDisallowedModel from '../../src/rules/no-disallowed-model.js';
import noFilesApi from '../../src/rules/no-files-api.js';
import noMcpConnector from '../../src/rules/no-mcp-connector.js';
import noWebSearch from '../../src/rules/no-web-search.js';
import requireInferenceGeo from '../../src/rules/require-inference-geo.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const CLIENT = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const PINNED = "model: 'claude-opus-4-6', inference_geo: 'us', max_tokens: 1";
const SEARCH = "{ type: 'web_search_20250305', name: 'web_search' }";
const CODE = "{ type: 'code_execution_20250825', name: 'code_execution' }";
const MCP = "{ type: 'url', url: 'https://mcp.example.com/sse', name: 'crm' }";

/** Batch requests built in a `.map()` callback: each request's params are read. */
const BATCH_MAP = (params: string) =>
  `${CLIENT}export function submit(items) {\n  return client.messages.batches.create({\n    requests: items.map((item) => ({ custom_id: item.id, params: { ${params}, messages: [{ role: 'user', content: item.text }] } })),\n  });\n}`;

runDual('value flow: batch requests from .map() (require-inference-geo)', requireInferenceGeo, {
  valid: [BATCH_MAP(PINNED), `${CLIENT}const build = (item) => ({ custom_id: item.id, params: { ${PINNED}, messages: [] } });\nexport const submit = (items) => client.messages.batches.create({ requests: items.map(build) });`],
  invalid: [
    {
      code: BATCH_MAP("model: 'claude-opus-4-6', max_tokens: 1"),
      errors: [
        {
          messageId: 'missingGeo',
          data: { call: 'messages.batches.create', key: 'inference_geo', allowed: '"us"' },
          line: 5,
          column: 58,
          suggestions: [{ messageId: 'addGeo', output: BATCH_MAP("model: 'claude-opus-4-6', max_tokens: 1").replace("content: item.text }] }", "content: item.text }], inference_geo: 'us' }") }],
        },
      ],
    },
    {
      // A named callback is reported where it is used.
      code: `${CLIENT}const build = (item) => ({ custom_id: item.id, params: { model: 'claude-opus-4-6', max_tokens: 1, messages: [] } });\nexport const submit = (items) => client.messages.batches.create({ requests: items.map(build) });`,
      errors: [
        {
          messageId: 'missingGeo',
          line: 4,
          column: 87,
          suggestions: [
            {
              messageId: 'addGeo',
              output: `${CLIENT}const build = (item) => ({ custom_id: item.id, params: { model: 'claude-opus-4-6', max_tokens: 1, messages: [], inference_geo: 'us' } });\nexport const submit = (items) => client.messages.batches.create({ requests: items.map(build) });`,
            },
          ],
        },
      ],
    },
    {
      // `Array.from(list, callback)` and `flatMap` build requests the same way.
      code: batchesFromAndFlatMap(0),
      errors: [3, 4].map((line) => ({ messageId: 'missingGeo' as const, line, suggestions: [{ messageId: 'addGeo' as const, output: batchesFromAndFlatMap(line) }] })),
    },
  ],
});

/** The `Array.from` and `flatMap` batch shapes; `fixed` is the line whose request gains a geo (0: none). */
function batchesFromAndFlatMap(fixed: number): string {
  const params = (line: number) => `{ model: 'claude-opus-4-6', max_tokens: 1, messages: []${line === fixed ? ", inference_geo: 'us'" : ''} }`;
  return `${CLIENT}export const submit = (items) => client.messages.batches.create({ requests: Array.from(items, (item) => ({ custom_id: item, params: ${params(3)} })) });\nexport const again = (items) => client.messages.batches.create({ requests: items.flatMap((item) => [{ custom_id: item, params: ${params(4)} }]) });`;
}

runDual('value flow: batch requests from .map() (the body rules)', noWebSearch, {
  valid: [BATCH_MAP(`${PINNED}, tools: [{ name: 'lookup', input_schema: { type: 'object' } }]`)],
  invalid: [{ code: BATCH_MAP(`${PINNED}, tools: [${SEARCH}]`), errors: [{ messageId: 'webTool', line: 5, column: 146 }] }],
});

runDual('value flow: batch requests from .map() (models)', noDisallowedModel, {
  valid: [BATCH_MAP(PINNED)],
  invalid: [
    {
      code: BATCH_MAP("model: item.fast ? 'claude-haiku-4-5' : 'claude-fable-5', inference_geo: 'us', max_tokens: 1"),
      errors: [{ messageId: 'retentionModel', line: 5, column: 108 }],
    },
  ],
});

runDual('value flow: content blocks referencing uploaded files (no-files-api)', noFilesApi, {
  valid: [
    // The same shapes with inline sources.
    `${CLIENT}const textBlock = (text) => ({ type: 'text', text });\nexport const ask = (parts) => client.messages.create({ ${PINNED}, messages: [{ role: 'user', content: parts.map((p) => textBlock(p)) }] });`,
    `${CLIENT}export function ask(history, text) {\n  return client.messages.create({ ${PINNED}, messages: history.concat([{ role: 'user', content: text }]) });\n}`,
    // A helper of the same shape whose result never reaches a Claude request.
    `${CLIENT}const fileBlock = (id) => ({ type: 'document', source: { type: 'file', file_id: id } });\nexport const blocks = (ids) => ids.map(fileBlock);`,
  ],
  invalid: [
    {
      code: `${CLIENT}export const ask = (ids) => client.messages.create({ ${PINNED}, messages: [{ role: 'user', content: ids.map((id) => ({ type: 'document', source: { type: 'file', file_id: id } })) }] });`,
      errors: [{ messageId: 'fileReference', data: { key: 'file_id' }, line: 3, column: 213 }],
    },
    {
      code: `${CLIENT}const fileBlock = (id) => ({ type: 'document', source: { type: 'file', file_id: id } });\nexport const ask = (id) => client.messages.create({ ${PINNED}, messages: [{ role: 'user', content: [fileBlock(id)] }] });`,
      // Reported at the helper call that brings the block in.
      errors: [{ messageId: 'fileReference', line: 4, column: 152 }],
    },
    {
      code: `${CLIENT}function fileBlock(id) {\n  return { type: 'document', source: { type: 'file', file_id: id } };\n}\nexport function ask(history, id) {\n  return client.messages.create({ ${PINNED}, messages: history.concat([{ role: 'user', content: [fileBlock(id)] }]) });\n}`,
      errors: [{ messageId: 'fileReference', line: 7, column: 149 }],
    },
    {
      code: `${CLIENT}export async function ask(fileId, text) {\n  let content;\n  if (fileId) content = [{ type: 'document', source: { type: 'file', file_id: fileId } }];\n  else content = [{ type: 'text', text }];\n  return client.messages.create({ ${PINNED}, messages: [{ role: 'user', content }] });\n}`,
      errors: [{ messageId: 'fileReference', line: 7, column: 124 }],
    },
  ],
});

runDual('value flow: tool lists chosen by a ternary, concat (no-web-search, no-code-execution)', noWebSearch, {
  valid: [
    `${CLIENT}export const ask = (cond) => client.messages.create({ ${PINNED}, messages: [], tools: cond ? [] : [{ name: 'lookup', input_schema: { type: 'object' } }] });`,
    `${CLIENT}const base = [];\nexport const ask = () => client.messages.create({ ${PINNED}, messages: [], tools: base.concat([${CODE}]) });`,
  ],
  invalid: [
    {
      code: `${CLIENT}export const ask = (cond) => client.messages.create({ ${PINNED}, messages: [], tools: cond ? [${SEARCH}] : [] });`,
      errors: [{ messageId: 'webTool', line: 3, column: 154 }],
    },
    {
      code: `${CLIENT}const base = [{ name: 'lookup', input_schema: { type: 'object' } }];\nexport const ask = () => client.messages.create({ ${PINNED}, messages: [], tools: base.concat(${SEARCH}) });`,
      errors: [{ messageId: 'webTool', line: 4, column: 154 }],
    },
    {
      code: `${CLIENT}export const ask = (research) => client.messages.create({ ${PINNED}, messages: [], tools: research && [${SEARCH}] });`,
      errors: [{ messageId: 'webTool', line: 3, column: 163 }],
    },
  ],
});

runDual('value flow: concat of tool lists (no-code-execution)', noCodeExecution, {
  valid: [`${CLIENT}const base = [${CODE}];\nexport const tools = base.concat([]);`],
  invalid: [
    {
      code: `${CLIENT}const base = [];\nexport const ask = () => client.messages.create({ ${PINNED}, messages: [], tools: base.concat([${CODE}]) });`,
      errors: [{ messageId: 'codeExecutionTool', line: 4, column: 155 }],
    },
  ],
});

runDual('value flow: Object.assign (no-context-management, no-mcp-connector)', noContextManagement, {
  valid: [
    `${CLIENT}const params = { ${PINNED}, messages: [] };\nObject.assign(params, { metadata: { user_id: 'u' } });\nawait client.beta.messages.create(params);`,
    // Assigned after the call: the request never saw it.
    `${CLIENT}const params = { ${PINNED}, messages: [] };\nawait client.beta.messages.create(params);\nObject.assign(params, { context_management: { edits: [] } });`,
  ],
  invalid: [
    {
      code: `${CLIENT}const params = { ${PINNED}, messages: [] };\nObject.assign(params, { context_management: { edits: [] } });\nawait client.beta.messages.create(params);`,
      errors: [{ messageId: 'contextManagement', line: 5, column: 35 }],
    },
    {
      code: `${CLIENT}const base = { ${PINNED} };\nconst extra = { messages: [], context_management: { edits: [] } };\nawait client.beta.messages.create(Object.assign({}, base, extra));`,
      errors: [{ messageId: 'contextManagement', line: 5, column: 59 }],
    },
  ],
});

runDual('value flow: Object.assign (no-mcp-connector)', noMcpConnector, {
  valid: [`${CLIENT}await client.beta.messages.create(Object.assign({}, { ${PINNED}, messages: [] }, { mcp_servers: [] }));`],
  invalid: [
    {
      code: `${CLIENT}await client.beta.messages.create(Object.assign({}, { ${PINNED}, messages: [] }, { mcp_servers: [${MCP}] }));`,
      errors: [{ messageId: 'mcpServers', line: 3, column: 135 }],
    },
  ],
});

runDual('value flow: params returned by a same-file builder (require-inference-geo)', requireInferenceGeo, {
  valid: [
    `${CLIENT}function buildParams(text) {\n  return { ${PINNED}, messages: [{ role: 'user', content: text }] };\n}\nexport const ask = (text) => client.messages.create(buildParams(text));`,
    `${CLIENT}class Service {\n  params(text) { return { ${PINNED}, messages: [{ role: 'user', content: text }] }; }\n  ask(text) { return client.messages.create(this.params(text)); }\n}`,
  ],
  invalid: [
    {
      code: `${CLIENT}function buildParams(text) {\n  return { model: 'claude-opus-4-6', max_tokens: 1, messages: [{ role: 'user', content: text }] };\n}\nexport const ask = (text) => client.messages.create(buildParams(text));`,
      errors: [
        {
          messageId: 'missingGeo',
          line: 6,
          column: 30,
          suggestions: [
            {
              messageId: 'addGeo',
              output: `${CLIENT}function buildParams(text) {\n  return { model: 'claude-opus-4-6', max_tokens: 1, messages: [{ role: 'user', content: text }], inference_geo: 'us' };\n}\nexport const ask = (text) => client.messages.create(buildParams(text));`,
            },
          ],
        },
      ],
    },
    {
      // Every return is a candidate: one without a geo is a finding.
      code: `${CLIENT}const buildParams = (text, pinned) => {\n  if (pinned) return { ${PINNED}, messages: [{ role: 'user', content: text }] };\n  return { model: 'claude-opus-4-6', max_tokens: 1, messages: [{ role: 'user', content: text }] };\n};\nexport const ask = (text) => client.messages.create(buildParams(text, false));`,
      errors: [{ messageId: 'missingGeo', line: 7, column: 30 }],
    },
    {
      code: `${CLIENT}class Service {\n  params(text) { return { model: 'claude-opus-4-6', max_tokens: 1, messages: [{ role: 'user', content: text }] }; }\n  ask(text) { return client.messages.create(this.params(text)); }\n}`,
      errors: [
        {
          messageId: 'missingGeo',
          line: 5,
          column: 22,
          suggestions: [
            {
              messageId: 'addGeo',
              output: `${CLIENT}class Service {\n  params(text) { return { model: 'claude-opus-4-6', max_tokens: 1, messages: [{ role: 'user', content: text }], inference_geo: 'us' }; }\n  ask(text) { return client.messages.create(this.params(text)); }\n}`,
            },
          ],
        },
      ],
    },
  ],
});

/** A request made inside a same-file helper, with the model each call passes. */
const ASK = `${CLIENT}function ask(model, text) {\n  return client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [{ role: 'user', content: text }] });\n}\n`;
/** A params builder whose result is sent by one call and only logged by another. */
const BUILD = `${CLIENT}function build(model) {\n  return { model, inference_geo: 'us', max_tokens: 1, messages: [] };\n}\n`;

runDual('value flow: the arguments of same-file helpers (no-disallowed-model)', noDisallowedModel, {
  valid: [
    `${ASK}await ask('claude-opus-4-6', 'a');\nawait ask('claude-sonnet-4-6', 'b');`,
    // A builder's argument counts only for the call whose result is sent.
    `${BUILD}await client.messages.create(build('claude-opus-4-6'));\nconsole.log(build('claude-fable-5'));`,
    // A helper that changes its parameter before the request sends what it wrote.
    `${CLIENT}function send(params) {\n  params.model = 'claude-opus-4-6';\n  return client.messages.create(params);\n}\nsend({ model: 'claude-fable-5', inference_geo: 'us', max_tokens: 1, messages: [] });`,
    `${CLIENT}function send(model) {\n  model = 'claude-opus-4-6';\n  return client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [] });\n}\nsend('claude-fable-5');`,
    // A result held in a const counts the call that made it, not the builder's other calls.
    `${BUILD}const params = build('claude-opus-4-6');\nconst shown = build('claude-fable-5');\nawait client.messages.create(params);`,
    // Held in a let that is assigned again, which call made it is not followed.
    `${BUILD}let params = build('claude-fable-5');\nparams = build('claude-opus-4-6');\nawait client.messages.create(params);`,
    // The same name on a function of its own is not the helper.
    `${ASK}function other(model) { return model; }\nother('claude-fable-5');`,
  ],
  invalid: [
    {
      // Each call makes the request: the refused model is reported where it is passed.
      code: `${ASK}await ask('claude-opus-4-6', 'a');\nawait ask('claude-fable-5', 'b');`,
      errors: [{ messageId: 'retentionModel', line: 7, column: 11 }],
    },
    {
      // Through a helper that forwards its own parameter, and from a call inside a callback.
      code: `${ASK}const review = (m) => ask(m, 'brief');\n['x'].forEach(() => review('claude-fable-5'));`,
      errors: [{ messageId: 'retentionModel', line: 7, column: 28 }],
    },
    {
      // An exported helper: the calls in this file are judged; other modules' are not known.
      code: `${CLIENT}export function ask(model) {\n  return client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [] });\n}\nask('claude-fable-5');`,
      errors: [{ messageId: 'retentionModel', line: 6, column: 5 }],
    },
    {
      code: `${CLIENT}export function ask(model) {\n  return client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [] });\n}\nask('claude-opus-4-6');`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', line: 4, column: 35 }],
    },
    {
      // The builder's argument in the call that is sent.
      code: `${BUILD}await client.messages.create(build('claude-opus-4-6'));\nawait client.messages.create(build('claude-fable-5'));`,
      errors: [{ messageId: 'retentionModel', line: 7, column: 36 }],
    },
    {
      // The call whose result a const holds, awaited or not.
      code: `${BUILD}const params = await build('claude-fable-5');\nawait client.messages.create(params);`,
      errors: [{ messageId: 'retentionModel', line: 6, column: 28 }],
    },
    {
      // A default that a call leaves in place is the model it sends.
      code: `${CLIENT}function ask(text, model = 'claude-fable-5') {\n  return client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [{ role: 'user', content: text }] });\n}\nask('a', 'claude-opus-4-6');\nask('b');`,
      errors: [{ messageId: 'retentionModel', line: 4, column: 35 }],
    },
  ],
});

/** A class whose methods make the request; `run` calls them through `this`. */
const SERVICE = (calls: string, ask = 'ask') =>
  `${CLIENT}class Triage {\n  ${ask}(model) {\n    return client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [] });\n  }\n  run() {\n${calls}\n  }\n}\nexport default Triage;`;

runDual('value flow: the arguments of methods called through this (no-disallowed-model)', noDisallowedModel, {
  valid: [
    SERVICE("    this.ask('claude-opus-4-6');", '#ask').replace("this.ask(", 'this.#ask('),
    // A nested function has a `this` of its own: its call is not the method's.
    SERVICE("    [1].forEach(function () { this.ask('claude-fable-5'); });", '#ask').replace('this.ask(', 'this.#ask('),
    // A public method may be called from anywhere: silent by default.
    SERVICE("    this.ask('claude-opus-4-6');"),
  ],
  invalid: [
    {
      // A private method: every call is in the class.
      code: SERVICE("    this.#ask('claude-opus-4-6');\n    [1].forEach(() => this.#ask('claude-fable-5'));", '#ask'),
      errors: [{ messageId: 'retentionModel', line: 9, column: 33 }],
    },
    {
      // A public method: the calls in the class are judged, and under strict the rest is unresolved.
      code: SERVICE("    this.ask('claude-fable-5');"),
      settings: REPORT_UNRESOLVED,
      errors: [
        { messageId: 'unresolvedValue', line: 5, column: 37 },
        { messageId: 'retentionModel', line: 8, column: 14 },
      ],
    },
  ],
});

runDual('value flow: the arguments of same-file helpers (require-inference-geo, no-context-management)', requireInferenceGeo, {
  valid: [
    `${CLIENT}function send(params) {\n  return client.messages.create(params);\n}\nsend({ ${PINNED}, messages: [] });`,
    `${CLIENT}function send(params) {\n  return client.messages.create({ ...params, inference_geo: 'us' });\n}\nsend({ model: 'claude-opus-4-6', max_tokens: 1, messages: [] });`,
    // Passed as a callback, the helper's callers are unknown: nothing is guessed.
    `${CLIENT}function send(params) {\n  return client.messages.create(params);\n}\nexport const sendAll = (list) => list.map(send);`,
  ],
  invalid: [
    {
      // A wrapper whose caller leaves the geo out: the suggestion goes where the params are written.
      code: `${CLIENT}function send(params) {\n  return client.messages.create(params);\n}\nsend({ model: 'claude-opus-4-6', max_tokens: 1, messages: [] });`,
      errors: [
        {
          messageId: 'missingGeo',
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'addGeo',
              output: `${CLIENT}function send(params) {\n  return client.messages.create(params);\n}\nsend({ model: 'claude-opus-4-6', max_tokens: 1, messages: [], inference_geo: 'us' });`,
            },
          ],
        },
      ],
    },
    {
      code: `${CLIENT}const ask = (text, geo) => client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1, messages: [{ role: 'user', content: text }], inference_geo: geo });\nask('a', 'us');\nask('b', 'eu');`,
      errors: [
        {
          messageId: 'disallowedGeo',
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'replaceGeo',
              output: `${CLIENT}const ask = (text, geo) => client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1, messages: [{ role: 'user', content: text }], inference_geo: geo });\nask('a', 'us');\nask('b', 'us');`,
            },
          ],
        },
      ],
    },
  ],
});

runDual('value flow: storing features a caller passes to a wrapper (no-context-management)', noContextManagement, {
  valid: [`${CLIENT}function send(params) {\n  return client.messages.create(params);\n}\nsend({ ${PINNED}, messages: [] });`],
  invalid: [
    {
      code: `${CLIENT}function send(params) {\n  return client.messages.create(params);\n}\nsend({ ${PINNED}, messages: [], context_management: { edits: [] } });`,
      errors: [{ messageId: 'contextManagement', line: 6, column: 84 }],
    },
  ],
});

runDual('value flow: enums, for...of, branches and switches (no-disallowed-model)', noDisallowedModel, {
  valid: [
    { code: `${CLIENT}enum Model { Review = 'claude-opus-4-6', Draft = 'claude-sonnet-4-6' }\nawait client.messages.create({ model: Model.Review, inference_geo: 'us', max_tokens: 1, messages: [] });`, tsOnly: true },
    `${CLIENT}for (const model of ['claude-opus-4-6', 'claude-sonnet-4-6']) {\n  await client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [] });\n}`,
    // A loop over a list that is not Claude's: nothing reaches a request.
    `${CLIENT}for (const model of ['claude-fable-5']) console.log(model);`,
  ],
  invalid: [
    {
      code: `${CLIENT}enum Model { Review = 'claude-fable-5', Draft = 'claude-opus-4-6' }\nawait client.messages.create({ model: Model.Review, inference_geo: 'us', max_tokens: 1, messages: [] });`,
      tsOnly: true,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'messages.create', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' }, line: 4, column: 39 }],
    },
    {
      code: `${CLIENT}for (const model of ['claude-opus-4-6', 'claude-mythos-5']) {\n  await client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [] });\n}`,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-mythos-5', place: 'messages.create', label: 'Mythos (Covered Model)', reason: 'which requires limited data retention and safety review, outside Zero Data Retention' }, line: 4, column: 34 }],
    },
    {
      code: `${CLIENT}export function ask(kind) {\n  let model = 'claude-opus-4-6';\n  switch (kind) {\n    case 'draft':\n      model = 'claude-fable-5';\n      break;\n    default:\n      break;\n  }\n  return client.messages.create({ model, inference_geo: 'us', max_tokens: 1, messages: [] });\n}`,
      errors: [{ messageId: 'retentionModel', line: 12, column: 35 }],
    },
    {
      code: `${CLIENT}const MODELS = { review: 'claude-opus-4-6', draft: 'claude-fable-5' };\nawait client.messages.create({ model: MODELS.draft, inference_geo: 'us', max_tokens: 1, messages: [] });`,
      errors: [{ messageId: 'retentionModel', line: 4, column: 39 }],
    },
  ],
});

runDual('value flow: anthropic-beta headers built from parts (no-files-api)', noFilesApi, {
  valid: [`${CLIENT}const FLAGS = ['interleaved-thinking-2025-05-14'];\nawait client.messages.create({ ${PINNED}, messages: [] }, { headers: { 'anthropic-beta': FLAGS.join(',') } });`],
  invalid: [
    {
      code: `${CLIENT}const FLAGS = ['interleaved-thinking-2025-05-14', 'files-api-2025-04-14'];\nawait client.messages.create({ ${PINNED}, messages: [] }, { headers: { 'anthropic-beta': FLAGS.join(',') } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'files-api-2025-04-14' }, line: 4, column: 141 }],
    },
    {
      code: `${CLIENT}const FEATURE = 'files-api';\nconst DATE = '2025-04-14';\nawait client.messages.create({ ${PINNED}, messages: [] }, { headers: { 'anthropic-beta': \`\${FEATURE}-\${DATE}\` } });`,
      errors: [{ messageId: 'betaFlag', data: { flag: 'files-api-2025-04-14' }, line: 5, column: 141 }],
    },
  ],
});

runDual('value flow: keys that exist only for a storing feature (no-code-execution)', noCodeExecution, {
  valid: [
    `${CLIENT}export const ask = () => client.messages.create({ ${PINNED}, messages: [], container: null });`,
    `${CLIENT}export const ask = (last) => client.messages.create({ ${PINNED}, messages: [], ...(last ? {} : {}) });`,
  ],
  invalid: [
    {
      code: `${CLIENT}export const ask = (containerId) => client.messages.create({ ${PINNED}, messages: [], container: containerId });`,
      errors: [{ messageId: 'containerReuse', line: 3, column: 149 }],
    },
    {
      code: `${CLIENT}export async function again(first) {\n  return client.messages.create({ ${PINNED}, messages: [], container: first.container?.id });\n}`,
      errors: [{ messageId: 'containerReuse', line: 4, column: 122 }],
    },
    {
      // A conditional spread: one branch reuses a sandbox.
      code: `${CLIENT}export const ask = (id) => client.messages.create({ ${PINNED}, messages: [], ...(id ? { container: id } : {}) });`,
      errors: [{ messageId: 'containerReuse', line: 3, column: 129 }],
    },
  ],
});

runDual('value flow: bounded, deterministic reads (require-inference-geo)', requireInferenceGeo, {
  valid: [
    // A chain of aliases longer than the analysis follows is unresolved, silent by default.
    `${CLIENT}const g0 = 'global';\n${Array.from({ length: 200 }, (_, i) => `const g${i + 1} = g${i};`).join('\n')}\nawait client.messages.create({ ${"model: 'claude-opus-4-6', max_tokens: 1"}, messages: [], inference_geo: g200 });`,
  ],
  invalid: [
    {
      code: `${CLIENT}const g0 = 'global';\n${Array.from({ length: 200 }, (_, i) => `const g${i + 1} = g${i};`).join('\n')}\nawait client.messages.create({ ${"model: 'claude-opus-4-6', max_tokens: 1"}, messages: [], inference_geo: g200 });`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue', data: { checks: 'the inference geo', part: 'the `inference_geo` of `messages.create`' } }],
    },
    {
      // A short chain is read.
      code: `${CLIENT}const g0 = 'global';\n${Array.from({ length: 8 }, (_, i) => `const g${i + 1} = g${i};`).join('\n')}\nawait client.messages.create({ ${"model: 'claude-opus-4-6', max_tokens: 1"}, messages: [], inference_geo: g8 });`,
      errors: [{ messageId: 'disallowedGeo', data: { key: 'inference_geo', geo: '"global"', call: 'messages.create', allowed: '"us"' }, suggestions: [{ messageId: 'replaceGeo', output: `${CLIENT}const g0 = 'global';\n${Array.from({ length: 8 }, (_, i) => `const g${i + 1} = g${i};`).join('\n')}\nawait client.messages.create({ ${"model: 'claude-opus-4-6', max_tokens: 1"}, messages: [], inference_geo: 'us' });` }] }],
    },
  ],
});
