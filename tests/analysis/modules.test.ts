import { describe, expect, it } from 'vitest';
import { ClientModules, recognizeModule, resourceExportPath } from '../../src/analysis/modules.js';
import { CLIENT_PACKAGES } from '../../src/policy/clients.js';

const NONE: readonly string[] = [];
const packageOf = (module: string) => CLIENT_PACKAGES.find((p) => p.module === module)!;

describe('recognizeModule: client packages', () => {
  const clientPackages: [string, Record<string, string>][] = [
    ['@anthropic-ai/sdk', { default: 'anthropic', Anthropic: 'anthropic', BaseAnthropic: 'anthropic' }],
    ['@anthropic-ai/bedrock-sdk', { default: 'bedrock', AnthropicBedrock: 'bedrock', AnthropicBedrockMantle: 'bedrock-mantle' }],
    ['@anthropic-ai/vertex-sdk', { default: 'vertex', AnthropicVertex: 'vertex' }],
    ['@anthropic-ai/foundry-sdk', { default: 'foundry', AnthropicFoundry: 'foundry' }],
    ['@anthropic-ai/aws-sdk', { default: 'aws', AnthropicAws: 'aws' }],
    ['@anthropic-ai/google-cloud-sdk', { default: 'google-cloud', AnthropicGoogleCloud: 'google-cloud' }],
  ];

  it.each(clientPackages)('%s is a client package with its client classes', (module, classes) => {
    const target = recognizeModule(module, NONE);
    expect(target).toEqual({ kind: 'client-package', pkg: packageOf(module) });
    expect(target?.kind === 'client-package' && target.pkg.classes).toEqual(classes);
  });

  it('knows every client package the policy lists, and no other', () => {
    expect(CLIENT_PACKAGES.map((p) => p.module).sort()).toEqual(clientPackages.map(([m]) => m).sort());
  });

  const entrySubpaths = ['index', 'index.js', 'index.mjs', 'client', 'client.js', 'client.mjs'];
  it.each(clientPackages.flatMap(([module]) => entrySubpaths.map((sub) => `${module}/${sub}`)))('%s is the client entry', (source) => {
    const module = source.slice(0, source.lastIndexOf('/'));
    expect(recognizeModule(source, NONE)).toEqual({ kind: 'client-package', pkg: packageOf(module) });
  });

  it('every client package is callable through require() (their CJS entries forward to the default class)', () => {
    expect(CLIENT_PACKAGES.filter((p) => !p.callableModule).map((p) => p.module)).toEqual([]);
  });
});

describe('recognizeModule: resources subpaths of the main SDK', () => {
  it.each([
    ['@anthropic-ai/sdk/resources', []],
    ['@anthropic-ai/sdk/resources/index', []],
    ['@anthropic-ai/sdk/resources/index.js', []],
    ['@anthropic-ai/sdk/resources/index.mjs', []],
    ['@anthropic-ai/sdk/resources/messages', ['messages']],
    ['@anthropic-ai/sdk/resources/messages/messages', ['messages']],
    ['@anthropic-ai/sdk/resources/messages/batches', ['messages', 'batches']],
    ['@anthropic-ai/sdk/resources/messages/batches.js', ['messages', 'batches']],
    ['@anthropic-ai/sdk/resources/files', ['files']],
    ['@anthropic-ai/sdk/resources/files.mjs', ['files']],
    ['@anthropic-ai/sdk/resources/skills/skills', ['skills']],
    ['@anthropic-ai/sdk/resources/skills/versions', ['skills', 'versions']],
    ['@anthropic-ai/sdk/resources/user-profiles', ['userProfiles']],
    ['@anthropic-ai/sdk/resources/beta', ['beta']],
    ['@anthropic-ai/sdk/resources/beta/beta', ['beta']],
    ['@anthropic-ai/sdk/resources/beta/index', ['beta']],
    ['@anthropic-ai/sdk/resources/beta/messages/messages', ['beta', 'messages']],
    ['@anthropic-ai/sdk/resources/beta/messages/batches', ['beta', 'messages', 'batches']],
    ['@anthropic-ai/sdk/resources/beta/files', ['beta', 'files']],
    ['@anthropic-ai/sdk/resources/beta/agents', ['beta', 'agents']],
    ['@anthropic-ai/sdk/resources/beta/agents/agents.js', ['beta', 'agents']],
    ['@anthropic-ai/sdk/resources/beta/sessions/events', ['beta', 'sessions', 'events']],
    ['@anthropic-ai/sdk/resources/beta/environments/work', ['beta', 'environments', 'work']],
    ['@anthropic-ai/sdk/resources/beta/deployment-runs', ['beta', 'deploymentRuns']],
    ['@anthropic-ai/sdk/resources/beta/memory-stores/memory-versions', ['beta', 'memoryStores', 'memoryVersions']],
    ['@anthropic-ai/sdk/resources/beta/user-profiles/user-profiles', ['beta', 'userProfiles']],
    ['@anthropic-ai/sdk/resources/beta/tunnels/certificates.mjs', ['beta', 'tunnels', 'certificates']],
  ])('%s exports resources rooted at %j', (source, path) => {
    expect(recognizeModule(source, NONE)).toEqual({ kind: 'resources', path });
  });

  it.each(['@anthropic-ai/bedrock-sdk/resources', '@anthropic-ai/vertex-sdk/resources/messages', '@anthropic-ai/foundry-sdk/resources/beta'])(
    '%s is not read: only the main SDK publishes resources subpaths',
    (source) => {
      expect(recognizeModule(source, NONE)).toBeNull();
    },
  );
});

