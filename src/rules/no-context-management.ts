import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-context-management',
  description: 'Disallow context management, a beta feature that keeps data server-side outside Zero Data Retention',
  messages: {
    contextManagement: '`{{key}}` in `{{call}}` is a beta feature that stores data server-side, outside Zero Data Retention.',
    memoryTool: 'The `{{type}}` memory tool turns on context management (beta), which stores data server-side, outside Zero Data Retention.',
    betaFlag: 'The beta flag "{{flag}}" enables context management, which stores data outside Zero Data Retention.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [],
  defaultOptions: [],
});
