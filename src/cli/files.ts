import { type Dirent, lstatSync, readdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { CLAUDE_CODE_SETTINGS_FILES } from '../policy/claude-code.js';

/** Why an entry of the scanned tree was not read: things a scan must not open, or cannot follow. */
export type SkipReason =
  | 'FIFO'
  | 'socket'
  | 'device'
  | 'dangling symbolic link'
  | 'symbolic link loop'
  | 'TypeScript without a parser'
  | SettingsSkipReason;

/** Why Claude Code settings files cannot be linted in this installation (PRODUCT.md §3c: JSON through `@eslint/json`). */
export type SettingsSkipReason = 'Claude Code settings without @eslint/json' | 'Claude Code settings need ESLint 9.15 or later';

export interface SkippedEntry {
  readonly path: string;
  readonly reason: SkipReason;
}

export interface UnreadableEntry {
  readonly path: string;
  readonly message: string;
}

export interface FileEnumeration {
  /** Regular files to lint, absolute, in walk order, each once. */
  readonly files: readonly string[];
  readonly skipped: readonly SkippedEntry[];
  /** Folders that could not be listed, and links that could not be followed for another reason. */
  readonly unreadable: readonly UnreadableEntry[];
}

export interface EnumerationOptions {
  /** Whether TypeScript files are linted (the parser is installed); when not, they are listed as skipped. */
  readonly typescript: boolean;
  /**
   * Claude Code settings files (`.claude/settings.json`, `.mcp.json`, …): `lint`, listed as skipped
   * with the reason they cannot be linted, or `ignore` (a profile without settings rules).
   */
  readonly settingsFiles: 'lint' | 'ignore' | SettingsSkipReason;
}

/** A path given on the command line that names nothing to scan: a usage error, reported before any scan. */
export class PathError extends Error {}

const JAVASCRIPT = /\.(?:js|mjs|cjs|jsx)$/;
const TYPESCRIPT = /\.(?:ts|mts|cts|tsx)$/;
const DECLARATION = /\.d\.(?:ts|mts|cts)$/;
/** The files the `claude-code` profile lints, matched against the absolute path. */
const isSettingsFile = picomatch([...CLAUDE_CODE_SETTINGS_FILES], { dot: true });

/** Folders of installed, built or generated code, skipped below the paths given (never the paths themselves). */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build', 'coverage', '.git']);

type Kind = 'file' | 'directory' | SkipReason;

function kindOfStats(stats: Stats | Dirent): Kind | null {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return null;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Lists the files an audit lints, reading the tree once and cheaply: the directory entry's own type
 * (no system call), `lstat` only where the entry does not say, and `stat` only to follow a link.
 * Nothing that is not a regular file is ever opened, so a FIFO cannot hang the run; broken links
 * and special files are listed as skipped with the reason, and a folder reached twice through
 * links is walked once.
 */
export function enumerateFiles(roots: readonly string[], cwd: string, options: EnumerationOptions): FileEnumeration {
  const files: string[] = [];
  const seenFiles = new Set<string>();
  const skipped: SkippedEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  const walkedFolders = new Set<string>();

  const lintable = (name: string) => !DECLARATION.test(name) && (JAVASCRIPT.test(name) || TYPESCRIPT.test(name));

  const settingsFile = (file: string) => options.settingsFiles !== 'ignore' && isSettingsFile(file.split(path.sep).join('/'));

  const addFile = (file: string): boolean => {
    const name = path.basename(file);
    const settings = !lintable(name) && settingsFile(file);
    if (!lintable(name) && !settings) return false;
    if (TYPESCRIPT.test(name) && !options.typescript) {
      skipped.push({ path: file, reason: 'TypeScript without a parser' });
      return true;
    }
    if (settings && options.settingsFiles !== 'lint') {
      skipped.push({ path: file, reason: options.settingsFiles as SettingsSkipReason });
      return true;
    }
    if (!seenFiles.has(file)) {
      seenFiles.add(file);
      files.push(file);
    }
    return true;
  };

  /** What a symbolic link points at, following it once. */
  const followLink = (link: string): { kind: Kind | null; stats: Stats | null } => {
    try {
      const stats = statSync(link);
      return { kind: kindOfStats(stats), stats };
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'dangling symbolic link', stats: null };
      if (code === 'ELOOP') return { kind: 'symbolic link loop', stats: null };
      unreadable.push({ path: link, message: `the link could not be followed (${code ?? (error as Error).message})` });
      return { kind: null, stats: null };
    }
  };

  const walk = (folder: string, stats: Stats | null): void => {
    // A folder reached again through a link (a link to an ancestor, two links to one folder) is walked once.
    let identity = folder;
    try {
      const own = stats ?? statSync(folder);
      identity = `${own.dev}:${own.ino}`;
    } catch {
      // listing it below reports the problem
    }
    if (walkedFolders.has(identity)) return;
    walkedFolders.add(identity);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder, message: `the folder could not be listed (${errorCode(error) ?? (error as Error).message})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      let kind: Kind | null;
      let target: Stats | null = null;
      if (entry.isSymbolicLink()) {
        ({ kind, stats: target } = followLink(full));
      } else {
        kind = kindOfStats(entry);
        if (kind === null) {
          // Some file systems do not say what an entry is; ask once.
          try {
            const own = lstatSync(full);
            if (own.isSymbolicLink()) ({ kind, stats: target } = followLink(full));
            else kind = kindOfStats(own);
          } catch (error) {
            unreadable.push({ path: full, message: `it could not be examined (${errorCode(error) ?? (error as Error).message})` });
            continue;
          }
        }
      }
      if (kind === 'directory') {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, target);
      } else if (kind === 'file') {
        addFile(full);
      } else if (kind !== null) {
        skipped.push({ path: full, reason: kind });
      }
    }
  };

  for (const given of roots) {
    const root = path.resolve(cwd, given);
    const before = files.length + skipped.length + unreadable.length;
    const own = lstatSync(root, { throwIfNoEntry: false });
    if (!own) throw new PathError(`"${given}" does not exist.`);
    let kind: Kind | null;
    let stats: Stats | null = own;
    if (own.isSymbolicLink()) ({ kind, stats } = followLink(root));
    else kind = kindOfStats(own);
    if (kind === 'directory') {
      walk(root, stats);
    } else if (kind === 'file') {
      if (!addFile(root)) throw new PathError(`"${given}" is not a JavaScript or TypeScript file${options.settingsFiles === 'ignore' ? '' : ' or a Claude Code settings file'}.`);
    } else if (kind !== null) {
      skipped.push({ path: root, reason: kind });
    }
    if (files.length + skipped.length + unreadable.length === before) {
      throw new PathError(`"${given}" holds no JavaScript or TypeScript file${options.settingsFiles === 'ignore' ? '' : ' or Claude Code settings file'} to scan.`);
    }
  }
  return { files, skipped, unreadable };
}
