import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { type FileAnalysis, getFileAnalysis } from '../analysis/index.js';
import type { Finding } from '../analysis/findings.js';
import type { RuleMessages } from '../policy/findings.js';
import type { RuleName } from '../policy/rule-names.js';
import { PACKAGE_VERSION, PLUGIN_PREFIX } from '../package-info.js';
import { globSyntaxError } from './patterns.js';

export interface ClaudeZdrRuleDocs {
  description: string;
}

export const REPOSITORY_URL = 'https://github.com/claude-zdr/eslint-plugin-claude-zdr';

export const docsUrl = (name: string) => `${REPOSITORY_URL}/blob/v${PACKAGE_VERSION}/docs/rules/${name}.md`;

export const createRule = ESLintUtils.RuleCreator<ClaudeZdrRuleDocs>(docsUrl);

type Options = readonly unknown[];

// Keyed by the rule's options object, which ESLint hands every file of one configuration unchanged.
const globOptionVerdicts = new WeakMap<object, string | null>();

/**
 * Checks the options that hold globs (`allow`, `deny`): one that does not compile is a
 * configuration error naming the rule and the option, raised for every file, checked once.
 * JSON Schema cannot tell a valid glob from an invalid one, so this completes ESLint's check.
 */
export function assertGlobOptions(ruleName: string, options: readonly unknown[], keys: readonly string[]): void {
  const [first] = options;
  if (typeof first !== 'object' || first === null) return;
  let verdict = globOptionVerdicts.get(first);
  if (verdict === undefined) {
    verdict = null;
    for (const key of keys) {
      const patterns = (first as Record<string, unknown>)[key];
      if (!Array.isArray(patterns)) continue;
      const index = patterns.findIndex((pattern) => typeof pattern === 'string' && globSyntaxError(pattern) !== null);
      if (index === -1) continue;
      const pattern = patterns[index] as string;
      verdict = `${PLUGIN_PREFIX}/${ruleName}: option "${key}" entry ${JSON.stringify(pattern)} is not a valid glob: ${globSyntaxError(pattern)}.`;
      break;
    }
    globOptionVerdicts.set(first, verdict);
  }
  if (verdict !== null) throw new Error(verdict);
}

/**
 * A rule's listeners for one file: none at all when the shared analysis holds nothing the rule
 * reads, so ESLint dispatches no events to it (the common case: a file that never calls Claude).
 */
export function listenIfRelevant(
  context: Parameters<typeof getFileAnalysis>[0],
  relevant: (analysis: FileAnalysis) => boolean,
  report: (analysis: FileAnalysis) => void,
): TSESLint.RuleListener {
  const analysis = getFileAnalysis(context);
  return relevant(analysis) ? { Program: () => report(analysis) } : {};
}

/** The first options object over its defaults (every option of ours is one flat object). */
function withDefaults<O extends Options>(defaults: O, given: readonly unknown[]): O {
  const [first] = given;
  if (first === undefined || defaults.length === 0) return defaults;
  return [{ ...(defaults[0] as object), ...(first as object) }] as unknown as O;
}

/**
 * A rule that reports the shared analysis' findings it owns. `keep` applies the rule's options;
 * unresolved findings are reported only when `settings["claude-zdr"].reportUnresolved` is on.
 * Built without RuleCreator's per-file deep merge of options: a file with nothing for the rule
 * never reads them.
 */
export function createFindingRule<R extends RuleName, O extends Options>(spec: {
  name: R;
  description: string;
  messages: RuleMessages<R>;
  schema: TSESLint.RuleMetaData<string, ClaudeZdrRuleDocs, O>['schema'];
  defaultOptions: O;
  keep?: (finding: Finding, options: O) => boolean;
  /** Options that hold globs, checked to compile (`assertGlobOptions`). */
  globOptions?: readonly string[];
  type?: 'problem' | 'suggestion';
}): TSESLint.RuleModule<string, O, ClaudeZdrRuleDocs> {
  return {
    meta: {
      type: spec.type ?? 'problem',
      docs: { description: spec.description, url: docsUrl(spec.name) },
      messages: spec.messages,
      schema: spec.schema,
      defaultOptions: [...spec.defaultOptions] as unknown as O,
    },
    defaultOptions: spec.defaultOptions,
    create(context) {
      if (spec.globOptions) assertGlobOptions(spec.name, context.options, spec.globOptions);
      return listenIfRelevant(
        context,
        (analysis) => analysis.findings.some((finding) => finding.rule === spec.name),
        (analysis) => {
          const options = withDefaults(spec.defaultOptions, context.options);
          for (const finding of analysis.findings) {
            if (finding.rule !== spec.name) continue;
            if (finding.unresolved && !analysis.settings.reportUnresolved) continue;
            if (spec.keep && !spec.keep(finding, options)) continue;
            context.report({ node: finding.node, messageId: finding.kind, data: finding.data });
          }
        },
      );
    },
  };
}
