/**
 * The library spellings the analysis knows, checked against the real packages: one small project
 * per AI SDK line (5, 6, 7, through npm aliases and tsconfig `paths`) and one for LangChain must
 * type-check against the installed declarations, and lint to the same findings untyped and with
 * `typeAware: true` (projectService), so typed mode neither loses nor invents library findings.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../fixtures/libraries', import.meta.url));

const PROJECTS: Record<string, { file: string; expected: [number, string][] }> = {
  'ai-v5': {
    file: 'src/route.ts',
    expected: [
      [6, 'no-web-search'],
      [6, 'no-code-execution'],
      [12, 'no-skills-api'],
      [14, 'require-inference-geo'],
    ],
  },
  'ai-v6': {
    file: 'src/route.ts',
    expected: [
      [7, 'no-beta-api'],
      [8, 'no-third-party-platform'],
      [11, 'no-context-management'],
      [17, 'no-context-management'],
      [17, 'no-mcp-connector'],
      [19, 'no-third-party-platform'],
      [21, 'no-third-party-platform'],
      [22, 'no-code-execution'],
    ],
  },
  'ai-v7': {
    file: 'src/route.ts',
    expected: [
      [6, 'no-files-api'],
      [7, 'no-skills-api'],
      [8, 'no-batches-api'],
      [14, 'no-beta-api'],
      [15, 'no-files-api'],
    ],
  },
  langchain: {
    file: 'src/chain.ts',
    expected: [
      [5, 'no-browser-client'],
      [5, 'require-inference-geo'],
      [5, 'no-disallowed-model'],
      [10, 'no-context-management'],
      [15, 'no-web-search'],
      [16, 'no-mcp-connector'],
      [17, 'require-inference-geo'],
    ],
  },
};

function typeErrors(project: string): string[] {
  const configFile = path.join(ROOT, project, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) return [`cannot read ${configFile}`];
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

async function lint(project: string, file: string, typeAware: boolean): Promise<[number, string][]> {
  const cwd = path.join(ROOT, project);
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      plugin.configs.all as never,
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as never, parserOptions: typeAware ? { projectService: true, tsconfigRootDir: cwd } : {} },
        settings: { 'claude-zdr': { typeAware } },
      },
    ],
  });
  const [result] = await eslint.lintFiles([file]);
  return result!.messages.map((m) => [m.line, (m.ruleId ?? `fatal: ${m.message}`).replace('claude-zdr/', '')]);
}

describe.each(Object.entries(PROJECTS))('%s', (project, { file, expected }) => {
  it('type-checks against the installed declarations', () => {
    expect(typeErrors(project)).toEqual([]);
  });

  it('reports the same findings untyped and typed', async () => {
    expect(await lint(project, file, false)).toEqual(expected);
    expect(await lint(project, file, true)).toEqual(expected);
  });
});
