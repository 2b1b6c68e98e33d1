import type { Resolvers } from "../../__generated__/resolvers-types";
import { InputError, unknownId } from "../../lib/errors";
import { foldText } from "../../lib/foldText";
import { selects } from "../../lib/lookahead";
import { holdsOn } from "../../lib/validity";
import { readQuery } from "../../neo4j/funnel";
import { appointmentBounds } from "../appointment/appointment.validity";
import { everRecordedAs } from "../node/node.cypher";
import { toNodeModel } from "../node/node.model";
import { assembleOrgChart } from "./orgchart.assemble";
import { findHoldings, findOrgChartRows } from "./orgchart.cypher";
import { type NodeModel } from "../node/node.model";
import { atKey, knownAtOf, tagKnownAt } from "../node/recordTime";

/** A leading "tf", "t.f." or "tillförordnad" before other words in `whoHeld(post:)`: only acting holders. */
const ACTING = /^(?:tf|t\.\s?f\.|tillf[oö]rordnad)\s+(?=\S)/i;

export const orgChartResolvers: Resolvers = {
  Query: {
    // One tuned statement (SDL Query.orgChart); citations batch in one more. Boxes' subjects
    // come whole only when asked for; otherwise the statement sends just what the chart draws.
    // With knownAt, the chart as recorded then; its boxes, subjects and citations read that moment.
    orgChart: async (_p, { rootId, asOf, depth, knownAt }, ctx, info) => {
      const d = depth ?? 4;
      if (!Number.isInteger(d) || d < 1 || d > 8) throw new InputError(`depth must be between 1 and 8, got ${d}`, { argument: "depth" });
      const at = knownAt ?? null;
      const { rows, recordedAs } = await readQuery(ctx.scope, "orgChart", async (tx) => {
        const found = await findOrgChartRows(tx, rootId, asOf, d, at, { full: selects(info, ["nodes", "subject"]), pauses: selects(info, ["nodes", "pausedBy"]) });
        // No root: a mistyped id or another kind of fact is refused; an organisation not there on that date is null.
        return { rows: found, recordedAs: found.root ? "Organization" : await everRecordedAs(tx, rootId) };
      });
      if (recordedAs !== "Organization") throw unknownId("rootId", rootId, recordedAs, "an Organization");
      const chart = assembleOrgChart(rows, asOf, d);
      if (chart && at !== null) {
        tagKnownAt(chart.root, at);
        for (const n of chart.nodes) {
          tagKnownAt(n, at);
          if (n.subject) tagKnownAt(n.subject, at);
        }
      }
      return chart;
    },
    whoHeld: async (_p, { post, organizationId, asOf, knownAt }, ctx) => {
      if (post.trim() === "") throw new InputError("post must name a post id or words from a title or role", { argument: "post" });
      // The words are matched as the list text filters match theirs (list.filters.ts textContains), with their limit.
      if (foldText(post.trim()).length > 200) throw new InputError("post is longer than 200 characters", { argument: "post" });
      const at = knownAt ?? null;
      // "tf regiondirektör": the acting holders of what the rest of the words name (the sources write "tf" for tillförordnad).
      const acting = ACTING.exec(post.trim());
      const asked = acting ? post.trim().slice(acting[0].length) : post.trim();
      const rows = await readQuery(ctx.scope, "whoHeld", async (tx) => {
        const found = await findHoldings(tx, asked, organizationId ?? null, asOf, at);
        // Nobody found in an organisation: say so if the organisation id itself is wrong.
        if (found.length === 0 && organizationId) {
          const recordedAs = await everRecordedAs(tx, organizationId);
          if (recordedAs !== "Organization") throw unknownId("organizationId", organizationId, recordedAs, "an Organization");
        }
        return found;
      });
      const model = (label: string, props: Parameters<typeof toNodeModel>[1]) => tagKnownAt(toNodeModel(label, props)!, at) as NodeModel;
      return rows.flatMap((r) => {
        const { from, to } = appointmentBounds(r.appointment);
        const certainty = holdsOn(from, to, asOf);
        if (certainty === "NO" || (acting && r.appointment.capacity !== "ACTING")) return [];
        return [
          {
            person: model("Person", r.person),
            appointment: model("Appointment", r.appointment),
            post: r.post ? model("Post", r.post) : null,
            organization: r.organization ? model("Organization", r.organization) : null,
            role: r.appointment.role as string,
            capacity: (r.appointment.capacity as "ORDINARY" | "ACTING" | "SUBSTITUTE") ?? "ORDINARY",
            certainty,
          },
        ];
      }) as never;
    },
  },
  OrgChartNode: {
    citations: (node, _a, ctx) => ctx.loaders.citation.byFactId.load(atKey(node.citedId, knownAtOf(node))),
  },
};
