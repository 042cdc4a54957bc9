import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-web-search',
  description: 'Disallow the web search and web fetch server tools, which fall outside a HIPAA Business Associate Agreement',
  messages: {
    webTool: 'The `{{type}}` server tool ({{tool}}) is outside the HIPAA Business Associate Agreement, so regulated health data must not reach it.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [],
  defaultOptions: [],
});
