import type { RuleName } from './rule-names.js';

/**
 * The kinds of finding the analysis emits for each rule; each rule's `meta.messages` must have
 * exactly these ids (checked by the type system through `RuleMessages`).
 */
export const FINDING_KINDS = {
  'no-files-api': ['surfaceCall', 'fileReference', 'betaFlag', 'rawRequest'],
  'no-batches-api': ['surfaceCall', 'betaFlag', 'rawRequest'],
  'no-skills-api': ['surfaceCall', 'skillsParam', 'betaFlag', 'rawRequest', 'unresolvedParams'],
  'no-context-management': ['contextManagement', 'betaFlag', 'unresolvedParams'],
  'no-browser-client': ['browserClient', 'browserHeader', 'unresolvedOption'],
  'no-code-execution': ['codeExecutionTool', 'containerReuse', 'betaFlag', 'unresolvedParams'],
  'no-mcp-connector': ['mcpServers', 'mcpToolset', 'betaFlag', 'unresolvedParams'],
  'no-beta-api': ['betaResource', 'messageThread', 'toolRunnerThread', 'betaParam', 'betaFlag', 'rawRequest', 'unresolvedParams', 'unresolvedFlag'],
  'no-third-party-platform': ['platformClient'],
  'no-openai-compat': ['openaiCompat'],
  'no-web-search': ['webTool', 'unresolvedParams'],
  'require-inference-geo': [],
  'no-disallowed-model': [],
} as const satisfies Record<RuleName, readonly string[]>;

export type FindingKind<R extends RuleName = RuleName> = (typeof FINDING_KINDS)[R][number];

/** A rule's messages: one sentence per finding kind it owns. */
export type RuleMessages<R extends RuleName> = Record<FindingKind<R>, string>;
