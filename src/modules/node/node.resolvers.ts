import type { Resolvers } from "../../__generated__/resolvers-types";
import type { GraphQLContext } from "../../server/context";
import type { NodeModel } from "./node.model";
import { atKey } from "./recordTime";

/** Loads a node (as of `knownAt`, or now) and checks it has the expected type; `organization(id: "person:x")` is null. */
export async function loadTyped<T extends NodeModel["__typename"]>(
  ctx: GraphQLContext,
  id: string,
  typename: T,
  knownAt?: string | null,
): Promise<Extract<NodeModel, { __typename: T }> | null> {
  const node = await ctx.loaders.node.byId.load(atKey(id, knownAt));
  return node && node.__typename === typename ? (node as Extract<NodeModel, { __typename: T }>) : null;
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_p, { id, knownAt }, ctx) => ctx.loaders.node.byId.load(atKey(id, knownAt)),
    nodes: (_p, { ids, knownAt }, ctx) =>
      ctx.loaders.node.byId.loadMany(ids.map((id) => atKey(id, knownAt))).then((r) => r.map((x) => (x instanceof Error ? null : x))),
  },
  Node: {
    __resolveType: (node) => (node as NodeModel).__typename,
  },
};
