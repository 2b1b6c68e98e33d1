/**
 * A person is found by search under the roles they held as well as by name:
 * "Lännergren direktör", "tf programchef". A Person's search text (see
 * src/domain/searchProps.ts, concept field list `search`) ends with the roles
 * of its current appointments, which are other nodes; so whatever writes a
 * person or an appointment calls `refreshPersonRoles` in the same transaction
 * with the ids it touched: the seed load (seed/load.ts), every mutation's
 * change set (src/modules/write/writeRows.ts) and the migration that fills
 * this in on a database written before it (src/neo4j/backfills.ts). Roles
 * count as description, not as names: a name still ranks first.
 */
import { CONCEPTS } from "../../domain/concepts";
import { searchProps } from "../../domain/searchProps";
import type { Tx } from "../../neo4j/funnel";

const PREFIXES = [`${CONCEPTS.Person!.prefix}:`, `${CONCEPTS.Appointment!.prefix}:`];

/**
 * Recomputes the search properties of the current Person nodes that `ids`
 * touch: persons among them (any version) and the persons of appointments
 * among them (any version, so a moved or retracted appointment's old holder
 * too). Returns how many persons it wrote.
 */
export async function refreshPersonRoles(tx: Tx, touched: readonly string[]): Promise<number> {
  // Only persons and appointments matter: a write of anything else costs no statement.
  const ids = touched.filter((id) => PREFIXES.some((p) => id.startsWith(p)));
  if (ids.length === 0) return 0;
  const rows = await tx.run<{ eid: string; name: string; aliases: string[] | null; roles: string[] }>(
    `UNWIND $ids AS id
     CALL (id) { MATCH (n:Entity {id: id}) RETURN n UNION MATCH (n:Entity {versionOf: id}) RETURN n }
     WITH n WHERE n:Person OR n:Appointment
     OPTIONAL MATCH (n:Appointment)-[:OF_PERSON]->(p:Person)
     WITH DISTINCT CASE WHEN n:Person THEN coalesce(n.versionOf, n.id) ELSE coalesce(p.versionOf, p.id) END AS pid
     WHERE pid IS NOT NULL
     MATCH (cur:Person {id: pid}) WHERE cur.retractedAt IS NULL
     CALL (cur) {
       OPTIONAL MATCH (a:Appointment)-[r:OF_PERSON]->(cur) WHERE a.retractedAt IS NULL AND r.retractedAt IS NULL
       WITH a ORDER BY a.role
       RETURN collect(DISTINCT a.role) AS roles
     }
     RETURN elementId(cur) AS eid, cur.name AS name, cur.aliases AS aliases, roles`,
    { ids },
  );
  if (rows.length === 0) return 0;
  const writes = rows.map((r) => ({ eid: r.eid, props: searchProps(CONCEPTS.Person!, { name: r.name, aliases: r.aliases ?? [], roles: r.roles }) ?? {} }));
  await tx.run("UNWIND $writes AS w MATCH (n:Person) WHERE elementId(n) = w.eid SET n += w.props", { writes });
  return rows.length;
}
