/**
 * The values `inference_geo` takes on the Messages API (Claude API docs, "Data residency"): `us`
 * pins inference to the United States, `global` (the default) lets it run anywhere. The API knows
 * no other value and no other spelling, so the rule's `allowed` option accepts exactly these.
 */
export const INFERENCE_GEOS = ['us', 'global'] as const;

export type InferenceGeo = (typeof INFERENCE_GEOS)[number];
