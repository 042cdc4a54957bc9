import rule from '../../src/rules/claude-code-settings-platform.js';
import { asEslintRule, jsoncTester, jsonTester, LOCAL_SETTINGS, MANAGED_SETTINGS, MCP, SETTINGS } from '../support/json-rule-tester.js';

const platform = (variable: string, label: string, line = 1) => ({ messageId: 'platformEnv', line, data: { variable, platform: label } });

jsonTester.run('claude-code-settings-platform', asEslintRule(rule), {
  valid: [
    '{}',
    { code: '{ "env": {} }', filename: SETTINGS },
    // Switched off, in every spelling Claude Code reads as off.
    ...['0', 'false', 'FALSE', 'no', 'off', ''].map((value) => ({ code: `{ "env": { "CLAUDE_CODE_USE_BEDROCK": "${value}" } }`, filename: SETTINGS })),
    // The first-party API through AWS is Anthropic's own platform; platform settings alone switch nothing on.
    {
      code: '{ "env": { "CLAUDE_CODE_USE_ANTHROPIC_AWS": "1", "ANTHROPIC_BEDROCK_BASE_URL": "https://bedrock.example.com", "ANTHROPIC_VERTEX_PROJECT_ID": "p" }, "awsAuthRefresh": "aws sso login" }',
      filename: SETTINGS,
    },
    // Wrong value types are skipped, never a crash.
    { code: '{ "env": { "CLAUDE_CODE_USE_BEDROCK": 1, "CLAUDE_CODE_USE_VERTEX": true, "CLAUDE_CODE_USE_FOUNDRY": null } }', filename: SETTINGS },
    { code: '{ "env": "CLAUDE_CODE_USE_BEDROCK=1" }', filename: SETTINGS },
    // Not the env of Claude Code: an MCP server's own process env, and an MCP config.
    { code: '{ "mcpServers": { "aws": { "command": "aws-mcp", "env": { "CLAUDE_CODE_USE_BEDROCK": "1" } } } }', filename: MCP },
    { code: '{ "env": { "CLAUDE_CODE_USE_BEDROCK": "1" } }', filename: MCP },
    // The last of duplicate keys is the one Claude Code reads.
    { code: '{ "env": { "CLAUDE_CODE_USE_VERTEX": "1", "CLAUDE_CODE_USE_VERTEX": "0" } }', filename: SETTINGS },
    // allow: platforms the organisation has approved (Mantle is Bedrock).
    { code: '{ "env": { "CLAUDE_CODE_USE_BEDROCK": "1", "CLAUDE_CODE_USE_MANTLE": "1" } }', filename: SETTINGS, options: [{ allow: ['bedrock'] }] },
  ],
  invalid: [
    {
      code: '{\n  "env": {\n    "CLAUDE_CODE_USE_BEDROCK": "1"\n  }\n}',
      filename: SETTINGS,
      errors: [{ ...platform('CLAUDE_CODE_USE_BEDROCK', 'Amazon Bedrock', 3), column: 5, endColumn: 35 }],
    },
    { code: '{ "env": { "CLAUDE_CODE_USE_MANTLE": "true" } }', filename: SETTINGS, errors: [platform('CLAUDE_CODE_USE_MANTLE', 'Amazon Bedrock')] },
    { code: '{ "env": { "CLAUDE_CODE_USE_VERTEX": "yes" } }', filename: LOCAL_SETTINGS, errors: [platform('CLAUDE_CODE_USE_VERTEX', 'Google Vertex AI')] },
    { code: '{ "env": { "CLAUDE_CODE_USE_FOUNDRY": "on" } }', filename: MANAGED_SETTINGS, errors: [platform('CLAUDE_CODE_USE_FOUNDRY', 'Microsoft Foundry')] },
    // A value that is not plainly off may switch the platform on.
    { code: '{ "env": { "CLAUDE_CODE_USE_BEDROCK": "enabled" } }', filename: SETTINGS, errors: [platform('CLAUDE_CODE_USE_BEDROCK', 'Amazon Bedrock')] },
    { code: '{ "env": { "CLAUDE_CODE_USE_BEDROCK": "0", "CLAUDE_CODE_USE_BEDROCK": "1" } }', filename: SETTINGS, errors: [{ ...platform('CLAUDE_CODE_USE_BEDROCK', 'Amazon Bedrock'), column: 44 }] },
    // allow names one platform; the others are still reported.
    {
      code: '{ "env": { "CLAUDE_CODE_USE_BEDROCK": "1", "CLAUDE_CODE_USE_VERTEX": "1" } }',
      filename: SETTINGS,
      options: [{ allow: ['bedrock'] }],
      errors: [platform('CLAUDE_CODE_USE_VERTEX', 'Google Vertex AI')],
    },
  ],
});

jsoncTester.run('claude-code-settings-platform (JSONC)', asEslintRule(rule), {
  valid: [{ code: '{ "env": { /* first party */ "CLAUDE_CODE_USE_BEDROCK": "0" } }', filename: SETTINGS }],
  invalid: [{ code: '{ "env": {\n  // platform\n  "CLAUDE_CODE_USE_VERTEX": "1" } }', filename: SETTINGS, errors: [platform('CLAUDE_CODE_USE_VERTEX', 'Google Vertex AI', 3)] }],
});
