import type { Resolvers, TimelineKind } from "../../__generated__/resolvers-types";
import { InputError } from "../../lib/errors";
import { readQuery } from "../../neo4j/funnel";
import { toDateValue } from "../base/dateValue";
import { toNodeModel } from "../node/node.model";
import { findActors, findTimeline } from "./timeline.cypher";
import { atKey, knownAtOf, tagKnownAt } from "../node/recordTime";

const ALL: TimelineKind[] = ["DECISION", "EVENT", "AGREEMENT_EVENT"];
const DATE_FIELD = { DECISION: "decidedOn", EVENT: "date", AGREEMENT_EVENT: "date" } as const;

export const timelineResolvers: Resolvers = {
  Query: {
    // With knownAt, the entries as recorded then; subjects and citations read that moment.
    timeline: async (_p, { from, to, actorIds, includeParts, kinds, first, knownAt }, ctx) => {
      const at = knownAt ?? null;
      const n = first ?? 200;
      if (!Number.isInteger(n) || n < 1 || n > 500) throw new InputError(`first must be between 1 and 500, got ${n}`, { argument: "first" });
      if (from && to && from > to) throw new InputError(`from (${from}) is after to (${to})`, { argument: "from" });
      const rows = await readQuery(ctx.scope, "timeline", async (tx) => {
        let actors: string[] | null = null;
        if (actorIds?.length) {
          // A mistyped id would otherwise read as "nothing happened": refused, naming it.
          const found = await findActors(tx, actorIds, includeParts ?? false, at);
          const unknown = found.flatMap((a, i) => (a.known ? [] : [`actorIds[${i}]: ${a.id}`]));
          if (unknown.length) throw new InputError(`${unknown.join("; ")} names nothing ever recorded in the graph`, { argument: "actorIds" });
          actors = [...new Set(found.flatMap((a) => [a.id, ...a.parts]))];
        }
        return findTimeline(tx, from ?? null, to ?? null, actors, kinds?.length ? kinds : ALL, n, at);
      });
      return rows.map((r) => {
        const subject = tagKnownAt(toNodeModel(r.label, r.props)!, at);
        return tagKnownAt({
        date: toDateValue(r.props, DATE_FIELD[r.kind])!,
        kind: r.kind,
        title: r.kind === "AGREEMENT_EVENT" ? `${r.props.agreementTitle}: ${String(r.props.kind).toLowerCase().replace(/_/g, " ")}` : (r.props.title as string),
        summary: (r.props.summary as string | null) ?? null,
        subject,
        status: r.kind === "EVENT" ? ((r.props.status as string | null) ?? null) : r.kind === "DECISION" ? ((r.props.status as string | null) ?? null) : null,
        // The stable id: at a past moment the subject may be an older version.
        citedId: subject.id,
      }, at);
      });
    },
  },
  TimelineEntry: {
    citations: (entry, _a, ctx) => ctx.loaders.citation.byFactId.load(atKey(entry.citedId, knownAtOf(entry))),
  },
};
