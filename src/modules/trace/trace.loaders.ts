import { byKey } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { atLoader } from "../node/recordTime";
import { type TraceRow, findTraces } from "./trace.cypher";

export function createTraceLoaders(scope: QueryScope) {
  return {
    /** (decision id, knownAt) → its raw trace (deciders with appointments, mandate chain). */
    byDecisionId: atLoader<TraceRow["value"] | null>(scope, "tracesByDecisionIds", async (tx, ids, at) => byKey(await findTraces(tx, ids, at)), null),
  };
}
