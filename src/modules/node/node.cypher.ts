import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

export interface EntityRow {
  key: string;
  value: { label: string; props: Record<string, Plain> };
}

/**
 * Any current (not retracted) node by id, whatever its label: one lookup in the
 * :Entity id constraint's index per key.
 */
export function findEntitiesByIds(tx: Tx, ids: readonly string[]): Promise<EntityRow[]> {
  return tx.run<EntityRow>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     WHERE n.retractedAt IS NULL
     RETURN id AS key, { label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n) } AS value`,
    { ids },
  );
}
