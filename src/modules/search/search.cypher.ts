import { nodeProps, pick, unpick } from "../../neo4j/project";

/** What a hit's `text` shows (search.resolvers.ts): enough when the hit's node is asked for no more than its id. */
const SHOWN = ["name", "title", "label", "scope"];
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, visible } from "../node/recordTime";

export interface SearchRow {
  label: string;
  props: Record<string, Plain>;
  score: number;
}

/**
 * Queries both full-text indexes (Swedish-stemmed and folded), keeps the best
 * score per node, filters by label, best first. Both query strings come from
 * luceneQuery.ts, which escapes everything the user typed. The indexes hold
 * every version of a corrected fact: only the one visible at `at` (the current
 * one when null) is kept; the caller reports it under its stable id.
 * Without `detail.full` each node comes with only its id and what SHOWN names.
 */
export async function findSearchHits(
  tx: Tx, stemmed: string, folded: string, types: string[] | null, first: number, at: KnownAt = null, detail: { full: boolean } = { full: true },
): Promise<SearchRow[]> {
  const rows = await tx.run<SearchRow>(
    `CALL {
       CALL db.index.fulltext.queryNodes('entity_search_sv', $stemmed, {limit: toInteger($pool)}) YIELD node, score RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('entity_search_folded', $folded, {limit: toInteger($pool)}) YIELD node, score RETURN node, score
     }
     WITH node, max(score) AS score
     WHERE ${visible("node", at)}
     WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
     WHERE $types IS NULL OR label IN $types
     WITH node, score, label ORDER BY score DESC, node.id LIMIT toInteger($first)
     RETURN label, ${detail.full ? nodeProps("node") : pick("node", SHOWN)} AS props, score`,
    at === null ? { stemmed, folded, types, first, pool: Math.max(first * 5, 100) } : { stemmed, folded, types, first, pool: Math.max(first * 5, 100), at },
  );
  return detail.full ? rows : rows.map((r) => ({ ...r, props: unpick(SHOWN, r.props) ?? {} }));
}
