// Shared by `npm run bench`, `npm run sweep` and tests/sweep.test.ts: which files are linted, and how.
import { mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const NODE_MODULES = join(ROOT, 'node_modules');
export const CORPUS_DIR = join(ROOT, 'bench', '.corpus');

export const SOURCE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];

/**
 * Every source file below `root`, as sorted absolute paths. Symlinks are not followed (a shared
 * node_modules is walked once through its real path), so every file is listed exactly once.
 */
export function listSourceFiles(root = NODE_MODULES) {
  const files = [];
  const stack = [realpathSync(root)];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && SOURCE_EXTENSIONS.includes(extname(entry.name))) files.push(path);
    }
  }
  return files.sort();
}

/** A fixed sample: every k-th file of the sorted list, at least `minimum` files. */
export function everyKth(files, minimum) {
  const step = Math.max(1, Math.floor(files.length / minimum));
  return files.filter((_, i) => i % step === 0);
}

/** The virtual path a real file is linted under: ESLint ignores `node_modules` by default. */
export function virtualPath(file, prefix = 'corpus') {
  return join(ROOT, prefix, relative(realpathSync(NODE_MODULES), file));
}

// Shapes the rules recognise, each a function of a seed so files differ; `{i}` makes names unique.
const IMPORTS = [
  "import Anthropic from '@anthropic-ai/sdk';",
  "import { Anthropic } from '@anthropic-ai/sdk';",
  "import * as sdk from '@anthropic-ai/sdk';\nconst Anthropic = sdk.default;",
];

const CLAUDE_SHAPES = [
  (i) => `export async function upload${i}(file: Blob) {\n  return client.beta.files.upload({ file });\n}`,
  (i) => `export async function listFiles${i}() {\n  for await (const f of client.files.list()) console.log(f.id);\n}`,
  (i) =>
    `export async function batch${i}(prompts: string[]) {\n  return client.messages.batches.create({\n    requests: prompts.map((p, n) => ({ custom_id: 'r' + n, params: { model: MODEL, max_tokens: 100, messages: [{ role: 'user', content: p }] } })),\n  });\n}`,
  (i) =>
    `const params${i} = { model: MODEL, max_tokens: 256, messages: [], context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] } };\nexport const compact${i} = () => client.beta.messages.create({ ...params${i}, betas: ['context-management-2025-06-27'] });`,
  (i) =>
    `export const browser${i} = new Anthropic({ apiKey: 'k', dangerouslyAllowBrowser: true, defaultHeaders: { 'anthropic-beta': 'files-api-2025-04-14' } });`,
  (i) =>
    `export async function run${i}(code: string) {\n  const tools = [{ type: 'code_execution_20250825', name: 'code_execution' }];\n  return client.beta.messages.create({ model: MODEL, max_tokens: 1024, messages: [{ role: 'user', content: code }], tools, container: 'cont_${i}' });\n}`,
  (i) =>
    `export const mcp${i} = client.beta.messages.create({\n  model: MODEL, max_tokens: 64, messages: [],\n  mcp_servers: [{ type: 'url', url: 'https://mcp.example.com/${i}', name: 's${i}' }],\n  tools: [{ type: 'mcp_toolset', mcp_server_name: 's${i}' }],\n});`,
  (i) => `export const skills${i} = () => client.beta.skills.list({ betas: ['skills-2025-10-02'] });`,
  (i) => `export const agents${i} = () => client.beta.agents.create({ name: 'a${i}', model: MODEL });`,
  (i) =>
    `export const search${i} = client.messages.create({ model: MODEL, max_tokens: 10, messages: [], tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: ${i % 5} }] });`,
  (i) =>
    `class Service${i} {\n  private readonly claude = new Anthropic();\n  async ask(q: string) {\n    return this.claude.messages.create({ model: MODEL, max_tokens: 100, messages: [{ role: 'user', content: q }] });\n  }\n  async attach(id: string) {\n    return this.claude.beta.messages.create({ model: MODEL, max_tokens: 10, messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: id } }] }], betas: ['files-api-2025-04-14'] });\n  }\n}\nexport const service${i} = new Service${i}();`,
  (i) =>
    `function makeClient${i}(key: string) {\n  return new Anthropic({ apiKey: key, maxRetries: ${i % 4} });\n}\nexport const clean${i} = makeClient${i}('k').messages.create({ model: MODEL, max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });`,
];

