import rule from '../../src/rules/no-cloud-session.js';
import { runDual } from '../support/rule-tester.js';

const BROWSER = '@anthropic-ai/claude-agent-sdk/browser';
const BRIDGE = '@anthropic-ai/claude-agent-sdk/bridge';
const SSE = "{ prompt: messages, sse: { streamUrl: 'https://api.example.com/v1/code/sessions/s/events/stream', sendUrl: 'https://api.example.com/v1/code/sessions/s/events', sessionId: 's' } }";
const ATTACH = "{ sessionId: 'cse_1', ingressToken: token, apiBaseUrl: 'https://api.example.com' }";

const browserQuery = { call: 'query()', entry: BROWSER, action: 'connects to' };
const attach = { call: 'attachBridgeSession()', entry: BRIDGE, action: 'attaches this process to' };
const create = { call: 'createCodeSession()', entry: BRIDGE, action: 'creates' };
const register = { call: 'fetchRemoteCredentials()', entry: BRIDGE, action: 'registers a worker for' };

runDual('no-cloud-session', rule, {
  valid: [
    // The import alone opens nothing.
    `import { query } from '${BROWSER}';\nimport { attachBridgeSession, createCodeSession } from '${BRIDGE}';\nexport { query, attachBridgeSession, createCodeSession };`,
    `import * as bridge from '${BRIDGE}';\nexport const entry = bridge;`,
    // The package root and ./core run Claude Code locally: not a cloud session.
    `import { query } from '@anthropic-ai/claude-agent-sdk';\nquery({ prompt: 'Summarise the contract.', options: { disallowedTools: ['WebSearch'] } });`,
    `import { query } from '@anthropic-ai/claude-agent-sdk/core';\nquery({ prompt: 'Summarise the contract.' });`,
    // Helpers of the entry points that open nothing themselves.
    `import { getSseDropCounts, suspendSseStream, createSdkMcpServer, tool } from '${BROWSER}';\ngetSseDropCounts(q);\nsuspendSseStream(q);\ncreateSdkMcpServer({ name: 'local', tools: [] });`,
    `import { isCredentialsFailure, isCreateSessionFailure } from '${BRIDGE}';\nisCredentialsFailure(result);\nisCreateSessionFailure(result);`,
    // Traps: a query() of another module, local functions of the same names, shadowing, no import.
    `import { query } from './db';\nquery(${SSE});`,
    `import { query } from 'graphql-request';\nawait query(${SSE});`,
    `function attachBridgeSession(options) { return options; }\nattachBridgeSession(${ATTACH});`,
    `import { query } from '${BROWSER}';\nfunction run(query) { return query(${SSE}); }\nrun(() => null);`,
    `createCodeSession('https://api.example.com', token, 'title', 1000);`,
    { code: `import type { Query } from '${BROWSER}';\nimport type { BridgeSessionHandle } from '${BRIDGE}';\ndeclare const q: Query;\ndeclare const h: BridgeSessionHandle;\nexport { q, h };`, tsOnly: true },
  ],
  invalid: [
    // Reported at the call that opens or attaches the session.
    {
      code: `import { query } from '${BROWSER}';\nconst messages = query(${SSE});`,
      errors: [{ messageId: 'cloudSession', data: browserQuery, line: 2, column: 18, endColumn: 23 }],
    },
    {
      code: `import { query } from '${BROWSER}';\nfor await (const message of query({ prompt: messages, websocket: { url: 'wss://api.example.com/v1/sessions/ws' } })) console.log(message);`,
      errors: [{ messageId: 'cloudSession', data: browserQuery, line: 2, column: 29 }],
    },
    {
      code: `import { attachBridgeSession } from '${BRIDGE}';\nconst handle = await attachBridgeSession(${ATTACH});`,
      errors: [{ messageId: 'cloudSession', data: attach, line: 2, column: 22, endColumn: 41 }],
    },
    {
      code: `import { createCodeSession, fetchRemoteCredentials } from '${BRIDGE}';\nconst id = await createCodeSession('https://api.example.com', token, 'Review', 10000);\nconst credentials = await fetchRemoteCredentials(id, 'https://api.example.com', token, 10000);`,
      errors: [
        { messageId: 'cloudSession', data: create, line: 2, column: 18 },
        { messageId: 'cloudSession', data: register, line: 3, column: 27 },
      ],
    },
    // Aliases, namespaces, require, dynamic import, and a wrapper (reported once, inside it).
    {
      code: `import { query as openRemote } from '${BROWSER}';\nopenRemote(${SSE});`,
      errors: [{ messageId: 'cloudSession', data: browserQuery, line: 2, column: 1 }],
    },
    {
      code: `import * as browser from '${BROWSER}';\nbrowser.query(${SSE});\nbrowser['query'](${SSE});`,
      errors: [
        { messageId: 'cloudSession', data: browserQuery, line: 2 },
        { messageId: 'cloudSession', data: browserQuery, line: 3 },
      ],
    },
    {
      code: `const { attachBridgeSession: attach } = require('${BRIDGE}');\nattach(${ATTACH});`,
      errors: [{ messageId: 'cloudSession', data: attach, line: 2, column: 1 }],
    },
    {
      code: `const bridge = await import('${BRIDGE}');\nawait bridge.attachBridgeSession(${ATTACH});`,
      errors: [{ messageId: 'cloudSession', data: attach, line: 2 }],
    },
    {
      code: `import { attachBridgeSession } from '${BRIDGE}';\nconst attach = attachBridgeSession;\nexport const open = (options) => attach(options);\nopen(${ATTACH});`,
      errors: [{ messageId: 'cloudSession', data: attach, line: 3, column: 34 }],
    },
    {
      code: `import { query } from '${BROWSER}';\nconst sdk = { remote: query };\nsdk.remote(${SSE});`,
      errors: [{ messageId: 'cloudSession', data: browserQuery, line: 3 }],
    },
    {
      code: `import { query } from '${BROWSER}';\nimport type { SDKUserMessage } from '${BROWSER}';\ndeclare const messages: AsyncIterable<SDKUserMessage>;\nquery(${SSE} as const);`,
      tsOnly: true,
      errors: [{ messageId: 'cloudSession', data: browserQuery, line: 4 }],
    },
  ],
});
