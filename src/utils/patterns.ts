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
