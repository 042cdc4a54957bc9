// What a user would write by hand instead of the plugin: `no-restricted-syntax` selectors for the same surfaces.
const key = (name) => `:matches(Property[key.name='${name}'], Property[key.value='${name}'])`;
const method = (resource) => `CallExpression[callee.object.property.name='${resource}']`;

export const RESTRICTED_SYNTAX = [
  { selector: method('files'), message: 'Files API stores data outside ZDR.' },
  { selector: method('batches'), message: 'Message Batches API stores data outside ZDR.' },
  { selector: method('skills'), message: 'Skills API stores data outside ZDR.' },
  {
    selector:
      "CallExpression[callee.object.property.name=/^(agents|sessions|environments|deployments|deploymentRuns|vaults|memoryStores|dreams|tunnels|userProfiles)$/][callee.object.object.property.name='beta']",
    message: 'Stateful beta product.',
  },
  { selector: "CallExpression[callee.property.name=/^(thread|toolRunner)$/][callee.object.property.name='messages']", message: 'Message threads.' },
  { selector: key('context_management'), message: 'Context management is outside ZDR.' },
  { selector: key('mcp_servers'), message: 'MCP connector is outside ZDR.' },
  { selector: key('container'), message: 'Container reuse is outside ZDR.' },
  { selector: key('file_id'), message: 'Uploaded files are outside ZDR.' },
  { selector: key('skills'), message: 'Skills are outside ZDR.' },
  { selector: key('betas'), message: 'Beta flags.' },
  { selector: ':matches(Property[key.name=/^(thread|compaction|fallbacks|fallback_credit_token|billing_policy)$/])', message: 'Beta params.' },
  { selector: "Property[key.name='dangerouslyAllowBrowser'][value.value=true]", message: 'Browser clients expose the key.' },
  { selector: "Property[key.value=/^anthropic-(beta|dangerous-direct-browser-access)$/i]", message: 'Beta or browser header.' },
  {
    selector: "Property[key.name='type'][value.value=/^(code_execution|web_search|web_fetch)_\\d{8}$|^mcp_toolset$/]",
    message: 'Server tools are outside ZDR.',
  },
  { selector: 'NewExpression[callee.name=/^Anthropic(Bedrock|BedrockMantle|Vertex|Foundry)$/]', message: 'Third-party platform.' },
];
