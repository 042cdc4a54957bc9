import noBatchesApi from '../../src/rules/no-batches-api.js';
import noBetaApi from '../../src/rules/no-beta-api.js';
import noBrowserClient from '../../src/rules/no-browser-client.js';
import noFilesApi from '../../src/rules/no-files-api.js';
import noSkillsApi from '../../src/rules/no-skills-api.js';
import { REPORT_UNRESOLVED, runDual } from '../support/rule-tester.js';

const API = 'https://api.anthropic.com';

// Raw HTTP to Anthropic's API reports through the rule that owns the surface (PRODUCT.md §3).
runDual('no-files-api raw HTTP', noFilesApi, {
  valid: [
    // Other hosts' Files APIs.
    `// anthropic\nawait fetch('https://api.openai.com/v1/files', { method: 'POST' });`,
    `import axios from 'axios';\n// anthropic\nawait axios.get('https://files.example.com/v1/files');`,
    `// anthropic\nawait fetch('https://api.anthropic.com.evil.example/v1/files');`,
    // A relative URL with no Anthropic base.
    `// anthropic\nawait fetch('/v1/files');`,
    `import axios from 'axios';\n// anthropic\nconst api = axios.create({ baseURL: 'https://internal.example.com' });\nawait api.get('/v1/files');`,
    // URLs the analysis cannot read stay silent, even with reportUnresolved.
    { code: `// anthropic\nawait fetch(url);\nawait fetch(\`\${base}/v1/files\`);\nawait fetch(process.env.ANTHROPIC_URL + '/v1/files');`, settings: REPORT_UNRESOLVED },
    // Other Anthropic paths are not the Files API.
    `await fetch('${API}/v1/messages', { method: 'POST' });\nawait fetch('${API}/v1/filesystem');`,
    // A local function named fetch and an unknown HTTP library are not proven requests.
    `function fetch(url) { return url; }\nfetch('${API}/v1/files');`,
    `import http from './my-http';\nhttp.get('${API}/v1/files');`,
    `const api = makeClient();\napi.get('${API}/v1/files');`,
    // Mentioning the URL without calling it.
    `const FILES = '${API}/v1/files';\nexport { FILES };`,
  ],
  invalid: [
    {
      code: `await fetch('${API}/v1/files', { method: 'POST', body });`,
      errors: [{ messageId: 'rawRequest', data: { url: `${API}/v1/files` }, line: 1, column: 13 }],
    },
    // Template literals with ids, consts and new URL().
    {
      code: `await fetch(\`${API}/v1/files/\${fileId}/content\`);`,
      errors: [{ messageId: 'rawRequest', data: { url: `${API}/v1/files/\${…}/content` } }],
    },
    {
      code: `const BASE = '${API}';\nconst FILES_URL = \`\${BASE}/v1/files\`;\nawait fetch(FILES_URL, { headers: { 'x-api-key': key } });`,
      errors: [{ messageId: 'rawRequest', data: { url: `${API}/v1/files` }, line: 3 }],
    },
    {
      code: `await fetch(new URL('/v1/files', '${API}'));\nawait fetch(new URL(\`v1/files/\${id}\`, '${API}/'));`,
      errors: [{ messageId: 'rawRequest', data: { url: `${API}/v1/files` } }, { messageId: 'rawRequest', data: { url: `${API}/v1/files/\${…}` } }],
    },
    {
      code: `await globalThis.fetch('${API}/v1/files');\nawait window.fetch('${API}/v1/files?limit=10');`,
      errors: [{ messageId: 'rawRequest' }, { messageId: 'rawRequest' }],
    },
    // undici: fetch and request.
    {
      code: `import { fetch, request } from 'undici';\nawait fetch('${API}/v1/files');\nawait request('${API}/v1/files', { method: 'GET' });`,
      errors: [{ messageId: 'rawRequest', line: 2 }, { messageId: 'rawRequest', line: 3 }],
    },
    {
      code: `const { request } = require('undici');\nawait request(\`${API}/v1/files/\${id}\`, { method: 'DELETE' });`,
      errors: [{ messageId: 'rawRequest' }],
    },
    {
      code: `import fetch from 'node-fetch';\nawait fetch('${API}/v1/files');`,
      errors: [{ messageId: 'rawRequest' }],
    },
    // axios: call forms, methods, config objects and instances with a baseURL.
    {
      code: `import axios from 'axios';\nawait axios('${API}/v1/files');\nawait axios.get('${API}/v1/files');\nawait axios.post('${API}/v1/files', form, { headers: {} });\nawait axios({ url: '${API}/v1/files', method: 'post' });\nawait axios.request({ method: 'get', url: '/v1/files', baseURL: '${API}' });`,
      errors: [
        { messageId: 'rawRequest', line: 2 },
        { messageId: 'rawRequest', line: 3 },
        { messageId: 'rawRequest', line: 4 },
        { messageId: 'rawRequest', line: 5, column: 20 },
        { messageId: 'rawRequest', line: 6, data: { url: `${API}/v1/files` } },
      ],
    },
    {
      code: `import axios from 'axios';\nconst anthropic = axios.create({ baseURL: '${API}', headers: { 'x-api-key': key } });\nawait anthropic.get('/v1/files');\nawait anthropic.delete(\`/v1/files/\${id}\`);`,
      errors: [
        { messageId: 'rawRequest', line: 3, data: { url: `${API}/v1/files` } },
        { messageId: 'rawRequest', line: 4, data: { url: `${API}/v1/files/\${…}` } },
      ],
    },
    {
      code: `const axios = require('axios');\nawait axios.get('${API}/v1/files');\nawait axios('${API}/v1/files');`,
      errors: [{ messageId: 'rawRequest' }, { messageId: 'rawRequest' }],
    },
    // got and ky, with prefixUrl instances.
    {
      code: `import got from 'got';\nawait got('${API}/v1/files');\nawait got.post('${API}/v1/files', { body });\nconst api = got.extend({ prefixUrl: '${API}/v1' });\nawait api.get('files');`,
      errors: [
        { messageId: 'rawRequest', line: 2 },
        { messageId: 'rawRequest', line: 3 },
        { messageId: 'rawRequest', line: 5, data: { url: `${API}/v1/files` } },
      ],
    },
    {
      code: `import ky from 'ky';\nawait ky.get('${API}/v1/files').json();\nconst api = ky.create({ prefixUrl: '${API}' });\nawait api.post('v1/files', { body });`,
      errors: [{ messageId: 'rawRequest', line: 2 }, { messageId: 'rawRequest', line: 4 }],
    },
    // TypeScript forms.
    {
      code: `await fetch('${API}/v1/files' as string, { method: 'GET' } satisfies RequestInit);`,
      tsOnly: true,
      errors: [{ messageId: 'rawRequest' }],
    },
  ],
});

