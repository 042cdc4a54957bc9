import { createFindingRule } from '../utils/create-rule.js';

export default createFindingRule({
  name: 'no-openai-compat',
  description: "Disallow OpenAI SDK clients pointed at Anthropic's OpenAI-compatibility endpoint, which offers no inference residency control",
  messages: {
    openaiCompat:
      "`{{client}}` is pointed at Anthropic's OpenAI-compatibility endpoint (`{{url}}`), which takes no `inference_geo` and sits outside the Claude API's Zero Data Retention and residency controls.",
  },
  schema: [],
  defaultOptions: [],
});
