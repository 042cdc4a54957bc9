import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { type FileAnalysis, getFileAnalysis } from '../analysis/index.js';
import type { Finding } from '../analysis/findings.js';
import type { RuleMessages } from '../policy/findings.js';
import type { RuleName } from '../policy/rule-names.js';
import { PACKAGE_VERSION } from '../package-info.js';

export interface ClaudeZdrRuleDocs {
  description: string;
}

export const REPOSITORY_URL = 'https://github.com/claude-zdr/eslint-plugin-claude-zdr';

export const docsUrl = (name: string) => `${REPOSITORY_URL}/blob/v${PACKAGE_VERSION}/docs/rules/${name}.md`;

export const createRule = ESLintUtils.RuleCreator<ClaudeZdrRuleDocs>(docsUrl);

type Options = readonly unknown[];

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
