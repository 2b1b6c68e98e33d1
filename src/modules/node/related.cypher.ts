import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

export type Direction = "OUT" | "IN";

export interface RelatedRow {
  key: string;
  value: Array<{ label: string; props: Record<string, Plain>; edge: Record<string, Plain> }>;
}

const REL_TYPE = /^[A-Z][A-Z_]*$/;

/**
 * The current neighbours of many nodes over one relationship type, in one
 * statement. The type comes from the storage contract (src/domain/concepts.ts),
 * never from user input; Cypher cannot take it as a parameter, so it is checked
 * against a strict pattern before it is spliced in.
 */
export function findRelated(tx: Tx, ids: readonly string[], rel: string, direction: Direction): Promise<RelatedRow[]> {
  if (!REL_TYPE.test(rel)) throw new Error(`not a relationship type: ${rel}`);
  const pattern = direction === "OUT" ? `(n)-[r:${rel}]->(m:Entity)` : `(n)<-[r:${rel}]-(m:Entity)`;
  return tx.run<RelatedRow>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     MATCH ${pattern}
     WHERE m.retractedAt IS NULL AND r.retractedAt IS NULL
     WITH id, m, r ORDER BY m.id
     RETURN id AS key, collect({ label: [l IN labels(m) WHERE l <> 'Entity'][0], props: properties(m), edge: properties(r) }) AS value`,
    { ids },
  );
}
