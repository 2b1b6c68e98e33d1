import type { Resolvers } from "../../__generated__/resolvers-types";
import { loadTyped } from "../node/node.resolvers";

export const personResolvers: Resolvers = {
  Query: {
    person: (_p, { id }, ctx) => loadTyped(ctx, id, "Person"),
  },
  Person: {
    citations: (person, _a, ctx) => ctx.loaders.citation.byFactId.load(person.id),
  },
};
