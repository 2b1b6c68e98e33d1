import type { Tx } from "../../neo4j/funnel";
import type { ChangeSetModel } from "./history.model";

/**
 * The change sets that touched any version of `id` (the current node, older
 * versions by `versionOf`), oldest first, each with its count of touched nodes
 * and the entries for the entities in `touchedIds` (null: all of them). The seed
 * load touches every seeded record, so history reads only the entries the
 * operation asks for, not one per record of a whole import. With `at`, only
 * change sets recorded by then. The seed's TOUCHED relationships carry no
 * action: a seed load records.
 */
export function findChangeSets(tx: Tx, id: string, at: string | null, touchedIds: string[] | null): Promise<ChangeSetModel[]> {
  return tx.run<ChangeSetModel>(
    `CALL { MATCH (n:Entity {id: $id}) RETURN n UNION MATCH (n:Entity {versionOf: $id}) RETURN n }
     MATCH (c:ChangeSet)-[:TOUCHED]->(n)
     WHERE $at IS NULL OR c.at <= datetime($at)
     WITH DISTINCT c
     CALL (c) {
       MATCH (c)-[t:TOUCHED]->(m)
       WHERE $touchedIds IS NULL OR coalesce(m.versionOf, m.id) IN $touchedIds
       WITH t, m ORDER BY coalesce(m.versionOf, m.id), coalesce(m.version, 1)
       RETURN collect({ action: toUpper(coalesce(t.action, 'created')), id: coalesce(m.versionOf, m.id), version: coalesce(m.version, 1),
                        type: [l IN labels(m) WHERE l <> 'Entity'][0] }) AS touched
     }
     RETURN c.id AS id, c.at AS at, c.author AS author, c.reason AS reason, COUNT { (c)-[:TOUCHED]->() } AS touchedCount, touched
     ORDER BY c.at, c.id`,
    { id, at, touchedIds },
  );
}
