import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Adds `text` as the last property of an object literal, following its layout: one line stays
 * one line; a multi-line object gets a new line at the last property's indentation.
 */
function insertPropertyFix(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  object: TSESTree.ObjectExpression,
  text: string,
): TSESLint.RuleFix {
  const last = object.properties[object.properties.length - 1];
  if (!last) return fixer.replaceText(object, `{ ${text} }`);
  const after = sourceCode.getTokenAfter(last);
  const trailingComma = after?.value === ',' ? after : null;
  const anchor = trailingComma ?? last;
  if (object.loc.start.line === last.loc.start.line) {
    return fixer.insertTextAfter(anchor, trailingComma ? ` ${text},` : `, ${text}`);
  }
  const lineText = sourceCode.lines[last.loc.start.line - 1] ?? '';
  const indent = /^\s*/.exec(lineText)![0];
  return fixer.insertTextAfter(anchor, trailingComma ? `\n${indent}${text},` : `,\n${indent}${text}`);
}

/**
 * The quote a suggestion writes strings with: the one the nearest string literal uses (inside
 * `near` first, then the whole file), so a fix in a single-quoted file stays single-quoted.
 */
export function preferredQuote(sourceCode: Readonly<TSESLint.SourceCode>, near: TSESTree.Node | null): "'" | '"' {
  const quoteOf = (raw: string) => (raw.startsWith("'") ? "'" : raw.startsWith('"') ? '"' : null);
  if (near) {
    for (const token of sourceCode.getTokens(near)) {
      const quote = token.type === 'String' ? quoteOf(token.value) : null;
      if (quote) return quote;
    }
  }
  for (const token of sourceCode.ast.tokens ?? []) {
    const quote = token.type === 'String' ? quoteOf(token.value) : null;
    if (quote) return quote;
  }
  return '"';
}

/** `text` as a string literal in `quote`. */
export function quoted(text: string, quote: "'" | '"'): string {
  return quote + text.replace(/\\/g, '\\\\').replaceAll(quote, `\\${quote}`) + quote;
}

/**
 * Adds `property` where an analysis says a missing key goes: into an object literal, or as an
 * options object after the last argument of a `new` or call (`new ChatAnthropic()`).
 */
export function insertionFix(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  into: TSESTree.ObjectExpression | TSESTree.NewExpression | TSESTree.CallExpression,
  property: string,
): TSESLint.RuleFix {
  if (into.type === 'ObjectExpression') return insertPropertyFix(fixer, sourceCode, into, property);
  const close = sourceCode.getLastToken(into)!;
  return fixer.insertTextBefore(close, `${into.arguments.length > 0 ? ', ' : ''}{ ${property} }`);
}