describe('recognizeModule: everything else', () => {
  it.each([
    // Helpers, tools and internals of the SDK export no clients (the client-side MCP helpers among them).
    '@anthropic-ai/sdk/helpers/beta/mcp',
    '@anthropic-ai/sdk/helpers/zod',
    '@anthropic-ai/sdk/lib/tools/BetaToolRunner',
    '@anthropic-ai/sdk/tools/agent-toolset/node',
    '@anthropic-ai/sdk/core/uploads',
    '@anthropic-ai/sdk/uploads',
    '@anthropic-ai/sdk/error',
    '@anthropic-ai/sdk/resource',
    '@anthropic-ai/sdk/streaming',
    // Other packages of the scope, look-alikes and unrelated modules.
    '@anthropic-ai/claude-agent-sdk-linux-x64',
    '@anthropic-ai/sdk-extra',
    '@anthropic-ai',
    '@anthropic-ai/',
    'anthropic',
    'openai',
    './anthropic',
    '',
  ])('%j is not a Claude client module', (source) => {
    expect(recognizeModule(source, NONE)).toBeNull();
  });
});

describe('recognizeModule: other client libraries', () => {
  it.each([
    ['@ai-sdk/anthropic', 'ai-sdk'],
    ['@ai-sdk/amazon-bedrock/anthropic', 'ai-sdk'],
    ['ai', 'ai-sdk'],
    ['@langchain/anthropic', 'langchain'],
    ['langchain', 'langchain'],
  ])('%j is a module of the %s library, not a Claude client package', (source, library) => {
    const target = recognizeModule(source, NONE);
    expect(target?.kind).toBe('library');
    expect(target?.kind === 'library' ? target.row.library : null).toBe(library);
  });

  it.each(['@ai-sdk/anthropic/internal', '@langchain/core', 'ai/rsc'])('%j is no module of a library table', (source) => {
    expect(recognizeModule(source, NONE)).toBeNull();
  });
});

describe('recognizeModule: the Claude Agent SDK', () => {
  // A library of its own (src/policy/claude-agent-sdk.ts): its exports run Claude Code, not a client of the Messages API.
  it.each([
    '@anthropic-ai/claude-agent-sdk',
    '@anthropic-ai/claude-agent-sdk/core',
    '@anthropic-ai/claude-agent-sdk/browser',
    '@anthropic-ai/claude-agent-sdk/bridge',
    'ai-sdk-provider-claude-code',
  ])('%s is a module of the claude-agent-sdk library', (source) => {
    const target = recognizeModule(source, NONE);
    expect(target?.kind).toBe('library');
    expect(target?.kind === 'library' && target.row.library).toBe('claude-agent-sdk');
  });

  it.each(['@anthropic-ai/claude-agent-sdk/extract', '@anthropic-ai/claude-agent-sdk/sdk-tools', 'ai-sdk-provider-claude-code/package.json'])(
    '%s exports nothing the rules judge',
    (source) => {
      expect(recognizeModule(source, NONE)).toBeNull();
    },
  );
});

