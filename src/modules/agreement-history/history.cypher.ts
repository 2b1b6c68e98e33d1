import { nodeProps, partialDate, pick, unpick } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, matchStable, visible } from "../node/recordTime";

type Props = Record<string, Plain>;

export interface HistoryRow {
  key: string;
  value: {
    events: Props[];
    decisions: Array<{ props: Props; effect: string | null; note: string | null }>;
    happenings: Array<{ label: string; props: Props }>;
    /** The documents cited for the agreement, its events and parties, each with the passages cited from it. */
    reports: Array<{ doc: Props; quotes: Array<{ quote: string; locator: string | null; nameAsWritten: string | null }> }>;
  };
}

/** What a history entry shows of its subject (history.assemble.ts) when the entry's `subject` is not asked for. */
const ENTRY_FIELDS = {
  AgreementEvent: ["kind", "summary", "certainty", "reason", ...partialDate("date")],
  Decision: ["title", "summary", ...partialDate("decidedOn")],
  happening: ["title", "summary", ...partialDate("date"), ...partialDate("openedOn")],
  Document: ["title", "summary", "fileName", ...partialDate("date")],
} as const;

/**
 * Everything that touched many agreements, in one statement keyed for
 * DataLoader: its own events (EVENT_OF), decisions that AFFECT it or its
 * events or parties, events, legal cases and options that CONCERN it, and the
 * documents cited for it, its events and parties (the reports about it). Only
 * current nodes and relationships, or with `at` those the graph recorded then
 * (node/recordTime.ts). Without `detail.full`, each subject comes with only
 * what its entry shows (ENTRY_FIELDS), as lists.
 */
export async function findHistories(tx: Tx, ids: readonly string[], at: KnownAt = null, detail: { full: boolean } = { full: true }): Promise<HistoryRow[]> {
  const v = (x: string) => visible(x, at);
  const p = (x: string, labels: keyof typeof ENTRY_FIELDS, concept: string | string[]) => (detail.full ? nodeProps(x, concept) : pick(x, ENTRY_FIELDS[labels]));
  const rows = await tx.run<HistoryRow>(
    `UNWIND $ids AS id
     ${matchStable("a", "id", at, "Agreement")}
     WITH id, a WHERE ${v("a")}
     CALL {
       WITH a
       OPTIONAL MATCH (e:AgreementEvent)-[eo:EVENT_OF]->(a) WHERE ${v("e")} AND ${v("eo")}
       RETURN collect(${p("e", "AgreementEvent", "AgreementEvent")}) AS events
     }
     CALL {
       WITH a
       OPTIONAL MATCH p = (x)-[:EVENT_OF|PARTY_TO*0..1]->(a) WHERE all(r IN relationships(p) WHERE ${v("r")}) AND ${v("x")}
       OPTIONAL MATCH (d:Decision)-[r:AFFECTS]->(x) WHERE ${v("d")} AND ${v("r")}
       WITH DISTINCT d, r WHERE d IS NOT NULL
       RETURN collect({ props: ${p("d", "Decision", "Decision")}, effect: r.effect, note: r.note }) AS decisions
     }
     CALL {
       WITH a
       OPTIONAL MATCH (h:Event|LegalCase|Option)-[c:CONCERNS]->(a) WHERE ${v("h")} AND ${v("c")}
       RETURN collect(CASE WHEN h IS NULL THEN null ELSE { label: [l IN labels(h) WHERE l <> 'Entity'][0], props: ${p("h", "happening", ["Event", "LegalCase", "Option"])} } END) AS happenings
     }
     CALL {
       WITH a
       OPTIONAL MATCH p = (x)-[:EVENT_OF|PARTY_TO*0..1]->(a) WHERE all(r IN relationships(p) WHERE ${v("r")}) AND ${v("x")}
       OPTIONAL MATCH (x)-[s:SUPPORTED_BY]->(doc:Document) WHERE ${v("s")} AND ${v("doc")}
       WITH doc, collect(DISTINCT { quote: s.quote, locator: s.locator, nameAsWritten: s.nameAsWritten }) AS quotes WHERE doc IS NOT NULL
       RETURN collect({ doc: ${p("doc", "Document", "Document")}, quotes: quotes }) AS reports
     }
     RETURN id AS key, { events: events, decisions: decisions, happenings: happenings, reports: reports } AS value`,
    { ids, at },
  );
  if (detail.full) return rows;
  const as = (labels: keyof typeof ENTRY_FIELDS, x: Plain) => unpick(ENTRY_FIELDS[labels], x) ?? {};
  return rows.map((r) => ({
    key: r.key,
    value: {
      events: r.value.events.map((e) => as("AgreementEvent", e)),
      decisions: r.value.decisions.map((d) => ({ ...d, props: as("Decision", d.props) })),
      happenings: r.value.happenings.map((h) => ({ ...h, props: as("happening", h.props) })),
      reports: r.value.reports.map((d) => ({ ...d, doc: as("Document", d.doc) })),
    },
  }));
}
