import { nodeProps } from "../../neo4j/project";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type KnownAt, matchStable, visible } from "../node/recordTime";

export interface CitationRow {
  key: string;
  value: Array<{ quote: string; locator: string | null; nameAsWritten: string | null; document: Record<string, Plain> }>;
}

/**
 * Citations of many facts at once, in document date order, then locator:
 * current ones, or with `at` those recorded then (the fact's version then, its
 * SUPPORTED_BY relationships then, the documents' versions then).
 */
export function findCitationsByFactIds(tx: Tx, ids: readonly string[], at: KnownAt = null): Promise<CitationRow[]> {
  const start = at === null ? "MATCH (n:Entity {id: id})" : `${matchStable("n", "id", at)} WITH id, n WHERE ${visible("n", at)}`;
  return tx.run<CitationRow>(
    `UNWIND $ids AS id
     ${start}
     MATCH (n)-[s:SUPPORTED_BY]->(d:Document)
     WHERE ${visible("s", at)}${at === null ? "" : ` AND ${visible("d", at)}`}
     WITH id, s, d ORDER BY d.dateEarliest, coalesce(d.versionOf, d.id), s.locator
     RETURN id AS key, collect({ quote: s.quote, locator: s.locator, nameAsWritten: s.nameAsWritten, document: ${nodeProps("d", "Document")} }) AS value`,
    { ids, at },
  );
}
