import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

type Props = Record<string, Plain>;

export interface HistoryRow {
  key: string;
  value: {
    events: Props[];
    decisions: Array<{ props: Props; effect: string | null; note: string | null }>;
    happenings: Array<{ label: string; props: Props }>;
    reports: Props[];
  };
}

/**
 * Everything that touched many agreements, in one statement keyed for
 * DataLoader: its own events (EVENT_OF), decisions that AFFECT it or its
 * events or parties, events, legal cases and options that CONCERN it, and the
 * documents cited for it, its events and parties (the reports about it).
 */
export function findHistories(tx: Tx, ids: readonly string[]): Promise<HistoryRow[]> {
  return tx.run<HistoryRow>(
    `UNWIND $ids AS id
     MATCH (a:Agreement {id: id}) WHERE a.retractedAt IS NULL
     CALL {
       WITH a
       OPTIONAL MATCH (e:AgreementEvent)-[:EVENT_OF]->(a) WHERE e.retractedAt IS NULL
       RETURN collect(properties(e)) AS events
     }
     CALL {
       WITH a
       OPTIONAL MATCH (x)-[:EVENT_OF|PARTY_TO*0..1]->(a)
       OPTIONAL MATCH (d:Decision)-[r:AFFECTS]->(x) WHERE d.retractedAt IS NULL
       WITH DISTINCT d, r WHERE d IS NOT NULL
       RETURN collect({ props: properties(d), effect: r.effect, note: r.note }) AS decisions
     }
     CALL {
       WITH a
       OPTIONAL MATCH (h:Event|LegalCase|Option)-[:CONCERNS]->(a) WHERE h.retractedAt IS NULL
       RETURN collect(CASE WHEN h IS NULL THEN null ELSE { label: [l IN labels(h) WHERE l <> 'Entity'][0], props: properties(h) } END) AS happenings
     }
     CALL {
       WITH a
       OPTIONAL MATCH (x)-[:EVENT_OF|PARTY_TO*0..1]->(a)
       OPTIONAL MATCH (x)-[:SUPPORTED_BY]->(doc:Document)
       WITH DISTINCT doc WHERE doc IS NOT NULL
       RETURN collect(properties(doc)) AS reports
     }
     RETURN id AS key, { events: events, decisions: decisions, happenings: happenings, reports: reports } AS value`,
    { ids },
  );
}