runDual('no-batches-api raw HTTP', noBatchesApi, {
  valid: [
    `await fetch('${API}/v1/messages', { method: 'POST' });`,
    `await fetch('https://example.com/v1/messages/batches');\n// anthropic`,
  ],
  invalid: [
    {
      code: `await fetch('${API}/v1/messages/batches', { method: 'POST', body });`,
      errors: [{ messageId: 'rawRequest', data: { url: `${API}/v1/messages/batches` } }],
    },
    {
      code: `import axios from 'axios';\nawait axios.post(\`${API}/v1/messages/batches/\${id}/cancel\`);`,
      errors: [{ messageId: 'rawRequest', data: { url: `${API}/v1/messages/batches/\${…}/cancel` } }],
    },
    // allowMethods applies to SDK calls; a raw request has no method name to allow.
    {
      code: `await fetch('${API}/v1/messages/batches/b1', { method: 'DELETE' });`,
      options: [{ allowMethods: ['delete'] }],
      errors: [{ messageId: 'rawRequest' }],
    },
  ],
});

runDual('no-skills-api raw HTTP', noSkillsApi, {
  valid: [`await fetch('${API}/v1/models');`],
  invalid: [
    {
      code: `import got from 'got';\nawait got.post('${API}/v1/skills', { body });\nawait got(\`${API}/v1/skills/\${id}/versions\`);`,
      errors: [{ messageId: 'rawRequest', line: 2 }, { messageId: 'rawRequest', line: 3 }],
    },
  ],
});

