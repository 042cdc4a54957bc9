import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-skills-api',
  description: 'Disallow the Skills API and attached Skills, which store data and run code server-side outside Zero Data Retention',
  messages: {
    surfaceCall: '`{{call}}` uses {{surface}}, which stores skills server-side, outside Zero Data Retention.',
    skillsParam: 'Attaching Skills (`{{key}}`) runs stored skills in a server-side container, outside Zero Data Retention.',
    betaFlag: 'The beta flag "{{flag}}" enables Skills, which run server-side outside Zero Data Retention.',
    rawRequest: 'This HTTP request calls the Skills API (`{{url}}`), which stores skills outside Zero Data Retention.',
    unresolvedValue: UNRESOLVED_MESSAGE,
  },
  schema: [],
  defaultOptions: [],
});
