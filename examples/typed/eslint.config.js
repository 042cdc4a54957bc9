// Typed linting for the example app. `CLAUDE_ZDR_UNTYPED=1 npx eslint .` lints the same files without
// types, to show which findings only the type checker can see.
import tsParser from '@typescript-eslint/parser';
import claudeZdr from 'eslint-plugin-claude-zdr';

const untyped = process.env.CLAUDE_ZDR_UNTYPED === '1';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: untyped ? {} : { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['src/**/*.ts'], ...claudeZdr.configs[untyped ? 'recommended' : 'recommended-type-checked'] },
];
