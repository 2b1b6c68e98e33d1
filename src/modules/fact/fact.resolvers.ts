import type { Resolvers } from "../../__generated__/resolvers-types";

/** Interfaces and unions resolve by the model's `__typename` (schema/fact.graphql). */
export const factResolvers: Resolvers = {
  Fact: { __resolveType: (n) => n.__typename },
  Subject: { __resolveType: (n) => n.__typename },
  Actor: { __resolveType: (n) => n.__typename },
  Party: { __resolveType: (n) => n.__typename },
  Concerning: { __resolveType: (n) => n.__typename },
};
