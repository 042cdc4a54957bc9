/**
 * The Claude Agent SDK and the `ai-sdk-provider-claude-code` bridge (PRODUCT.md §3c). The SDK runs
 * Claude Code as a subprocess: its options choose the model, the platform (through `env`), the
 * tools and beta flags of the requests Claude Code makes, so those are judged, and the Messages
 * param rules are not. The `/browser` and `/bridge` entry points open or attach cloud sessions.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  AGENT_MODEL_FLAGS,
  AGENT_MODEL_OPTIONS,
  AGENT_SETTINGS_OPTIONS,
  BETAS_ENV_VAR,
  CLOUD_SESSION_ENTRIES,
  type CloudSessionEntry,
  CREATE_CODE_SESSION_MODEL_ARGUMENT,
  INHERIT_MODEL,
  namesWebSearch,
  PROVIDER_SDK_OPTIONS_IGNORED,
  TOOL_LIST_OPTIONS,
  WEB_SEARCH_TOOL,
} from '../../policy/claude-agent-sdk.js';
import { MODEL_ENV_VARS, MODEL_SETTINGS, PLATFORM_ENV_VARS, envSwitchOff } from '../../policy/claude-code.js';
import { betaFlagOwner } from '../../policy/betas.js';
import { PLATFORM_LABELS } from '../../policy/clients.js';
import type { RuleName } from '../../policy/rule-names.js';
import { argumentOf, skipTransparent } from '../ast.js';
import type { PossibleValues, ValueCandidate } from '../possible-values.js';
import type { RequestField } from '../requests.js';
import { type ArrayShape, type FieldLookup, isNullish, type ObjectShape, type PropertyEntry, type Site, type UnknownEntry } from '../shapes.js';
import type { LibraryAdapter, LibraryContext, LibraryValue } from './index.js';
import { ownEntry } from '../../utils/own-entry.js';

const AGENT_SDK = 'Claude Agent SDK';
const PROVIDER = 'ai-sdk-provider-claude-code';
const SESSION = 'Claude Code session';

/** Every rule an unreadable options object may hide findings of. */
const OPTION_RULES: readonly RuleName[] = ['no-beta-api', 'no-third-party-platform', 'no-web-search', 'no-disallowed-model'];
const ENV_RULES: readonly RuleName[] = ['no-beta-api', 'no-third-party-platform', 'no-disallowed-model'];
const SETTINGS_RULES: readonly RuleName[] = ['no-third-party-platform', 'no-disallowed-model'];
const MODEL_RULES: readonly RuleName[] = ['no-disallowed-model'];
const TOOL_RULES: readonly RuleName[] = ['no-web-search'];

/** Methods of a `Query` that change what the running session sends. */
const QUERY_METHODS: Readonly<Record<string, string>> = { setModel: 'setModel', applyFlagSettings: 'applyFlagSettings', updateSettings: 'updateSettings' };
/** Methods of the bridge's provider that create a model, as calling the provider does. */
const PROVIDER_MODEL_METHODS: ReadonlySet<string> = new Set(['languageModel', 'chat']);

const derive = (value: LibraryValue, role: string, key: string, origin: TSESTree.Node | null = value.origin): LibraryValue => ({
  type: 'library',
  library: value.library,
  role,
  path: [...value.path, key],
  origin,
});

const made = (value: LibraryValue, role: string, node: TSESTree.Node): LibraryValue => ({ type: 'library', library: value.library, role, path: [], origin: node });

export const claudeAgentSdk: LibraryAdapter = {
  member(value, key) {
    switch (value.role) {
      case 'queryHandle':
        return Object.hasOwn(QUERY_METHODS, key) ? derive(value, QUERY_METHODS[key]!, key) : null;
      case 'warmQuery':
        return key === 'query' ? derive(value, 'warmQueryStart', key) : null;
      case 'spareProcess':
        return key === 'claim' ? derive(value, 'claim', key) : null;
      case 'provider':
        return PROVIDER_MODEL_METHODS.has(key) ? derive(value, 'modelFactory', key) : null;
      default:
        return null;
    }
  },
  call(value, node) {
    switch (value.role) {
      case 'query':
      case 'warmQueryStart':
      case 'claim':
        return made(value, 'queryHandle', node);
      case 'startup':
        return made(value, 'warmQuery', node);
      case 'prewarm':
        return made(value, 'spareProcess', node);
      case 'providerFactory':
        return made(value, 'provider', node);
      default:
        return null;
    }
  },
  scan(node, callee, context) {
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    new AgentSdkCall(node, callee, context).judge();
  },
};

