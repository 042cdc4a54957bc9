import type { RuleName } from './rule-names.js';

/** Hosts of Anthropic's first-party API: raw requests to these are Claude API calls. */
export const ANTHROPIC_API_HOSTS: readonly string[] = ['api.anthropic.com'];

/** An Anthropic API path prefix whose raw HTTP calls belong to a surface rule (PRODUCT.md §3). */
export interface RawApiRoute {
  readonly prefix: string;
  readonly owner: RuleName;
  readonly surface: string;
}

/** Longest prefix wins, so `/v1/messages/batches` is a batch call and `/v1/messages` is not listed. */
export const RAW_API_ROUTES: readonly RawApiRoute[] = [
  { prefix: '/v1/messages/batches', owner: 'no-batches-api', surface: 'the Message Batches API' },
  { prefix: '/v1/files', owner: 'no-files-api', surface: 'the Files API' },
  { prefix: '/v1/skills', owner: 'no-skills-api', surface: 'the Skills API' },
];

/** HTTP client APIs whose calls the analysis reads for a URL and headers. */
export type HttpApi = 'fetch' | 'axios' | 'got' | 'ky' | 'undici-request';

/** Where one call form takes its URL (or a config object holding `url`) and its options. */
export interface HttpCallShape {
  readonly urlArg: number;
  readonly optionsArg: number;
}

export interface HttpApiInfo {
  /** Calling the API itself: `fetch(url, init)`, `axios(url | config)`. */
  readonly call: HttpCallShape;
  readonly methods: Readonly<Record<string, HttpCallShape>>;
  /** Methods that return a new instance carrying default options (`axios.create`, `got.extend`). */
  readonly factories: readonly string[];
  /** The option naming a base URL that relative request URLs are joined to. */
  readonly baseKey: string | null;
}

const urlThenOptions: HttpCallShape = { urlArg: 0, optionsArg: 1 };
const urlDataOptions: HttpCallShape = { urlArg: 0, optionsArg: 2 };
const configOnly: HttpCallShape = { urlArg: 0, optionsArg: 0 };
const verbs = (names: readonly string[], shape: HttpCallShape) => Object.fromEntries(names.map((n) => [n, shape]));

export const HTTP_APIS: Readonly<Record<HttpApi, HttpApiInfo>> = {
  fetch: { call: urlThenOptions, methods: {}, factories: [], baseKey: null },
  axios: {
    call: urlThenOptions,
    methods: {
      request: configOnly,
      ...verbs(['get', 'delete', 'head', 'options'], urlThenOptions),
      ...verbs(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'], urlDataOptions),
    },
    factories: ['create'],
    baseKey: 'baseURL',
  },
  got: {
    call: urlThenOptions,
    methods: verbs(['get', 'post', 'put', 'patch', 'delete', 'head', 'stream', 'paginate'], urlThenOptions),
    factories: ['extend'],
    baseKey: 'prefixUrl',
  },
  ky: {
    call: urlThenOptions,
    methods: verbs(['get', 'post', 'put', 'patch', 'delete', 'head'], urlThenOptions),
    factories: ['create', 'extend'],
    baseKey: 'prefixUrl',
  },
  'undici-request': { call: urlThenOptions, methods: {}, factories: [], baseKey: null },
};

/** HTTP client packages by export; `commonJs` is what `require()` of the package returns, if callable. */
export interface HttpModule {
  readonly module: string;
  readonly exports: Readonly<Record<string, HttpApi>>;
  readonly commonJs: HttpApi | null;
}

export const HTTP_MODULES: readonly HttpModule[] = [
  { module: 'axios', exports: { default: 'axios', axios: 'axios' }, commonJs: 'axios' },
  { module: 'got', exports: { default: 'got', got: 'got' }, commonJs: 'got' },
  { module: 'ky', exports: { default: 'ky' }, commonJs: null },
  { module: 'undici', exports: { fetch: 'fetch', request: 'undici-request' }, commonJs: null },
  { module: 'node-fetch', exports: { default: 'fetch' }, commonJs: 'fetch' },
  { module: 'cross-fetch', exports: { default: 'fetch', fetch: 'fetch' }, commonJs: 'fetch' },
];

/** Global objects through which the global `fetch` is reached. */
export const GLOBAL_OBJECTS: readonly string[] = ['globalThis', 'window', 'self', 'global'];

/** The OpenAI SDK: clients that Anthropic's OpenAI-compatibility endpoint can be pointed at. */
export const OPENAI_MODULES: readonly string[] = ['openai', 'openai/index', 'openai/index.js', 'openai/index.mjs', 'openai/client', 'openai/client.js', 'openai/azure', 'openai/azure.js'];
export const OPENAI_CLIENT_CLASSES: Readonly<Record<string, string>> = { default: 'OpenAI', OpenAI: 'OpenAI', AzureOpenAI: 'AzureOpenAI' };
