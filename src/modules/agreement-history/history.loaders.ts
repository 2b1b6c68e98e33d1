import { byKey, keyedLoader } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { type HistoryRow, findHistories } from "./history.cypher";

export function createHistoryLoaders(scope: QueryScope) {
  return {
    /** agreement id → everything that touched it, or null when there is no such agreement. */
    byAgreementId: keyedLoader<string, HistoryRow["value"] | null>(scope, "historiesByAgreementIds", async (tx, ids) => byKey(await findHistories(tx, ids)), null),
  };
}
