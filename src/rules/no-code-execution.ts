import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-code-execution',
  description: 'Disallow the code execution server tool and container reuse, whose sandboxes keep data of their own',
  messages: {
    codeExecutionTool: 'The `{{type}}` server tool runs code in an Anthropic-hosted sandbox whose files outlive the request, outside Zero Data Retention.',
    containerReuse: 'Reusing a code-execution container in `{{call}}` keeps data in a server-side sandbox between requests, outside Zero Data Retention.',
    betaFlag: 'The beta flag "{{flag}}" enables code execution, whose sandbox keeps data outside Zero Data Retention.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [],
  defaultOptions: [],
});
