import { byKey } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { toDocumentModel } from "../document/document.model";
import { atLoader, tagKnownAt } from "../node/recordTime";
import { findCitationsByFactIds } from "./citation.cypher";
import type { CitationModel } from "./citation.model";

export function createCitationLoaders(scope: QueryScope) {
  return {
    /** (fact id, knownAt) → its citations (Rule 1: every fact has at least one). */
    byFactId: atLoader<CitationModel[]>(
      scope,
      "citationsByFactIds",
      async (tx, ids, at) => {
        const rows = await findCitationsByFactIds(tx, ids, at);
        return byKey(
          rows.map((r) => ({
            key: r.key,
            value: r.value.map((c) => ({
              quote: c.quote,
              locator: c.locator,
              nameAsWritten: c.nameAsWritten,
              document: tagKnownAt(toDocumentModel(c.document), at),
            })),
          })),
        );
      },
      [],
    ),
  };
}
