import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-files-api',
  description: 'Disallow the Files API and uploaded-file references, which store data outside Zero Data Retention',
  messages: {
    surfaceCall: '`{{call}}` uses {{surface}}, which keeps uploaded files until they are deleted, outside Zero Data Retention.',
    fileReference: 'This request references an uploaded file (`{{key}}`), which lives in Files API storage outside Zero Data Retention.',
    betaFlag: 'The beta flag "{{flag}}" enables the Files API, which stores files outside Zero Data Retention.',
    rawRequest: 'This HTTP request calls the Files API (`{{url}}`), which stores files outside Zero Data Retention.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [],
  defaultOptions: [],
});
