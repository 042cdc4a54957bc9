import noBatchesApi from '../../src/rules/no-batches-api.js';
import noBrowserClient from '../../src/rules/no-browser-client.js';
import noContextManagement from '../../src/rules/no-context-management.js';
import noDisallowedModel from '../../src/rules/no-disallowed-model.js';
import noFilesApi from '../../src/rules/no-files-api.js';
import noSkillsApi from '../../src/rules/no-skills-api.js';
import noWebSearch from '../../src/rules/no-web-search.js';
import requireInferenceGeo from '../../src/rules/require-inference-geo.js';
import {
  projectFile,
  TYPE_AWARE_REPORT_UNRESOLVED,
  typedTester,
  UNTYPED,
} from '../support/typed-rule-tester.js';

// Every invalid case here is also a valid case with typeAware off: the findings come from types alone.

typedTester.run('typed: an exported singleton', noFilesApi, {
  valid: [{ ...projectFile('src/uses-singleton.ts'), settings: UNTYPED }],
  invalid: [
    { ...projectFile('src/uses-singleton.ts'), errors: [{ messageId: 'surfaceCall', data: { call: 'files.upload', surface: 'the Files API' }, line: 4 }] },
  ],
});

typedTester.run('typed: a client injected through a constructor', noBatchesApi, {
  valid: [{ ...projectFile('src/injected.ts'), settings: UNTYPED }],
  invalid: [
    { ...projectFile('src/injected.ts'), errors: [{ messageId: 'surfaceCall', data: { call: 'messages.batches.list', surface: 'the Message Batches API' }, line: 7 }] },
  ],
});

typedTester.run('typed: a wrapper method returning a resource', noFilesApi, {
  valid: [{ ...projectFile('src/wrapped.ts'), settings: UNTYPED }],
  invalid: [
    { ...projectFile('src/wrapped.ts'), errors: [{ messageId: 'surfaceCall', data: { call: 'beta.files.upload', surface: 'the Files API' }, line: 7 }] },
  ],
});

typedTester.run('typed: a client field inherited from a base class in another module', noSkillsApi, {
  valid: [{ ...projectFile('src/inherited.ts'), settings: UNTYPED }],
  invalid: [
    { ...projectFile('src/inherited.ts'), errors: [{ messageId: 'surfaceCall', data: { call: 'skills.list', surface: 'the Skills API' }, line: 5 }] },
  ],
});

typedTester.run('typed: params imported from another module', noContextManagement, {
  valid: [{ ...projectFile('src/imported-params.ts'), settings: UNTYPED }],
  invalid: [
    {
      ...projectFile('src/imported-params.ts'),
      // The plain params (line 6) are read from their type too: nothing unresolved is left to report.
      settings: TYPE_AWARE_REPORT_UNRESOLVED,
      errors: [{ messageId: 'contextManagement', data: { call: 'beta.messages.create', key: 'context_management' }, line: 5, column: 34 }],
    },
  ],
});

typedTester.run('typed: an `as const` tuple of server tools from another module', noWebSearch, {
  valid: [{ ...projectFile('src/imported-params.ts'), settings: UNTYPED }],
  invalid: [
    {
      ...projectFile('src/imported-params.ts'),
      errors: [{ messageId: 'webTool', data: { type: 'web_search_20250305', tool: 'web search' }, line: 7 }],
    },
  ],
});

typedTester.run('typed: traps stay silent', noFilesApi, {
  valid: [projectFile('src/traps.ts'), { ...projectFile('src/traps.ts'), settings: TYPE_AWARE_REPORT_UNRESOLVED }],
  invalid: [],
});

typedTester.run('typed: a tool const from another module; a ToolUnion[] only may hold server tools', noWebSearch, {
  valid: [{ ...projectFile('src/tool-consts.ts'), settings: UNTYPED }],
  invalid: [
    {
      ...projectFile('src/tool-consts.ts'),
      errors: [{ messageId: 'webTool', data: { type: 'web_fetch_20250910', tool: 'web fetch' }, line: 8 }],
    },
    {
      ...projectFile('src/tool-consts.ts'),
      settings: TYPE_AWARE_REPORT_UNRESOLVED,
      errors: [
        { messageId: 'webTool', line: 8 },
        { messageId: 'unresolvedValue', line: 9 },
      ],
    },
  ],
});

typedTester.run('typed: a literal-typed const from another module', noBrowserClient, {
  valid: [{ ...projectFile('src/browser.ts'), settings: UNTYPED }],
  invalid: [{ ...projectFile('src/browser.ts'), errors: [{ messageId: 'browserClient', line: 4 }] }],
});

typedTester.run('typed: re-exports, aliases, generics and unions with undefined', noFilesApi, {
  valid: [{ ...projectFile('src/type-shapes.ts'), settings: UNTYPED }],
  invalid: [
    {
      ...projectFile('src/type-shapes.ts'),
      errors: [
        { messageId: 'surfaceCall', line: 4 },
        { messageId: 'surfaceCall', line: 5 },
        { messageId: 'surfaceCall', line: 6 },
      ],
    },
  ],
});

typedTester.run('typed: model ids read from an `as const` object of another module', noDisallowedModel, {
  valid: [{ ...projectFile('src/review.ts'), settings: UNTYPED }],
  invalid: [{ ...projectFile('src/review.ts'), errors: [{ messageId: 'retentionModel', data: { model: 'claude-fable-5', place: 'messages.create', label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' }, line: 7 }] }],
});

typedTester.run('typed: a request whose model comes from another module still needs a geo', requireInferenceGeo, {
  valid: [{ ...projectFile('src/review.ts'), settings: UNTYPED }],
  invalid: [
    {
      ...projectFile('src/review.ts'),
      errors: [{ messageId: 'missingGeo', line: 6, suggestions: [{ messageId: 'addGeo', output: projectFile('src/review.ts').code.replace("max_tokens: 1024, messages: [{ role: 'user', content: text }] });\n  return", "max_tokens: 1024, messages: [{ role: 'user', content: text }], inference_geo: 'us' });\n  return") }] }],
    },
    {
      // Without types, the client of `./client` is recognised when the project lists that module (a glob).
      ...projectFile('src/review.ts'),
      settings: { 'claude-zdr': { typeAware: false, clientModules: ['**/typed/app/src/client.ts'] } },
      errors: [{ messageId: 'missingGeo', line: 6, suggestions: [{ messageId: 'addGeo', output: projectFile('src/review.ts').code.replace("max_tokens: 1024, messages: [{ role: 'user', content: text }] });\n  return", "max_tokens: 1024, messages: [{ role: 'user', content: text }], inference_geo: 'us' });\n  return") }] }],
    },
  ],
});
