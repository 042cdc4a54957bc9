import rule from '../../src/rules/claude-code-settings-mcp.js';
import { asEslintRule, jsoncTester, jsonTester, MANAGED_SETTINGS, MCP, SETTINGS } from '../support/json-rule-tester.js';

const servers = (entries: string) => `{ "mcpServers": { ${entries} } }`;
const remote = (name: string, host: string) => ({ messageId: 'remoteServer', data: { name, host } });
const STRICT = { 'claude-zdr': { reportUnresolved: true } };

jsonTester.run('claude-code-settings-mcp', asEslintRule(rule), {
  valid: [
    '{}',
    { code: '{ "mcpServers": {} }', filename: MCP },
    // Local servers are the user's own code: stdio (the default type) and in-process SDK servers.
    { code: servers('"files": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "."] }'), filename: MCP },
    { code: servers('"db": { "type": "stdio", "command": "node", "args": ["db.js"], "url": "https://ignored.example.com" }'), filename: MCP },
    { code: servers('"app": { "type": "sdk", "name": "app" }'), filename: MCP },
    // Loopback URLs, in every spelling.
    ...[
      'http://localhost:3000/mcp',
      'http://LOCALHOST/mcp',
      'http://mcp.localhost:8080/sse',
      'http://127.0.0.1:9000/mcp',
      'http://127.1.2.3/mcp',
      'http://[::1]:3000/mcp',
      'ws://0.0.0.0:7000',
      'http://[::ffff:127.0.0.1]/mcp',
    ].map((url) => ({ code: servers(`"dev": { "type": "http", "url": "${url}" }`), filename: MCP })),
    { code: servers('"dev": { "type": "sse", "url": "${DEV_URL:-http://localhost:4000}/sse" }'), filename: MCP },
    // Wrong value types are skipped, never a crash.
    { code: servers('"bad": { "type": "http", "url": 5 }, "worse": "https://mcp.example.com", "odd": { "type": 1 }'), filename: MCP },
    { code: '{ "mcpServers": ["https://mcp.example.com"] }', filename: MCP },
    // A remote URL the analysis cannot read is reported only with reportUnresolved.
    { code: servers('"svc": { "type": "http", "url": "${MCP_URL}" }'), filename: MCP },
    { code: servers('"svc": { "type": "http", "url": "mcp.example.com/mcp" }'), filename: MCP },
    // allow: server names and URL globs.
    { code: servers('"github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" }'), filename: MCP, options: [{ allow: ['github'] }] },
    { code: servers('"linear-prod": { "type": "sse", "url": "https://mcp.linear.app/sse" }'), filename: MCP, options: [{ allow: ['linear-*'] }] },
    {
      code: servers('"internal": { "type": "http", "url": "https://mcp.acme.example/tools/v1?team=legal" }, "bare": { "type": "http", "url": "https://mcp.acme.example" }'),
      filename: MCP,
      options: [{ allow: ['https://mcp.acme.example/**'] }],
    },
    { code: servers('"x": { "type": "ws", "url": "wss://a.acme.example:8443/ws" }'), filename: MCP, options: [{ allow: ['wss://*.acme.example:*/**'] }] },
    // The last of duplicate keys is the one Claude Code reads.
    { code: servers('"dev": { "type": "http", "url": "https://mcp.example.com" }, "dev": { "command": "dev-server" }'), filename: MCP },
    // `${VAR:-default}` with a loopback default under allow: judged by the default unless reportUnresolved.
    { code: servers('"api": { "type": "http", "url": "${API:-https://mcp.acme.example}/mcp" }'), filename: MCP, options: [{ allow: ['https://mcp.acme.example/**'] }] },
  ],
  invalid: [
    {
      code: '{\n  "mcpServers": {\n    "linear": { "type": "sse", "url": "https://mcp.linear.app/sse" }\n  }\n}',
      filename: MCP,
      errors: [{ ...remote('linear', 'mcp.linear.app'), line: 3, column: 32, endColumn: 67 }],
    },
    { code: servers('"notion": { "type": "http", "url": "https://mcp.notion.com/mcp", "headers": { "Authorization": "Bearer ${TOKEN}" } }'), filename: MCP, errors: [remote('notion', 'mcp.notion.com')] },
    { code: servers('"events": { "type": "ws", "url": "wss://events.example.com/mcp" }'), filename: MCP, errors: [remote('events', 'events.example.com')] },
    // A URL without a type is a remote server too; a private address is not loopback.
    { code: servers('"intranet": { "url": "http://10.0.0.12:8080/mcp" }'), filename: MCP, errors: [remote('intranet', '10.0.0.12')] },
    { code: servers('"odd": { "type": "streamable-http", "url": "https://mcp.example.com" }'), filename: MCP, errors: [remote('odd', 'mcp.example.com')] },
    // The host of a `${VAR:-default}` is judged by its default; credentials never decide the host.
    { code: servers('"api": { "type": "http", "url": "${API_BASE:-https://mcp.example.com}/v1" }'), filename: MCP, errors: [remote('api', 'mcp.example.com')] },
    { code: servers('"trick": { "type": "http", "url": "https://localhost@evil.example.com/mcp" }'), filename: MCP, errors: [remote('trick', 'evil.example.com')] },
    { code: servers('"trick": { "type": "http", "url": "https://evil.example.com/#.acme.example/" }'), filename: MCP, options: [{ allow: ['https://*.acme.example/**'] }], errors: [remote('trick', 'evil.example.com')] },
    // The managed MCP config, and the `mcpServers` of a settings file.
    { code: servers('"corp": { "type": "http", "url": "https://mcp.vendor.example/mcp" }'), filename: 'ClaudeCode/managed-mcp.json', errors: [remote('corp', 'mcp.vendor.example')] },
    { code: servers('"corp": { "type": "http", "url": "https://mcp.vendor.example/mcp" }'), filename: SETTINGS, errors: [remote('corp', 'mcp.vendor.example')] },
    { code: servers('"corp": { "type": "http", "url": "https://mcp.vendor.example/mcp" }'), filename: MANAGED_SETTINGS, errors: [remote('corp', 'mcp.vendor.example')] },
    // allow covers only what it names.
    {
      code: servers('"github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" }, "gitlab": { "type": "http", "url": "https://gitlab.example.com/mcp" }'),
      filename: MCP,
      options: [{ allow: ['github', 'https://mcp.acme.example/**'] }],
      errors: [remote('gitlab', 'gitlab.example.com')],
    },
    { code: servers('"exact": { "type": "http", "url": "https://mcp.acme.example/other" }'), filename: MCP, options: [{ allow: ['https://mcp.acme.example/mcp'] }], errors: [remote('exact', 'mcp.acme.example')] },
    // reportUnresolved (the strict profile): hosts from variables.
    {
      code: servers('"svc": { "type": "http", "url": "${MCP_URL}" }'),
      filename: MCP,
      settings: STRICT,
      errors: [{ messageId: 'unresolvedServerUrl', data: { name: 'svc', url: '${MCP_URL}' } }],
    },
    {
      code: servers('"dev": { "type": "sse", "url": "${DEV_URL:-http://localhost:4000}/sse" }'),
      filename: MCP,
      settings: STRICT,
      errors: [{ messageId: 'unresolvedServerUrl', data: { name: 'dev', url: '${DEV_URL:-http://localhost:4000}/sse' } }],
    },
  ],
});

jsoncTester.run('claude-code-settings-mcp (JSONC)', asEslintRule(rule), {
  valid: [{ code: '{ "mcpServers": { /* local only */ "dev": { "type": "http", "url": "http://localhost:3000/mcp" } } }', filename: MCP }],
  invalid: [{ code: '{ "mcpServers": {\n  // vendor\n  "v": { "type": "http", "url": "https://mcp.vendor.example" } } }', filename: MCP, errors: [{ ...remote('v', 'mcp.vendor.example'), line: 3 }] }],
});
