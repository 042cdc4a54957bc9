import { RETENTION_CLASSES } from '../../src/policy/models.js';
import rule from '../../src/rules/claude-code-settings-model.js';
import { asEslintRule, jsoncTester, jsonTester, LOCAL_SETTINGS, MANAGED_SETTINGS, MCP, SETTINGS } from '../support/json-rule-tester.js';

const retention = (model: string, place: string, line = 1) => ({ messageId: 'retentionModel', line, data: { model, place, ...RETENTION_CLASSES.fable } });

jsonTester.run('claude-code-settings-model', asEslintRule(rule), {
  valid: [
    // Aliases: `best` resolves to Opus for ZDR organisations; the others are not retention classes.
    ...['opus', 'sonnet', 'haiku', 'best', 'default', 'opusplan', 'sonnet[1m]', 'opus[1m]', 'Opus'].map((model) => ({
      code: `{ "model": "${model}" }`,
      filename: SETTINGS,
    })),
    // Ids, short versions and provider spellings of models available under ZDR.
    { code: '{ "model": "claude-opus-4-6[1m]", "advisorModel": "claude-opus-4-7" }', filename: SETTINGS },
    { code: '{ "availableModels": ["opus", "sonnet", "opus-4-6", "claude-haiku-4-5"] }', filename: SETTINGS },
    { code: '{ "fallbackModel": ["sonnet", "claude-opus-4-6"] }', filename: SETTINGS },
    { code: '{ "fallbackModel": "sonnet,claude-opus-4-6" }', filename: SETTINGS },
    { code: '{ "env": { "ANTHROPIC_MODEL": "us.anthropic.claude-opus-4-6-v1", "ANTHROPIC_DEFAULT_HAIKU_MODEL": "claude-haiku-4-5" } }', filename: SETTINGS },
    // A deny list is the opposite of choosing a model.
    { code: '{ "deniedModels": ["fable", "claude-fable-5"] }', filename: SETTINGS },
    // Env vars that are not model vars, and empty values, name no model.
    { code: '{ "env": { "MY_MODEL": "claude-fable-5", "ANTHROPIC_MODEL": "" } }', filename: SETTINGS },
    // Wrong value types are skipped, never a crash.
    { code: '{ "model": 5, "fallbackModel": [1, null, {}], "availableModels": "opus", "advisorModel": false, "env": { "ANTHROPIC_MODEL": 3 } }', filename: SETTINGS },
    { code: '{ "env": ["ANTHROPIC_MODEL=claude-fable-5"] }', filename: SETTINGS },
    { code: '["fable"]', filename: SETTINGS },
    { code: '"fable"', filename: SETTINGS },
    // The last of duplicate keys is the one Claude Code reads.
    { code: '{ "model": "fable", "model": "opus" }', filename: SETTINGS },
    // An MCP config names no model for Claude Code.
    { code: '{ "model": "fable", "mcpServers": {} }', filename: MCP },
    // Options: an allow pattern naming the class opts into it; aliases are permitted by name.
    { code: '{ "model": "fable" }', filename: SETTINGS, options: [{ allow: ['fable'] }] },
    { code: '{ "model": "claude-fable-5" }', filename: SETTINGS, options: [{ allow: ['claude-fable-*'] }] },
    { code: '{ "model": "opus", "availableModels": ["claude-opus-4-6"] }', filename: SETTINGS, options: [{ allow: ['opus', 'claude-opus-4-*'] }] },
    { code: '{ "model": "opus" }', filename: SETTINGS, settings: { 'claude-zdr': { models: { allow: ['opus'] } } } },
    { code: '{ "model": "claude-sonnet-4-5" }', filename: SETTINGS, options: [{ checkDeprecated: false }] },
  ],
  invalid: [
    { code: '{ "model": "fable" }', filename: SETTINGS, errors: [{ ...retention('fable', 'model'), column: 3, endColumn: 19 }] },
    { code: '{ "model": "fable[1m]" }', filename: SETTINGS, errors: [retention('fable[1m]', 'model')] },
    { code: '{ "model": "claude-fable-5-2" }', filename: SETTINGS, errors: [retention('claude-fable-5-2', 'model')] },
    {
      code: '{ "model": "claude-mythos-5" }',
      filename: SETTINGS,
      errors: [{ messageId: 'retentionModel', data: { model: 'claude-mythos-5', place: 'model', ...RETENTION_CLASSES.mythos } }],
    },
    // A broad allow pattern does not opt into a retention class.
    { code: '{ "model": "claude-fable-5" }', filename: SETTINGS, options: [{ allow: ['claude-*'] }], errors: [retention('claude-fable-5', 'model')] },
    // Lists: each element where it is written.
    {
      code: '{\n  "fallbackModel": ["opus", "fable"]\n}',
      filename: SETTINGS,
      errors: [{ ...retention('fable', 'fallbackModel[1]', 2), column: 29 }],
    },
    { code: '{ "fallbackModel": "opus, fable" }', filename: SETTINGS, errors: [retention('fable', 'fallbackModel')] },
    { code: '{ "availableModels": ["opus", "fable-5"] }', filename: SETTINGS, errors: [retention('fable-5', 'availableModels[1]')] },
    { code: '{ "advisorModel": "fable" }', filename: SETTINGS, errors: [retention('fable', 'advisorModel')] },
    // Every model env var.
    ...[
      'ANTHROPIC_MODEL',
      'ANTHROPIC_SMALL_FAST_MODEL',
      'ANTHROPIC_DEFAULT_OPUS_MODEL',
      'ANTHROPIC_DEFAULT_SONNET_MODEL',
      'ANTHROPIC_DEFAULT_HAIKU_MODEL',
      'ANTHROPIC_DEFAULT_FABLE_MODEL',
      'CLAUDE_CODE_SUBAGENT_MODEL',
    ].map((name) => ({
      code: `{ "env": { "${name}": "claude-fable-5-1" } }`,
      filename: SETTINGS,
      errors: [{ ...retention('claude-fable-5-1', `env.${name}`), column: 12 }],
    })),
    // Every settings file Claude Code reads.
    { code: '{ "model": "fable" }', filename: LOCAL_SETTINGS, errors: [retention('fable', 'model')] },
    { code: '{ "model": "fable" }', filename: MANAGED_SETTINGS, errors: [retention('fable', 'model')] },
    { code: '{ "model": "fable" }', filename: 'deploy/ClaudeCode/managed-settings.d/10-models.json', errors: [retention('fable', 'model')] },
    // The effective one of duplicate keys.
    { code: '{ "model": "opus", "model": "fable" }', filename: SETTINGS, errors: [{ ...retention('fable', 'model'), column: 20 }] },
    // deny: ids and aliases, from the option and the shared settings.
    {
      code: '{ "model": "claude-sonnet-4-6" }',
      filename: SETTINGS,
      options: [{ deny: ['claude-sonnet-*'] }],
      errors: [{ messageId: 'deniedModel', data: { model: 'claude-sonnet-4-6', place: 'model', pattern: 'claude-sonnet-*' } }],
    },
    {
      code: '{ "model": "haiku" }',
      filename: SETTINGS,
      settings: { 'claude-zdr': { models: { deny: ['haiku'] } } },
      errors: [{ messageId: 'deniedModel', data: { model: 'haiku', place: 'model', pattern: 'haiku' } }],
    },
    // allow: an id outside it, and an alias, which names no fixed model.
    {
      code: '{ "model": "claude-sonnet-4-6", "availableModels": ["opus"] }',
      filename: SETTINGS,
      options: [{ allow: ['claude-opus-4-*'] }],
      errors: [
        { messageId: 'notAllowedModel', data: { model: 'claude-sonnet-4-6', place: 'model', allowed: 'claude-opus-4-*' } },
        { messageId: 'notAllowedAlias', data: { model: 'opus', place: 'availableModels[0]', allowed: 'claude-opus-4-*' } },
      ],
    },
    {
      code: '{ "model": "default" }',
      filename: SETTINGS,
      settings: { 'claude-zdr': { models: { allow: ['claude-opus-4-6'] } } },
      errors: [{ messageId: 'notAllowedAlias', data: { model: 'default', place: 'model', allowed: 'claude-opus-4-6' } }],
    },
    // Deprecated ids, from the SDK's deprecation tables.
    {
      code: '{ "model": "claude-sonnet-4-5" }',
      filename: SETTINGS,
      errors: [{ messageId: 'deprecatedModel', data: { model: 'claude-sonnet-4-5', place: 'model', date: 'November 30th, 2026' } }],
    },
    // Several findings in one file, each where it is written.
    {
      code: '{\n  "model": "fable",\n  "env": {\n    "ANTHROPIC_DEFAULT_OPUS_MODEL": "claude-fable-5"\n  }\n}',
      filename: SETTINGS,
      errors: [retention('fable', 'model', 2), retention('claude-fable-5', 'env.ANTHROPIC_DEFAULT_OPUS_MODEL', 4)],
    },
  ],
});

// Claude Code rejects comments, but the rule reads a JSONC tree the same way.
jsoncTester.run('claude-code-settings-model (JSONC)', asEslintRule(rule), {
  valid: [{ code: '{\n  // the team default\n  "model": "opus"\n}', filename: SETTINGS }],
  invalid: [{ code: '{\n  /* pinned */ "model": "fable"\n}', filename: SETTINGS, errors: [retention('fable', 'model', 2)] }],
});
