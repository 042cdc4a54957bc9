/**
 * The Claude model catalog the model and residency rules judge ids against (PRODUCT.md §2–3).
 * Geo support follows the data-residency page: Claude Opus 4.6, Sonnet 4.6 and every later model
 * accept `inference_geo`; older models answer 400 when it is set. Deprecation dates come from the
 * SDK's deprecation tables in the generated surface catalog.
 */
import { SDK_DEPRECATED_MODELS } from './sdk-surface.generated.js';

export type ModelFamily = 'opus' | 'sonnet' | 'haiku' | 'fable' | 'mythos';

/** Model classes that need data retention, so a ZDR organisation cannot use them. */
export type RetentionClass = 'fable' | 'mythos';

export interface ModelEntry {
  readonly id: string;
  readonly family: ModelFamily;
  /** Version as written in marketing names: `3.5`, `4`, `4.6`, `5.2`; `preview` when the id has none. */
  readonly generation: string;
  readonly acceptsInferenceGeo: boolean;
  readonly retentionClass: RetentionClass | null;
  /** End-of-life date from the SDK's deprecation tables, as the SDK writes it. */
  readonly deprecatedUntil: string | null;
}

export const RETENTION_CLASSES: Readonly<Record<RetentionClass, { readonly label: string; readonly reason: string }>> = {
  fable: { label: 'Claude Fable 5', reason: 'which requires data retention and is refused for Zero Data Retention organisations' },
  mythos: { label: 'Mythos (Covered Model)', reason: 'which requires limited data retention and safety review, outside Zero Data Retention' },
};

/** The models that accept `inference_geo`, for messages that name them. */
export const GEO_SUPPORT_SUMMARY = 'Claude Opus 4.6, Sonnet 4.6 and later models';

type Row = readonly [id: string, family: ModelFamily, generation: string];

/** Geo support and retention class follow from family and generation; see `entryOf`. */
const ROWS: readonly Row[] = [
  // The SDK's `Model` union (@anthropic-ai/sdk 1.12, resources/messages/messages.d.ts).
  ['claude-fable-5-2', 'fable', '5.2'],
  ['claude-mythos-5-2', 'mythos', '5.2'],
  ['claude-haiku-5-5', 'haiku', '5.5'],
  ['claude-sonnet-5-5', 'sonnet', '5.5'],
  ['claude-fable-5-1', 'fable', '5.1'],
  ['claude-opus-5-5', 'opus', '5.5'],
  ['claude-mythos-5-1', 'mythos', '5.1'],
  ['claude-sonnet-5', 'sonnet', '5'],
  ['claude-fable-5', 'fable', '5'],
  ['claude-mythos-5', 'mythos', '5'],
  ['claude-opus-5', 'opus', '5'],
  ['claude-opus-4-8', 'opus', '4.8'],
  ['claude-opus-4-7', 'opus', '4.7'],
  // Released after Opus 4.6; deprecated only in the SDK's internal/data table.
  ['claude-mythos-preview', 'mythos', 'preview'],
  ['claude-opus-4-6', 'opus', '4.6'],
  ['claude-sonnet-4-6', 'sonnet', '4.6'],
  ['claude-haiku-4-5', 'haiku', '4.5'],
  ['claude-haiku-4-5-20251001', 'haiku', '4.5'],
  ['claude-opus-4-5', 'opus', '4.5'],
  ['claude-opus-4-5-20251101', 'opus', '4.5'],
  ['claude-sonnet-4-5', 'sonnet', '4.5'],
  ['claude-sonnet-4-5-20250929', 'sonnet', '4.5'],
  // Older public ids: aliases, dated snapshots and `-latest` aliases.
  ['claude-opus-4-1', 'opus', '4.1'],
  ['claude-opus-4-1-20250805', 'opus', '4.1'],
  ['claude-opus-4-0', 'opus', '4'],
  ['claude-opus-4-20250514', 'opus', '4'],
  ['claude-4-opus-20250514', 'opus', '4'],
  ['claude-sonnet-4-0', 'sonnet', '4'],
  ['claude-sonnet-4-20250514', 'sonnet', '4'],
  ['claude-4-sonnet-20250514', 'sonnet', '4'],
  ['claude-3-7-sonnet-latest', 'sonnet', '3.7'],
  ['claude-3-7-sonnet-20250219', 'sonnet', '3.7'],
  ['claude-3-5-sonnet-latest', 'sonnet', '3.5'],
  ['claude-3-5-sonnet-20241022', 'sonnet', '3.5'],
  ['claude-3-5-sonnet-20240620', 'sonnet', '3.5'],
  ['claude-3-5-haiku-latest', 'haiku', '3.5'],
  ['claude-3-5-haiku-20241022', 'haiku', '3.5'],
  ['claude-3-opus-latest', 'opus', '3'],
  ['claude-3-opus-20240229', 'opus', '3'],
  ['claude-3-sonnet-20240229', 'sonnet', '3'],
  ['claude-3-haiku-20240307', 'haiku', '3'],
];

