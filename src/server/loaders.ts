/** Every module's DataLoaders, created fresh for each request (no cross-request cache). */
import type { QueryScope } from "../neo4j/funnel";
import { createCitationLoaders } from "../modules/citation/citation.loaders";
import { createNodeLoaders } from "../modules/node/node.loaders";
import { createRelatedLoaders } from "../modules/node/related.loaders";
import { createTraceLoaders } from "../modules/trace/trace.loaders";
import { createHistoryLoaders } from "../modules/agreement-history/history.loaders";

export function createLoaders(scope: QueryScope) {
  return {
    node: createNodeLoaders(scope),
    citation: createCitationLoaders(scope),
    related: createRelatedLoaders(scope),
    trace: createTraceLoaders(scope),
    history: createHistoryLoaders(scope),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
