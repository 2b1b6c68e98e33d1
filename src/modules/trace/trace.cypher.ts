import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

type Props = Record<string, Plain>;
export interface Labelled {
  label: string;
  props: Props;
}

export interface TraceRow {
  key: string;
  value: {
    deciders: Array<{
      actor: Labelled;
      holdings: Array<{ appointment: Props; person: Props; post: Props | null; organization: Props | null }>;
    }>;
    steps: Array<{ level: number; mandate: Props; grantedBy: Labelled | null; heldBy: Labelled | null }>;
  };
}

const labelled = (v: string) => `CASE WHEN ${v} IS NULL THEN null ELSE { label: [l IN labels(${v}) WHERE l <> 'Entity'][0], props: properties(${v}) } END`;

/**
 * The trace of many decisions in one statement (keyed for DataLoader). For
 * each: its deciders with every appointment that involves them (a person's
 * posts and roles, a post's holders; the resolver grades them against the
 * decision date), and the mandate chain: UNDER_MANDATE, then DELEGATED_FROM up
 * to 20 steps, in order, each with grantor and holder.
 */
export function findTraces(tx: Tx, ids: readonly string[]): Promise<TraceRow[]> {
  return tx.run<TraceRow>(
    `UNWIND $ids AS id
     MATCH (d:Decision {id: id})
     CALL {
       WITH d
       OPTIONAL MATCH (d)-[:DECIDED_BY]->(x:Entity) WHERE x.retractedAt IS NULL
       CALL {
         WITH x
         OPTIONAL MATCH (a:Appointment)-[:OF_PERSON|TO_POST]->(x)
         WHERE a.retractedAt IS NULL
         OPTIONAL MATCH (a)-[:OF_PERSON]->(person:Person)
         OPTIONAL MATCH (a)-[:TO_POST]->(post:Post)
         OPTIONAL MATCH (a)-[:IN_ORGANIZATION]->(org:Organization)
         OPTIONAL MATCH (post)-[:IN_ORGANIZATION]->(postOrg:Organization)
         RETURN collect(CASE WHEN a IS NULL THEN null ELSE { appointment: properties(a), person: properties(person),
           post: properties(post), organization: properties(coalesce(org, postOrg)) } END) AS holdings
       }
       WITH x, holdings ORDER BY x.id
       RETURN collect(CASE WHEN x IS NULL THEN null ELSE { actor: ${labelled("x")}, holdings: holdings } END) AS deciders
     }
     CALL {
       WITH d
       OPTIONAL MATCH (d)-[:UNDER_MANDATE]->(m0:Mandate)
       OPTIONAL MATCH path = (m0)-[:DELEGATED_FROM*0..20]->(m:Mandate)
       WITH m, length(path) AS level ORDER BY level
       OPTIONAL MATCH (m)-[:GRANTED_BY]->(g:Entity)
       OPTIONAL MATCH (m)-[:HELD_BY]->(h:Entity)
       RETURN collect(CASE WHEN m IS NULL THEN null ELSE { level: level, mandate: properties(m), grantedBy: ${labelled("g")}, heldBy: ${labelled("h")} } END) AS steps
     }
     RETURN id AS key, { deciders: deciders, steps: steps } AS value`,
    { ids },
  );
}
