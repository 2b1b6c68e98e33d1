import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

export interface CitationRow {
  key: string;
  value: Array<{ quote: string; locator: string | null; nameAsWritten: string | null; document: Record<string, Plain> }>;
}

/** Citations of many facts at once, in document date order, then locator. */
export function findCitationsByFactIds(tx: Tx, ids: readonly string[]): Promise<CitationRow[]> {
  return tx.run<CitationRow>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})-[s:SUPPORTED_BY]->(d:Document)
     WHERE s.retractedAt IS NULL
     WITH id, s, d ORDER BY d.dateEarliest, d.id, s.locator
     RETURN id AS key, collect({ quote: s.quote, locator: s.locator, nameAsWritten: s.nameAsWritten, document: properties(d) }) AS value`,
    { ids },
  );
}