describe('recognizeModule: clientModules', () => {
  const modules = ['@acme/claude', './lib/claude', 'claude-wrapper'];

  it.each([
    ['@acme/claude', '@acme/claude'],
    ['@acme/claude/factory', '@acme/claude'],
    ['@acme/claude/deep/path.js', '@acme/claude'],
    ['./lib/claude', './lib/claude'],
    ['claude-wrapper', 'claude-wrapper'],
  ])('%s is the wrapper %s', (source, module) => {
    expect(recognizeModule(source, modules)).toEqual({ kind: 'wrapper', module });
  });

  it.each(['@acme/claude-utils', '@acme/claud', '@acme', 'claude-wrapper2', './lib/claude-mock', 'lib/claude'])(
    '%s only shares a prefix and is not a wrapper',
    (source) => {
      expect(recognizeModule(source, modules)).toBeNull();
    },
  );

  it('is matched before the SDK itself, so a listed SDK entry counts as a wrapper', () => {
    expect(recognizeModule('@anthropic-ai/sdk', ['@anthropic-ai/sdk'])).toEqual({ kind: 'wrapper', module: '@anthropic-ai/sdk' });
  });

  it('leaves the SDK packages recognised when other modules are listed', () => {
    expect(recognizeModule('@anthropic-ai/sdk', modules)).toEqual({ kind: 'client-package', pkg: packageOf('@anthropic-ai/sdk') });
  });
});

describe('resourceExportPath', () => {
  it.each([
    [[], 'Messages', ['messages']],
    [[], 'Beta', ['beta']],
    [['messages'], 'Messages', ['messages']],
    [['messages'], 'Batches', ['messages', 'batches']],
    [['beta'], 'Beta', ['beta']],
    [['beta'], 'Agents', ['beta', 'agents']],
    [['beta', 'sessions'], 'Sessions', ['beta', 'sessions']],
    [['beta', 'sessions'], 'Events', ['beta', 'sessions', 'events']],
    [['beta', 'memoryStores'], 'MemoryStores', ['beta', 'memoryStores']],
    [['beta'], 'DeploymentRuns', ['beta', 'deploymentRuns']],
    [['beta'], 'UserProfiles', ['beta', 'userProfiles']],
  ] as [string[], string, string[]][])('%j + %s -> %j', (modulePath, exportName, path) => {
    expect(resourceExportPath(modulePath, exportName)).toEqual(path);
  });

  it.each([
    [['messages'], 'MessageCreateParams'],
    [['messages'], 'messages'],
    [['beta'], 'BetaMessage'],
    [['beta'], 'toFile'],
    [[], 'Completions'],
  ] as [string[], string][])('%j + %s is a type or helper, not a resource', (modulePath, exportName) => {
    expect(resourceExportPath(modulePath, exportName)).toBeNull();
  });
});

describe('ClientModules: project-relative paths and globs', () => {
  const cwd = '/repo';
  const importer = '/repo/src/routes/summarise.ts';
  const modules = new ClientModules(['./src/lib/anthropic', '**/lib/claude-client.ts', '/repo/packages/ai/index.ts', '@acme/claude'], cwd);

  it.each([
    ['../lib/anthropic', './src/lib/anthropic'],
    ['../lib/anthropic.js', './src/lib/anthropic'],
    ['../lib/anthropic/index', './src/lib/anthropic'],
    ['../../packages/claude/lib/claude-client', '**/lib/claude-client.ts'],
    ['../../packages/ai', '/repo/packages/ai/index.ts'],
    // An alias a bundler resolves matches a glob by its own text.
    ['@/lib/claude-client.ts', '**/lib/claude-client.ts'],
    ['@acme/claude/server', '@acme/claude'],
  ])('%s imported from src/routes is %s', (source, entry) => {
    expect(modules.match(source, importer)).toBe(entry);
  });

  it.each(['../lib/anthropic-mock', './anthropic', 'src/lib/anthropic', '../lib/claude-client-helpers', '@acme/claude-utils'])('%s is not listed', (source) => {
    expect(modules.match(source, importer)).toBeNull();
  });

  it('tells the file gate which files may import them', () => {
    expect(modules.mightBeImportedIn("import { anthropic } from '../lib/anthropic';")).toBe(true);
    expect(modules.mightBeImportedIn("import { x } from './other';")).toBe(false);
    expect(new ClientModules(['**/lib/*.ts'], cwd).mightBeImportedIn("import { x } from './other';")).toBe(true);
  });
});
