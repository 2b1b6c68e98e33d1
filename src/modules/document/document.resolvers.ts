import type { Resolvers } from "../../__generated__/resolvers-types";
import { loadTyped } from "../node/node.resolvers";

export const documentResolvers: Resolvers = {
  Query: {
    document: (_p, { id }, ctx) => loadTyped(ctx, id, "Document"),
  },
};
