import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { type FileAnalysis, getFileAnalysis } from '../analysis/index.js';
import type { Finding } from '../analysis/findings.js';
import { type FindingKind, type RuleMessages, UNRESOLVED_MESSAGE } from '../policy/finding-kinds.js';
import type { RuleName } from '../policy/rule-names.js';
import { PACKAGE_VERSION, PLUGIN_PREFIX } from '../package-info.js';
import type { ClaudeZdrSettings } from '../settings.js';
import { insertionFix } from './fixes.js';
import { globSyntaxError } from './patterns.js';

export interface ClaudeZdrRuleDocs {
  description: string;
}

export const REPOSITORY_URL = 'https://github.com/claude-zdr/eslint-plugin-claude-zdr';

export const docsUrl = (name: string) => `${REPOSITORY_URL}/blob/v${PACKAGE_VERSION}/docs/rules/${name}.md`;

export { UNRESOLVED_MESSAGE };

type Options = readonly unknown[];
type AnyRuleContext = Readonly<TSESLint.RuleContext<string, Options>>;

/** A report a rule makes from its own judgement of the analysis (the value rules: geo, model). */
export interface JudgedReport<M extends string> {
  readonly node: TSESTree.Node;
  readonly messageId: M;
  readonly data: Record<string, string>;
  readonly suggest?: readonly TSESLint.SuggestionReportDescriptor<M>[];
}

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
 * Which of this file's rules report unresolved values, filled as ESLint creates them (it creates
 * every enabled rule before it walks the file). An unreadable part is reported by the first of
 * them, in PRODUCT.md §3's table order, that it concerns: one finding, never none while one asks.
 */
const unresolvedReporters = new WeakMap<TSESTree.Program, Set<RuleName>>();

function firstReporter(program: TSESTree.Program, concerns: readonly RuleName[]): RuleName | null {
  const reporters = unresolvedReporters.get(program);
  return concerns.find((rule) => reporters?.has(rule)) ?? null;
}

/** The first options object over its defaults (every option of ours is one flat object). */
function withDefaults<O extends Options>(defaults: O, given: readonly unknown[]): O {
  const [first] = given;
  if (first === undefined || defaults.length === 0) return defaults;
  return [{ ...(defaults[0] as object), ...(first as object) }] as unknown as O;
}

/**
 * The one way a rule of this plugin is built: it reports the shared analysis' findings it owns
 * (filtered by `keep` with its options), the unreadable parts it is first to be concerned by
 * (when it reports unresolved values), and, for value rules, what its `judge` makes of the
 * analysis with its options. A file whose analysis holds nothing for the rule gets no listeners,
 * and neither does a file in another language (a JSON settings file that a profile without `files`
 * reaches): the JavaScript analysis never reads a tree that is not a JavaScript program.
 */
export function createFindingRule<R extends RuleName, O extends Options = [], S extends string = never>(spec: {
  name: R;
  description: string;
  messages: RuleMessages<R> & Record<S, string>;
  schema: TSESLint.RuleMetaData<string, ClaudeZdrRuleDocs, O>['schema'];
  defaultOptions: O;
  keep?: (finding: Finding, options: O) => boolean;
  /** Value rules: reports judged from the requests and model references with the rule's options. */
  judge?: {
    readonly relevant: (analysis: FileAnalysis) => boolean;
    readonly report: (analysis: FileAnalysis, options: O, context: AnyRuleContext) => readonly JudgedReport<FindingKind<R> | S>[];
  };
  /** Whether this rule reports unresolved values; by default `settings["claude-zdr"].reportUnresolved`. */
  reportsUnresolved?: (options: O, settings: ClaudeZdrSettings) => boolean;
  /** Options that hold globs, checked to compile (`assertGlobOptions`). */
  globOptions?: readonly string[];
  hasSuggestions?: boolean;
  type?: 'problem' | 'suggestion';
}): TSESLint.RuleModule<string, O, ClaudeZdrRuleDocs> {
  const { name } = spec;
  return {
    meta: {
      type: spec.type ?? 'problem',
      docs: { description: spec.description, url: docsUrl(name) },
      messages: spec.messages,
      schema: spec.schema,
      defaultOptions: [...spec.defaultOptions] as unknown as O,
      ...(spec.hasSuggestions ? { hasSuggestions: true } : {}),
    },
    defaultOptions: spec.defaultOptions,
    create(context) {
      if (spec.globOptions) assertGlobOptions(name, context.options, spec.globOptions);
      if ((context.sourceCode.ast as { type?: unknown } | undefined)?.type !== 'Program') return {};
      const analysis = getFileAnalysis(context);
      const options = withDefaults(spec.defaultOptions, context.options);
      const program = context.sourceCode.ast;
      const reportsUnresolved = spec.reportsUnresolved ? spec.reportsUnresolved(options, analysis.settings) : analysis.settings.reportUnresolved;
      if (reportsUnresolved) {
        let reporters = unresolvedReporters.get(program);
        if (!reporters) unresolvedReporters.set(program, (reporters = new Set()));
        reporters.add(name);
      }
      const owns = (finding: Finding) => (finding.unresolved ? finding.concerns?.includes(name) === true : finding.rule === name);
      const relevant = analysis.findings.some(owns) || (spec.judge?.relevant(analysis) ?? false);
      if (!relevant) return {};
      return {
        Program() {
          for (const finding of analysis.findings) {
            if (!owns(finding)) continue;
            if (finding.unresolved) {
              if (!reportsUnresolved || firstReporter(program, finding.concerns!) !== name) continue;
            } else if (spec.keep && !spec.keep(finding, options)) {
              continue;
            }
            const suggest = finding.suggest?.map((suggestion) => ({
              messageId: suggestion.messageId,
              data: suggestion.data,
              fix: (fixer: TSESLint.RuleFixer) => insertionFix(fixer, context.sourceCode, suggestion.into, suggestion.property),
            }));
            context.report({ node: finding.node, messageId: finding.kind, data: finding.data, ...(suggest ? { suggest } : {}) } as never);
          }
          for (const report of spec.judge?.report(analysis, options, context) ?? []) {
            context.report({ node: report.node, messageId: report.messageId, data: report.data, suggest: report.suggest ?? null } as never);
          }
        },
      };
    },
  };
}
