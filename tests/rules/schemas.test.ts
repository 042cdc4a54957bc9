import { type ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';

const CODE = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.batches.delete('b');\n";

/** Lints CODE with real ESLint and a flat config holding one rule entry and optional settings. */
function lint(ruleEntry: Linter.RuleEntry, ruleId: string, settings?: Record<string, unknown>, code = CODE) {
  const linter = new Linter();
  const config: Linter.Config = {
    plugins: { 'claude-zdr': plugin as unknown as ESLint.Plugin },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: { [`claude-zdr/${ruleId}`]: ruleEntry },
    ...(settings ? { settings } : {}),
  };
  return linter.verify(code, config, 'file.js');
}

/** The error ESLint throws for this config (fails the test when it does not throw). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected ESLint to throw');
}

describe('rule option schemas, validated by real ESLint', () => {
  it('accepts valid options and applies them', () => {
    expect(lint(['error', { allowMethods: ['delete'] }], 'no-batches-api')).toEqual([]);
    expect(lint(['error', { allowMethods: ['cancel'] }], 'no-batches-api').map((m) => m.messageId)).toEqual(['surfaceCall']);
    expect(lint(['error', { allow: ['beta.agents', 'interleaved-thinking-*'] }], 'no-beta-api')).toEqual([]);
    const bedrock = "import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nnew AnthropicBedrock();\n";
    expect(lint(['error', { allow: ['bedrock'] }], 'no-third-party-platform', undefined, bedrock)).toEqual([]);
    expect(lint(['error', { allow: ['vertex'] }], 'no-third-party-platform', undefined, bedrock).map((m) => m.messageId)).toEqual([
      'platformClient',
    ]);
    expect(lint(['error', {}], 'no-batches-api').map((m) => m.messageId)).toEqual(['surfaceCall']);
  });

  const cases: { rule: string; name: string; options: unknown; expected: RegExp[] }[] = [
    // no-batches-api: allowMethods
    {
      rule: 'no-batches-api',
      name: 'allowMethods of the wrong type',
      options: { allowMethods: 'delete' },
      expected: [/Key "claude-zdr\/no-batches-api"/, /Value "delete" should be array/],
    },
    {
      rule: 'no-batches-api',
      name: 'allowMethods with an unknown method',
      options: { allowMethods: ['delete', 'purge'] },
      expected: [/Key "claude-zdr\/no-batches-api"/, /Value "purge" should be equal to one of the allowed values/],
    },
    {
      rule: 'no-batches-api',
      name: 'allowMethods with a repeated method',
      options: { allowMethods: ['delete', 'delete'] },
      expected: [/Key "claude-zdr\/no-batches-api"/, /should NOT have duplicate items/],
    },
    {
      rule: 'no-batches-api',
      name: 'an unknown property',
      options: { allowMethod: ['delete'] },
      expected: [/Key "claude-zdr\/no-batches-api"/, /Unexpected property "allowMethod"\. Expected properties: "allowMethods"/],
    },
    {
      rule: 'no-batches-api',
      name: 'options that are not an object',
      options: ['delete'],
      expected: [/Key "claude-zdr\/no-batches-api"/, /Value \["delete"\] should be object/],
    },
    // no-beta-api: allow
    {
      rule: 'no-beta-api',
      name: 'allow of the wrong type',
      options: { allow: 'beta.agents' },
      expected: [/Key "claude-zdr\/no-beta-api"/, /Value "beta\.agents" should be array/],
    },
    {
      rule: 'no-beta-api',
      name: 'allow with a non-string entry',
      options: { allow: [42] },
      expected: [/Key "claude-zdr\/no-beta-api"/, /Value 42 should be string/],
    },
    {
      rule: 'no-beta-api',
      name: 'allow with an empty pattern',
      options: { allow: [''] },
      expected: [/Key "claude-zdr\/no-beta-api"/, /Value "" should NOT be shorter than 1 characters/],
    },
    {
      rule: 'no-beta-api',
      name: 'an unknown property',
      options: { allowed: ['beta.agents'] },
      expected: [/Key "claude-zdr\/no-beta-api"/, /Unexpected property "allowed"\. Expected properties: "allow"/],
    },
    // require-inference-geo: allowed takes the geos the API knows, spelt as it spells them
    {
      rule: 'require-inference-geo',
      name: 'allowed with an upper-case geo',
      options: { allowed: ['US'] },
      expected: [/Key "claude-zdr\/require-inference-geo"/, /Value "US" should be equal to one of the allowed values/],
    },
    // no-third-party-platform: allow
    {
      rule: 'no-third-party-platform',
      name: 'allow of the wrong type',
      options: { allow: 'bedrock' },
      expected: [/Key "claude-zdr\/no-third-party-platform"/, /Value "bedrock" should be array/],
    },
    {
      rule: 'no-third-party-platform',
      name: 'allow with an unknown platform',
      options: { allow: ['bedrock', 'azure'] },
      expected: [/Key "claude-zdr\/no-third-party-platform"/, /Value "azure" should be equal to one of the allowed values/],
    },
    {
      rule: 'no-third-party-platform',
      name: 'an unknown property',
      options: { platforms: ['bedrock'] },
      expected: [/Key "claude-zdr\/no-third-party-platform"/, /Unexpected property "platforms"\. Expected properties: "allow"/],
    },
  ];

  for (const { rule, name, options, expected } of cases) {
    it(`${rule}: rejects ${name}`, () => {
      const error = thrown(() => lint(['error', options as never], rule));
      for (const pattern of expected) expect(error.message).toMatch(pattern);
    });
  }

  // Every rule without options rejects any.
  const optionless = Object.entries(rules).filter(([, rule]) => Array.isArray(rule.meta.schema) && rule.meta.schema.length === 0);
  it('has rules without options to check', () => {
    expect(optionless.map(([id]) => id)).toEqual(expect.arrayContaining(['no-files-api', 'no-skills-api', 'no-browser-client']));
  });
  for (const [id] of optionless) {
    it(`${id}: rejects options it does not take`, () => {
      const error = thrown(() => lint(['error', { allow: ['x'] } as never], id));
      expect(error.message).toMatch(new RegExp(`Key "claude-zdr/${id}"`));
      expect(error.message).toMatch(/should NOT have more than 0 items/);
    });
  }
});

// settings["claude-zdr"] and the glob options that must compile: tests/settings.test.ts.

describe('the settings rules: option schemas and shared settings, validated by real ESLint on JSON', () => {
  const lintJson = (rule: string, entry: Linter.RuleEntry, code = '{ "model": "fable" }', settings?: Record<string, unknown>) =>
    new Linter().verify(
      code,
      [{ ...(plugin.configs['claude-code'] as unknown as Linter.Config), rules: { [`claude-zdr/${rule}`]: entry }, ...(settings ? { settings } : {}) }],
      '.claude/settings.json',
    );

  it('accepts valid options and applies them', () => {
    expect(lintJson('claude-code-settings-model', ['error', { allow: ['fable'], deny: [], checkDeprecated: false }])).toEqual([]);
    expect(lintJson('claude-code-settings-platform', ['error', { allow: ['vertex'] }], '{ "env": { "CLAUDE_CODE_USE_VERTEX": "1" } }')).toEqual([]);
    expect(lintJson('claude-code-settings-privacy', ['error', { requiredEnv: [], maxCleanupPeriodDays: 30 }])).toEqual([]);
    expect(lintJson('claude-code-settings-mcp', ['error', { allow: ['vendor', 'https://mcp.vendor.example/**'] }])).toEqual([]);
  });

  const cases: { rule: string; name: string; options: unknown; expected: RegExp[] }[] = [
    { rule: 'claude-code-settings-model', name: 'allow of the wrong type', options: { allow: 'fable' }, expected: [/Key "claude-zdr\/claude-code-settings-model"/, /should be array/] },
    { rule: 'claude-code-settings-model', name: 'an unknown property', options: { allowed: [] }, expected: [/Unexpected property "allowed"/] },
    { rule: 'claude-code-settings-platform', name: 'an unknown platform', options: { allow: ['openrouter'] }, expected: [/Key "claude-zdr\/claude-code-settings-platform"/, /Value "openrouter" should be equal to one of the allowed values/] },
    { rule: 'claude-code-settings-privacy', name: 'a negative bound', options: { maxCleanupPeriodDays: -1 }, expected: [/Key "claude-zdr\/claude-code-settings-privacy"/, /should be >= 0/] },
    { rule: 'claude-code-settings-privacy', name: 'a fractional bound', options: { maxCleanupPeriodDays: 1.5 }, expected: [/should be integer/] },
    { rule: 'claude-code-settings-privacy', name: 'a variable that is not a name', options: { requiredEnv: ['DISABLE TELEMETRY'] }, expected: [/should match pattern/] },
    { rule: 'claude-code-settings-privacy', name: 'a repeated variable', options: { requiredEnv: ['A', 'A'] }, expected: [/should NOT have duplicate items/] },
    { rule: 'claude-code-settings-mcp', name: 'an empty allow entry', options: { allow: [''] }, expected: [/Key "claude-zdr\/claude-code-settings-mcp"/, /must NOT have fewer than 1 characters|should NOT be shorter than 1 characters/] },
  ];

  for (const { rule, name, options, expected } of cases) {
    it(`${rule} rejects ${name}`, () => {
      const error = thrown(() => lintJson(rule, ['error', options]));
      for (const pattern of expected) expect(error.message).toMatch(pattern);
    });
  }

  it('checks settings["claude-zdr"] even in a settings file with nothing to report', () => {
    const error = thrown(() => lintJson('claude-code-settings-mcp', 'error', '{}', { 'claude-zdr': { models: { allow: 'opus' } } }));
    expect(error.message).toContain('settings["claude-zdr"].models.allow must be an array of strings, not "opus".');
  });
});
