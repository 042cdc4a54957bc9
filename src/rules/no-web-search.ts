import { createFindingRule } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-web-search',
  description: 'Disallow the web search and web fetch server tools, which fall outside a HIPAA Business Associate Agreement',
  messages: {
    webTool: 'The `{{type}}` server tool ({{tool}}) is outside the HIPAA Business Associate Agreement, so regulated health data must not reach it.',
    unresolvedParams: 'Cannot tell whether this request to `{{call}}` uses web search or fetch: its params are built at run time.',
  },
  schema: [],
  defaultOptions: [],
});
