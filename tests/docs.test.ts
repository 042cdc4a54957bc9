import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FLAT_ONLY_PROFILE_NAMES } from '../src/configs.js';
import plugin from '../src/index.js';
import { POLICY_SOURCES } from '../src/policy/sources.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Headings every rule page has, in this order (the page format in the brief). */
const REQUIRED_HEADINGS = [
  '## Why',
  '## Rule details',
  '### Incorrect',
  '### Correct',
  '## Options',
  '## What type information adds',
  '## Known false negatives',
  '## Policy sources',
];

interface CodeBlock {
  readonly lang: string;
  /** `filename=…` after the language (JSON examples: which settings file the block is). */
  readonly filename: string | null;
  readonly code: string;
  /** The heading the block sits under. */
  readonly heading: string;
  /** 1-based line of the opening fence, for failure messages. */
  readonly line: number;
}

interface Section {
  readonly heading: string;
  readonly body: string;
}

interface Page {
  readonly lines: readonly string[];
  readonly headings: readonly string[];
  readonly sections: readonly Section[];
  readonly blocks: readonly CodeBlock[];
}

/** Headings, sections and fenced code blocks of a Markdown page (headings inside fences are code). */
function parsePage(text: string): Page {
  const lines = text.split('\n');
  const headings: string[] = [];
  const sections: { heading: string; body: string[] }[] = [];
  const blocks: CodeBlock[] = [];
  let fence: { info: string; start: number; code: string[] } | null = null;
  for (const [index, line] of lines.entries()) {
    if (fence) {
      if (line.startsWith('```')) {
        const [lang = '', ...meta] = fence.info.split(/\s+/);
        const filename = meta.find((word) => word.startsWith('filename='))?.slice('filename='.length) ?? null;
        blocks.push({ lang, filename, code: fence.code.join('\n'), heading: headings.at(-1) ?? '', line: fence.start });
        fence = null;
      } else {
        fence.code.push(line);
      }
    } else if (line.startsWith('```')) {
      fence = { info: line.slice(3).trim(), start: index + 1, code: [] };
    } else if (/^#{1,6} /.test(line)) {
      headings.push(line.trim());
      sections.push({ heading: line.trim(), body: [] });
      continue;
    }
    sections.at(-1)?.body.push(line);
  }
  if (fence) throw new Error(`unclosed code fence at line ${fence.start}`);
  return { lines, headings, sections: sections.map((s) => ({ heading: s.heading, body: s.body.join('\n') })), blocks };
}

/** Where eslint-doc-generator's part of a rule page ends. */
const HEADER_END = '<!-- end auto-generated rule header -->';

const sectionBody = (page: Page, heading: string) => page.sections.find((s) => s.heading === heading)?.body ?? '';

const PREFIX = 'claude-zdr';
const ruleEntries = Object.entries(plugin.rules);
const ruleNames = ruleEntries.map(([name]) => name);

type Severity = 'error' | 'warn' | 'off';
const severityOf = (entry: unknown): Severity => {
  const level = Array.isArray(entry) ? entry[0] : entry;
  if (level === 2 || level === 'error') return 'error';
  if (level === 1 || level === 'warn') return 'warn';
  return 'off';
};

/** Flat profiles (`configs.<name>`, not the `legacy-` twins) and the severity each gives a rule. */
const flatProfiles = Object.entries(plugin.configs).filter(([name]) => !name.startsWith('legacy-'));
const flatOnly: readonly string[] = FLAT_ONLY_PROFILE_NAMES;
const profilesWith = (rule: string, severity: Severity) =>
  flatProfiles.filter(([, config]) => severityOf(config.rules[`${PREFIX}/${rule}`]) === severity).map(([name]) => name);

const linter = new Linter({ configType: 'flat' });
const LINT_CONFIG: Linter.Config[] = [
  {
    ...(plugin.configs.all as unknown as Linter.Config),
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module' },
  },
];

/** JSON examples are Claude Code settings files, linted by the `claude-code` profile (as `.claude/settings.json` unless they say `filename=`). */
const JSON_LINT_CONFIG: Linter.Config[] = [plugin.configs['claude-code'] as unknown as Linter.Config];

