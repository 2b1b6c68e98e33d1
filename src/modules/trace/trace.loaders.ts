import { byKey, keyedLoader } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { type TraceRow, findTraces } from "./trace.cypher";

export function createTraceLoaders(scope: QueryScope) {
  return {
    /** decision id → its raw trace (deciders with appointments, mandate chain). */
    byDecisionId: keyedLoader<string, TraceRow["value"] | null>(scope, "tracesByDecisionIds", async (tx, ids) => byKey(await findTraces(tx, ids)), null),
  };
}
