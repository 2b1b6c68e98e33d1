import type { NodeModel } from "../node/node.model";
import type { Statement } from "./list.cypher";
import type { EdgeModel, PageInfoModel } from "./page";

export type ListEdgeModel = EdgeModel<NodeModel>;

/** A page of a list (every `XConnection` type) as resolvers receive it. */
export interface ConnectionModel {
  edges: ListEdgeModel[];
  nodes: NodeModel[];
  pageInfo: PageInfoModel;
  /** The list's name, naming the count query in Neo4j's query log. */
  list: string;
  /** Counts everything the filter matches; run only when `totalCount` is selected. */
  count: Statement;
}
