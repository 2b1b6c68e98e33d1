import type { Resolvers } from "../../__generated__/resolvers-types";
import { unknownId } from "../../lib/errors";
import { readQuery } from "../../neo4j/funnel";
import { everRecordedAs } from "../node/node.cypher";
import { findChangeSets } from "./history.cypher";

/** SDL `Query.history`: one statement per request field; an entity has few change sets. */
export const changeHistoryResolvers: Resolvers = {
  Query: {
    history: (_p, { id, knownAt }, ctx) =>
      readQuery(ctx.scope, "changeSetsById", async (tx) => {
        const found = await findChangeSets(tx, id, knownAt ?? null);
        // No change set: a mistyped id is refused rather than read as "no history".
        if (found.length === 0 && (await everRecordedAs(tx, id)) === null) throw unknownId("id", id, null, "a fact");
        return found;
      }),
  },
};
