import type { Resolvers } from "../../__generated__/resolvers-types";
import { readQuery } from "../../neo4j/funnel";
import { findChangeSets } from "./history.cypher";

/** SDL `Query.history`: one statement per request field; an entity has few change sets. */
export const changeHistoryResolvers: Resolvers = {
  Query: {
    history: (_p, { id, knownAt }, ctx) => readQuery(ctx.scope, "changeSetsById", (tx) => findChangeSets(tx, id, knownAt ?? null)),
  },
};
