import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const CODE = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.create({ model: 'claude-fable-5', max_tokens: 1, messages: [] });\n";

function lint(rules: Linter.RulesRecord): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(CODE, [{ plugins: { 'claude-zdr': plugin as unknown as ESLint.Plugin }, rules }], 'file.js');
}

describe('profiles', () => {
  it('recommended is zdr plus us-residency', () => {
    const { zdr, 'us-residency': us, recommended } = plugin.configs;
    expect(us.rules['claude-zdr/require-inference-geo']).toBe('error');
    expect(zdr.rules['claude-zdr/no-disallowed-model']).toBe('error');
    const on = (rules: Record<string, unknown>) => Object.entries(rules).filter(([, s]) => s !== 'off');
    expect(Object.fromEntries(on(recommended.rules))).toEqual({ ...Object.fromEntries(on(zdr.rules)), ...Object.fromEntries(on(us.rules)) });
    expect(plugin.configs['legacy-recommended'].rules).toEqual(recommended.rules);
  });
});

describe('option schemas', () => {
  it.each([
    ['require-inference-geo', [{ allowed: [] }]],
    ['require-inference-geo', [{ allowed: ['us'], requireLiteral: 'yes' }]],
    ['require-inference-geo', [{ region: 'us' }]],
    ['no-disallowed-model', [{ allow: 'claude-*' }]],
    ['no-disallowed-model', [{ checkDeprecated: 1 }]],
    ['no-disallowed-model', [{ block: [] }]],
  ])('%s rejects %j with ESLint validation', (rule, options) => {
    expect(() => lint({ [`claude-zdr/${rule}`]: ['error', ...options] })).toThrow(/Key "rules": Key "claude-zdr\//);
  });

  it('accepts the documented options', () => {
    const messages = lint({
      'claude-zdr/require-inference-geo': ['error', { allowed: ['us'], requireLiteral: true }],
      'claude-zdr/no-disallowed-model': ['error', { allow: [], deny: ['claude-3-*'], checkDeprecated: false }],
    });
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['claude-zdr/no-disallowed-model', 'claude-zdr/require-inference-geo']);
  });
});
