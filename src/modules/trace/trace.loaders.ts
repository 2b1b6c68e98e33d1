import type DataLoader from "dataloader";
import { byKey } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { type AtKey, atLoader } from "../node/recordTime";
import { type TraceRow, findTraces } from "./trace.cypher";
import type { TraceFields } from "./trace.fields";

type TraceLoader = DataLoader<AtKey, TraceRow["value"] | null, string>;

export function createTraceLoaders(scope: QueryScope) {
  const loaders = new Map<string, TraceLoader>();
  return {
    /**
     * (decision id, knownAt) → its raw trace (deciders with appointments,
     * mandate chain), its nodes sent with what `fields` names (trace.fields.ts).
     * One loader per distinct `fields`: within a request every caller passes
     * the operation's, so they share one.
     */
    byDecisionId(fields: { fields: TraceFields; key: string }): TraceLoader {
      let loader = loaders.get(fields.key);
      if (!loader) {
        loader = atLoader<TraceRow["value"] | null>(scope, "tracesByDecisionIds", async (tx, ids, at) => byKey(await findTraces(tx, ids, at, fields.fields)), null);
        loaders.set(fields.key, loader);
      }
      return loader;
    },
  };
}
