/**
 * A Claude Code settings file or MCP config, read once per file and shared by the four
 * `claude-code-settings-*` rules (PRODUCT.md §3c): the `env` map, the model settings, the platform
 * switches, `cleanupPeriodDays` and the MCP servers. Works on the JSON tree `@eslint/json` parses,
 * so the audit can call `analyzeClaudeCodeSettings` on a document of its own.
 *
 * Values are read as Claude Code reads them: the last of duplicate keys wins (as in `JSON.parse`),
 * and a value of the wrong type (a number where a string belongs) is skipped, never guessed at.
 */
import {
  MCP_LOCAL_TRANSPORTS,
  MCP_REMOTE_TRANSPORTS,
  MODEL_ENV_VARS,
  MODEL_SETTINGS,
  PLATFORM_ENV_VARS,
  type SettingsFileKind,
  envSwitchOff,
  settingsFileKind,
} from '../policy/claude-code.js';
import type { ThirdPartyPlatform } from '../policy/clients.js';
import { effectiveMembers, findMember, isJsonDocument, type JsonDocument, type JsonMember, type JsonNode, type JsonObject, memberName } from './json-ast.js';

export interface EnvEntry {
  readonly name: string;
  readonly member: JsonMember;
  /** The value when it is a string; null otherwise (Claude Code's `env` holds strings). */
  readonly value: string | null;
}

export interface EnvBlock {
  readonly member: JsonMember;
  /** Null when `env` is not an object. */
  readonly object: JsonObject | null;
  readonly entries: ReadonlyMap<string, EnvEntry>;
}

/** A model Claude Code may send requests to, named by a setting or a model env var. */
export interface ModelSetting {
  /** Where it is written, for messages: `model`, `fallbackModel[1]`, `env.ANTHROPIC_MODEL`. */
  readonly place: string;
  readonly value: string;
  /** The member (scalar settings, env entries) or the array element it is written in. */
  readonly node: JsonNode;
}

export interface PlatformSwitch {
  readonly entry: EnvEntry & { readonly value: string };
  readonly platform: ThirdPartyPlatform;
}

export interface McpServerUrl {
  readonly member: JsonMember;
  readonly written: string;
  /** Null when the scheme or host cannot be read (a `${VAR}` without a default, not an absolute URL). */
  readonly hostname: string | null;
  readonly loopback: boolean;
  /** The host comes from a `${VAR:-default}`: only the default was judged. */
  readonly hostFromVariable: boolean;
  /** The URL as `scheme://host[:port]/path?query` (no credentials), the forms allow globs match. */
  readonly matchForms: readonly string[];
}

export interface McpServer {
  readonly name: string;
  readonly member: JsonMember;
  /** `remote`: `http`, `sse`, `ws`, or a `url` without a local type. `local`: `stdio` (the default) and `sdk`. */
  readonly transport: 'remote' | 'local';
  readonly type: string | null;
  /** Null when the server has no `url` string. */
  readonly url: McpServerUrl | null;
}

export interface ClaudeCodeSettings {
  readonly kind: SettingsFileKind;
  /** The top-level object; null when the document is something else. */
  readonly root: JsonObject | null;
  /** Null when the file has no `env` member (always for MCP configs). */
  readonly env: EnvBlock | null;
  readonly models: readonly ModelSetting[];
  /** Platform env vars whose value does not plainly leave them off. */
  readonly platformSwitches: readonly PlatformSwitch[];
  /** The `cleanupPeriodDays` member; `days` is null when its value is not a number. */
  readonly cleanupPeriod: { readonly days: number | null; readonly member: JsonMember } | null;
  readonly mcpServers: readonly McpServer[];
}

const EMPTY_ENTRIES: ReadonlyMap<string, EnvEntry> = new Map();

function readEnv(root: JsonObject): EnvBlock | null {
  const member = findMember(root, 'env');
  if (!member) return null;
  if (member.value.type !== 'Object') return { member, object: null, entries: EMPTY_ENTRIES };
  const entries = new Map<string, EnvEntry>();
  for (const entry of effectiveMembers(member.value)) {
    const name = memberName(entry);
    entries.set(name, { name, member: entry, value: entry.value.type === 'String' ? entry.value.value : null });
  }
  return { member, object: member.value, entries };
}

function readModels(root: JsonObject, env: EnvBlock | null): ModelSetting[] {
  const models: ModelSetting[] = [];
  for (const { key, shape } of MODEL_SETTINGS) {
    const member = findMember(root, key);
    if (!member) continue;
    const { value } = member;
    if (value.type === 'String') {
      const ids = shape === 'list' ? value.value.split(',') : [value.value];
      for (const id of ids) if (id.trim() !== '') models.push({ place: key, value: id.trim(), node: member });
    } else if (value.type === 'Array' && shape === 'list') {
      value.elements.forEach((element, index) => {
        if (element.value.type === 'String' && element.value.value.trim() !== '') {
          models.push({ place: `${key}[${index}]`, value: element.value.value.trim(), node: element.value });
        }
      });
    }
  }
  for (const name of MODEL_ENV_VARS) {
    const entry = env?.entries.get(name);
    if (entry?.value?.trim()) models.push({ place: `env.${name}`, value: entry.value.trim(), node: entry.member });
  }
  return models;
}

