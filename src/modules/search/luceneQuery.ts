/**
 * Builds the Lucene queries for `search(text)` from what a user typed. Every
 * user character that Lucene treats as syntax is escaped, so input can never
 * change the query's structure.
 *
 * One full-text index answers a search (src/neo4j/migrations.ts,
 * entity_search_words): the folded text, split into words, lower-cased,
 * nothing else. Swedish stemming happens here instead, on the words typed:
 * the Snowball stemmer and stop words that Lucene's Swedish analyzer uses
 * (@orama/stemmers and @orama/stopwords carry the same algorithm and list;
 * luceneQuery.test.ts checks them against Lucene's own on the seed's words).
 * The Swedish stemmer only removes endings, so a word whose stem is the typed
 * word's stem starts with that stem: asking for the stem as a prefix finds
 * every word a stemmed index would match, and a few more that share its
 * start, as the typed word's own prefix already did.
 */
import { stemmer } from "@orama/stemmers/swedish";
import { stopwords } from "@orama/stopwords/swedish";
import { foldText } from "../../lib/foldText";

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escape = (w: string) => w.replace(SPECIAL, (c) => `\\${c}`);
const STOP_WORDS: ReadonlySet<string> = new Set(stopwords);

/** Word boundaries as Unicode defines them (UAX #29), which is how the index's tokenizer splits the stored text. */
const WORDS = new Intl.Segmenter("sv", { granularity: "word" });

/**
 * Words of the input, split where the index splits the stored text, so each
 * is one of its words: "VGR:s", "1,2" and "10.30" stay whole, "e-post" and
 * "2024-11-05" come apart; everything else (spaces, punctuation, Lucene
 * syntax) is dropped. At most 8, each at most 40 characters.
 */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const s of WORDS.segment(text.normalize("NFC"))) {
    if (!s.isWordLike) continue;
    words.push(s.segment.slice(0, 40));
    if (words.length === 8) break;
  }
  return words;
}

/** An abbreviation inflected after a colon ("VGR:s", "SMS:en"): the abbreviation, at least two characters. */
const COLON_INFLECTION = /^([\p{L}\p{N}]{2,}):\p{L}{1,3}$/u;

/**
 * The Swedish stem of a word, as Lucene's Swedish analyzer makes it (lower
 * case; "" for a stop word), except that an abbreviation inflected after a
 * colon stems to the abbreviation ("VGR:s" → "vgr"), which Lucene leaves whole.
 */
export function swedishStem(word: string): string {
  const lower = word.toLowerCase();
  const colon = COLON_INFLECTION.exec(lower);
  if (colon) return colon[1]!;
  return STOP_WORDS.has(lower) ? "" : stemmer(lower);
}

/** The index's two queries: the words as themselves, their prefixes and their stems' prefixes; and the same one edit away too. */
export interface SearchQueries {
  exact: string;
  fuzzy: string;
}

/**
 * Each word matches as itself, as the start of a word, or by its Swedish stem
 * ("besluten" finds "beslutet": both stem to "beslut"). A prefix scores the
 * same for every word it matches, so a word found as itself (or as its stem,
 * when the stem is a word) ranks above one found by a prefix; `fuzzy` also allows,
 * from four letters, one edit. Every word is required, except that a stop
 * word ("och", "för") among other words is optional: it ranks hits that have
 * it higher but does not exclude those without it (a stemmed index ignores
 * stop words altogether; a search of stop words only still needs them all).
 */
export function searchQueries(words: string[]): SearchQueries {
  const allStop = words.every((w) => STOP_WORDS.has(w.toLowerCase()));
  const build = (fuzzy: boolean) =>
    words
      .map((w) => {
        const f = escape(foldText(w));
        const stem = escape(foldText(swedishStem(w)));
        const alternatives = [f, `${f}*`];
        // The stem as a word too: it often is one ("avtalen" → "avtal"), and then ranks by how well it matches.
        if (stem !== "" && stem !== f) alternatives.push(stem, `${stem}*`);
        if (fuzzy && f.length >= 4) alternatives.push(`${f}~1`);
        const required = allStop || !STOP_WORDS.has(w.toLowerCase());
        return `${required ? "+" : ""}(${alternatives.join(" ")})`;
      })
      .join(" ");
  return { exact: build(false), fuzzy: build(true) };
}
