/**
 * Swedish word stems, as Lucene's Swedish analyzer makes them: the Snowball
 * stemmer and stop words it uses (@orama/stemmers and @orama/stopwords carry
 * the same algorithm and list; swedishStem.int.test.ts checks them against
 * Lucene's own on the seed's words). Search stores each searchable node's
 * stems (`searchStems`, written with its `searchText`) and asks them for the
 * stems of the words typed (src/modules/search/luceneQuery.ts), so a word
 * finds its other inflections and ranks them by how well they match.
 */
import { stemmer } from "@orama/stemmers/swedish";
import { stopwords } from "@orama/stopwords/swedish";
import { foldText } from "./foldText";

export const STOP_WORDS: ReadonlySet<string> = new Set(stopwords);

/** Word boundaries as Unicode defines them (UAX #29), which is how the full-text index's tokenizer splits the stored text. */
export const WORDS = new Intl.Segmenter("sv", { granularity: "word" });

/** An abbreviation inflected after a colon ("VGR:s", "SMS:en"): the abbreviation, at least two characters. */
const COLON_INFLECTION = /^([\p{L}\p{N}]{2,}):\p{L}{1,3}$/u;

/** The abbreviation of a word inflected after a colon ("VGR:s" → "VGR"), as typed; null for any other word ("S:t" included). */
export function colonAbbreviation(word: string): string | null {
  return COLON_INFLECTION.exec(word)?.[1] ?? null;
}

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

/**
 * What a searchable node stores as `searchStems`: the stem of every word of
 * its search text (split as the index splits it), folded as the text is,
 * in order, stop words left out ("Kommunernas avtal med Oracle" →
 * "kommun avtal oracl"). The stem is taken before folding: the stemmer knows
 * å, ä and ö.
 */
export function searchStems(text: string): string {
  const stems: string[] = [];
  for (const s of WORDS.segment(text.normalize("NFC"))) {
    if (!s.isWordLike) continue;
    const stem = swedishStem(s.segment);
    if (stem !== "") stems.push(foldText(stem));
  }
  return stems.join(" ");
}
