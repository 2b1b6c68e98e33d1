import { CONCEPTS } from "../../domain/concepts";
import { nodeProps } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, matchStable, visible } from "../node/recordTime";

type Props = Record<string, Plain>;
export interface Labelled {
  label: string;
  props: Props;
}

export interface TraceRow {
  key: string;
  value: {
    /** The decision itself (all its properties), so a `decision(id)` asking for its trace needs no second statement. */
    decision: Props;
    deciders: Array<{
      actor: Labelled;
      holdings: Array<{ appointment: Props; person: Props; post: Props | null; organization: Props | null }>;
    }>;
    steps: Array<{ level: number; mandate: Props; grantedBy: Labelled | null; heldBy: Labelled | null }>;
  };
}

/** Node `v` with its label, given the labels the relationship that reached it may lead to (the storage contract's targets). */
const labelled = (v: string, targets: readonly string[] | "any") =>
  `CASE WHEN ${v} IS NULL THEN null ELSE { label: [l IN labels(${v}) WHERE l <> 'Entity'][0], props: ${targets === "any" ? nodeProps(v) : nodeProps(v, targets)} } END`;
const DECIDED_BY = CONCEPTS.Decision!.refs.decidedBy!.targets;
const GRANTED_BY = CONCEPTS.Mandate!.refs.grantedBy!.targets;
const HELD_BY = CONCEPTS.Mandate!.refs.heldBy!.targets;

/**
 * The trace of many decisions in one statement (keyed for DataLoader). For
 * each: its deciders with every appointment that involves them (a person's
 * posts and roles, a post's holders; the resolver grades them against the
 * decision date), and the mandate chain: UNDER_MANDATE, then DELEGATED_FROM up
 * to 20 steps, in order, each with grantor and holder. Only current nodes and
 * relationships are followed, or with `at` those the graph recorded then
 * (node/recordTime.ts).
 */
export function findTraces(tx: Tx, ids: readonly string[], at: KnownAt = null): Promise<TraceRow[]> {
  const v = (x: string) => visible(x, at);
  return tx.run<TraceRow>(
    `UNWIND $ids AS id
     ${matchStable("d", "id", at, "Decision")}
     WITH id, d WHERE ${v("d")}
     CALL {
       WITH d
       OPTIONAL MATCH (d)-[dr:DECIDED_BY]->(x:Entity) WHERE ${v("x")} AND ${v("dr")}
       CALL {
         WITH x
         OPTIONAL MATCH (a:Appointment)-[ar:OF_PERSON|TO_POST]->(x)
         WHERE ${v("a")} AND ${v("ar")}
         OPTIONAL MATCH (a)-[r1:OF_PERSON]->(person:Person) WHERE ${v("r1")} AND ${v("person")}
         OPTIONAL MATCH (a)-[r2:TO_POST]->(post:Post) WHERE ${v("r2")} AND ${v("post")}
         OPTIONAL MATCH (a)-[r3:IN_ORGANIZATION]->(org:Organization) WHERE ${v("r3")} AND ${v("org")}
         OPTIONAL MATCH (post)-[r4:IN_ORGANIZATION]->(postOrg:Organization) WHERE ${v("r4")} AND ${v("postOrg")}
         WITH a, person, post, coalesce(org, postOrg) AS unit
         RETURN collect(CASE WHEN a IS NULL THEN null ELSE { appointment: ${nodeProps("a", "Appointment")}, person: ${nodeProps("person", "Person")},
           post: ${nodeProps("post", "Post")}, organization: ${nodeProps("unit", "Organization")} } END) AS holdings
       }
       WITH x, holdings ORDER BY coalesce(x.versionOf, x.id)
       RETURN collect(CASE WHEN x IS NULL THEN null ELSE { actor: ${labelled("x", DECIDED_BY)}, holdings: holdings } END) AS deciders
     }
     CALL {
       WITH d
       OPTIONAL MATCH (d)-[um:UNDER_MANDATE]->(m0:Mandate) WHERE ${v("um")} AND ${v("m0")}
       OPTIONAL MATCH path = (m0)-[:DELEGATED_FROM*0..20]->(m:Mandate)
       WHERE all(r IN relationships(path) WHERE ${v("r")}) AND all(n IN nodes(path) WHERE ${v("n")})
       WITH m, length(path) AS level ORDER BY level
       OPTIONAL MATCH (m)-[gr:GRANTED_BY]->(g:Entity) WHERE ${v("gr")} AND ${v("g")}
       OPTIONAL MATCH (m)-[hr:HELD_BY]->(h:Entity) WHERE ${v("hr")} AND ${v("h")}
       RETURN collect(CASE WHEN m IS NULL THEN null ELSE { level: level, mandate: ${nodeProps("m", "Mandate")}, grantedBy: ${labelled("g", GRANTED_BY)}, heldBy: ${labelled("h", HELD_BY)} } END) AS steps
     }
     RETURN id AS key, { decision: ${nodeProps("d", "Decision")}, deciders: deciders, steps: steps } AS value`,
    { ids, at },
  );
}
