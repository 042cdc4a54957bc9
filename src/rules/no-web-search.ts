import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-web-search',
  description: 'Disallow the web search and web fetch server tools, which fall outside a HIPAA Business Associate Agreement',
  messages: {
    webTool: 'The `{{type}}` server tool ({{tool}}) is outside the HIPAA Business Associate Agreement, so regulated health data must not reach it.',
    claudeCodeWebSearch:
      '`WebSearch` in `{{option}}` of `{{call}}` lets Claude Code search the web through Anthropic\'s web search server tool, which is outside the HIPAA Business Associate Agreement.',
    claudeCodeDefaultTools:
      '`{{call}}` runs Claude Code with its default tools, which include `WebSearch` (Anthropic\'s web search server tool, outside the HIPAA Business Associate Agreement); pass `disallowedTools: [\'WebSearch\']` or a `tools` list without it.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [],
  defaultOptions: [],
});
