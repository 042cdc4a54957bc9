/**
 * ESLint's own RuleTester for the Claude Code settings rules, which lint JSON through `@eslint/json`
 * (`@typescript-eslint/rule-tester` is for JavaScript). Cases run as strict JSON, the way Claude Code
 * reads its settings; `jsoncTester` shows the rules also read a tree with comments.
 */
import json from '@eslint/json';
import { type Rule, RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import type { SettingsRuleModule } from '../../src/utils/create-settings-rule.js';

RuleTester.describe = describe as never;
RuleTester.it = it as never;
RuleTester.itOnly = it.only as never;

export const jsonTester = new RuleTester({ plugins: { json }, language: 'json/json' });
export const jsoncTester = new RuleTester({ plugins: { json }, language: 'json/jsonc' });

/** A settings rule as ESLint's RuleTester types a rule. */
export const asEslintRule = (rule: SettingsRuleModule) => rule as unknown as Rule.RuleModule;

export const SETTINGS = '.claude/settings.json';
export const LOCAL_SETTINGS = '.claude/settings.local.json';
export const MANAGED_SETTINGS = '.claude/managed-settings.json';
export const MCP = '.mcp.json';

/** The env that satisfies claude-code-settings-privacy, for cases about other things. */
export const PRIVATE_ENV = '"CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1"';
