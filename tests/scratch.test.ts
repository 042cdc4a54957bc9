import { Linter } from 'eslint';
import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import plugin from '../src/index.js';

it('scratch', () => {
  const linter = new Linter();
  const code = readFileSync('.tmp/scratch.ts', 'utf8');
  const messages = linter.verify(code, [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as never }, plugins: { 'claude-zdr': plugin as never }, rules: plugin.configs.all.rules as never, settings: { 'claude-zdr': { reportUnresolved: !!process.env.UNRESOLVED } } },
  ], 'file.ts');
  for (const m of messages) console.log(`${m.line}:${m.column} ${m.ruleId} ${m.messageId} :: ${m.message}${m.suggestions?.length ? ' [sugg: ' + m.suggestions.map((s) => s.desc).join('; ') + ']' : ''}`);
});