const EXTENSION_OF_LANG: Readonly<Record<string, string>> = { ts: 'ts', typescript: 'ts', tsx: 'tsx', js: 'js', javascript: 'js', jsx: 'jsx' };

function lintBlock(block: CodeBlock) {
  const extension = EXTENSION_OF_LANG[block.lang];
  if (!extension && block.lang !== 'json') throw new Error(`code block at line ${block.line} under "${block.heading}" has no lintable language ("${block.lang}")`);
  const messages =
    block.lang === 'json'
      ? linter.verify(block.code, JSON_LINT_CONFIG, block.filename ?? '.claude/settings.json')
      : linter.verify(block.code, LINT_CONFIG, `example.${extension}`);
  const fatal = messages.filter((m) => m.fatal || m.ruleId === null);
  if (fatal.length > 0) {
    throw new Error(`code block at line ${block.line} does not parse or configure: ${fatal.map((m) => m.message).join('; ')}`);
  }
  return messages;
}

describe.each(ruleEntries)('docs/rules/%s.md', (name, rule) => {
  const path = root(`docs/rules/${name}.md`);
  const page = existsSync(path) ? parsePage(readFileSync(path, 'utf8')) : null;
  const requirePage = () => {
    if (!page) throw new Error(`docs/rules/${name}.md does not exist`);
    return page;
  };

  it('exists', () => {
    expect(existsSync(path), `docs/rules/${name}.md`).toBe(true);
  });

  // The header is eslint-doc-generator's (`npm run docs:update`; `npm test` runs its --check).
  it('has the generated header: the rule id, its meta.docs.description, then our sections', () => {
    const { lines, headings } = requirePage();
    expect(lines[0]).toBe(`# ${PREFIX}/${name}`);
    const end = lines.indexOf(HEADER_END);
    expect(end, HEADER_END).toBeGreaterThan(0);
    expect(rule.meta.docs?.description).toBeTruthy();
    expect(lines.slice(0, end)).toContain(`📝 ${rule.meta.docs?.description}.`);
    expect(headings[1]).toBe('## Why');
    expect(lines.findIndex((l) => l === '## Why')).toBeGreaterThan(end);
  });

  it('names in its header each profile that turns it on', () => {
    const { lines } = requirePage();
    const header = lines.slice(0, lines.indexOf(HEADER_END)).join('\n');
    for (const profile of [...profilesWith(name, 'error'), ...profilesWith(name, 'warn')]) expect(header).toContain(`\`${profile}\``);
    for (const [legacy] of Object.entries(plugin.configs).filter(([n]) => n.startsWith('legacy-'))) expect(header).not.toContain(legacy);
  });

  it('has the required sections in order', () => {
    const { headings } = requirePage();
    expect(headings.filter((h) => REQUIRED_HEADINGS.includes(h))).toEqual(REQUIRED_HEADINGS);
  });

  it('says what typed mode adds, right before the known false negatives', () => {
    const sections = requirePage().headings.filter((h) => h.startsWith('## '));
    expect(sections[sections.indexOf('## Known false negatives') - 1]).toBe('## What type information adds');
    expect(sectionBody(requirePage(), '## What type information adds')).toContain('`typeAware: true`');
  });

  it('is the page meta.docs.url points at', () => {
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });

  it('documents each option with its default, or says it has none', () => {
    const body = sectionBody(requirePage(), '## Options');
    const schemas = rule.meta.schema;
    const schema = (Array.isArray(schemas) ? schemas[0] : schemas) as { properties?: Record<string, unknown> } | undefined;
    const options = Object.keys(schema?.properties ?? {});
    if (options.length === 0) {
      expect(body.trim()).toBe('None.');
      return;
    }
    const [defaults] = (rule.meta.defaultOptions ?? []) as Record<string, unknown>[];
    for (const option of options) {
      const row = body.split('\n').find((l) => l.startsWith(`| \`${option}\``));
      expect(row, `a table row for \`${option}\``).toBeDefined();
      // An option with no default of its own inherits a shared setting, which its row names, or has none ("none").
      if (defaults?.[option] === undefined) expect(row).toMatch(/settings\["claude-zdr"\]\.\w+|\| none\b/);
      else expect(row).toContain(`\`${JSON.stringify(defaults[option])}\``);
    }
  });

  it('cites policy sources by the names in src/policy/sources.ts', () => {
    const bullets = sectionBody(requirePage(), '## Policy sources')
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(bullets.length).toBeGreaterThan(0);
    const names: string[] = Object.values(POLICY_SOURCES);
    for (const bullet of bullets) expect(names.some((n) => bullet.slice(2).startsWith(n)), bullet).toBe(true);
  });

  const blocksUnder = (heading: string) => page?.blocks.filter((b) => b.heading === heading) ?? [];

  it('has incorrect examples that this rule reports', () => {
    const blocks = blocksUnder('### Incorrect');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const reports = lintBlock(block).filter((m) => m.ruleId === `${PREFIX}/${name}`);
      expect(reports.length, `reports of ${name} in the block at line ${block.line}`).toBeGreaterThan(0);
    }
  });

  it('has correct examples that this rule does not report', () => {
    const blocks = blocksUnder('### Correct');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const reports = lintBlock(block).filter((m) => m.ruleId === `${PREFIX}/${name}`);
      expect(reports.map((m) => `${m.line}:${m.column} ${m.message}`), `block at line ${block.line}`).toEqual([]);
    }
  });
});

