import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_PATH, renderSurface } from '../../scripts/generate-surface.js';
import { resourceExportPath } from '../../src/analysis/modules.js';
import { betaFlagOwner } from '../../src/policy/betas.js';
import { PARAM_FEATURES, SERVER_TOOL_TYPES } from '../../src/policy/params.js';
import { RULE_NAMES } from '../../src/policy/rule-names.js';
import { SDK_BETA_FLAGS, SDK_METHOD_PARAMS, SDK_RESOURCES, SDK_TOOL_TYPES } from '../../src/policy/sdk-surface.generated.js';
import {
  GENERAL_BETA_FLAGS,
  MESSAGE_PARAM_CLASSES,
  RESOURCE_CLASSES,
  TOOL_TYPE_CLASSES,
  resourceClassOf,
} from '../../src/policy/surface-classes.js';
import { STORING_RESOURCES } from '../../src/policy/surfaces.js';

const isRule = (value: string) => (RULE_NAMES as readonly string[]).includes(value);

describe('generated SDK surface catalog', () => {
  it('matches the installed @anthropic-ai/sdk', () => {
    const committed = readFileSync(OUTPUT_PATH, 'utf8');
    const fresh = renderSurface();
    if (fresh !== committed) {
      expect.fail('src/policy/sdk-surface.generated.ts is stale against the installed @anthropic-ai/sdk: run npm run generate:surface');
    }
  });

  it('holds the surfaces the policy is built on', () => {
    const paths = SDK_RESOURCES.map((r) => r.path);
    for (const storing of STORING_RESOURCES) expect(paths).toContain(storing.path);
    expect(SDK_METHOD_PARAMS['messages.create']).toContain('inference_geo');
    expect(SDK_METHOD_PARAMS['messages.countTokens']).not.toContain('inference_geo');
    expect(SDK_TOOL_TYPES.some((t) => t.startsWith('code_execution_'))).toBe(true);
    expect(SDK_BETA_FLAGS).toContain('files-api-2025-04-14');
  });
});

describe('policy classification of the catalog', () => {
  it('classifies every resource', () => {
    expect(SDK_RESOURCES.filter((r) => resourceClassOf(r.path) === null).map((r) => r.path)).toEqual([]);
  });

  it('a new resource is unclassified unless it sits below a storing or admin resource', () => {
    expect(resourceClassOf('beta.newProduct')).toBeNull();
    expect(resourceClassOf('messages.newThing')).toBeNull();
    expect(resourceClassOf('beta.agents.newThing')).toBe('no-beta-api');
    expect(resourceClassOf('organization.newThing')).toBe('admin');
  });

  it('names no resource the SDK does not have', () => {
    const paths = new Set(SDK_RESOURCES.map((r) => r.path));
    expect(Object.keys(RESOURCE_CLASSES).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('agrees with the storing resources the analysis reports', () => {
    for (const storing of STORING_RESOURCES) expect(RESOURCE_CLASSES[storing.path]).toBe(storing.owner);
    const owned = Object.entries(RESOURCE_CLASSES).filter(([, resourceClass]) => isRule(resourceClass));
    for (const [path, owner] of owned) {
      expect(STORING_RESOURCES.find((r) => r.path === path)?.owner, path).toBe(owner);
    }
  });

  it('classifies every Messages param key', () => {
    const keys = new Set(Object.values(SDK_METHOD_PARAMS).flat());
    expect([...keys].filter((key) => !(key in MESSAGE_PARAM_CLASSES))).toEqual([]);
  });

  it('never calls a beta-only param eligible', () => {
    const ga = new Set(SDK_METHOD_PARAMS['messages.create']);
    const betaOnly = SDK_METHOD_PARAMS['beta.messages.create']!.filter((key) => !ga.has(key));
    expect(betaOnly.length).toBeGreaterThan(0);
    for (const key of betaOnly) expect(MESSAGE_PARAM_CLASSES[key], key).not.toBe('eligible');
  });

  it('agrees with the params the analysis judges', () => {
    for (const feature of PARAM_FEATURES.filter((f) => f.key in MESSAGE_PARAM_CLASSES)) expect(MESSAGE_PARAM_CLASSES[feature.key], feature.key).toBe(feature.owner);
    // Keys judged elsewhere: flags one by one, `container` by its shape, batch `requests` by the batch call.
    const judgedElsewhere = new Set(['betas', 'container', 'requests']);
    const owned = Object.entries(MESSAGE_PARAM_CLASSES).filter(([key, paramClass]) => isRule(paramClass) && !judgedElsewhere.has(key));
    for (const [key] of owned) expect(PARAM_FEATURES.map((f) => f.key)).toContain(key);
  });

  it('classifies every tool type', () => {
    const classified = (type: string) =>
      SERVER_TOOL_TYPES.some((t) => t.pattern.test(type)) || TOOL_TYPE_CLASSES.some((t) => t.pattern.test(type));
    expect(SDK_TOOL_TYPES.filter((type) => !classified(type))).toEqual([]);
    expect(classified('some_new_server_tool_20270101')).toBe(false);
  });

  it('classifies every beta flag: a feature prefix, or reviewed as a general beta flag', () => {
    const unreviewed = SDK_BETA_FLAGS.filter((flag) => betaFlagOwner(flag) === 'no-beta-api' && !GENERAL_BETA_FLAGS.includes(flag));
    expect(unreviewed).toEqual([]);
    for (const flag of GENERAL_BETA_FLAGS) {
      expect(SDK_BETA_FLAGS, flag).toContain(flag);
      expect(betaFlagOwner(flag), flag).toBe('no-beta-api');
    }
  });
});

describe('resource classes exported from @anthropic-ai/sdk/resources/*', () => {
  it('are the resources the catalog knows, not the types beside them', () => {
    expect(resourceExportPath(['messages'], 'Batches')).toEqual(['messages', 'batches']);
    expect(resourceExportPath(['beta', 'messages', 'batches'], 'Batches')).toEqual(['beta', 'messages', 'batches']);
    expect(resourceExportPath(['beta', 'organization', 'users'], 'Users')).toEqual(['beta', 'organization', 'users']);
    expect(resourceExportPath(['messages'], 'Usage')).toBeNull();
    expect(resourceExportPath(['messages'], 'Sessions')).toBeNull();
  });
});
