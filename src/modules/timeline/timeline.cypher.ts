import { nodeProps } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, stableId, visible } from "../node/recordTime";

export interface TimelineRow {
  kind: "DECISION" | "EVENT" | "AGREEMENT_EVENT";
  label: string;
  props: Record<string, Plain>;
}

/**
 * Overlap of a stored partial date with [$from, $to], as the list filters have
 * it (list.filters.ts dateOverlaps): an open bound overlaps everything on its
 * side, so "at the latest 2025-02-25" may fall in any range that starts on or
 * before that day; undated facts never match.
 */
const OVERLAPS = (f: string) =>
  `(${f}Earliest IS NOT NULL OR ${f}Latest IS NOT NULL)
   AND ($from IS NULL OR coalesce(${f}Latest >= date($from), true))
   AND ($to IS NULL OR coalesce(${f}Earliest <= date($to), true))`;

/**
 * The actors a timeline asks about, in the order given: whether each names a
 * fact ever recorded (every stable id keeps a node, retracted or not, so one
 * recorded later than `at`, or since retracted, is known: it simply has no
 * entries then), and with `includeParts` the stable
 * ids of the organisations that are part of it at `at` (PART_OF, any depth).
 * One round trip.
 */
export function findActors(tx: Tx, ids: string[], includeParts: boolean, at: KnownAt = null): Promise<Array<{ id: string; known: boolean; parts: string[] }>> {
  return tx.run(
    `UNWIND range(0, size($ids) - 1) AS i
     WITH i, $ids[i] AS id
     OPTIONAL MATCH (x:Entity) WHERE ${at === null ? "x.id = id" : "x.id = id OR x.versionOf = id"}
     CALL (x) {
       OPTIONAL MATCH path = (p:Organization)-[:PART_OF*1..]->(x) WHERE $includeParts AND x IS NOT NULL
         AND all(n IN nodes(path) WHERE ${visible("n", at)}) AND all(r IN relationships(path) WHERE ${visible("r", at)})
       RETURN collect(DISTINCT ${stableId("p", at)}) AS parts
     }
     WITH i, id, count(x) AS versions, collect(parts) AS partLists
     RETURN id, versions > 0 AS known, reduce(acc = [], l IN partLists | acc + l) AS parts ORDER BY i`,
    at === null ? { ids, includeParts } : { ids, includeParts, at },
  );
}

/**
 * The three kinds of dated facts in one statement (UNION), each filtered by
 * date overlap and, when actor ids are given, by any involvement of an actor,
 * sorted by earliest bound. Strategy: the date filter uses the range indexes
 * on the *Earliest properties; actor involvement is an EXISTS subquery. With
 * `at`, every node and relationship is the one recorded as current then, and
 * actors are compared by stable id.
 */
export function findTimeline(
  tx: Tx, from: string | null, to: string | null, actorIds: string[] | null, kinds: string[], first: number, at: KnownAt = null,
): Promise<TimelineRow[]> {
  return tx.run<TimelineRow>(
    `CALL {
       MATCH (d:Decision) WHERE 'DECISION' IN $kinds AND ${visible("d", at)} AND ${OVERLAPS("d.decidedOn")}
         AND ($actorIds IS NULL OR EXISTS { MATCH (d)-[r:DECIDED_BY|REQUESTED_BY|AFFECTS]->(a) WHERE ${stableId("a", at)} IN $actorIds AND ${visible("r", at)} })
       RETURN 'DECISION' AS kind, 'Decision' AS label, ${nodeProps("d", "Decision")} AS props, coalesce(d.decidedOnEarliest, d.decidedOnLatest) AS sortDate
       UNION ALL
       MATCH (e:Event) WHERE 'EVENT' IN $kinds AND ${visible("e", at)} AND ${OVERLAPS("e.date")}
         AND ($actorIds IS NULL OR EXISTS { MATCH (e)-[r:ORGANIZED_BY|PARTICIPANT|CONCERNS]->(a) WHERE ${stableId("a", at)} IN $actorIds AND ${visible("r", at)} })
       RETURN 'EVENT' AS kind, 'Event' AS label, ${nodeProps("e", "Event")} AS props, coalesce(e.dateEarliest, e.dateLatest) AS sortDate
       UNION ALL
       MATCH (ae:AgreementEvent)-[eo:EVENT_OF]->(ag:Agreement) WHERE 'AGREEMENT_EVENT' IN $kinds AND ${visible("ae", at)} AND ${visible("eo", at)} AND ${visible("ag", at)} AND ${OVERLAPS("ae.date")}
         AND ($actorIds IS NULL OR ${stableId("ag", at)} IN $actorIds OR EXISTS { MATCH (ag)<-[r1:PARTY_TO]-(ap:AgreementParty)-[r2:PARTY]->(a) WHERE ${stableId("a", at)} IN $actorIds AND ${visible("r1", at)} AND ${visible("r2", at)} AND ${visible("ap", at)} })
       RETURN 'AGREEMENT_EVENT' AS kind, 'AgreementEvent' AS label, ae { .*, agreementTitle: ag.title } AS props, coalesce(ae.dateEarliest, ae.dateLatest) AS sortDate
     }
     RETURN kind, label, props
     ORDER BY sortDate, props.id
     LIMIT toInteger($first)`,
    at === null ? { from, to, actorIds, kinds, first } : { from, to, actorIds, kinds, first, at },
  );
}
