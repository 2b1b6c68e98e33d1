import type { Resolvers } from "../../__generated__/resolvers-types";
import { InputError } from "../../lib/errors";
import { fieldsUnder } from "../../lib/lookahead";
import { SEARCHABLE_LABELS } from "../../neo4j/migrations";
import { readQuery } from "../../neo4j/funnel";
import { toNodeModel } from "../node/node.model";
import { tagKnownAt } from "../node/recordTime";
import { searchQueries, searchWords } from "./luceneQuery";
import { findSearchHits } from "./search.cypher";

export const searchResolvers: Resolvers = {
  Query: {
    // With knownAt, the versions current then, under their stable ids (the model's id), reading that moment.
    search: async (_p, { text, types, first, knownAt }, ctx, info) => {
      const at = knownAt ?? null;
      const n = first ?? 20;
      if (!Number.isInteger(n) || n < 1 || n > 100) throw new InputError(`first must be between 1 and 100, got ${n}`, { argument: "first" });
      const unknown = (types ?? []).filter((t) => !(SEARCHABLE_LABELS as readonly string[]).includes(t));
      if (unknown.length) throw new InputError(`types has ${unknown.join(", ")}; searchable types are ${SEARCHABLE_LABELS.join(", ")}`, { argument: "types" });
      if (types && types.length === 0) throw new InputError("types is empty: omit it to search every type", { argument: "types" });
      if (text.length > 200) throw new InputError("text is longer than 200 characters", { argument: "text" });
      const words = searchWords(text);
      if (words.length === 0) throw new InputError("text has no words to search for", { argument: "text" });
      // Hits whose node is asked for no more than its id need only what `text` shows: the statement sends just that.
      const asked = fieldsUnder(info, ["node"]);
      const full = asked !== null && [...asked].some((f) => f !== "id" && f !== "__typename");
      const rows = await readQuery(ctx.scope, "search", (tx) => findSearchHits(tx, searchQueries(words), types ?? null, n, at, { full }));
      return rows.flatMap((r) => {
        const node = toNodeModel(r.label, r.props);
        const shown = r.props.name ?? r.props.title ?? r.props.label ?? r.props.scope ?? node?.id ?? r.props.id;
        return node ? [{ node: tagKnownAt(node, at), score: r.score, text: String(shown) }] : [];
      });
    },
  },
};
