/**
 * Names the linted code writes are looked up in the policy tables by their own keys only:
 * `constructor`, `toString` and the rest of `Object.prototype` are no SDK member, tool, provider
 * or env var, so code that uses them is neither a crash nor a finding.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import plugin from '../../src/index.js';

const CODE = `import Anthropic from '@anthropic-ai/sdk';
import { anthropic, createAnthropic } from '@ai-sdk/anthropic';
import { generateText } from 'ai';
import { ChatAnthropic } from '@langchain/anthropic';
import { initChatModel } from 'langchain/chat_models/universal';
import { query } from '@anthropic-ai/claude-agent-sdk';

const client = new Anthropic();
await client.constructor.toString();
await client.messages.constructor({ constructor: 1, toString: 2, __proto__: null, hasOwnProperty: 3 });
await client.messages.create({ model: 'constructor', max_tokens: 1, messages: [], toString: 1, constructor: 2, tools: [{ type: 'constructor' }, { type: 'toString', name: 'x' }] });
await client.beta.toString();
anthropic.toString().trim();
anthropic.constructor();
anthropic.tools.constructor();
anthropic.tools.toString();
const p = createAnthropic({ name: 'constructor' });
await generateText({ model: p('claude-opus-4-6'), prompt: 'x', providerOptions: { constructor: { toString: 1 }, anthropic: { constructor: 1, toString: 2 } } });
await initChatModel('constructor:claude-x');
await initChatModel('toString:claude-x');
await initChatModel('claude-x', { modelProvider: 'constructor' });
const m = new ChatAnthropic({ model: 'claude-opus-4-6', constructor: 1, toString: 2 });
await m.constructor();
await m.toString();
await m.invoke('x', { constructor: 1, toString: 2 });
query({ prompt: 'x', options: { env: { constructor: '1', toString: '1' }, constructor: 1, agents: { constructor: { model: 'constructor' } } } });
await fetch('https://api.anthropic.com/v1/constructor', { headers: { constructor: 'x', 'anthropic-beta': 'constructor' } });
await client.constructor({});
await client.hasOwnProperty('x');
`;

it('treats Object.prototype names in SDK and library code as unknown names, not table entries', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ files: ['**/*.ts'], ...plugin.configs.all, languageOptions: { parser: tsParser } }] as unknown as Linter.Config[];
  const found = linter.verify(CODE, config, 'prototype.ts').map((m) => [m.line, m.ruleId, m.messageId]);
  expect(found).toEqual([
    [11, 'claude-zdr/require-inference-geo', 'missingGeo'],
    [18, 'claude-zdr/require-inference-geo', 'missingGeo'],
    [22, 'claude-zdr/no-browser-client', 'browserDefault'],
    [22, 'claude-zdr/require-inference-geo', 'missingGeo'],
    [26, 'claude-zdr/no-web-search', 'claudeCodeDefaultTools'],
    [27, 'claude-zdr/no-beta-api', 'rawRequest'],
  ]);
});
