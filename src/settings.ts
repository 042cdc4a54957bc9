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

const stringList = (value: unknown, name: string): string[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new TypeError(`settings["${SETTINGS_KEY}"].${name} must be an array of strings.`);
  }
  return value as string[];
};

const bool = (value: unknown, name: string): boolean => {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new TypeError(`settings["${SETTINGS_KEY}"].${name} must be true or false.`);
  return value;
};

const parsed = new WeakMap<object, ClaudeZdrSettings>();
const DEFAULTS: ClaudeZdrSettings = {
  clientModules: [],
  models: { allow: [], deny: [] },
  reportUnresolved: false,
  typeAware: false,
};

/** Reads and checks the shared settings; a wrong type is a clear error naming the setting. */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): ClaudeZdrSettings {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined || raw === null) return DEFAULTS;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError(`settings["${SETTINGS_KEY}"] must be an object.`);
  const cached = parsed.get(raw);
  if (cached) return cached;
  const record = raw as Record<string, unknown>;
  const models = (record['models'] ?? {}) as Record<string, unknown>;
  if (typeof models !== 'object' || Array.isArray(models)) throw new TypeError(`settings["${SETTINGS_KEY}"].models must be an object.`);
  const result: ClaudeZdrSettings = {
    clientModules: stringList(record['clientModules'], 'clientModules'),
    models: { allow: stringList(models['allow'], 'models.allow'), deny: stringList(models['deny'], 'models.deny') },
    reportUnresolved: bool(record['reportUnresolved'], 'reportUnresolved'),
    typeAware: bool(record['typeAware'], 'typeAware'),
  };
  parsed.set(raw, result);
  return result;
}
