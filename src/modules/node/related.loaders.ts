import type DataLoader from "dataloader";
import { byKey, keyedLoader } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type NodeModel, toNodeModel } from "./node.model";
import { type Direction, findRelated } from "./related.cypher";

export interface Related<M = NodeModel> {
  node: M;
  /** The relationship's own properties (e.g. `effect` on AFFECTS, `role` on PARTICIPANT). */
  edge: Record<string, Plain>;
}

/**
 * One DataLoader per (relationship type, direction) per request, created on first
 * use: every relationship field in the schema batches through here.
 */
export function createRelatedLoaders(scope: QueryScope) {
  const loaders = new Map<string, DataLoader<string, Related[]>>();
  return {
    get(rel: string, direction: Direction): DataLoader<string, Related[]> {
      const key = `${rel}:${direction}`;
      let loader = loaders.get(key);
      if (!loader) {
        loader = keyedLoader<string, Related[]>(
          scope,
          `related:${key}`,
          async (tx, ids) =>
            byKey(
              (await findRelated(tx, ids, rel, direction)).map((r) => ({
                key: r.key,
                value: r.value.flatMap((v) => {
                  const node = toNodeModel(v.label, v.props);
                  return node ? [{ node, edge: v.edge }] : [];
                }),
              })),
            ),
          [],
        );
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
