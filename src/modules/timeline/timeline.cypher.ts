import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

export interface TimelineRow {
  kind: "DECISION" | "EVENT" | "AGREEMENT_EVENT";
  label: string;
  props: Record<string, Plain>;
}

/** Overlap of a stored partial date with [$from, $to]; open ends match everything. */
const OVERLAPS = (f: string) =>
  `(${f}Earliest IS NOT NULL OR ${f}Latest IS NOT NULL)
   AND ($from IS NULL OR coalesce(${f}Latest, ${f}Earliest) >= date($from))
   AND ($to IS NULL OR coalesce(${f}Earliest, ${f}Latest) <= date($to))`;

/**
 * The three kinds of dated facts in one statement (UNION), each filtered by
 * date overlap and, when actor ids are given, by any involvement of an actor,
 * sorted by earliest bound. Strategy: the date filter uses the range indexes
 * on the *Earliest properties; actor involvement is an EXISTS subquery.
 */
export function findTimeline(tx: Tx, from: string | null, to: string | null, actorIds: string[] | null, kinds: string[], first: number): Promise<TimelineRow[]> {
  return tx.run<TimelineRow>(
    `CALL {
       MATCH (d:Decision) WHERE 'DECISION' IN $kinds AND d.retractedAt IS NULL AND ${OVERLAPS("d.decidedOn")}
         AND ($actorIds IS NULL OR EXISTS { MATCH (d)-[r:DECIDED_BY|REQUESTED_BY|AFFECTS]->(a) WHERE a.id IN $actorIds AND r.retractedAt IS NULL })
       RETURN 'DECISION' AS kind, 'Decision' AS label, properties(d) AS props, coalesce(d.decidedOnEarliest, d.decidedOnLatest) AS sortDate
       UNION ALL
       MATCH (e:Event) WHERE 'EVENT' IN $kinds AND e.retractedAt IS NULL AND ${OVERLAPS("e.date")}
         AND ($actorIds IS NULL OR EXISTS { MATCH (e)-[r:ORGANIZED_BY|PARTICIPANT|CONCERNS]->(a) WHERE a.id IN $actorIds AND r.retractedAt IS NULL })
       RETURN 'EVENT' AS kind, 'Event' AS label, properties(e) AS props, coalesce(e.dateEarliest, e.dateLatest) AS sortDate
       UNION ALL
       MATCH (ae:AgreementEvent)-[eo:EVENT_OF]->(ag:Agreement) WHERE 'AGREEMENT_EVENT' IN $kinds AND ae.retractedAt IS NULL AND eo.retractedAt IS NULL AND ag.retractedAt IS NULL AND ${OVERLAPS("ae.date")}
         AND ($actorIds IS NULL OR ag.id IN $actorIds OR EXISTS { MATCH (ag)<-[r1:PARTY_TO]-(ap:AgreementParty)-[r2:PARTY]->(a) WHERE a.id IN $actorIds AND r1.retractedAt IS NULL AND r2.retractedAt IS NULL AND ap.retractedAt IS NULL })
       RETURN 'AGREEMENT_EVENT' AS kind, 'AgreementEvent' AS label, ae { .*, agreementTitle: ag.title } AS props, coalesce(ae.dateEarliest, ae.dateLatest) AS sortDate
     }
     RETURN kind, label, props
     ORDER BY sortDate, props.id
     LIMIT toInteger($first)`,
    { from, to, actorIds, kinds, first },
  );
}
