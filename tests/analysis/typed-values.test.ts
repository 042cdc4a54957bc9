import { ESLintUtils } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import * as espree from 'espree';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { getFileAnalysis } from '../../src/analysis/index.js';
import { projectFile, TYPE_AWARE, typedTester, UNTYPED } from '../support/typed-rule-tester.js';

/** Reports what the analysis knows of each Messages call's `inference_geo`, for value rules to build on. */
const geoProbe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', messages: { geo: '{{geo}}' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return {
      Program() {
        const { calls, tools } = getFileAnalysis(context);
        for (const call of calls) {
          const body = call.node.arguments[0];
          if (!call.messageEndpoint || !body || !tools) continue;
          const shape = tools.shapes.object(body, call.node.range[0]);
          let geo: string;
          if (shape) {
            const found = tools.shapes.lookup(shape, 'inference_geo');
            const [write] = found.writes;
            geo = found.unknown ? 'unknown' : write ? `value:${String(tools.statics.value(write.value)?.value ?? 'unresolved')}` : 'absent';
          } else {
            const found = tools.types?.propertyOf(body, 'inference_geo');
            geo = found?.status === 'present' ? `type:${tools.types!.stringLiteralOf(found.type) ?? 'unresolved'}` : (found?.status ?? 'unknown');
          }
          context.report({ node: call.node, messageId: 'geo', data: { geo } });
        }
      },
    };
  },
});

typedTester.run('typed: inference_geo read from params types and literal types', geoProbe, {
  valid: [{ ...projectFile('src/geo-params.ts'), settings: UNTYPED }],
  invalid: [
    {
      ...projectFile('src/geo-params.ts'),
      errors: [
        // A params type that pins `inference_geo: "us"`.
        { messageId: 'geo', data: { geo: 'type:us' }, line: 8 },
        // Typed as a plain string: unresolved, not compliant.
        { messageId: 'geo', data: { geo: 'type:unresolved' }, line: 9 },
        // A const exported from another module is read through its literal type.
        { messageId: 'geo', data: { geo: 'value:us' }, line: 10 },
      ],
    },
  ],
});

describe('typeAware without type information', () => {
  const code = "import Anthropic from '@anthropic-ai/sdk';\nnew Anthropic().files.list();\n";
  const config = (languageOptions: Linter.Config['languageOptions'], settings: Record<string, unknown>): Linter.Config[] => [
    {
      files: ['**/*.js', '**/*.ts'],
      plugins: { 'claude-zdr': plugin as never },
      rules: { 'claude-zdr/no-files-api': 'error' },
      languageOptions,
      settings,
    },
  ];

  it('fails with a message naming the setting and the parser option, whatever the parser', () => {
    const linter = new Linter();
    const expected = /settings\["claude-zdr"\]\.typeAware is true.*parserOptions\.projectService/s;
    expect(() => linter.verify(code, config({ parser: espree as never }, TYPE_AWARE), 'file.js')).toThrow(expected);
    expect(() => linter.verify(code, config({ parser: tsParser as never }, TYPE_AWARE), 'file.ts')).toThrow(expected);
    // Even a file that could never call Claude: the set-up is wrong, not the file.
    expect(() => linter.verify('export {};\n', config({ parser: espree as never }, TYPE_AWARE), 'file.js')).toThrow(expected);
  });

  it('never needs types with typeAware off', () => {
    const linter = new Linter();
    const messages = linter.verify(code, config({ parser: espree as never }, UNTYPED), 'file.js');
    expect(messages.map((m) => m.ruleId)).toEqual(['claude-zdr/no-files-api']);
  });
});
