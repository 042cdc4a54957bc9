// Generated worst cases for the analysis (PRODUCT.md §3: cost linear in the size of the file).
// Shared by `npm run bench` (time per unit at several sizes), `npm run sweep` and tests/sweep.test.ts.

const HEADER = "import Anthropic from '@anthropic-ai/sdk';\n\nconst client = new Anthropic();\n";
const MESSAGES = "[{ role: 'user', content: 'Hello' }]";
// A model the profile refuses (a retention-requiring class): each request that the analysis reads
// to the end is one no-disallowed-model finding, so a read that gives up shows as a missed finding.
const MODEL = "'claude-fable-5'";

const lines = (n, line) => Array.from({ length: n }, (_, k) => line(k)).join('\n');

/**
 * Each case is one file whose size grows with `n`; `unit` is what `n` counts, so time / n is the
 * cost of one more of them and stays flat when the analysis is linear. `findings(n)` is how many
 * reports `claudeZdr.configs.all` must make on it.
 */
export const WORST_CASES = [
  {
    name: 'mutated params',
    unit: 'call',
    findings: (n) => n,
    description: 'one params object, a member write before each of n calls that pass it',
    text: (n) =>
      `${HEADER}const params = { model: ${MODEL}, max_tokens: 16, inference_geo: 'us', messages: ${MESSAGES} };\n\n` +
      `export async function run() {\n${lines(n, (k) => `  params.max_tokens = ${k + 1};\n  await client.messages.create(params);`)}\n}\n`,
  },
  {
    name: 'shared const params',
    unit: 'call',
    findings: (n) => n,
    description: 'one unchanged const params object passed to n calls',
    text: (n) =>
      `${HEADER}const params = { model: ${MODEL}, max_tokens: 16, inference_geo: 'us', messages: ${MESSAGES} };\n\n` +
      `export async function run() {\n${lines(n, () => '  await client.messages.create(params);')}\n}\n`,
  },
  {
    name: 'helper calls',
    unit: 'call',
    findings: (n) => n,
    description: 'one same-file helper that makes the request, called n times with the model as its argument',
    text: (n) =>
      `${HEADER}async function ask(model) {\n  return client.messages.create({ model, max_tokens: 16, inference_geo: 'us', messages: ${MESSAGES} });\n}\n\n` +
      `export async function run() {\n${lines(n, () => `  await ask(${MODEL});`)}\n}\n`,
  },
  {
    name: 'model const chain',
    unit: 'const',
    findings: () => 1,
    description: 'a chain of n consts `const mK = mK-1` used as one request\'s model id',
    text: (n) =>
      `${HEADER}const m0 = ${MODEL};\n${lines(n, (k) => `const m${k + 1} = m${k};`)}\n\n` +
      `export const reply = client.messages.create({ model: m${n}, max_tokens: 16, inference_geo: 'us', messages: ${MESSAGES} });\n`,
  },
  {
    name: 'params alias chain',
    unit: 'const',
    findings: () => 1,
    description: 'a chain of n consts `const pK = pK-1` aliasing one params object, passed to one call',
    text: (n) =>
      `${HEADER}const p0 = { model: ${MODEL}, max_tokens: 16, inference_geo: 'us', messages: ${MESSAGES} };\n` +
      `${lines(n, (k) => `const p${k + 1} = p${k};`)}\n\nexport const reply = client.messages.create(p${n});\n`,
  },
  {
    name: 'params spread chain',
    unit: 'const',
    findings: () => 1,
    description: 'a chain of n consts `const pK = { ...pK-1, max_tokens: K }`, the last passed to one call',
    text: (n) =>
      `${HEADER}const p0 = { model: ${MODEL}, max_tokens: 16, inference_geo: 'us', messages: ${MESSAGES} };\n` +
      `${lines(n, (k) => `const p${k + 1} = { ...p${k}, max_tokens: ${k + 1} };`)}\n\nexport const reply = client.messages.create(p${n});\n`,
  },
  {
    name: 'nested conditional model',
    unit: 'level',
    findings: () => 1,
    description: 'a model id chosen by n nested conditionals (`a ? m : b ? m : …`), every branch a candidate',
    text: (n) =>
      `${HEADER}export function reply(k: number) {\n  return client.messages.create({\n    model: ${lines(n, (k) => `k === ${k} ? 'claude-opus-4-6' :`).replaceAll('\n', ' ')} ${MODEL},\n` +
      `    max_tokens: 16,\n    inference_geo: 'us',\n    messages: ${MESSAGES},\n  });\n}\n`,
  },
  {
    name: 'deep content nesting',
    unit: 'level',
    findings: () => 1,
    description: 'one request whose message content is nested n arrays deep',
    text: (n) =>
      `${HEADER}export const reply = client.messages.create({\n  model: ${MODEL},\n  max_tokens: 16,\n  inference_geo: 'us',\n` +
      `  messages: [{ role: 'user', content: ${'['.repeat(n)}'deep'${']'.repeat(n)} }],\n});\n`,
  },
];

/** The file name a case is linted under (TypeScript: the typed parser reads it). */
export const worstCaseFilename = (testCase, n) => `worst-${testCase.name.replaceAll(' ', '-')}-${n}.ts`;
