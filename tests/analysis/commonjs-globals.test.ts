import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule from '../../src/rules/no-files-api.js';

// With `sourceType: "commonjs"` (or a node globals preset) ESLint declares `require` as a global
// variable: it resolves to a variable without a definition, which is still Node's require.
const code = "const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.files.list();";
const errors = [{ messageId: 'surfaceCall' as const, line: 3 }];

new RuleTester({ languageOptions: { parser: espree as never, sourceType: 'commonjs', parserOptions: { ecmaVersion: 'latest' } as never } }).run(
  'require as a CommonJS global (espree)',
  rule,
  {
    valid: [
      // A require declared in the file is not Node's.
      "function require(name) { return { files: { list() {} } }; }\nconst client = require('@anthropic-ai/sdk');\nclient.files.list();",
    ],
    invalid: [{ code, errors }],
  },
);

new RuleTester({ languageOptions: { sourceType: 'module', globals: { require: 'readonly' } } }).run('require as a declared global (TypeScript parser)', rule, {
  valid: [],
  invalid: [{ code, filename: 'file.ts', errors }],
});
