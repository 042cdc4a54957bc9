import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';
import { globListSchema, matchesAny } from '../utils/patterns.js';

type Options = [{ allow: string[] }];

export default createFindingRule<'no-beta-api', Options>({
  name: 'no-beta-api',
  description: 'Disallow beta products, params and flags, which Zero Data Retention excludes unless your contract covers them',
  messages: {
    betaResource: '`{{call}}` uses {{surface}}, a beta product that stores data server-side and is excluded from Zero Data Retention.',
    messageThread: '`{{call}}` uses message threads, which hold conversation state on the server (beta), outside Zero Data Retention.',
    toolRunnerThread:
      '`{{call}}` runs over server-held message threads by default (beta), outside Zero Data Retention; pass `thread: false` to send the full history instead.',
    betaParam: '`{{key}}` in `{{call}}` enables {{feature}}, a beta feature excluded from Zero Data Retention.',
    betaTool: 'The `{{type}}` tool makes {{library}} add the beta flag "{{flag}}", and beta features are excluded from Zero Data Retention.',
    betaFlag: 'The beta flag "{{flag}}" enables a beta feature, and beta features are excluded from Zero Data Retention.',
    rawRequest: 'This HTTP request sends the `anthropic-beta` header ("{{flag}}"), and beta features are excluded from Zero Data Retention.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [
    {
      type: 'object',
      properties: {
        allow: globListSchema('Beta flags, params or resource paths (globs) your contract covers, e.g. "interleaved-thinking-*" or "beta.agents".'),
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ allow: [] }],
  globOptions: ['allow'],
  keep: (finding, [{ allow }]) => {
    const subject = finding.subject ?? finding.data['key'];
    return subject === undefined || !matchesAny(subject, allow);
  },
});
