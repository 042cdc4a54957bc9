// Rewrites the README's rules table from the built plugin's rule metadata and profiles.
// Usage: `npm run docs:update` (builds first); `node scripts/update-readme.js --check` exits 1 when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BEGIN_MARKER = '<!-- begin rules table -->';
export const END_MARKER = '<!-- end rules table -->';

const PREFIX = 'claude-zdr';

function severityOf(entry) {
  const level = Array.isArray(entry) ? entry[0] : entry;
  if (level === 2 || level === 'error') return 'error';
  if (level === 1 || level === 'warn') return 'warn';
  return 'off';
}

const code = (text) => `\`${text}\``;
const list = (names) => (names.length === 0 ? '—' : names.map(code).join(', '));

function joinWords(words) {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The Markdown between the markers: one row per rule, profiles that set every rule alike in a note. */
export function renderRulesTable(plugin) {
  const ruleNames = Object.keys(plugin.rules);
  const profiles = Object.entries(plugin.configs)
    .filter(([name]) => !name.startsWith('legacy-'))
    .map(([name, config]) => ({
      name,
      severities: new Map(ruleNames.map((rule) => [rule, severityOf(config.rules[`${PREFIX}/${rule}`])])),
    }));
  // A profile that sets every JavaScript rule alike (and no settings rule, which declare their JSON languages) goes in a note.
  const jsRules = ruleNames.filter((rule) => !plugin.rules[rule].meta.languages);
  const uniformSeverity = (profile) => {
    const found = new Set(jsRules.map((rule) => profile.severities.get(rule)));
    const settingsOff = ruleNames.every((rule) => jsRules.includes(rule) || profile.severities.get(rule) === 'off');
    return found.size === 1 && settingsOff ? [...found][0] : null;
  };
  const uniform = profiles.filter((p) => uniformSeverity(p) !== null && uniformSeverity(p) !== 'off');
  const selective = profiles.filter((p) => !uniform.includes(p));

  const rows = ruleNames.map((rule) => {
    const { meta } = plugin.rules[rule];
    const [schema] = meta.schema ?? [];
    const options = Object.keys(schema?.properties ?? {});
    const inProfiles = (severity) => list(selective.filter((p) => p.severities.get(rule) === severity).map((p) => p.name));
    const cells = [
      `[${code(rule)}](docs/rules/${rule}.md)`,
      meta.docs.description.replaceAll('|', '\\|'),
      inProfiles('error'),
      inProfiles('warn'),
      list(options),
    ];
    return `| ${cells.join(' | ')} |`;
  });

  const notes = ['error', 'warn'].flatMap((severity) => {
    const names = uniform.filter((p) => uniformSeverity(p) === severity).map((p) => code(p.name));
    return names.length === 0 ? [] : [`${joinWords(names)} ${names.length === 1 ? 'sets' : 'set'} every JavaScript rule to \`${severity}\``];
  });

  return [
    '| Rule | Description | Error in | Warn in | Options |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...(notes.length > 0 ? ['', `${notes.join('; ')}.`] : []),
  ].join('\n');
}

/** The current table between the markers (without the surrounding blank lines). */
export function readRulesTable(readme) {
  const start = readme.indexOf(BEGIN_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`README.md needs ${BEGIN_MARKER} followed by ${END_MARKER}.`);
  return readme.slice(start + BEGIN_MARKER.length, end).trim();
}

export function replaceRulesTable(readme, table) {
  readRulesTable(readme);
  const start = readme.indexOf(BEGIN_MARKER) + BEGIN_MARKER.length;
  const end = readme.indexOf(END_MARKER);
  return `${readme.slice(0, start)}\n\n${table}\n\n${readme.slice(end)}`;
}

async function main() {
  const { default: plugin } = await import('../dist/index.js');
  const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
  const readme = readFileSync(readmePath, 'utf8');
  const updated = replaceRulesTable(readme, renderRulesTable(plugin));
  if (updated === readme) {
    console.log('README.md rules table is up to date.');
  } else if (process.argv.includes('--check')) {
    console.error('README.md rules table is stale: run `npm run docs:update`.');
    process.exitCode = 1;
  } else {
    writeFileSync(readmePath, updated);
    console.log('README.md rules table updated.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
