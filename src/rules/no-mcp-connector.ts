import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-mcp-connector',
  description: 'Disallow the hosted MCP connector, which sends data to MCP servers through a surface outside Zero Data Retention',
  messages: {
    mcpServers: '`{{key}}` in `{{call}}` uses the hosted MCP connector, a different surface that is outside Zero Data Retention.',
    mcpToolset: 'The `mcp_toolset` tool uses the hosted MCP connector, a different surface that is outside Zero Data Retention.',
    betaFlag: 'The beta flag "{{flag}}" enables the hosted MCP connector, which is outside Zero Data Retention.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [],
  defaultOptions: [],
});
