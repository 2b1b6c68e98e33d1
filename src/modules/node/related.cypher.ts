import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, matchStable, visible } from "./recordTime";

export type Direction = "OUT" | "IN";

export interface RelatedRow {
  key: string;
  value: Array<{ label: string; props: Record<string, Plain>; edge: Record<string, Plain> }>;
}

const REL_TYPE = /^[A-Z][A-Z_]*$/;

/**
 * The neighbours of many nodes over one relationship type, in one statement:
 * current ones, or with `at` those the graph recorded then (the node's version
 * then, its relationships then, their other ends then). The type comes from the
 * storage contract (src/domain/concepts.ts), never from user input; Cypher
 * cannot take it as a parameter, so it is checked against a strict pattern
 * before it is spliced in.
 */
export function findRelated(tx: Tx, ids: readonly string[], rel: string, direction: Direction, at: KnownAt = null): Promise<RelatedRow[]> {
  if (!REL_TYPE.test(rel)) throw new Error(`not a relationship type: ${rel}`);
  const pattern = direction === "OUT" ? `(n)-[r:${rel}]->(m:Entity)` : `(n)<-[r:${rel}]-(m:Entity)`;
  const start = at === null ? "MATCH (n:Entity {id: id})" : `${matchStable("n", "id", at)} WITH id, n WHERE ${visible("n", at)}`;
  return tx.run<RelatedRow>(
    `UNWIND $ids AS id
     ${start}
     MATCH ${pattern}
     WHERE ${visible("m", at)} AND ${visible("r", at)}
     WITH id, m, r ORDER BY coalesce(m.versionOf, m.id)
     RETURN id AS key, collect({ label: [l IN labels(m) WHERE l <> 'Entity'][0], props: properties(m), edge: properties(r) }) AS value`,
    { ids, at },
  );
}