const PLATFORM_HEADERS = [
  "import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nexport const bedrock = new AnthropicBedrock({ awsRegion: 'us-east-1' });",
  "import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nexport const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'p' });",
];

// Ordinary code around the calls, so generated files have the size and node mix of real modules.
function filler(i, count) {
  const parts = [];
  for (let n = 0; n < count; n++) {
    parts.push(
      `export interface Record${i}_${n} { id: string; items: number[]; meta?: Record<string, unknown> }\n` +
        `export function summarize${i}_${n}(records: Record${i}_${n}[], limit = ${n + 3}): string {\n` +
        `  const totals = new Map<string, number>();\n` +
        `  for (const r of records) totals.set(r.id, r.items.reduce((a, b) => a + b, 0));\n` +
        `  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, v]) => \`\${k}=\${v}\`).join(', ');\n` +
        `}`,
    );
  }
  return parts.join('\n\n');
}

/** The text of generated Claude-calling file `i`: deterministic, several shapes each. */
export function claudeFileText(i) {
  const lines = [IMPORTS[i % IMPORTS.length]];
  if (i % 7 === 0) lines.push(PLATFORM_HEADERS[(i / 7) % PLATFORM_HEADERS.length]);
  lines.push("const MODEL = 'claude-sonnet-4-5';", 'const client = new Anthropic();', '');
  for (let s = 0; s < 3; s++) lines.push(CLAUDE_SHAPES[(i * 3 + s) % CLAUDE_SHAPES.length](i), '');
  lines.push(filler(i, 2 + (i % 3)), '');
  return lines.join('\n');
}

/** An ordinary module of the typed project (no Claude), importing its neighbour. */
function plainFileText(i) {
  const neighbour = i > 0 ? `import { summarize${i - 1}_0 } from './plain-${i - 1}.js';\nexport const previous${i} = summarize${i - 1}_0;\n` : '';
  return `${neighbour}${filler(i, 3)}\n`;
}

/**
 * Writes `count` Claude-calling files to bench/.corpus/claude (deterministic: same bytes every
 * run) and returns their paths. With `typedPlain`, also writes a tsconfig project of those files
 * plus `typedPlain` ordinary modules under bench/.corpus/typed.
 */
export function generateCorpus({ claude = 300, typedPlain = 200 } = {}) {
  const claudeDir = join(CORPUS_DIR, 'claude');
  const typedDir = join(CORPUS_DIR, 'typed');
  rmSync(claudeDir, { recursive: true, force: true });
  rmSync(typedDir, { recursive: true, force: true });
  mkdirSync(claudeDir, { recursive: true });
  mkdirSync(typedDir, { recursive: true });
  const claudeFiles = [];
  const typedFiles = [];
  for (let i = 0; i < claude; i++) {
    const name = `claude-${String(i).padStart(4, '0')}.ts`;
    const text = claudeFileText(i);
    writeFileSync(join(claudeDir, name), text);
    writeFileSync(join(typedDir, name), text);
    claudeFiles.push(join(claudeDir, name));
    typedFiles.push(join(typedDir, name));
  }
  for (let i = 0; i < typedPlain; i++) {
    const path = join(typedDir, `plain-${i}.ts`);
    writeFileSync(path, plainFileText(i));
    typedFiles.push(path);
  }
  const tsconfig = {
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true },
    include: ['*.ts'],
  };
  writeFileSync(join(typedDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  return { claudeFiles, typedFiles: typedFiles.sort(), typedDir };
}
