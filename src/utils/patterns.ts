import picomatch from 'picomatch';

const matchers = new Map<string, (value: string) => boolean>();

/** Whether `value` matches any glob (`interleaved-thinking-*`, `beta.agents`, `claude-opus-4-*`). */
export function matchesAny(value: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) {
    let matcher = matchers.get(pattern);
    if (!matcher) {
      // Model ids and flags contain dots and no path separators; match them as plain strings.
      matcher = picomatch(pattern, { dot: true, nocase: false, contains: false });
      matchers.set(pattern, matcher);
    }
    if (matcher(value)) return true;
  }
  return false;
}

const syntaxErrors = new Map<string, string | null>();

/**
 * Why a glob does not compile, or null when it does. picomatch alone is lenient: it reads
 * `claude-[opus` as a literal and the pattern silently never matches what was meant, so the check
 * compiles with `strictBrackets`, which rejects unbalanced `[`, `{` and `(`.
 */
export function globSyntaxError(pattern: string): string | null {
  const known = syntaxErrors.get(pattern);
  if (known !== undefined) return known;
  let error: string | null = null;
  if (pattern === '') {
    error = 'an empty pattern matches nothing';
  } else {
    try {
      // picomatch answers a pattern it cannot translate (a trailing `\`) with a regex that matches nothing.
      if (picomatch.makeRe(pattern, { dot: true, strictBrackets: true }).source === '$^') error = 'it can never match';
    } catch (thrown) {
      error = (thrown as Error).message;
    }
  }
  syntaxErrors.set(pattern, error);
  return error;
}

/** The option schema of a list of globs (`allow`, `deny`): non-empty, unique strings. */
export const globListSchema = (description: string) =>
  ({ type: 'array' as const, items: { type: 'string' as const, minLength: 1 }, uniqueItems: true, description });
