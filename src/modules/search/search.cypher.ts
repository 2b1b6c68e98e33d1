import { nodeProps, pick, unpick } from "../../neo4j/project";

/** What a hit's `text` shows (search.resolvers.ts): enough when the hit's node is asked for no more than its id. */
const SHOWN = ["name", "title", "label", "scope"];
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import type { FoldedQueries } from "./luceneQuery";
import { type KnownAt, visible } from "../node/recordTime";

export interface SearchRow {
  label: string;
  props: Record<string, Plain>;
  score: number;
}

/**
 * Queries both full-text indexes (Swedish-stemmed and folded), keeps the best
 * score per node, filters by label, best first. The folded index is asked
 * for the words and their prefixes first; only when those hits do not fill
 * the page is it asked again with typo tolerance (one edit away), and the page
 * is then built from the stemmed hits and that second answer, as if only it
 * had been asked. Fuzzy matching was the costliest part of a search for
 * Neo4j, and a page of exact hits would rank them first anyway.
 *
 * The query strings come from luceneQuery.ts, which escapes everything the
 * user typed. The indexes hold every version of a corrected fact: only the
 * one visible at `at` (the current one when null) is kept; the caller reports
 * it under its stable id. Without `detail.full` each node comes with only its
 * id and what SHOWN names.
 */
export async function findSearchHits(
  tx: Tx, stemmed: string, folded: FoldedQueries, types: string[] | null, first: number, at: KnownAt = null, detail: { full: boolean } = { full: true },
): Promise<SearchRow[]> {
  // The stemmed hits and one answer of the folded index, best score per node, kept when visible and of the types asked.
  const merged = (query: string) => `CALL (stemmedHits) {
         UNWIND stemmedHits AS hit RETURN hit.node AS node, hit.score AS score
         UNION ALL
         CALL db.index.fulltext.queryNodes('entity_search_folded', ${query}, {limit: toInteger($pool)}) YIELD node, score RETURN node, score
       }
       WITH node, max(score) AS score
       WHERE ${visible("node", at)} AND ($types IS NULL OR [l IN labels(node) WHERE l <> 'Entity'][0] IN $types)`;
  const pool = Math.max(first * 5, 100);
  const rows = await tx.run<SearchRow>(
    `CALL db.index.fulltext.queryNodes('entity_search_sv', $stemmed, {limit: toInteger($pool)}) YIELD node, score
     WITH collect({ node: node, score: score }) AS stemmedHits
     CALL (stemmedHits) {
       ${merged("$exact")}
       RETURN collect({ node: node, score: score }) AS exactHits
     }
     CALL (stemmedHits, exactHits) {
       WITH exactHits WHERE size(exactHits) >= toInteger($first)
       UNWIND exactHits AS hit RETURN hit.node AS node, hit.score AS score
       UNION ALL
       WITH stemmedHits, exactHits WHERE size(exactHits) < toInteger($first)
       ${merged("$fuzzy")}
       RETURN node, score
     }
     WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($first)
     RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS label, ${detail.full ? nodeProps("node") : pick("node", SHOWN)} AS props, score`,
    { stemmed, exact: folded.exact, fuzzy: folded.fuzzy, types, first, pool, ...(at === null ? {} : { at }) },
  );
  return detail.full ? rows : rows.map((r) => ({ ...r, props: unpick(SHOWN, r.props) ?? {} }));
}
