import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeModel, MODEL_CATALOG, normalizeModelId } from '../../src/policy/models.js';

const require = createRequire(import.meta.url);
const sdkRoot = dirname(require.resolve('@anthropic-ai/sdk'));
const sdkFile = (path: string) => readFileSync(join(sdkRoot, path), 'utf8');

/** `'id': 'date'` pairs of an object literal in the SDK's compiled output. */
function tableEntries(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/'([^']+)':\s*'([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
}

describe('model catalog', () => {
  it("holds every literal of the installed SDK's Model union", () => {
    const declaration = /export type Model = ([^;]+);/.exec(sdkFile('resources/messages/messages.d.ts'))![1]!;
    const ids = [...declaration.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id) => !MODEL_CATALOG.has(id))).toEqual([]);
  });

  it("carries exactly the SDK's deprecation tables", () => {
    const messagesTable = /const DEPRECATED_MODELS = (\{[^}]*\})/.exec(sdkFile('resources/messages/messages.js'))![1]!;
    const betaTable = /const DEPRECATED_MODELS = (\{[^}]*\})/.exec(sdkFile('resources/beta/messages/messages.js'))![1]!;
    const expected = {
      ...tableEntries(messagesTable),
      ...tableEntries(betaTable),
      ...tableEntries(sdkFile('internal/data/deprecated-models.js')),
    };
    const catalogued = Object.fromEntries([...MODEL_CATALOG.values()].filter((m) => m.deprecatedUntil).map((m) => [m.id, m.deprecatedUntil]));
    expect(catalogued).toEqual(expected);
    expect(Object.keys(expected)).toContain('claude-sonnet-4-5');
  });

  it('marks geo support from Opus 4.6 and Sonnet 4.6 on', () => {
    const accepts = (id: string) => describeModel(id)?.acceptsInferenceGeo;
    for (const id of ['claude-opus-4-6', 'claude-sonnet-4-6', 'claude-opus-4-7', 'claude-opus-4-8', 'claude-fable-5', 'claude-mythos-preview', 'claude-haiku-5-5']) {
      expect(accepts(id), id).toBe(true);
    }
    for (const id of ['claude-haiku-4-5', 'claude-opus-4-5-20251101', 'claude-sonnet-4-5', 'claude-opus-4-1', 'claude-sonnet-4-0', 'claude-3-7-sonnet-latest', 'claude-3-haiku-20240307']) {
      expect(accepts(id), id).toBe(false);
    }
  });

  it('marks the Fable and Mythos classes as requiring retention, and no other', () => {
    const classes = [...MODEL_CATALOG.values()].filter((m) => m.retentionClass).map((m) => m.id);
    expect(classes.every((id) => /fable|mythos/.test(id))).toBe(true);
    expect(describeModel('claude-fable-5')?.retentionClass).toBe('fable');
    expect(describeModel('claude-mythos-5-2')?.retentionClass).toBe('mythos');
    expect(describeModel('claude-opus-5-5')?.retentionClass).toBeNull();
  });

  it.each([
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet-20241022'],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5-20250929'],
    ['global.anthropic.claude-opus-4-6-v1', 'claude-opus-4-6'],
    ['arn:aws:bedrock:us-east-1:123:inference-profile/us.anthropic.claude-opus-4-1-20250805-v1:0', 'claude-opus-4-1-20250805'],
    ['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet-20241022'],
    ['claude-sonnet-4@20250514', 'claude-sonnet-4-20250514'],
    ['claude-opus-4-6', 'claude-opus-4-6'],
  ])('normalises %s to %s', (raw, id) => {
    expect(normalizeModelId(raw)).toBe(id);
    expect(describeModel(raw)?.id).toBe(id);
  });

  it('reads unknown snapshots and later lines from the id, without a deprecation date', () => {
    expect(describeModel('claude-opus-4-6-20260205')).toMatchObject({ family: 'opus', generation: '4.6', acceptsInferenceGeo: true, catalogued: false });
    expect(describeModel('claude-sonnet-4-5-20990101')).toMatchObject({ deprecatedUntil: null, acceptsInferenceGeo: false });
    expect(describeModel('claude-fable-6')).toMatchObject({ family: 'fable', retentionClass: 'fable', acceptsInferenceGeo: true });
    expect(describeModel('gpt-4o')).toBeNull();
  });
});
