import type { QueryScope } from "../../neo4j/funnel";
import { findEntitiesByIds } from "./node.cypher";
import { type NodeModel, toNodeModel } from "./node.model";
import { atLoader, tagKnownAt } from "./recordTime";

export function createNodeLoaders(scope: QueryScope) {
  return {
    /** (id, knownAt) → the node's model as of then (now when knownAt is null), or null when there was none. */
    byId: atLoader<NodeModel | null>(
      scope,
      "entitiesByIds",
      async (tx, ids, at) => {
        const rows = await findEntitiesByIds(tx, ids, at);
        return new Map(
          rows.map((r) => {
            const model = toNodeModel(r.value.label, r.value.props);
            return [r.key, model && tagKnownAt(model, at)];
          }),
        );
      },
      null,
    ),
  };
}
