import { CONCEPTS } from "../../domain/concepts";
import { nodeProps, pick, unpick } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, matchStable, visible } from "../node/recordTime";
import { type TraceFields, type TracePosition, WHOLE_TRACE } from "./trace.fields";

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
      /** `person` is null when the appointment's person is not visible (the assembler skips those). */
      holdings: Array<{ appointment: Props; person: Props | null; post: Props | null; organization: Props | null }>;
    }>;
    steps: Array<{ level: number; mandate: Props; grantedBy: Labelled | null; heldBy: Labelled | null }>;
  };
}

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
 * (node/recordTime.ts). `fields` (trace.fields.ts) says which properties each
 * position's nodes are sent with: picked ones travel as lists and are zipped
 * back into maps here, so the assembler sees the same shape either way.
 */
export async function findTraces(tx: Tx, ids: readonly string[], at: KnownAt = null, fields: TraceFields = WHOLE_TRACE): Promise<TraceRow[]> {
  const v = (x: string) => visible(x, at);
  const props = (x: string, position: TracePosition, labels: string | readonly string[] | "any") => {
    const picked = fields[position];
    if (picked) return pick(x, picked);
    return labels === "any" ? nodeProps(x) : nodeProps(x, labels);
  };
  // Node `x` with its label, given the labels the relationship that reached it may lead to (the storage contract's targets).
  const labelled = (x: string, position: TracePosition, targets: readonly string[] | "any") =>
    `CASE WHEN ${x} IS NULL THEN null ELSE { label: [l IN labels(${x}) WHERE l <> 'Entity'][0], props: ${props(x, position, targets)} } END`;
  const rows = await tx.run<TraceRow>(
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
         RETURN collect(CASE WHEN a IS NULL THEN null ELSE { appointment: ${props("a", "appointment", "Appointment")}, person: ${props("person", "person", "Person")},
           post: ${props("post", "post", "Post")}, organization: ${props("unit", "organization", "Organization")} } END) AS holdings
       }
       WITH x, holdings ORDER BY coalesce(x.versionOf, x.id)
       RETURN collect(CASE WHEN x IS NULL THEN null ELSE { actor: ${labelled("x", "actor", DECIDED_BY)}, holdings: holdings } END) AS deciders
     }
     CALL {
       WITH d
       OPTIONAL MATCH (d)-[um:UNDER_MANDATE]->(m0:Mandate) WHERE ${v("um")} AND ${v("m0")}
       OPTIONAL MATCH path = (m0)-[:DELEGATED_FROM*0..20]->(m:Mandate)
       WHERE all(r IN relationships(path) WHERE ${v("r")}) AND all(n IN nodes(path) WHERE ${v("n")})
       WITH m, length(path) AS level ORDER BY level
       OPTIONAL MATCH (m)-[gr:GRANTED_BY]->(g:Entity) WHERE ${v("gr")} AND ${v("g")}
       OPTIONAL MATCH (m)-[hr:HELD_BY]->(h:Entity) WHERE ${v("hr")} AND ${v("h")}
       RETURN collect(CASE WHEN m IS NULL THEN null ELSE { level: level, mandate: ${props("m", "mandate", "Mandate")}, grantedBy: ${labelled("g", "grantedBy", GRANTED_BY)}, heldBy: ${labelled("h", "heldBy", HELD_BY)} } END) AS steps
     }
     RETURN id AS key, { decision: ${nodeProps("d", "Decision")}, deciders: deciders, steps: steps } AS value`,
    { ids, at },
  );
  const as = (position: TracePosition, x: Plain): Props | null => {
    const picked = fields[position];
    return picked ? unpick(picked, x) : (x as Props | null);
  };
  const node = (position: TracePosition, l: Labelled | null): Labelled | null => (l ? { label: l.label, props: as(position, l.props)! } : null);
  if (Object.values(fields).every((f) => f === null)) return rows;
  return rows.map(({ key, value }) => ({
    key,
    value: {
      decision: value.decision,
      deciders: value.deciders.map((d) => ({
        actor: node("actor", d.actor)!,
        holdings: d.holdings.map((h) => ({
          appointment: as("appointment", h.appointment)!, person: as("person", h.person), post: as("post", h.post), organization: as("organization", h.organization),
        })),
      })),
      steps: value.steps.map((s) => ({ ...s, mandate: as("mandate", s.mandate)!, grantedBy: node("grantedBy", s.grantedBy), heldBy: node("heldBy", s.heldBy) })),
    },
  }));
}
