import type { Resolvers } from "../../__generated__/resolvers-types";
import { InputError } from "../../lib/errors";
import { holdsOn } from "../../lib/validity";
import { readQuery } from "../../neo4j/funnel";
import { toDateValue } from "../base/dateValue";
import { toNodeModel } from "../node/node.model";
import { assembleOrgChart } from "./orgchart.assemble";
import { findHoldings, findOrgChartRows } from "./orgchart.cypher";
import { atKey } from "../node/recordTime";

export const orgChartResolvers: Resolvers = {
  Query: {
    // One tuned statement (SDL Query.orgChart); citations batch in one more.
    orgChart: async (_p, { rootId, asOf, depth }, ctx) => {
      const d = depth ?? 4;
      if (!Number.isInteger(d) || d < 1 || d > 8) throw new InputError(`depth must be between 1 and 8, got ${d}`, { argument: "depth" });
      const rows = await readQuery(ctx.scope, "orgChart", (tx) => findOrgChartRows(tx, rootId, asOf, d));
      return assembleOrgChart(rows, asOf, d);
    },
    whoHeld: async (_p, { post, organizationId, asOf }, ctx) => {
      if (post.trim() === "") throw new InputError("post must name a post id or words from a title or role", { argument: "post" });
      const rows = await readQuery(ctx.scope, "whoHeld", (tx) => findHoldings(tx, post.trim(), organizationId ?? null, asOf));
      return rows.flatMap((r) => {
        const certainty = holdsOn(toDateValue(r.appointment, "validFrom"), toDateValue(r.appointment, "validTo"), asOf);
        if (certainty === "NO") return [];
        return [
          {
            person: toNodeModel("Person", r.person)!,
            appointment: toNodeModel("Appointment", r.appointment)!,
            post: r.post ? toNodeModel("Post", r.post) : null,
            organization: r.organization ? toNodeModel("Organization", r.organization) : null,
            role: r.appointment.role as string,
            capacity: (r.appointment.capacity as "ORDINARY" | "ACTING" | "SUBSTITUTE") ?? "ORDINARY",
            certainty,
          },
        ];
      }) as never;
    },
  },
  OrgChartNode: {
    citations: (node, _a, ctx) => ctx.loaders.citation.byFactId.load(atKey(node.citedId, null)),
  },
};
