import { nodeProps } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, matchStable, visible } from "./recordTime";

export interface EntityRow {
  key: string;
  value: { label: string; props: Record<string, Plain> };
}

/**
 * Any node by id, whatever its label: one lookup in the :Entity id constraint's
 * index per key. Current (not retracted) nodes, or with `at` the version that
 * was current then (node/recordTime.ts).
 */
export function findEntitiesByIds(tx: Tx, ids: readonly string[], at: KnownAt = null): Promise<EntityRow[]> {
  return tx.run<EntityRow>(
    `UNWIND $ids AS id
     ${matchStable("n", "id", at)}
     WITH id, n WHERE ${visible("n", at)}
     RETURN id AS key, { label: [l IN labels(n) WHERE l <> 'Entity'][0], props: ${nodeProps("n")} } AS value`,
    { ids, at },
  );
}

/**
 * What an id an argument names was ever recorded as (its label), whatever its
 * record time: every stable id keeps a node, retracted or not. Null when no
 * fact ever had that id. For telling a mistyped id from "nothing on that
 * date": the reads that take an id ask it only when their answer is empty.
 */
export async function everRecordedAs(tx: Tx, id: string): Promise<string | null> {
  const rows = await tx.run<{ label: string }>(
    `MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label LIMIT 1`,
    { id },
  );
  return rows[0]?.label ?? null;
}
