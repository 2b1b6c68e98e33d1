import { byKey, keyedLoader } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { toDocumentModel } from "../document/document.model";
import { findCitationsByFactIds } from "./citation.cypher";
import type { CitationModel } from "./citation.model";

export function createCitationLoaders(scope: QueryScope) {
  return {
    /** fact id → its citations (Rule 1: every fact has at least one). */
    byFactId: keyedLoader<string, CitationModel[]>(
      scope,
      "citationsByFactIds",
      async (tx, ids) => {
        const rows = await findCitationsByFactIds(tx, ids);
        return byKey(
          rows.map((r) => ({
            key: r.key,
            value: r.value.map((c) => ({
              quote: c.quote,
              locator: c.locator,
              nameAsWritten: c.nameAsWritten,
              document: toDocumentModel(c.document),
            })),
          })),
        );
      },
      [],
    ),
  };
}