function readPlatformSwitches(env: EnvBlock | null): PlatformSwitch[] {
  const switches: PlatformSwitch[] = [];
  for (const [name, platform] of Object.entries(PLATFORM_ENV_VARS)) {
    const entry = env?.entries.get(name);
    if (entry && entry.value !== null && !envSwitchOff(entry.value)) switches.push({ entry: entry as PlatformSwitch['entry'], platform });
  }
  return switches;
}

/** `${VAR}` and `${VAR:-default}`, expanded by Claude Code in `.mcp.json` values. */
const VARIABLE = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::-([^}]*))?\}/g;
const HOLE = '\u0000';
const AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** Loopback names and addresses: a server there runs on the user's own machine. */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '::1' ||
    host === '0.0.0.0' ||
    host === '::' ||
    /^::ffff:(?:127\.|7f[0-9a-f]{2}:)/.test(host)
  );
}

function readServerUrl(member: JsonMember, written: string): McpServerUrl {
  // Expand each variable to its default (or a hole), remembering where its text starts.
  const starts: number[] = [];
  let expanded = '';
  let last = 0;
  for (const match of written.matchAll(VARIABLE)) {
    expanded += written.slice(last, match.index);
    starts.push(expanded.length);
    expanded += match[1] ?? HOLE;
    last = match.index + match[0].length;
  }
  expanded += written.slice(last);
  const expandedAuthority = AUTHORITY.exec(expanded)?.[0];
  const hostFromVariable = starts.some((start) => start < (expandedAuthority?.length ?? Infinity));
  let url: URL | null = null;
  if (expandedAuthority && !expandedAuthority.includes(HOLE)) {
    try {
      // A variable in the path is unknown text: it matches `**` globs and nothing narrower.
      url = new URL(expanded.replaceAll(HOLE, '-'));
    } catch {
      url = null;
    }
  }
  if (!url || url.hostname === '') return { member, written, hostname: null, loopback: false, hostFromVariable, matchForms: [] };
  const base = `${url.protocol}//${url.host}${url.pathname}${url.search}`;
  const matchForms = url.pathname === '/' && url.search === '' ? [base, base.slice(0, -1)] : [base];
  return { member, written, hostname: url.hostname, loopback: isLoopback(url.hostname), hostFromVariable, matchForms };
}

function readMcpServers(root: JsonObject): McpServer[] {
  const block = findMember(root, 'mcpServers');
  if (!block || block.value.type !== 'Object') return [];
  const servers: McpServer[] = [];
  for (const member of effectiveMembers(block.value)) {
    if (member.value.type !== 'Object') continue;
    const typeMember = findMember(member.value, 'type');
    const type = typeMember?.value.type === 'String' ? typeMember.value.value : null;
    const urlMember = findMember(member.value, 'url');
    const url = urlMember?.value.type === 'String' ? readServerUrl(urlMember, urlMember.value.value) : null;
    const remote = type !== null && MCP_REMOTE_TRANSPORTS.includes(type) ? true : type !== null && MCP_LOCAL_TRANSPORTS.includes(type) ? false : urlMember !== null;
    servers.push({ name: memberName(member), member, transport: remote ? 'remote' : 'local', type, url });
  }
  return servers;
}

/** Reads one settings file or MCP config; `filename` decides its kind (`settingsFileKind`). */
export function analyzeClaudeCodeSettings(document: JsonDocument, filename: string): ClaudeCodeSettings {
  const kind = settingsFileKind(filename);
  const root = document.body.type === 'Object' ? document.body : null;
  if (!root) return { kind, root, env: null, models: [], platformSwitches: [], cleanupPeriod: null, mcpServers: [] };
  const mcpServers = readMcpServers(root);
  if (kind === 'mcp') return { kind, root, env: null, models: [], platformSwitches: [], cleanupPeriod: null, mcpServers };
  const env = readEnv(root);
  const cleanup = findMember(root, 'cleanupPeriodDays');
  const cleanupPeriod = cleanup ? { days: cleanup.value.type === 'Number' ? cleanup.value.value : null, member: cleanup } : null;
  return { kind, root, env, models: readModels(root, env), platformSwitches: readPlatformSwitches(env), cleanupPeriod, mcpServers };
}

const cache = new WeakMap<JsonDocument, ClaudeCodeSettings>();

/** What a rule context needs of a rule's file: its source tree and its name. */
export interface SettingsFileContext {
  readonly sourceCode: { readonly ast: unknown };
  readonly filename: string;
}

/**
 * The analysis of the file being linted, built once and shared by every settings rule; null when
 * the file is not JSON (a JavaScript file the rule was turned on for by a config without `files`).
 */
export function getClaudeCodeSettings(context: SettingsFileContext): ClaudeCodeSettings | null {
  const { ast } = context.sourceCode;
  if (!isJsonDocument(ast)) return null;
  let settings = cache.get(ast);
  if (!settings) {
    settings = analyzeClaudeCodeSettings(ast, context.filename);
    cache.set(ast, settings);
  }
  return settings;
}
