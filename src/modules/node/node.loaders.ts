import { keyedLoader } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { findEntitiesByIds } from "./node.cypher";
import { type NodeModel, toNodeModel } from "./node.model";

export function createNodeLoaders(scope: QueryScope) {
  return {
    /** id → the node's model, or null when no current node has that id. */
    byId: keyedLoader<string, NodeModel | null>(
      scope,
      "entitiesByIds",
      async (tx, ids) => {
        const rows = await findEntitiesByIds(tx, ids);
        return new Map(rows.map((r) => [r.key, toNodeModel(r.value.label, r.value.props)]));
      },
      null,
    ),
  };
}
