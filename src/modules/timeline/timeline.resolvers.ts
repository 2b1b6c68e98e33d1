import type { Resolvers, TimelineKind } from "../../__generated__/resolvers-types";
import { InputError } from "../../lib/errors";
import { readQuery } from "../../neo4j/funnel";
import { toDateValue } from "../base/dateValue";
import { toNodeModel } from "../node/node.model";
import { findTimeline } from "./timeline.cypher";
import { atKey, knownAtOf, tagKnownAt } from "../node/recordTime";

const ALL: TimelineKind[] = ["DECISION", "EVENT", "AGREEMENT_EVENT"];
const DATE_FIELD = { DECISION: "decidedOn", EVENT: "date", AGREEMENT_EVENT: "date" } as const;

export const timelineResolvers: Resolvers = {
  Query: {
    // With knownAt, the entries as recorded then; subjects and citations read that moment.
    timeline: async (_p, { from, to, actorIds, kinds, first, knownAt }, ctx) => {
      const at = knownAt ?? null;
      const n = first ?? 200;
      if (!Number.isInteger(n) || n < 1 || n > 500) throw new InputError(`first must be between 1 and 500, got ${n}`, { argument: "first" });
      if (from && to && from > to) throw new InputError(`from (${from}) is after to (${to})`, { argument: "from" });
      const rows = await readQuery(ctx.scope, "timeline", (tx) =>
        findTimeline(tx, from ?? null, to ?? null, actorIds?.length ? actorIds : null, kinds?.length ? kinds : ALL, n, at),
      );
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
