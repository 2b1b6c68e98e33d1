import type DataLoader from "dataloader";
import { byKey } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type NodeModel, toNodeModel } from "./node.model";
import { type AtKey, type KnownAt, atLoader, tagKnownAt } from "./recordTime";
import { type Direction, type RelatedRow, findRelated } from "./related.cypher";

export interface Related<M = NodeModel> {
  node: M;
  /** The relationship's own properties (e.g. `effect` on AFFECTS, `role` on PARTICIPANT). */
  edge: Record<string, Plain>;
}

/** A node's neighbours as `findRelated` (or `relatedCollect` in another statement) returns them, as models read at `at`. */
export function toRelated(value: RelatedRow["value"], at: KnownAt): Related[] {
  return value.flatMap((v) => {
    const node = toNodeModel(v.label, v.props);
    return node ? [{ node: tagKnownAt(node, at), edge: v.edge }] : [];
  });
}

/**
 * One DataLoader per (relationship type, direction) per request, created on first
 * use: every relationship field in the schema batches through here. Keys carry
 * the moment the parent was read at (knownAt), and the neighbours inherit it.
 */
export function createRelatedLoaders(scope: QueryScope) {
  const loaders = new Map<string, DataLoader<AtKey, Related[], string>>();
  const prefetched = new WeakMap<object, Map<string, Related[]>>();
  return {
    /**
     * Neighbours a statement brought along with only the properties one
     * selection asks for: kept for that parent model object alone, where the
     * field resolver below it finds them, never in the shared loader (another
     * selection of the same node may ask for more).
     */
    prefetch(from: object, rel: string, direction: Direction, value: Related[]): void {
      let byRel = prefetched.get(from);
      if (!byRel) prefetched.set(from, (byRel = new Map()));
      byRel.set(`${rel}:${direction}`, value);
    },
    prefetchedFor(from: object, rel: string, direction: Direction): Related[] | undefined {
      return prefetched.get(from)?.get(`${rel}:${direction}`);
    },
    get(rel: string, direction: Direction): DataLoader<AtKey, Related[], string> {
      const key = `${rel}:${direction}`;
      let loader = loaders.get(key);
      if (!loader) {
        loader = atLoader<Related[]>(
          scope,
          `related:${key}`,
          async (tx, ids, at) =>
            byKey((await findRelated(tx, ids, rel, direction, at)).map((r) => ({ key: r.key, value: toRelated(r.value, at) }))),
          [],
        );
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
