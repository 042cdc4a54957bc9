import { closestName } from './utils/closest-name.js';
import { globSyntaxError } from './utils/patterns.js';

/** `settings["claude-zdr"]`, shared by every rule (PRODUCT.md §3). */
export interface ClaudeZdrSettings {
  /** Extra modules whose exports are Anthropic clients or client factories. */
  readonly clientModules: readonly string[];
  readonly models: { readonly allow: readonly string[]; readonly deny: readonly string[] };
  /** Report values the analysis cannot prove, with messages of their own. */
  readonly reportUnresolved: boolean;
  /** Use the type checker to recognise clients and read params across modules. */
  readonly typeAware: boolean;
}

export const SETTINGS_KEY = 'claude-zdr';

/** A configuration mistake in `settings["claude-zdr"]`: the run stops with this message instead of checking less. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** What each setting holds: the shape the reader checks, and nothing else is accepted. */
type SettingShape = 'boolean' | 'globs' | { readonly [key: string]: SettingShape };

const SETTINGS_SHAPE = {
  clientModules: 'globs',
  models: { allow: 'globs', deny: 'globs' },
  reportUnresolved: 'boolean',
  typeAware: 'boolean',
} as const satisfies Record<keyof ClaudeZdrSettings, SettingShape>;

const settingName = (path: string) => `settings["${SETTINGS_KEY}"]${path === '' ? '' : `.${path}`}`;

const describeValue = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : typeof value);

/** Every problem of `value` against `shape`, each a sentence naming the setting. */
function problemsOf(value: unknown, shape: SettingShape, path: string): string[] {
  if (value === undefined) return [];
  if (shape === 'boolean') {
    return typeof value === 'boolean' ? [] : [`${settingName(path)} must be true or false, not ${describeValue(value)}.`];
  }
  if (shape === 'globs') {
    if (!Array.isArray(value)) return [`${settingName(path)} must be an array of strings, not ${describeValue(value)}.`];
    return value.flatMap((entry: unknown, index) => {
      if (typeof entry !== 'string') return [`${settingName(`${path}[${index}]`)} must be a string, not ${describeValue(entry)}.`];
      const error = globSyntaxError(entry);
      return error === null ? [] : [`${settingName(`${path}[${index}]`)} ${JSON.stringify(entry)} is not a valid glob: ${error}.`];
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${settingName(path)} must be an object, not ${describeValue(value)}.`];
  }
  const known = Object.keys(shape);
  return Object.entries(value).flatMap(([key, entry]) => {
    const keyPath = path === '' ? key : `${path}.${key}`;
    const entryShape = shape[key];
    if (Object.hasOwn(shape, key) && entryShape !== undefined) return problemsOf(entry, entryShape, keyPath);
    const closest = closestName(key, known);
    const prefix = path === '' ? '' : `${path}.`;
    const hint = closest === null ? `the keys it takes are ${known.join(', ')}.` : `did you mean ${settingName(prefix + closest)}?`;
    return [`${settingName(keyPath)} is not a setting of claude-zdr; ${hint}`];
  });
}

const DEFAULTS: ClaudeZdrSettings = {
  clientModules: [],
  models: { allow: [], deny: [] },
  reportUnresolved: false,
  typeAware: false,
};

/** The verdict on one settings object: what it means, or why it is wrong. */
type Verdict = { readonly settings: ClaudeZdrSettings } | { readonly error: string };

// Keyed by the settings object ESLint hands every file of one configuration, so each object is
// checked once; a wrong one keeps failing with the same message, never falling back to defaults.
const verdicts = new WeakMap<object, Verdict>();

function judge(raw: unknown): Verdict {
  const problems = problemsOf(raw, SETTINGS_SHAPE, '');
  if (problems.length > 0) {
    const detail = problems.length === 1 ? problems[0]! : `${problems.length} problems: ${problems.join(' ')}`;
    return { error: `claude-zdr: invalid configuration: ${detail}` };
  }
  const record = raw as Partial<Record<keyof ClaudeZdrSettings, unknown>>;
  const models = (record.models ?? {}) as { allow?: string[]; deny?: string[] };
  return {
    settings: {
      clientModules: (record.clientModules as string[] | undefined) ?? [],
      models: { allow: models.allow ?? [], deny: models.deny ?? [] },
      reportUnresolved: (record.reportUnresolved as boolean | undefined) ?? false,
      typeAware: (record.typeAware as boolean | undefined) ?? false,
    },
  };
}

/**
 * Reads and checks the shared settings: an unknown key (with the closest valid one), a value of the
 * wrong type or a glob that does not compile throws a `SettingsError` naming the setting.
 */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): ClaudeZdrSettings {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined) return DEFAULTS;
  const memoisable = typeof raw === 'object' && raw !== null;
  let verdict = memoisable ? verdicts.get(raw) : undefined;
  if (!verdict) {
    verdict = judge(raw);
    if (memoisable) verdicts.set(raw, verdict);
  }
  // A fresh error each time: ESLint appends the file and rule to the message of what it catches.
  if ('error' in verdict) throw new SettingsError(verdict.error);
  return verdict.settings;
}
