import { readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import plugin from '../src/index.js';

it('the residency demo reports each planted finding once with the recommended profile', () => {
  const code = readFileSync(new URL('../examples/src/residency-and-models.ts', import.meta.url), 'utf8');
  const linter = new Linter({ configType: 'flat' });
  const config = { files: ['**/*.ts'], ...plugin.configs.recommended, languageOptions: { parser: tsParser } };
  const found = linter.verify(code, [config as never], 'residency-and-models.ts').map((m) => [m.line, m.ruleId, m.messageId]);
  expect(found).toEqual([
    [8, 'claude-zdr/require-inference-geo', 'missingGeo'],
    [11, 'claude-zdr/require-inference-geo', 'disallowedGeo'],
    [14, 'claude-zdr/require-inference-geo', 'legacyModelPinned'],
    [18, 'claude-zdr/no-disallowed-model', 'retentionModel'],
    [21, 'claude-zdr/no-disallowed-model', 'deprecatedModel'],
  ]);
});

it('the Claude Code settings of the example report each planted finding once with the claude-code profile', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = [plugin.configs['claude-code'] as never];
  const lint = (file: string) =>
    linter.verify(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8'), config, file).map((m) => [m.line, m.ruleId, m.messageId]);
  expect(lint('.claude/settings.json')).toEqual([
    [3, 'claude-zdr/claude-code-settings-model', 'retentionModel'],
    [4, 'claude-zdr/claude-code-settings-model', 'retentionModel'],
    [8, 'claude-zdr/claude-code-settings-privacy', 'privacySwitchesOff'],
    [9, 'claude-zdr/claude-code-settings-platform', 'platformEnv'],
  ]);
  expect(lint('.mcp.json')).toEqual([[13, 'claude-zdr/claude-code-settings-mcp', 'remoteServer']]);
});

it('the AI SDK route and the LangChain chain report each planted finding once with the all profile', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = { files: ['**/*.ts'], ...plugin.configs.all, languageOptions: { parser: tsParser } };
  const lint = (file: string) =>
    linter.verify(readFileSync(new URL(`../examples/src/${file}`, import.meta.url), 'utf8'), [config as never], file).map((m) => [m.line, m.ruleId, m.messageId]);
  expect(lint('ai-sdk-route.ts')).toEqual([
    [6, 'claude-zdr/no-third-party-platform', 'gatewayClient'],
    [13, 'claude-zdr/no-context-management', 'contextManagement'],
    [14, 'claude-zdr/no-web-search', 'webTool'],
    [18, 'claude-zdr/require-inference-geo', 'missingGeo'],
  ]);
  expect(lint('langchain-chain.ts')).toEqual([
    [5, 'claude-zdr/no-browser-client', 'browserDefault'],
    [5, 'claude-zdr/require-inference-geo', 'legacyModelUnpinned'],
    [5, 'claude-zdr/no-disallowed-model', 'deprecatedModel'],
    [11, 'claude-zdr/no-mcp-connector', 'mcpServers'],
    [16, 'claude-zdr/no-code-execution', 'codeExecutionTool'],
  ]);
});

it('the Agent SDK script reports each planted finding once with the example config', () => {
  const code = readFileSync(new URL('../examples/src/review-agent.ts', import.meta.url), 'utf8');
  const linter = new Linter({ configType: 'flat' });
  const config = [
    { files: ['**/*.ts'], ...plugin.configs.recommended, languageOptions: { parser: tsParser } },
    // As examples/eslint.config.js raises it.
    { rules: { 'claude-zdr/no-web-search': 'error' } },
  ];
  const found = linter.verify(code, config as never, 'review-agent.ts').map((m) => [m.line, m.ruleId, m.messageId]);
  expect(found).toEqual([
    [13, 'claude-zdr/no-web-search', 'claudeCodeDefaultTools'],
    [16, 'claude-zdr/no-disallowed-model', 'retentionModel'],
    [17, 'claude-zdr/no-beta-api', 'betaFlag'],
    [18, 'claude-zdr/no-third-party-platform', 'claudeCodePlatform'],
    [27, 'claude-zdr/no-cloud-session', 'cloudSession'],
  ]);
});
