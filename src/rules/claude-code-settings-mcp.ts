import { createSettingsRule } from '../utils/create-settings-rule.js';
import { globListSchema, matchesAny } from '../utils/patterns.js';

type Options = {
  allow: string[];
};

type MessageIds = 'remoteServer' | 'unresolvedServerUrl';

/** An `allow` entry with a scheme is a URL glob; any other is a server-name glob. */
const isUrlPattern = (pattern: string) => pattern.includes('://');

export default createSettingsRule<MessageIds, Options>({
  name: 'claude-code-settings-mcp',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow remote MCP servers in Claude Code configs, third parties that Zero Data Retention does not cover' },
    messages: {
      remoteServer:
        'MCP server "{{name}}" sends prompts and tool data to {{host}}, a service Zero Data Retention does not cover; allow it by name or URL once its own data handling is approved.',
      unresolvedServerUrl: 'The host of MCP server "{{name}}" comes from an environment variable (`{{url}}`), so it cannot be checked against Zero Data Retention.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: globListSchema('Approved servers: server-name globs (`github`) or URL globs (`https://mcp.example.com/**`).'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  globOptions: ['allow'],
  relevant: (settings) => settings.mcpServers.some((server) => server.transport === 'remote' && server.url !== null),
  check({ settings, shared, options, report }) {
    const namePatterns = options.allow.filter((pattern) => !isUrlPattern(pattern));
    const urlPatterns = options.allow.filter(isUrlPattern);
    for (const server of settings.mcpServers) {
      const { url } = server;
      if (server.transport !== 'remote' || !url || matchesAny(server.name, namePatterns)) continue;
      const unresolved = () => {
        if (shared.reportUnresolved) report({ node: url.member, messageId: 'unresolvedServerUrl', data: { name: server.name, url: url.written } });
      };
      if (url.hostname === null) {
        unresolved();
      } else if (url.loopback || url.matchForms.some((form) => matchesAny(form, urlPatterns))) {
        // `${VAR:-default}`: the default passes, but the variable may name any host.
        if (url.hostFromVariable) unresolved();
      } else {
        report({ node: url.member, messageId: 'remoteServer', data: { name: server.name, host: url.hostname } });
      }
    }
  },
});
