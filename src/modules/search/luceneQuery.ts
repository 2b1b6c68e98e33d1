/**
 * Builds the Lucene queries for `search(text)` from what a user typed. Every
 * user character that Lucene treats as syntax is escaped, so input can never
 * change the query's structure.
 *
 * One full-text index answers a search (src/neo4j/migrations.ts,
 * entity_search_v2) over four properties of each searchable node
 * (src/domain/searchProps.ts): its folded text split into words and
 * lower-cased, nothing else (`searchTextFolded`); the Swedish stems of those
 * words (`searchStems`, src/lib/swedishStems.ts); the folded words of what
 * names it (`searchNamesFolded`); and each of its names as one term
 * (`searchNameKeys`).
 * A word typed is asked of the words as itself and as a prefix, and its stem
 * of the stems, which grades every inflection by how well it matches, as a
 * Swedish-stemmed index would. The Swedish stemmer only removes endings, so
 * the stem is also asked as a prefix of the words: that finds what shares the
 * stem's start (compounds), as the typed word's prefix does, at a prefix's
 * constant score. A word found, or starting a word, in the names counts
 * NAME_BOOST times more; the words typed, taken together as one name, match
 * a node so named and add WHOLE_NAME_BOOST times a term's score, which puts
 * it above what merely mentions the words ("VGR" finds the region first).
 */
import { foldText } from "../../lib/foldText";
import { MAX_SEARCH_WORDS, MAX_SEARCH_WORD_LENGTH, wholeNameKey, wordsOf } from "../../domain/searchProps";
import { STOP_WORDS, colonAbbreviation, swedishStem } from "../../lib/swedishStems";

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escape = (w: string) => w.replace(SPECIAL, (c) => `\\${c}`);

/** The index's two properties, as a query names them. */
export const WORDS_FIELD = "searchTextFolded";
export const STEMS_FIELD = "searchStems";
/** The folded words of what names the node (src/domain/searchProps.ts). */
export const NAMES_FIELD = "searchNamesFolded";
/** Each whole name of the node as one term (src/domain/searchProps.ts, wholeNameKey). */
export const NAME_KEYS_FIELD = "searchNameKeys";
/** How much more a word found in a node's names counts than the same word in its text. */
export const NAME_BOOST = 2;
/** How much a search that is exactly one of a node's names adds. */
export const WHOLE_NAME_BOOST = 8;

/**
 * Words of the input, split where the index splits the stored text, so each
 * is one of its words: "VGR:s", "1,2" and "10.30" stay whole, "e-post" and
 * "2024-11-05" come apart; everything else (spaces, punctuation, Lucene
 * syntax) is dropped. At most 8, each at most 40 characters.
 */
export function searchWords(text: string): string[] {
  return wordsOf(text)
    .slice(0, MAX_SEARCH_WORDS)
    .map((w) => w.slice(0, MAX_SEARCH_WORD_LENGTH));
}

/**
 * Words the sources write for one another, folded: "tf" is how they shorten
 * "tillförordnad" (acting), so "tf programchef" finds "tillförordnad
 * Programchef" and the other way round, as whoHeld does.
 */
const SAME_WORD: Record<string, string[]> = { tf: ["tillforordnad"], tillforordnad: ["tf"] };

/** The index's two queries: the words as themselves, as prefixes and by their stems; and the same one edit away too. */
export interface SearchQueries {
  exact: string;
  fuzzy: string;
}

/**
 * Each word matches as itself or as the start of a word, or by its Swedish
 * stem ("besluten" finds "beslutet": both stem to "beslut"), or, at a
 * prefix's score, as a word starting with its stem: `+(searchTextFolded:(avtalen
 * avtalen* avtal*) searchStems:avtal searchNamesFolded:(avtalen avtalen*)^2)`,
 * the last part ranking a word in the names higher; "tf" and "tillförordnad"
 * match each other (SAME_WORD). A prefix scores the same for every word
 * it matches, so a hit with the word as typed ranks first, then one with
 * another inflection, then one found by a prefix only; `fuzzy` also allows,
 * from four letters, one edit. Every word is required, except that a stop
 * word ("och", "för") among other words is optional: it ranks hits that have
 * it higher but does not exclude those without it (a stemmed index ignores
 * stop words altogether; a search of stop words only still needs them all).
 * And in the first word's group, the words as one whole name:
 * `searchNameKeys:avtalen_45^8`. A word inflected after a colon also asks
 * the names for its abbreviation, alone and in the whole name, so "VGR:s"
 * ranks the region named "VGR" first, as "VGR" does.
 */
export function searchQueries(words: string[]): SearchQueries {
  const allStop = words.every((w) => STOP_WORDS.has(w.toLowerCase()));
  // "VGR:s" names what is named "VGR": the name clauses also ask for the abbreviation.
  const abbreviated = words.map((w) => colonAbbreviation(w) ?? w);
  const keys = [...new Set([wholeNameKey(words), wholeNameKey(abbreviated)])].map(escape);
  const whole = ` ${NAME_KEYS_FIELD}:${keys.length === 1 ? keys[0] : `(${keys.join(" ")})`}^${WHOLE_NAME_BOOST}`;
  const build = (fuzzy: boolean) =>
    words
      .map((w, i) => {
        const f = escape(foldText(w));
        // The stem is taken from the word as typed (the stemmer knows å, ä and ö), then folded.
        const stem = escape(foldText(swedishStem(w)));
        const asWords = [f, `${f}*`, ...(SAME_WORD[f] ?? [])];
        if (stem !== "" && stem !== f) asWords.push(`${stem}*`);
        if (fuzzy && f.length >= 4) asWords.push(`${f}~1`);
        const byStem = stem === "" ? "" : ` ${STEMS_FIELD}:${stem}`;
        const abbreviation = abbreviated[i] === w ? "" : ` ${escape(foldText(abbreviated[i]!))}`;
        const byName = ` ${NAMES_FIELD}:(${f} ${f}*${abbreviation})^${NAME_BOOST}`;
        // The whole name rides in the first word's group: a node so named has that word too, and
        // an optional clause beside the required groups cost Neo4j twice the CPU at 1M nodes.
        const byWholeName = i === 0 ? whole : "";
        const required = allStop || !STOP_WORDS.has(w.toLowerCase());
        return `${required ? "+" : ""}(${WORDS_FIELD}:(${asWords.join(" ")})${byStem}${byName}${byWholeName})`;
      })
      .join(" ");
  return { exact: build(false), fuzzy: build(true) };
}
