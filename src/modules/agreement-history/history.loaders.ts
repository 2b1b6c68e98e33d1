import { byKey } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { atLoader } from "../node/recordTime";
import { type HistoryRow, findHistories } from "./history.cypher";

export function createHistoryLoaders(scope: QueryScope) {
  return {
    /** (agreement id, knownAt) → everything that touched it, or null when there is (was) no such agreement. */
    byAgreementId: atLoader<HistoryRow["value"] | null>(scope, "historiesByAgreementIds", async (tx, ids, at) => byKey(await findHistories(tx, ids, at)), null),
    /** The same with each entry's subject cut to what the entry shows: for histories whose `subject` nobody asked for, and for `stateOn`. */
    entriesByAgreementId: atLoader<HistoryRow["value"] | null>(scope, "historyEntriesByAgreementIds", async (tx, ids, at) => byKey(await findHistories(tx, ids, at, { full: false })), null),
  };
}
