/**
 * Builds the Lucene queries for `search(text)` from what a user typed. Every
 * user character that Lucene treats as syntax is escaped, so input can never
 * change the query's structure; each word becomes required.
 */
import { foldText } from "../../lib/foldText";

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escape = (w: string) => w.replace(SPECIAL, (c) => `\\${c}`);

/** Words of the input: letters and digits only, at most 8, each at most 40 characters. */
export function searchWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.slice(0, 40));
}

/** For the Swedish-stemmed index: each word as a plain (analysed) term. */
export function stemmedQuery(words: string[]): string {
  return words.map((w) => `+${escape(w.toLowerCase())}`).join(" ");
}

/** The folded index's two queries: the words as themselves or as prefixes, and the same one edit away too. */
export interface FoldedQueries {
  exact: string;
  fuzzy: string;
}

/** For the folded index: each word as itself or as a prefix (`exact`); `fuzzy` also allows, from four letters, one edit. */
export function foldedQueries(words: string[]): FoldedQueries {
  const build = (fuzzy: boolean) =>
    words
      .map((w) => {
        const f = escape(foldText(w));
        const alternatives = [f, `${f}*`];
        if (fuzzy && f.length >= 4) alternatives.push(`${f}~1`);
        return `+(${alternatives.join(" ")})`;
      })
      .join(" ");
  return { exact: build(false), fuzzy: build(true) };
}
