import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import { type FileAnalysis, getFileAnalysis } from '../../src/analysis/index.js';

function analyse(code: string): FileAnalysis {
  let analysis: FileAnalysis | null = null;
  const probe: Rule.RuleModule = {
    create(context) {
      return { Program: () => void (analysis = getFileAnalysis(context as never)) };
    },
  };
  new Linter({ configType: 'flat' }).verify(code, [{ plugins: { t: { rules: { probe } } }, rules: { 't/probe': 'error' } }], 'file.js');
  return analysis!;
}

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";

it('lists each Messages request with its model and geo, and how sure each value is', () => {
  const { requests } = analyse(
    `${IMPORT}const GEO = 'us';\nclient.messages.create({ model: 'claude-opus-4-6', inference_geo: GEO });\n` +
      `client.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: process.env.M ?? 'claude-opus-4-8' } }] });\n` +
      `export const f = (params) => client.messages.countTokens(params);`,
  );
  const status = (field: FileAnalysis['requests'][number]['model']) =>
    field.unknown ? 'unknown' : field.writes.length === 0 ? 'absent' : field.writes.flatMap((w) => w.values.candidates.map((c) => [c.value, c.certainty]));
  const summary = requests.map((r) => ({
    call: r.place,
    method: r.method,
    inBatch: r.inBatch,
    model: status(r.model),
    unresolvedModel: r.model.writes.length > 0 ? r.model.writes[0]!.values.unresolved.length : null,
    geo: status(r.inferenceGeo),
  }));
  expect(summary).toEqual([
    { call: 'messages.create', method: 'create', inBatch: false, model: [['claude-opus-4-6', 'literal']], unresolvedModel: 0, geo: [['us', 'resolved']] },
    { call: 'messages.batches.create', method: 'create', inBatch: true, model: [['claude-opus-4-8', 'literal']], unresolvedModel: 1, geo: 'absent' },
    { call: 'messages.countTokens', method: 'countTokens', inBatch: false, model: 'unknown', unresolvedModel: null, geo: 'unknown' },
  ]);
});

it('finds model ids only where a request names them', () => {
  const { modelReferences } = analyse(
    `import Anthropic, { betaRefusalFallbackMiddleware } from '@anthropic-ai/sdk';\nconst PICKER = ['claude-fable-5'];\n` +
      `const client = new Anthropic({ middleware: [betaRefusalFallbackMiddleware([{ model: 'claude-opus-4-8' }])] });\n` +
      `client.beta.messages.create({ model: 'claude-opus-4-6', fallbacks: [{ model: 'claude-sonnet-4-6' }], tools: [{ type: 'advisor_20260301', name: 'advisor', model: 'claude-opus-5' }] });\n` +
      `client.beta.dreams.create({ model: { id: 'claude-opus-4-7' } });`,
  );
  expect(modelReferences.map((r) => [r.place, r.values.candidates[0]?.value])).toEqual([
    ['betaRefusalFallbackMiddleware', 'claude-opus-4-8'],
    ['beta.messages.create', 'claude-opus-4-6'],
    ['beta.messages.create fallbacks', 'claude-sonnet-4-6'],
    ['advisor tool', 'claude-opus-5'],
    ['beta.dreams.create', 'claude-opus-4-7'],
  ]);
});
