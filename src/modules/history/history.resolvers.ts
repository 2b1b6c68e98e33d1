import type { Resolvers } from "../../__generated__/resolvers-types";
import { unknownId } from "../../lib/errors";
import { argumentValues } from "../../lib/lookahead";
import { readQuery } from "../../neo4j/funnel";
import { everRecordedAs } from "../node/node.cypher";
import { findChangeSets } from "./history.cypher";

/**
 * The entities whose `touched` entries the operation asks for: null when some
 * `touched` selection wants them all, [] when none is selected.
 */
function touchedIdsAsked(info: Parameters<typeof argumentValues>[0]): string[] | null {
  const ids = argumentValues(info, ["touched"], "id");
  if (ids === null) return [];
  if (ids.some((v) => v === undefined || v === null)) return null;
  return [...new Set(ids.map(String))];
}

/** SDL `Query.history` and `ChangeSet`: one statement per request field; an entity has few change sets. */
export const changeHistoryResolvers: Resolvers = {
  Query: {
    history: (_p, { id, knownAt }, ctx, info) =>
      readQuery(ctx.scope, "changeSetsById", async (tx) => {
        const found = await findChangeSets(tx, id, knownAt ?? null, touchedIdsAsked(info));
        // No change set: a mistyped id is refused rather than read as "no history".
        if (found.length === 0 && (await everRecordedAs(tx, id)) === null) throw unknownId("id", id, null, "a fact");
        return found;
      }),
  },
  ChangeSet: {
    touched: (cs, { id }) => (id == null ? cs.touched : cs.touched.filter((t) => t.id === id)),
  },
};
