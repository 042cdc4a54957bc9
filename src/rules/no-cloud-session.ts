import { createFindingRule } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-cloud-session',
  description: "Disallow Claude Code cloud sessions through the Agent SDK's /browser and /bridge entry points, which Zero Data Retention organisations cannot use",
  messages: {
    cloudSession:
      '`{{call}}` ({{entry}}) {{action}} a Claude Code cloud session, which keeps the conversation on Anthropic\'s servers and is disabled for Zero Data Retention organisations.',
  },
  schema: [],
  defaultOptions: [],
});
