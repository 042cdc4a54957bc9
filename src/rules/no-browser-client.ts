import { createFindingRule, UNRESOLVED_MESSAGE } from '../utils/create-rule.js';

export default createFindingRule<'no-browser-client', [], 'addBrowserOptOut'>({
  name: 'no-browser-client',
  description: 'Disallow Claude clients that run in the browser, which Zero Data Retention organisations cannot use',
  messages: {
    browserClient:
      '`dangerouslyAllowBrowser: true` lets `{{client}}` call Claude from a browser, which Zero Data Retention organisations cannot use (CORS is unsupported) and which exposes the API key.',
    browserHeader:
      'The `{{header}}` header opts into browser access, which Zero Data Retention organisations cannot use and which exposes the API key.',
    browserDefault:
      '`{{client}}` sends the `anthropic-dangerous-direct-browser-access` header on every request unless `clientOptions.dangerouslyAllowBrowser` is `false`, and browser access is something Zero Data Retention organisations cannot use.',
    unresolvedValue: UNRESOLVED_MESSAGE,
    addBrowserOptOut: 'Add `{{property}}`.',
  },
  hasSuggestions: true,
  schema: [],
  defaultOptions: [],
});
