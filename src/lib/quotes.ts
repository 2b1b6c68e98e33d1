/**
 * Where a citation's quote stands in its document's text (seed/FORMAT.md):
 * runs of white space fold to one space on both sides, nothing else changes,
 * and the quote must stand as whole words: "Logg" does not occur in
 * "Loggning", nor "a" in "Oracle". The seed loader, the write path and
 * `Citation.context` / `Citation.verified` all match this way.
 */

export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, " ");
}

const WORD = /[\p{L}\p{N}]/u;

/** Where the quote starts in the folded text, as whole words; -1 when it does not occur so (or is empty). */
export function findQuote(foldedText: string, quote: string): number {
  const needle = foldWhitespace(quote).trim();
  if (needle === "") return -1;
  const wordStart = WORD.test(needle.charAt(0));
  const wordEnd = WORD.test(needle.charAt(needle.length - 1));
  for (let at = foldedText.indexOf(needle); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
    const before = at > 0 ? foldedText.charAt(at - 1) : "";
    const after = foldedText.charAt(at + needle.length);
    if ((!wordStart || !WORD.test(before)) && (!wordEnd || !WORD.test(after))) return at;
  }
  return -1;
}
