// How a team pinned to US inference under ZDR would configure the plugin.
import tsParser from '@typescript-eslint/parser';
import claudeZdr from 'eslint-plugin-claude-zdr';

export default [
  { files: ['**/*.{js,mjs,cjs,ts,mts,cts}'] },
  claudeZdr.configs.recommended,
  {
    name: 'contract-review/stricter',
    rules: {
      // Contracts can carry health data for our medical-malpractice practice.
      'claude-zdr/no-web-search': 'error',
    },
  },
  { files: ['**/*.{ts,mts,cts}'], languageOptions: { parser: tsParser } },
  // Claude Code's settings, committed in .claude/ and .mcp.json, linted as JSON (needs @eslint/json).
  claudeZdr.configs['claude-code'],
];
