import { createFindingRule } from '../utils/create-rule.js';

type Options = [{ allowMethods: string[] }];

export default createFindingRule<'no-batches-api', Options>({
  name: 'no-batches-api',
  description: 'Disallow the Message Batches API, which stores requests and results outside Zero Data Retention',
  messages: {
    surfaceCall: '`{{call}}` uses {{surface}}, which stores requests and results for up to 29 days, outside Zero Data Retention.',
    betaFlag: 'The beta flag "{{flag}}" enables the Message Batches API, which stores results outside Zero Data Retention.',
    rawRequest: 'This HTTP request calls the Message Batches API (`{{url}}`), which stores results outside Zero Data Retention.',
  },
  schema: [
    {
      type: 'object',
      properties: {
        allowMethods: {
          type: 'array',
          items: { type: 'string', enum: ['create', 'retrieve', 'list', 'delete', 'cancel', 'results'] },
          uniqueItems: true,
          description: 'Batch methods to permit, e.g. `["delete"]` to allow cleaning up old batches.',
        },
      },
      additionalProperties: false,
    },
  ],
  defaultOptions: [{ allowMethods: [] }],
  keep: (finding, [{ allowMethods }]) => finding.kind !== 'surfaceCall' || !allowMethods.includes(finding.subject ?? ''),
});