/** Whether a family and generation accept `inference_geo` (4.6 and later; previews of later lines too). */
function acceptsGeo(generation: string): boolean {
  if (generation === 'preview') return true;
  const [major = 0, minor = 0] = generation.split('.').map(Number);
  return major > 4 || (major === 4 && minor >= 6);
}

function entryOf(id: string, family: ModelFamily, generation: string, deprecatedUntil: string | null): ModelEntry {
  const retentionClass = family === 'fable' || family === 'mythos' ? family : null;
  return { id, family, generation, acceptsInferenceGeo: acceptsGeo(generation), retentionClass, deprecatedUntil };
}

export const MODEL_CATALOG: ReadonlyMap<string, ModelEntry> = new Map(
  ROWS.map(([id, family, generation]) => [id, entryOf(id, family, generation, SDK_DEPRECATED_MODELS[id] ?? null)]),
);

/**
 * Strips provider spellings down to the first-party id: Bedrock ARNs and inference profiles
 * (`us.anthropic.claude-…-v1:0`), Vertex snapshots (`claude-3-5-sonnet-v2@20241022`), gateway ids
 * (`anthropic/claude-opus-4.6`), provider prefixes (`anthropic:claude-…`).
 */
export function normalizeModelId(raw: string): string {
  let id = raw.trim().toLowerCase();
  id = id.slice(id.lastIndexOf('/') + 1);
  // A registry or `initChatModel` provider prefix (`anthropic:claude-…`), OpenRouter variants (`…:beta`).
  id = id.replace(/^[a-z][a-z0-9_-]*:(?=claude)/, '').replace(/:(?:beta|thinking|extended|free|floor|nitro|online)$/, '');
  // Gateways write versions with dots (`claude-opus-4.6`, `claude-3.5-sonnet`).
  if (id.startsWith('claude-')) id = id.replace(/(\d)\.(\d)/g, '$1-$2');
  id = id.replace(/^(?:[a-z]{2,6}(?:-[a-z]+)?\.)?anthropic\./, '');
  id = id.replace(/-v\d+(?::\d+)?$/, '');
  id = id.replace(/(?:-v\d+)?@(\d{8})$/, '-$1');
  return id;
}

const NAMED_FAMILY_ID = /^claude-(opus|sonnet|haiku|fable|mythos)-(\d+)(?:-(\d))?(?:-\d{8}|-latest)?$/;
const NUMBERED_FAMILY_ID = /^claude-(\d)(?:-(\d))?-(opus|sonnet|haiku)(?:-\d{8}|-latest)?$/;

/** What is known of a model id; a snapshot or line the catalog lacks is read from the id's shape. */
export interface ModelDescription extends ModelEntry {
  /** Exactly a catalog id (provider spellings included); only these carry deprecation dates. */
  readonly catalogued: boolean;
}

export function describeModel(raw: string): ModelDescription | null {
  const id = normalizeModelId(raw);
  const entry = MODEL_CATALOG.get(id);
  if (entry) return { ...entry, catalogued: true };
  const alias = MODEL_CATALOG.get(id.replace(/-\d{8}$/, ''));
  if (alias) return { ...alias, id, deprecatedUntil: null, catalogued: false };
  const named = NAMED_FAMILY_ID.exec(id);
  if (named) {
    const generation = named[3] === undefined ? named[2]! : `${named[2]}.${named[3]}`;
    return { ...entryOf(id, named[1] as ModelFamily, generation, null), catalogued: false };
  }
  const numbered = NUMBERED_FAMILY_ID.exec(id);
  if (numbered) {
    const generation = numbered[2] === undefined ? numbered[1]! : `${numbered[1]}.${numbered[2]}`;
    return { ...entryOf(id, numbered[3] as ModelFamily, generation, null), catalogued: false };
  }
  return null;
}