runDual('no-beta-api raw HTTP', noBetaApi, {
  valid: [
    // Flags of a feature belong to that feature's rule.
    `await fetch('${API}/v1/messages', { headers: { 'anthropic-beta': 'files-api-2025-04-14' } });`,
    // An allowed flag.
    {
      code: `await fetch('${API}/v1/messages', { headers: { 'anthropic-beta': 'interleaved-thinking-2025-05-14' } });`,
      options: [{ allow: ['interleaved-thinking-*'] }],
    },
    // A header the analysis cannot read is reported only with reportUnresolved.
    `await fetch('${API}/v1/messages', { headers: { 'anthropic-beta': flags } });`,
    // Headers on a call that is not an HTTP request.
    `send({ headers: { 'anthropic-beta': 'x-2025-01-01' } });`,
  ],
  invalid: [
    {
      code: `await fetch('${API}/v1/messages', { method: 'POST', headers: { 'anthropic-beta': 'interleaved-thinking-2025-05-14, token-efficient-tools-2025-02-19' } });`,
      errors: [
        { messageId: 'rawRequest', data: { flag: 'interleaved-thinking-2025-05-14' } },
        { messageId: 'rawRequest', data: { flag: 'token-efficient-tools-2025-02-19' } },
      ],
    },
    {
      code: `import axios from 'axios';\nconst FLAG = 'compact-2026-01-12';\nconst api = axios.create({ baseURL: '${API}', headers: { 'Anthropic-Beta': FLAG } });\nawait api.post('/v1/messages', body);`,
      errors: [{ messageId: 'rawRequest', data: { flag: 'compact-2026-01-12' }, line: 3 }],
    },
    {
      code: `await fetch('${API}/v1/messages', { headers: new Headers({ 'anthropic-beta': 'foo-2025-01-01' }) });`,
      errors: [{ messageId: 'rawRequest' }],
    },
    {
      code: `await fetch('${API}/v1/messages', { headers: { 'anthropic-beta': flags } });`,
      settings: REPORT_UNRESOLVED,
      errors: [{ messageId: 'unresolvedValue' }],
    },
  ],
});

runDual('no-files-api raw HTTP beta flags', noFilesApi, {
  valid: [],
  invalid: [
    // A Files flag on a messages request is a Files finding; on a Files request it is part of that request.
    {
      code: `await fetch('${API}/v1/messages', { headers: { 'anthropic-beta': 'files-api-2025-04-14' } });\nawait fetch('${API}/v1/files', { headers: { 'anthropic-beta': 'files-api-2025-04-14' } });`,
      errors: [
        { messageId: 'betaFlag', data: { flag: 'files-api-2025-04-14' }, line: 1 },
        { messageId: 'rawRequest', line: 2 },
      ],
    },
  ],
});

runDual('no-browser-client raw HTTP', noBrowserClient, {
  valid: [
    `await fetch('${API}/v1/messages', { headers: { 'anthropic-dangerous-direct-browser-access': 'false' } });`,
    `await fetch('${API}/v1/messages', { headers: { 'x-api-key': key } });`,
  ],
  invalid: [
    {
      code: `await fetch('${API}/v1/messages', { method: 'POST', headers: { 'anthropic-dangerous-direct-browser-access': 'true', 'x-api-key': key } });`,
      errors: [{ messageId: 'browserHeader', data: { header: 'anthropic-dangerous-direct-browser-access' } }],
    },
    {
      code: `import ky from 'ky';\nconst headers = { 'anthropic-dangerous-direct-browser-access': true };\nawait ky.post('${API}/v1/messages', { headers, json: body });`,
      errors: [{ messageId: 'browserHeader', line: 3, column: 58 }],
    },
  ],
});
