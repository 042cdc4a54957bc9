import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints examples/typed with its own eslint.config.js, which loads the built plugin by its package name.
const EXAMPLE = fileURLToPath(new URL('../../examples/typed', import.meta.url));

async function findings(overrideConfig?: ESLint.Options['overrideConfig']): Promise<string[]> {
  const eslint = new ESLint({ cwd: EXAMPLE, overrideConfig });
  const results = await eslint.lintFiles(['src']);
  return results
    .flatMap((r) => r.messages.map((m) => `${r.filePath.slice(EXAMPLE.length + 1)}:${m.line} ${m.ruleId ?? m.message}`))
    .sort();
}

describe('examples/typed', () => {
  it('shows findings that only typed linting can see', async () => {
    expect(await findings()).toEqual([
      'src/archive.ts:5 claude-zdr/no-files-api',
      'src/chat.ts:10 claude-zdr/no-context-management',
      'src/chat.ts:8 claude-zdr/no-files-api',
      'src/nightly-jobs.ts:8 claude-zdr/no-batches-api',
    ]);
  });

  it('finds only the same-file client with typeAware off, though the parser still has a program', async () => {
    expect(await findings({ settings: { 'claude-zdr': { typeAware: false } } })).toEqual(['src/chat.ts:8 claude-zdr/no-files-api']);
  });
});
