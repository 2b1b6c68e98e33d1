/**
 * `Citation.context`: the quote with some of the document around it. Quotes
 * are matched the way the seed loader checks them (src/lib/quotes.ts): runs
 * of white space fold to one space on both sides, as whole words.
 */
import { InputError } from "../../lib/errors";
import { findQuote, foldWhitespace } from "../../lib/quotes";

export const MAX_CONTEXT_CHARS = 5000;

/** Folded document texts by text (the few seed documents): a page of citations folds each document once, not once per citation. */
const FOLDED = new Map<string, string>();

function foldedOnce(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= 64) FOLDED.delete(FOLDED.keys().next().value as string);
    folded = foldWhitespace(text);
    FOLDED.set(text, folded);
  }
  return folded;
}

/**
 * The quote with up to `chars` characters of the folded text on each side;
 * null when the quote does not occur in the text.
 */
export function quoteContext(text: string, quote: string, chars: number): string | null {
  if (!Number.isInteger(chars) || chars < 0 || chars > MAX_CONTEXT_CHARS) {
    throw new InputError(`chars must be a whole number from 0 to ${MAX_CONTEXT_CHARS}, got ${chars}`, { argument: "chars" });
  }
  const folded = foldedOnce(text);
  const needle = foldWhitespace(quote).trim();
  const at = findQuote(folded, quote);
  if (at < 0) return null;
  return folded.slice(Math.max(0, at - chars), at + needle.length + chars).trim();
}
