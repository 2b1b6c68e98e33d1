import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

type Props = Record<string, Plain>;

/** The organisation each id is PART_OF (at most one). */
export function findParentsByOrgIds(tx: Tx, ids: readonly string[]): Promise<Array<{ key: string; value: Props }>> {
  return tx.run(
    `UNWIND $ids AS id
     MATCH (:Organization {id: id})-[:PART_OF]->(p:Organization)
     WHERE p.retractedAt IS NULL
     RETURN id AS key, properties(p) AS value`,
    { ids },
  );
}

/** The organisations that are PART_OF each id, by name. */
export function findChildrenByOrgIds(tx: Tx, ids: readonly string[]): Promise<Array<{ key: string; value: Props[] }>> {
  return tx.run(
    `UNWIND $ids AS id
     MATCH (:Organization {id: id})<-[:PART_OF]-(c:Organization)
     WHERE c.retractedAt IS NULL
     WITH id, c ORDER BY c.name
     RETURN id AS key, collect(properties(c)) AS value`,
    { ids },
  );
}
