import { nodeProps, pick, unpick } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import type { FoldedQueries } from "./luceneQuery";
import { type KnownAt, visible } from "../node/recordTime";

/** What a hit's `text` shows (search.resolvers.ts): enough when the hit's node is asked for no more than its id. */
const SHOWN = ["name", "title", "label", "scope"];

export interface SearchRow {
  label: string;
  props: Record<string, Plain>;
  score: number;
}

/** Hits taken from each index answer at first: the page and a margin for a few that the filter drops. */
export const SEARCH_MARGIN = 10;
/** Each answer that was not enough is asked again this many times larger. */
export const SEARCH_GROWTH = 10;
/** The largest answer asked of an index: a page is built from at most this many of its best hits. */
export const SEARCH_MAX_POOL = 10_000;

/**
 * The statement of one attempt at a page from answers of at most `$pool` hits
 * per index: both full-text indexes (Swedish-stemmed and folded) queried,
 * hits kept when visible at `at` and of the types asked, the best score per
 * node, best first. The folded index is asked for the words and their
 * prefixes first; only when those hits do not fill the page is it asked again
 * with typo tolerance (one edit away), and the page is then built from the
 * stemmed hits and that second answer, as if only it had been asked. Fuzzy
 * matching was the costliest part of a search for Neo4j, and a page of exact
 * hits would rank them first anyway.
 *
 * `complete` says whether answers of `$pool` hits were enough for the page
 * to be the one unlimited answers would give: a node on the true page has its
 * best score in some index; if that index's answer left it out, the answer
 * was cut at `$pool` and every hit in it scores at least as high, so when at
 * least `$first` of them are kept the node was not on the page after all.
 * Hence each answer used must be exhausted (fewer than `$pool` hits) or hold
 * `$first` kept hits. (The choice of the fuzzy branch rests on the same
 * answers, so it is right whenever they are complete.)
 */
function attemptStatement(at: KnownAt, full: boolean): string {
  const keep = (v: string) => `${visible(v, at)} AND ($types IS NULL OR [l IN labels(${v}) WHERE l <> 'Entity'][0] IN $types)`;
  const answer = (index: string, query: string, name: string) =>
    `CALL () { CALL db.index.fulltext.queryNodes('${index}', ${query}, {limit: toInteger($pool)}) YIELD node, score RETURN collect({ node: node, score: score }) AS ${name} }`;
  const enough = (hits: string) => `(size(${hits}) < $pool OR size([h IN ${hits} WHERE ${keep("h.node")}]) >= $first)`;
  // The best score per kept node over two answers.
  const best = (a: string, b: string, name: string) =>
    `CALL (${a}, ${b}) { UNWIND ${a} + ${b} AS h WITH h WHERE ${keep("h.node")} WITH h.node AS node, max(h.score) AS score RETURN collect({ node: node, score: score }) AS ${name} }`;
  return [
    answer("entity_search_sv", "$stemmed", "stemmed"),
    answer("entity_search_folded", "$exact", "exact"),
    `WITH stemmed, exact, ${enough("stemmed")} AND ${enough("exact")} AS exactComplete`,
    best("stemmed", "exact", "exactHits"),
    "CALL (stemmed, exactHits) {",
    "  WITH exactHits WHERE size(exactHits) >= $first",
    "  RETURN exactHits AS hits, true AS fuzzyComplete",
    "  UNION ALL",
    "  WITH stemmed, exactHits WHERE size(exactHits) < $first",
    `  ${answer("entity_search_folded", "$fuzzy", "fuzzy")}`,
    `  ${best("stemmed", "fuzzy", "fuzzyHits")}`,
    `  RETURN fuzzyHits AS hits, ${enough("fuzzy")} AS fuzzyComplete`,
    "}",
    "CALL (hits) {",
    "  UNWIND hits AS hit",
    "  WITH hit.node AS node, hit.score AS score ORDER BY score DESC, node.id LIMIT toInteger($first)",
    `  RETURN collect({ label: [l IN labels(node) WHERE l <> 'Entity'][0], props: ${full ? nodeProps("node") : pick("node", SHOWN)}, score: score }) AS rows`,
    "}",
    "RETURN rows, exactComplete AND fuzzyComplete AS complete",
  ].join("\n");
}

/**
 * The best `first` hits for the queries (luceneQuery.ts, which escapes
 * everything the user typed), as attemptStatement ranks them. The indexes
 * hold every version of a corrected fact: only the one visible at `at` (the
 * current one when null) is kept; the caller reports it under its stable id.
 * Without `detail.full` each node comes with only its id and what SHOWN names.
 *
 * One round trip asking each index for the page and a margin: when the filter
 * (types, versions) drops so many that the answers were not enough, the same
 * statement again with answers ten times larger, up to SEARCH_MAX_POOL.
 * Asking every search for a hundred hits per index made Neo4j materialise
 * and filter five times the nodes a page needs.
 */
export async function findSearchHits(
  tx: Tx, stemmed: string, folded: FoldedQueries, types: string[] | null, first: number, at: KnownAt = null, detail: { full: boolean } = { full: true },
): Promise<SearchRow[]> {
  const cypher = attemptStatement(at, detail.full);
  // Types narrow the hits a lot: start where the first attempt is likely enough.
  let pool = types === null ? first + SEARCH_MARGIN : Math.max(first * 5, 100);
  for (;;) {
    const [row] = await tx.run<{ rows: SearchRow[]; complete: boolean }>(cypher, {
      stemmed, exact: folded.exact, fuzzy: folded.fuzzy, types, first, pool, ...(at === null ? {} : { at }),
    });
    if (!row) return [];
    if (row.complete || pool >= SEARCH_MAX_POOL) return detail.full ? row.rows : row.rows.map((r) => ({ ...r, props: unpick(SHOWN, r.props) ?? {} }));
    pool = Math.min(pool * SEARCH_GROWTH, SEARCH_MAX_POOL);
  }
}
