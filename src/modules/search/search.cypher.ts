import { nodeProps, pick, unpick } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import type { SearchQueries } from "./luceneQuery";
import { type KnownAt, visible } from "../node/recordTime";

/** What a hit's `text` shows (search.resolvers.ts): enough when the hit's node is asked for no more than its id. */
const SHOWN = ["name", "title", "label", "scope"];

export interface SearchRow {
  label: string;
  props: Record<string, Plain>;
  score: number;
}

/** Hits taken from the index's answer at first: the page and a margin for a few that the filter drops. */
export const SEARCH_MARGIN = 10;
/** Each answer that was not enough is asked again this many times larger. */
export const SEARCH_GROWTH = 10;
/** The largest answer asked of an index: a page is built from at most this many of its best hits. */
export const SEARCH_MAX_POOL = 10_000;

/** The full-text index every search asks (src/neo4j/migrations.ts). */
export const SEARCH_INDEX = "entity_search_v2";

/**
 * The statement of one attempt at a page from an answer of at most `$pool`
 * hits: the index asked for the words, their prefixes and their stems
 * (luceneQuery.ts), hits kept when visible at `at` and of the types
 * asked, best first. Only when those hits do not fill the page is the index
 * asked again with typo tolerance (one edit away), and the page is then built
 * from that second answer alone. Fuzzy matching was the costliest part of a
 * search for Neo4j, and a page of exact hits would rank them first anyway.
 *
 * `complete` says whether an answer of `$pool` hits was enough for the page
 * to be the one an unlimited answer would give: if the answer was cut at
 * `$pool`, every hit in it scores at least as high as any left out, so when
 * at least `$first` of them are kept the page is right. Hence the answer used
 * must be exhausted (fewer than `$pool` hits) or hold `$first` kept hits.
 * (The choice of the fuzzy branch rests on the first answer, so it is right
 * whenever that answer is complete.)
 */
function attemptStatement(at: KnownAt, full: boolean): string {
  const keep = (v: string) => `${visible(v, at)} AND ($types IS NULL OR [l IN labels(${v}) WHERE l <> 'Entity'][0] IN $types)`;
  // The kept hits of one answer, and whether the answer was enough.
  const answer = (query: string, name: string) =>
    `CALL () { CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', ${query}, {limit: toInteger($pool)}) YIELD node, score ` +
    `WITH count(*) AS answered, collect(CASE WHEN ${keep("node")} THEN { node: node, score: score } END) AS kept ` +
    `RETURN kept AS ${name}, answered < $pool OR size(kept) >= $first AS ${name}Complete }`;
  return [
    answer("$exact", "exact"),
    "CALL (exact, exactComplete) {",
    "  WITH exact, exactComplete WHERE size(exact) >= $first",
    "  RETURN exact AS hits, exactComplete AS complete",
    "  UNION ALL",
    "  WITH exact, exactComplete WHERE size(exact) < $first",
    `  ${answer("$fuzzy", "fuzzy")}`,
    "  RETURN fuzzy AS hits, exactComplete AND fuzzyComplete AS complete",
    "}",
    "CALL (hits) {",
    "  UNWIND hits AS hit",
    "  WITH hit.node AS node, hit.score AS score ORDER BY score DESC, node.id LIMIT toInteger($first)",
    `  RETURN collect({ label: [l IN labels(node) WHERE l <> 'Entity'][0], props: ${full ? nodeProps("node") : pick("node", SHOWN)}, score: score }) AS rows`,
    "}",
    "RETURN rows, complete",
  ].join("\n");
}

/**
 * The best `first` hits for the queries (luceneQuery.ts, which escapes
 * everything the user typed), as attemptStatement ranks them. The index
 * holds every version of a corrected fact: only the one visible at `at` (the
 * current one when null) is kept; the caller reports it under its stable id.
 * Without `detail.full` each node comes with only its id and what SHOWN names.
 *
 * One round trip asking the index for the page and a margin: when the filter
 * (types, versions) drops so many that the answer was not enough, the same
 * statement again with an answer ten times larger, up to SEARCH_MAX_POOL.
 * Asking every search for a hundred hits made Neo4j materialise
 * and filter five times the nodes a page needs.
 */
export async function findSearchHits(
  tx: Tx, queries: SearchQueries, types: string[] | null, first: number, at: KnownAt = null, detail: { full: boolean } = { full: true },
): Promise<SearchRow[]> {
  const cypher = attemptStatement(at, detail.full);
  // Types narrow the hits a lot: start where the first attempt is likely enough.
  let pool = types === null ? first + SEARCH_MARGIN : Math.max(first * 5, 100);
  for (;;) {
    const [row] = await tx.run<{ rows: SearchRow[]; complete: boolean }>(cypher, {
      exact: queries.exact, fuzzy: queries.fuzzy, types, first, pool, ...(at === null ? {} : { at }),
    });
    if (!row) return [];
    if (row.complete || pool >= SEARCH_MAX_POOL) return detail.full ? row.rows : row.rows.map((r) => ({ ...r, props: unpick(SHOWN, r.props) ?? {} }));
    pool = Math.min(pool * SEARCH_GROWTH, SEARCH_MAX_POOL);
  }
}
