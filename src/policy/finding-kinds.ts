import type { RuleName } from './rule-names.js';

/**
 * The kinds of finding each rule reports; each rule's `meta.messages` must have exactly these ids
 * (checked by the type system through `RuleMessages`). `unresolvedValue` is the one kind every
 * rule that judges request content shares: an unreadable part, reported once (PRODUCT.md §3).
 */
export const FINDING_KINDS = {
  'no-files-api': ['surfaceCall', 'fileReference', 'betaFlag', 'rawRequest', 'unresolvedValue'],
  'no-batches-api': ['surfaceCall', 'betaFlag', 'rawRequest'],
  'no-skills-api': ['surfaceCall', 'skillsParam', 'betaFlag', 'rawRequest', 'unresolvedValue'],
  'no-context-management': ['contextManagement', 'memoryTool', 'betaFlag', 'unresolvedValue'],
  'no-browser-client': ['browserClient', 'browserHeader', 'browserDefault', 'unresolvedValue'],
  'no-code-execution': ['codeExecutionTool', 'containerReuse', 'betaFlag', 'unresolvedValue'],
  'no-mcp-connector': ['mcpServers', 'mcpToolset', 'betaFlag', 'unresolvedValue'],
  'no-beta-api': ['betaResource', 'messageThread', 'toolRunnerThread', 'betaParam', 'betaTool', 'betaFlag', 'rawRequest', 'unresolvedValue'],
  'no-third-party-platform': ['platformClient', 'gatewayClient', 'claudeCodePlatform', 'unresolvedValue'],
  'no-openai-compat': ['openaiCompat'],
  'no-cloud-session': ['cloudSession'],
  'no-web-search': ['webTool', 'claudeCodeWebSearch', 'claudeCodeDefaultTools', 'unresolvedValue'],
  'require-inference-geo': ['missingGeo', 'disallowedGeo', 'legacyModelPinned', 'legacyModelUnpinned', 'geoDropped', 'unresolvedValue'],
  'no-disallowed-model': ['retentionModel', 'deniedModel', 'notAllowedModel', 'deprecatedModel', 'unresolvedValue'],
} as const satisfies Record<RuleName, readonly string[]>;

export type FindingKind<R extends RuleName = RuleName> = (typeof FINDING_KINDS)[R][number];

/** A rule's messages: one sentence per finding kind it owns. */
export type RuleMessages<R extends RuleName> = Record<FindingKind<R>, string>;

/** Rules that can report an unreadable value. */
export type UnresolvedRule = { [R in RuleName]: 'unresolvedValue' extends FindingKind<R> ? R : never }[RuleName];

/**
 * What each rule checks, as the unresolved message lists it: "Cannot check Skills, code execution
 * and beta features here: the params of `messages.create` cannot be read statically."
 */
export const RULE_CHECKS: Readonly<Record<UnresolvedRule, string>> = {
  'no-files-api': 'uploaded-file references',
  'no-skills-api': 'Skills',
  'no-context-management': 'context management',
  'no-browser-client': 'browser access',
  'no-code-execution': 'code execution',
  'no-mcp-connector': 'the hosted MCP connector',
  'no-beta-api': 'beta features',
  'no-third-party-platform': 'the platform',
  'no-web-search': 'web search and fetch',
  'require-inference-geo': 'the inference geo',
  'no-disallowed-model': 'the model',
};

/** The one message every rule gives an unreadable value (its data: `checks`, `part`). */
export const UNRESOLVED_MESSAGE = 'Cannot check {{checks}} here: {{part}} cannot be read statically.';
