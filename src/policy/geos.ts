/**
 * The `inference_geo` values the Messages API knows (data residency page, PRODUCT.md §2). The
 * API matches them exactly: `"US"` is not `"us"`. `require-inference-geo`'s `allowed` option takes
 * its enum from this table, so ESLint's schema check rejects a value the API would not accept.
 */
export const INFERENCE_GEOS = {
  us: 'inference runs only on US-based infrastructure',
  global: 'inference may run in any available geography (the default when `inference_geo` is omitted)',
} as const;

export type InferenceGeo = keyof typeof INFERENCE_GEOS;

export const INFERENCE_GEO_VALUES = Object.keys(INFERENCE_GEOS) as InferenceGeo[];