describe('rule files', () => {
  const ruleFiles = readdirSync(root('src/rules'))
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -'.ts'.length));

  it('are all registered in plugin.rules', () => {
    expect([...ruleFiles].sort()).toEqual([...ruleNames].sort());
  });

  it.each(ruleFiles)('%s has a test file in tests/rules/', (name) => {
    expect(existsSync(root(`tests/rules/${name}.test.ts`)), `tests/rules/${name}.test.ts`).toBe(true);
  });

  it('have no orphan doc pages', () => {
    const pages = readdirSync(root('docs/rules')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.filter((p) => !ruleNames.includes(p))).toEqual([]);
  });
});

describe('docs/profiles.md', () => {
  const page = () => parsePage(readFileSync(root('docs/profiles.md'), 'utf8'));

  it.each(flatProfiles.map(([name]) => name))('explains %s and names its flat and legacy spellings (or says it is flat only)', (name) => {
    const { headings, lines } = page();
    expect(headings).toContain(`### \`${name}\``);
    const row = lines.find((l) => l.startsWith(`| \`${name}\` |`));
    expect(row, `a table row for ${name}`).toBeDefined();
    if (flatOnly.includes(name)) {
      expect(row).toContain('flat config only');
      expect(plugin.configs).not.toHaveProperty([`legacy-${name}`]);
    } else {
      expect(row).toContain(`plugin:${PREFIX}/legacy-${name}`);
      expect(plugin.configs).toHaveProperty([`legacy-${name}`]);
    }
  });
});

describe('README.md', () => {
  const readme = () => readFileSync(root('README.md'), 'utf8');

  // Its content is eslint-doc-generator's, checked by `eslint-doc-generator --check` in `npm test`.
  it('has the generated rules list, one row per rule', () => {
    const text = readme();
    const start = text.indexOf('<!-- begin auto-generated rules list -->');
    const end = text.indexOf('<!-- end auto-generated rules list -->');
    expect(start).toBeGreaterThan(text.indexOf('## Rules'));
    expect(end).toBeGreaterThan(start);
    const rows = text.slice(start, end).split('\n').filter((l) => l.startsWith('| [')).map((l) => /^\| \[([a-z-]+)\]/.exec(l)?.[1]);
    expect(rows.sort()).toEqual([...ruleNames].sort());
  });

  it.each(flatProfiles.map(([name]) => name))('lists the %s profile with its legacy name (or says it is flat only)', (name) => {
    const row = readme()
      .split('\n')
      .find((l) => l.startsWith(`| \`${name}\` |`));
    expect(row, `a profile row for ${name}`).toBeDefined();
    expect(row).toContain(flatOnly.includes(name) ? 'flat config only' : `plugin:${PREFIX}/legacy-${name}`);
  });

  it('links every rule to its page', () => {
    for (const name of ruleNames) expect(readme()).toContain(`(docs/rules/${name}.md)`);
  });
});