/** `process.env` (or a spread of it): the environment the app runs in, which the analysis does not read. */
function isProcessEnv(node: TSESTree.Node, context: LibraryContext): boolean {
  const target = skipTransparent(node.type === AST_NODE_TYPES.SpreadElement ? node.argument : node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTransparent(target.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'process' && context.bindings.isGlobal(object) && context.statics.memberKey(target) === 'env';
}

/** A place (`query() env.ANTHROPIC_MODEL`) as an unresolved message names it: "the `env.ANTHROPIC_MODEL` of `query()`". */
function partOf(place: string): string {
  const split = place.indexOf('() ');
  return split === -1 ? `the argument of \`${place}\`` : `the \`${place.slice(split + 3)}\` of \`${place.slice(0, split + 2)}\``;
}

/** How the code names a callee: `claude`, `provider.languageModel`; null for anything else. */
function calleeName(callee: TSESTree.Node, context: LibraryContext): string | null {
  const target = skipTransparent(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = skipTransparent(target.object);
  const key = context.statics.memberKey(target);
  return object.type === AST_NODE_TYPES.Identifier && key !== null ? `${object.name}.${key}` : key;
}

/** A possible value of a model option, split when the option is a comma-separated list. */
function splitList(values: PossibleValues): PossibleValues {
  const candidates: ValueCandidate[] = [];
  for (const candidate of values.candidates) {
    if (typeof candidate.value !== 'string') continue;
    for (const part of candidate.value.split(',')) {
      if (part.trim() !== '') candidates.push({ ...candidate, value: part.trim() });
    }
  }
  return { candidates, unresolved: values.unresolved };
}

type Certain = 'yes' | 'no' | 'unknown';
type ShapeElements = ArrayShape['elements'];

/** Several objects merged key by key, the first winning (the bridge's `sdkOptions`, a model's settings, the provider's defaults). */
type Layers = readonly ObjectShape[];

/** One recognised call: what it judges depends on the callee's role. */
class AgentSdkCall {
  private readonly before: number;

  constructor(
    private readonly node: TSESTree.CallExpression,
    private readonly callee: LibraryValue,
    private readonly context: LibraryContext,
  ) {
    this.before = node.range[0];
  }

  judge(): void {
    const role = this.callee.role;
    switch (role) {
      case 'query':
      case 'startup':
      case 'prewarm':
        this.sessionCall(`${role}()`, true);
        return;
      case 'claim':
        // The spare process got its tools from `prewarm()`; its claim names a model, env, settings and agents.
        this.sessionCall('claim()', false);
        return;
      case 'warmQueryStart':
        this.site('query', SESSION, AGENT_SDK, null);
        return;
      case 'setModel':
        this.setModel();
        return;
      case 'applyFlagSettings':
      case 'updateSettings':
        this.settingsCall(role);
        return;
      case 'providerFactory':
        this.providerFactory();
        return;
      case 'provider':
      case 'modelFactory':
        this.providerModel();
        return;
      default:
        if (Object.hasOwn(CLOUD_SESSION_ENTRIES, role)) this.cloudSession(role as CloudSessionEntry);
    }
  }

  private get shapes() {
    return this.context.shapes;
  }

  private site(method: string, surface: string, client: string, model: RequestField | null): void {
    this.context.calls.push({ library: this.callee.library, node: this.node, method, surface, client, request: null, model });
  }

  private unresolved(node: TSESTree.Node, part: string, concerns: readonly RuleName[]): void {
    this.context.collector.unresolved(node, part, concerns);
  }

  private unknownAt(unknown: UnknownEntry): TSESTree.Node {
    return unknown.site ?? unknown.node;
  }

  /** An object option: its shape, with each part the analysis cannot read noted as unresolved; null when none is readable. */
  private object(value: TSESTree.Node, before: number, site: Site, part: string, concerns: readonly RuleName[], ignoreEnv = false): ObjectShape | null {
    if (isNullish(value) || (ignoreEnv && isProcessEnv(value, this.context))) return null;
    const shape = this.shapes.object(value, before, site);
    if (!shape) {
      const inherited = ignoreEnv && this.shapes.candidates(value, before, site).every((c) => isProcessEnv(c.node, this.context) || isNullish(c.node));
      if (!inherited) this.unresolved(site ?? value, part, concerns);
      return null;
    }
    for (const unknown of this.shapes.effectiveProperties(shape).unknowns) {
      if (ignoreEnv && isProcessEnv(unknown.node, this.context)) continue;
      this.unresolved(this.unknownAt(unknown), part, concerns);
    }
    return shape;
  }

  /** Each object a value may be, read apart; nullish candidates are an absent value, unreadable ones unresolved. */
  private alternatives(value: TSESTree.Node, before: number, site: Site, part: string, concerns: readonly RuleName[]): { shapes: ObjectShape[]; absent: boolean; unreadable: boolean } {
    const found = { shapes: [] as ObjectShape[], absent: false, unreadable: false };
    for (const candidate of this.shapes.candidates(value, before, site)) {
      if (candidate.falsy || isNullish(candidate.node)) {
        found.absent = true;
        continue;
      }
      const shape = this.shapes.objectOf(candidate);
      if (!shape) {
        this.unresolved(candidate.site ?? candidate.node, part, concerns);
        found.unreadable = true;
        continue;
      }
      for (const unknown of this.shapes.effectiveProperties(shape).unknowns) this.unresolved(this.unknownAt(unknown), part, concerns);
      found.shapes.push(shape);
    }
    return found;
  }

  /** `query({ prompt, options })`, `startup({ options })`, `prewarm({ options })`, `spare.claim({ prompt, options })`. */
  private sessionCall(label: string, checksTools: boolean): void {
    const params = argumentOf(this.node, 0);
    const method = label.slice(0, -2);
    const paramsShape = params ? this.object(params, this.before, null, `the params of \`${label}\``, OPTION_RULES) : null;
    if (params && !paramsShape && !isNullish(params)) {
      this.site(method, SESSION, AGENT_SDK, null);
      return;
    }
    const options = paramsShape ? this.shapes.lookup(paramsShape, 'options') : null;
    if (options?.unknown) this.unresolved(this.unknownAt(options.unknown), `the options of \`${label}\``, OPTION_RULES);
    // Each object `options` may be (each write, each branch) is judged on its own: tools and their removal go together.
    const alternatives: ObjectShape[] = [];
    let absent = !options || options.maybeAbsent;
    let unreadable = options?.unknown !== null && options?.unknown !== undefined;
    for (const write of options?.writes ?? []) {
      const found = this.alternatives(write.value, write.before, write.site, `the options of \`${label}\``, OPTION_RULES);
      alternatives.push(...found.shapes);
      absent ||= found.absent;
      unreadable ||= found.unreadable;
    }
    for (const shape of alternatives) this.judgeOptions(shape, label);
    if (checksTools && !unreadable) {
      if (absent) this.judgeTools([], label);
      for (const shape of alternatives) this.judgeTools([shape], label);
    }
    this.site(method, SESSION, AGENT_SDK, this.fieldOf(alternatives, 'model', absent));
  }

  /** What each options object names on its own: models, platform env, settings, agents, beta flags (tools are judged apart, merged). */
  private judgeOptions(shape: ObjectShape, label: string, ignore: readonly string[] = []): void {
    for (const { key, shape: listShape } of AGENT_MODEL_OPTIONS) {
      if (!ignore.includes(key)) this.modelOption(shape, key, listShape, `${label} ${key}`);
    }
    for (const write of this.shapes.lookup(shape, 'extraArgs').writes) {
      const args = this.object(write.value, write.before, write.site, `the \`extraArgs\` of \`${label}\``, MODEL_RULES);
      if (args) for (const flag of AGENT_MODEL_FLAGS) this.modelOption(args, flag.key, flag.shape, `${label} extraArgs.${flag.key}`);
    }
    this.envOption(shape, `${label} env`);
    for (const key of AGENT_SETTINGS_OPTIONS) {
      for (const write of this.shapes.lookup(shape, key).writes) this.settingsObject(write, `${label} ${key}`);
    }
    this.agents(shape, label);
    this.betas(shape, label);
  }

  /** A model option (`model`, `fallbackModel`, an agent's `model`): each possible value is a model reference in Claude Code's naming. */
  private modelOption(shape: ObjectShape, key: string, listShape: 'one' | 'list', place: string, skip: (id: string) => boolean = () => false): void {
    const found = this.shapes.lookup(shape, key);
    if (found.unknown) this.unresolved(this.unknownAt(found.unknown), partOf(place), MODEL_RULES);
    for (const write of found.writes) this.modelValue(write.value, write.before, write.site, listShape, place, skip);
  }

  private modelValue(value: TSESTree.Node, before: number, site: Site, listShape: 'one' | 'list', place: string, skip: (id: string) => boolean = () => false): void {
    if (isNullish(value)) return;
    const lists: PossibleValues[] = [];
    const array = listShape === 'list' ? this.shapes.array(value, before, site) : null;
    if (array) {
      for (const element of array.elements) {
        if (element.kind === 'unknown') this.unresolved(this.unknownAt(element), partOf(place), MODEL_RULES);
        else lists.push(this.context.values.read(element.node, element.before, element.site));
      }
    } else {
      lists.push(this.context.values.read(value, before, site));
    }
    for (const read of lists) {
      const values = listShape === 'list' ? splitList(read) : read;
      const candidates = values.candidates.filter((c) => typeof c.value === 'string' && c.value.trim() !== '' && !skip(c.value.trim()));
      for (const node of values.unresolved) this.unresolved(node, partOf(place), MODEL_RULES);
      if (candidates.length > 0) this.context.requests.modelReferences.push({ place, client: null, values: { candidates, unresolved: values.unresolved }, naming: 'claude-code' });
    }
  }

  /** `env` (and a settings object's `env`): platform switches, model env vars, beta flags. `process.env` spread in is the app's own environment. */
  private envOption(shape: ObjectShape, place: string): void {
    const found = this.shapes.lookup(shape, 'env');
    if (found.unknown) this.unresolved(this.unknownAt(found.unknown), partOf(place), ENV_RULES);
    for (const write of found.writes) {
      const env = this.object(write.value, write.before, write.site, partOf(place), ENV_RULES, true);
      if (!env) continue;
      for (const entry of this.shapes.effectiveProperties(env).properties) {
        const platform = ownEntry(PLATFORM_ENV_VARS, entry.key);
        if (platform) this.platformSwitch(entry, platform, place);
        else if (MODEL_ENV_VARS.includes(entry.key)) this.modelValue(entry.value, entry.before, entry.site, 'one', `${place}.${entry.key}`);
        else if (entry.key === BETAS_ENV_VAR) this.flags(entry.value, entry.before, entry.site, `${place}.${entry.key}`, 'list');
      }
    }
  }

  /** `CLAUDE_CODE_USE_BEDROCK: '1'`: any value that does not plainly leave the switch off sends Claude Code through the platform. */
  private platformSwitch(entry: PropertyEntry, platform: keyof typeof PLATFORM_LABELS, place: string): void {
    const read = this.context.values.read(entry.value, entry.before, entry.site);
    for (const node of read.unresolved) this.unresolved(node, partOf(`${place}.${entry.key}`), ['no-third-party-platform']);
    const on = read.candidates.some((c) => c.value !== undefined && c.value !== null && !envSwitchOff(String(c.value)));
    if (on) {
      this.context.collector.add('no-third-party-platform', 'claudeCodePlatform', entry.site ?? entry.keyNode, { key: entry.key, platform: PLATFORM_LABELS[platform] }, { subject: platform });
    }
  }

  /** A settings object (`settings`, `managedSettings`, `applyFlagSettings(…)`): its model settings and `env`; a string is a settings file's path. */
  private settingsObject(write: { value: TSESTree.Node; before: number; site: Site }, place: string): void {
    const shape = this.object(write.value, write.before, write.site, partOf(place), SETTINGS_RULES);
    if (!shape) return;
    // `query() settings.model`, and for a settings object passed alone, `applyFlagSettings() model`.
    const at = (key: string) => (place.endsWith('()') ? `${place} ${key}` : `${place}.${key}`);
    for (const { key, shape: listShape } of MODEL_SETTINGS) this.modelOption(shape, key, listShape, at(key));
    this.envOption(shape, at('env'));
  }

  /** `agents: { name: { model, tools, disallowedTools } }`: each agent's model and its own WebSearch. */
  private agents(shape: ObjectShape, label: string): void {
    for (const write of this.shapes.lookup(shape, 'agents').writes) {
      const agents = this.object(write.value, write.before, write.site, `the \`agents\` of \`${label}\``, ['no-web-search', 'no-disallowed-model']);
      if (!agents) continue;
      for (const entry of this.shapes.effectiveProperties(agents).properties) {
        const agent = this.object(entry.value, entry.before, entry.site, `the agent \`${entry.key}\` of \`${label}\``, ['no-web-search', 'no-disallowed-model']);
        if (!agent) continue;
        this.modelOption(agent, 'model', 'one', `${label} agents.${entry.key}.model`, (id) => id.toLowerCase() === INHERIT_MODEL);
      }
    }
  }

  /** `betas: ['context-1m-2025-08-07']`: each flag is its owner's finding, as in a Messages request. */
  private betas(shape: ObjectShape, label: string): void {
    const found = this.shapes.lookup(shape, 'betas');
    if (found.unknown) this.unresolved(this.unknownAt(found.unknown), `the \`betas\` of \`${label}\``, ['no-beta-api']);
    for (const write of found.writes) this.flags(write.value, write.before, write.site, `${label} betas`, 'array');
  }

  private flags(value: TSESTree.Node, before: number, site: Site, place: string, written: 'array' | 'list'): void {
    if (isNullish(value)) return;
    const reads: PossibleValues[] = [];
    if (written === 'array') {
      const array = this.shapes.array(value, before, site);
      if (!array) {
        this.unresolved(site ?? value, partOf(place), ['no-beta-api']);
        return;
      }
      for (const element of array.elements) {
        if (element.kind === 'unknown') this.unresolved(this.unknownAt(element), partOf(place), ['no-beta-api']);
        else reads.push(this.context.values.read(element.node, element.before, element.site));
      }
    } else {
      reads.push(splitList(this.context.values.read(value, before, site)));
    }
    for (const read of reads) {
      for (const node of read.unresolved) this.unresolved(node, partOf(place), ['no-beta-api']);
      for (const candidate of read.candidates) {
        if (typeof candidate.value !== 'string') continue;
        const flag = candidate.value;
        this.context.collector.add(betaFlagOwner(flag), 'betaFlag', candidate.node, { flag }, { subject: flag });
      }
    }
  }

  /**
   * WebSearch (PRODUCT.md §3c): named in `allowedTools` or `tools` (or an agent's `tools`), or in
   * Claude Code's default tool set, which a missing `tools` (or the `claude_code` preset) keeps,
   * unless `disallowedTools` (or the settings' `permissions.deny`) lists it. `layers` merge key by
   * key, the first winning (the bridge's `sdkOptions` over a model's settings over the defaults).
   * A call that names WebSearch explicitly is reported there, not a second time for its defaults.
   */
  private judgeTools(layers: Layers, label: string): void {
    const disallowed = this.disallowsWebSearch(layers, label);
    // `unknown` was noted as unresolved where the list could not be read.
    if (disallowed !== 'no') return;
    let explicit = false;
    for (const key of TOOL_LIST_OPTIONS) {
      const part = `the \`${key}\` of \`${label}\``;
      const found = this.layered(layers, key);
      if (found.unknown) this.unresolved(this.unknownAt(found.unknown), part, TOOL_RULES);
      for (const write of found.writes) {
        for (const candidate of this.shapes.candidates(write.value, write.before, write.site)) {
          if (candidate.falsy || isNullish(candidate.node)) continue;
          const array = this.shapes.arrayOf(candidate);
          if (!array) {
            // `tools: { type: 'preset', … }` is the default set, judged below.
            if (!(key === 'tools' && this.shapes.objectOf(candidate))) this.unresolved(candidate.site ?? candidate.node, part, TOOL_RULES);
            continue;
          }
          if (this.reportWebSearch(array.elements, key, label, part)) explicit = true;
        }
      }
    }
    this.agentTools(layers, label);
    if (!explicit && this.keepsDefaultTools(layers)) {
      this.context.collector.add('no-web-search', 'claudeCodeDefaultTools', this.node.callee, { call: label });
    }
  }

  /** Each element of a tool list that names WebSearch is a finding; true when one does. */
  private reportWebSearch(elements: ShapeElements, option: string, label: string, part: string): boolean {
    let found = false;
    for (const element of elements) {
      if (element.kind === 'unknown') {
        this.unresolved(this.unknownAt(element), part, TOOL_RULES);
        continue;
      }
      const read = this.context.values.read(element.node, element.before, element.site);
      for (const node of read.unresolved) this.unresolved(node, part, TOOL_RULES);
      for (const value of read.candidates) {
        if (typeof value.value !== 'string' || !namesWebSearch(value.value)) continue;
        found = true;
        this.context.collector.add('no-web-search', 'claudeCodeWebSearch', value.node, { option, call: label });
      }
    }
    return found;
  }

  /** Whether `tools` leaves Claude Code's default set: absent on some path, or the `claude_code` preset. */
  private keepsDefaultTools(layers: Layers): boolean {
    const found = this.layered(layers, 'tools');
    if (found.unknown) return false;
    if (found.maybeAbsent) return true;
    for (const write of found.writes) {
      for (const candidate of this.shapes.candidates(write.value, write.before, write.site)) {
        if (candidate.falsy || isNullish(candidate.node)) return true;
        const preset = this.shapes.arrayOf(candidate) ? null : this.shapes.objectOf(candidate);
        if (preset && this.shapes.lookup(preset, 'type').writes.some((w) => this.context.values.string(w.value, w.before) === 'preset')) return true;
      }
    }
    return false;
  }

  /** Each agent's `tools` naming WebSearch, unless the agent's own `disallowedTools` removes it. */
  private agentTools(layers: Layers, label: string): void {
    for (const write of this.layered(layers, 'agents').writes) {
      const agents = this.shapes.object(write.value, write.before, write.site);
      if (!agents) continue;
      for (const entry of this.shapes.effectiveProperties(agents).properties) {
        const agent = this.shapes.object(entry.value, entry.before, entry.site);
        if (!agent) continue;
        const own = this.listDisallows(this.shapes.lookup(agent, 'disallowedTools'), `the agent \`${entry.key}\` of \`${label}\``);
        if (own !== 'no') continue;
        const part = `the \`tools\` of the agent \`${entry.key}\` of \`${label}\``;
        for (const tools of this.shapes.lookup(agent, 'tools').writes) {
          const array = this.shapes.array(tools.value, tools.before, tools.site);
          if (array) this.reportWebSearch(array.elements, `agents.${entry.key}.tools`, label, part);
          else if (!isNullish(tools.value)) this.unresolved(tools.site ?? tools.value, part, TOOL_RULES);
        }
      }
    }
  }

  /** Whether WebSearch is certainly removed: by `disallowedTools`, or by `permissions.deny` in the settings passed. */
  private disallowsWebSearch(layers: Layers, label: string): Certain {
    const verdicts: Certain[] = [this.listDisallows(this.layered(layers, 'disallowedTools'), `\`${label}\``)];
    for (const key of AGENT_SETTINGS_OPTIONS) {
      for (const write of this.layered(layers, key).writes) {
        const settings = this.shapes.object(write.value, write.before, write.site);
        const permissions = settings ? this.shapes.lookup(settings, 'permissions') : null;
        for (const permission of permissions?.writes ?? []) {
          const shape = this.shapes.object(permission.value, permission.before, permission.site);
          if (shape) verdicts.push(this.listDisallows(this.shapes.lookup(shape, 'deny'), `the \`${key}.permissions\` of \`${label}\``, true));
        }
      }
    }
    if (verdicts.includes('yes')) return 'yes';
    return verdicts.includes('unknown') ? 'unknown' : 'no';
  }

  /**
   * Whether a tool list removes WebSearch on every path: `yes` when each possible list names it,
   * `unknown` (noted as unresolved) when a list or an element cannot be read, else `no`.
   * `quiet`: a permissions list, whose unreadable parts are not WebSearch's to report.
   */
  private listDisallows(found: FieldLookup, where: string, quiet = false): Certain {
    if (found.writes.length === 0) return found.unknown ? this.unreadableList(found.unknown.site ?? found.unknown.node, where, quiet) : 'no';
    if (found.maybeAbsent) return 'no';
    let verdict: Certain = 'yes';
    for (const write of found.writes) {
      for (const candidate of this.shapes.candidates(write.value, write.before, write.site)) {
        if (candidate.falsy || isNullish(candidate.node)) return 'no';
        const array = this.shapes.arrayOf(candidate);
        if (!array) {
          verdict = this.unreadableList(candidate.site ?? candidate.node, where, quiet);
          continue;
        }
        let names = false;
        let unknown = false;
        for (const element of array.elements) {
          if (element.kind === 'unknown') {
            unknown = true;
            continue;
          }
          const read = this.context.values.read(element.node, element.before, element.site);
          if (read.unresolved.length === 0 && read.candidates.length > 0 && read.candidates.every((c) => c.value === WEB_SEARCH_TOOL)) names = true;
          else if (read.unresolved.length > 0) unknown = true;
        }
        if (names) continue;
        if (!unknown) return 'no';
        verdict = this.unreadableList(candidate.site ?? candidate.node, where, quiet);
      }
    }
    return verdict;
  }

  private unreadableList(node: TSESTree.Node, where: string, quiet: boolean): Certain {
    if (quiet) return 'no';
    this.unresolved(node, `the \`disallowedTools\` of ${where}`, TOOL_RULES);
    return 'unknown';
  }

  /** A key of merged layers: the first layer's writes, and the next layers' where the earlier ones may leave it out. */
  private layered(layers: Layers, key: string): FieldLookup {
    const writes: PropertyEntry[] = [];
    let unknown: UnknownEntry | null = null;
    for (const layer of layers) {
      const found = this.shapes.lookup(layer, key);
      writes.push(...found.writes);
      unknown ??= found.unknown;
      if (!found.maybeAbsent) return { writes, maybeAbsent: false, unknown };
    }
    return { writes, maybeAbsent: true, unknown };
  }

  /** A key of the possible options objects, as the inventory reads it (the model column). */
  private fieldOf(alternatives: readonly ObjectShape[], key: string, maybeAbsent: boolean): RequestField | null {
    const writes: RequestField['writes'][number][] = [];
    let unknown: TSESTree.Node | null = null;
    let absent = maybeAbsent && alternatives.length === 0;
    for (const shape of alternatives) {
      const found = this.shapes.lookup(shape, key);
      for (const write of found.writes) writes.push(this.context.requests.fieldWrite(write));
      unknown ??= found.unknown ? this.unknownAt(found.unknown) : null;
      absent ||= found.maybeAbsent;
    }
    if (writes.length === 0 && !unknown) return null;
    return { writes, maybeAbsent: absent || maybeAbsent, unknown };
  }

  /** `q.setModel('id')`: the model the running session switches to; no argument is the default model. */
  private setModel(): void {
    const model = argumentOf(this.node, 0);
    if (model) this.modelValue(model, this.before, null, 'one', 'setModel()');
    this.site('setModel', SESSION, AGENT_SDK, model ? this.context.requests.fieldOf(model, this.before) : null);
  }

  /** `q.applyFlagSettings(settings)`, `q.updateSettings(source, settings)`: a settings object applied to the running session. */
  private settingsCall(method: 'applyFlagSettings' | 'updateSettings'): void {
    const settings = argumentOf(this.node, method === 'applyFlagSettings' ? 0 : 1);
    if (settings) this.settingsObject({ value: settings, before: this.before, site: null }, `${method}()`);
    this.site(method, SESSION, AGENT_SDK, null);
  }

  /** `createClaudeCode({ defaultSettings })`: the settings every model of the provider starts from. */
  private providerFactory(): void {
    for (const settings of this.providerSettingsWrites(this.node)) {
      const shape = this.object(settings.value, settings.before, settings.site, 'the `defaultSettings` of `createClaudeCode()`', OPTION_RULES);
      if (shape) this.providerSettings(shape, 'createClaudeCode() defaultSettings');
    }
    this.site('createClaudeCode', 'Claude Code provider (AI SDK)', PROVIDER, null);
  }

  /** The `defaultSettings` a `createClaudeCode(…)` call passes. */
  private providerSettingsWrites(factory: TSESTree.CallExpression): PropertyEntry[] {
    const options = argumentOf(factory, 0);
    if (!options) return [];
    const shape = this.shapes.object(options, factory.range[0]);
    if (!shape) {
      if (factory === this.node && !isNullish(options)) this.unresolved(options, 'the options of `createClaudeCode()`', OPTION_RULES);
      return [];
    }
    const found = this.shapes.lookup(shape, 'defaultSettings');
    if (found.unknown && factory === this.node) this.unresolved(this.unknownAt(found.unknown), 'the options of `createClaudeCode()`', OPTION_RULES);
    return [...found.writes];
  }

  /** Bridge settings: the Agent SDK's option names, and `sdkOptions` (whose `model` the provider ignores). */
  private providerSettings(shape: ObjectShape, label: string): void {
    this.judgeOptions(shape, label, ['model']);
    for (const write of this.shapes.lookup(shape, 'sdkOptions').writes) {
      const sdk = this.object(write.value, write.before, write.site, `the \`sdkOptions\` of \`${label}\``, OPTION_RULES);
      if (sdk) this.judgeOptions(sdk, `${label} sdkOptions`, PROVIDER_SDK_OPTIONS_IGNORED);
    }
  }

  /** `claudeCode('sonnet', settings)`, `provider.languageModel(…)`: the model id, the model's settings, and the merged tools. */
  private providerModel(): void {
    const label = `${calleeName(this.node.callee, this.context) ?? 'claudeCode'}()`;
    const model = argumentOf(this.node, 0);
    if (model) this.modelValue(model, this.before, null, 'one', `${label} model`);
    // The provider merges `{ ...defaultSettings, ...settings }`, then lays the merged `sdkOptions` over them.
    const own: ObjectShape[] = [];
    let unreadable = false;
    const settings = argumentOf(this.node, 1);
    if (settings && !isNullish(settings)) {
      const shape = this.object(settings, this.before, null, `the settings of \`${label}\``, OPTION_RULES);
      if (shape) {
        this.providerSettings(shape, `${label} settings`);
        own.push(shape);
      } else {
        unreadable = true;
      }
    }
    const defaults: ObjectShape[] = [];
    const factory = this.callee.origin;
    if (factory?.type === AST_NODE_TYPES.CallExpression) {
      for (const write of this.providerSettingsWrites(factory)) {
        const shape = this.shapes.object(write.value, write.before, write.site);
        if (shape) defaults.push(shape);
        else if (!isNullish(write.value)) unreadable = true;
      }
    }
    const merged = [...own, ...defaults];
    const sdkOptions: ObjectShape[] = [];
    for (const write of this.layered(merged, 'sdkOptions').writes) {
      const shape = this.shapes.object(write.value, write.before, write.site);
      if (shape) sdkOptions.push(shape);
    }
    if (!unreadable) this.judgeTools([...sdkOptions, ...merged], label);
    this.site(label.slice(0, -2), `${SESSION} (AI SDK model)`, PROVIDER, model ? this.context.requests.fieldOf(model, this.before) : null);
  }

  /** The `/browser` and `/bridge` entry points: one finding at the call that opens or attaches the session. */
  private cloudSession(entry: CloudSessionEntry): void {
    const { call, entry: module, action } = CLOUD_SESSION_ENTRIES[entry];
    this.context.collector.add('no-cloud-session', 'cloudSession', this.node.callee, { call, entry: module, action });
    let model: RequestField | null = null;
    if (entry === 'createCodeSession') {
      const argument = argumentOf(this.node, CREATE_CODE_SESSION_MODEL_ARGUMENT);
      if (argument) this.modelValue(argument, this.before, null, 'one', `${call} model`);
      model = (argument ? this.context.requests.fieldOf(argument, this.before) : null);
    }
    this.site(call.slice(0, -2), 'Claude Code cloud session', AGENT_SDK, model);
  }
}
