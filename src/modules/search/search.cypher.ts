import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

export interface SearchRow {
  label: string;
  props: Record<string, Plain>;
  score: number;
}

/**
 * Queries both full-text indexes (Swedish-stemmed and folded), keeps the best
 * score per node, filters by label, best first. Both query strings come from
 * luceneQuery.ts, which escapes everything the user typed.
 */
export function findSearchHits(tx: Tx, stemmed: string, folded: string, types: string[] | null, first: number): Promise<SearchRow[]> {
  return tx.run<SearchRow>(
    `CALL {
       CALL db.index.fulltext.queryNodes('entity_search_sv', $stemmed, {limit: toInteger($pool)}) YIELD node, score RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('entity_search_folded', $folded, {limit: toInteger($pool)}) YIELD node, score RETURN node, score
     }
     WITH node, max(score) AS score
     WHERE node.retractedAt IS NULL
     WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
     WHERE $types IS NULL OR label IN $types
     RETURN label, properties(node) AS props, score
     ORDER BY score DESC, node.id
     LIMIT toInteger($first)`,
    { stemmed, folded, types, first, pool: Math.max(first * 5, 100) },
  );
}
