/**
 * What a searchable node stores for the full-text index (src/neo4j/migrations.ts,
 * `entity_search_v2`; asked by src/modules/search/luceneQuery.ts). Written by
 * the seed loader and the write path (seed/records.ts) and by the synthetic
 * graph (bench/syntheticRows.ts), so curated, written and generated nodes
 * are found alike.
 */
import type { ConceptSpec } from "./concepts";
import { foldText } from "../lib/foldText";
import { WORDS, searchStems } from "../lib/swedishStems";

/** Search reads at most this many words of what is typed (src/modules/search/luceneQuery.ts). */
export const MAX_SEARCH_WORDS = 8;
/** and at most this many characters of each. */
export const MAX_SEARCH_WORD_LENGTH = 40;

/** The words of a text, split where the index splits it (Intl's Swedish word segmenter). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const s of WORDS.segment(text.normalize("NFC"))) if (s.isWordLike) words.push(s.segment);
  return words;
}

/**
 * One term for a whole name: its folded words joined by "_", which the
 * index's tokenizer keeps together as one word, so a search whose words are
 * exactly a name's matches it as one term and no text that merely contains
 * them does ("vastra_gotalandsregionen", "vgr").
 */
export function wholeNameKey(words: readonly string[]): string {
  return words.map(foldText).join("_");
}

/** Never read back by the API (src/neo4j/project.ts hides them). */
export interface SearchProps {
  /** The concept's search fields, joined. */
  searchText: string;
  /** searchText with diacritics folded and lower-cased: the words the index splits. */
  searchTextFolded: string;
  /** The Swedish stems of searchText's words (src/lib/swedishStems.ts). */
  searchStems: string;
  /** Only what names the node (its name or title and aliases), folded: a hit here ranks higher. */
  searchNamesFolded: string;
  /** Each name that search could be typed as whole (at most MAX_SEARCH_WORDS words), as one wholeNameKey term: an exact match ranks first. */
  searchNameKeys: string;
}

/**
 * The search fields that name the node rather than describe it: its short
 * text fields (name, title, label, scope, aliases), not its prose (summary,
 * basis, kind "text").
 */
export function nameFields(spec: ConceptSpec): string[] {
  return spec.search.filter((f) => {
    const kind = spec.fields[f]?.kind;
    return kind === "string" || kind === "strings";
  });
}

function texts(fields: readonly string[], values: Record<string, unknown>): string[] {
  return fields.flatMap((f) => {
    const v = values[f];
    if (Array.isArray(v)) return v.filter((s) => s !== null && s !== "").map(String);
    return v === null || v === undefined || v === "" ? [] : [String(v)];
  });
}

/** The search properties of a node of `spec` with these field values; null when it has no search text. */
export function searchProps(spec: ConceptSpec, values: Record<string, unknown>): SearchProps | null {
  const all = texts(spec.search, values);
  if (all.length === 0) return null;
  const searchText = all.join(" \u2022 ");
  const names = texts(nameFields(spec), values);
  const keys = names
    .map(wordsOf)
    .filter((w) => w.length > 0 && w.length <= MAX_SEARCH_WORDS && w.every((x) => x.length <= MAX_SEARCH_WORD_LENGTH))
    .map(wholeNameKey);
  return {
    searchText,
    searchTextFolded: foldText(searchText),
    searchStems: searchStems(searchText),
    searchNamesFolded: foldText(names.join(" \u2022 ")),
    searchNameKeys: [...new Set(keys)].join(" "),
  };
}
