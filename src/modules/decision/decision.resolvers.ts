import type { Resolvers } from "../../__generated__/resolvers-types";
import { ACTOR_TYPES } from "../fact/actor.model";
import { factFields } from "../fact/fact.fields";
import { selects } from "../../lib/lookahead";
import { toNodeModel } from "../node/node.model";
import { loadTyped } from "../node/node.resolvers";
import { atKey, tagKnownAt } from "../node/recordTime";
import { relatedEdges, relatedNode, relatedNodes, relOf } from "../node/relation";
import { traceFieldsOf } from "../trace/trace.fields";
import { toDecisionEffect } from "./decision.model";

const DECIDED_BY = relOf("Decision", "decidedBy");
const UNDER_MANDATE = relOf("Decision", "underMandate");
const REQUESTED_BY = relOf("Decision", "requestedBy");
const TAKEN_AT = relOf("Decision", "takenAt");
const AFFECTS = relOf("Decision", "affects");
const SUPERSEDES = relOf("Decision", "supersedes");

export const decisionResolvers: Resolvers = {
  Query: {
    decision: async (_p, { id, knownAt }, ctx, info) => {
      // When the trace is asked for, its statement brings the decision along: one round trip for both.
      if (selects(info, ["deciders"]) || selects(info, ["mandateChain"])) {
        const at = knownAt ?? null;
        const raw = await ctx.loaders.trace.byDecisionId(traceFieldsOf(info)).load(atKey(id, at));
        const model = raw && toNodeModel("Decision", raw.decision);
        if (model) ctx.loaders.node.byId.prime(atKey(id, at), tagKnownAt(model, at));
      }
      return loadTyped(ctx, id, "Decision", knownAt);
    },
  },
  Decision: {
    decidedBy: (d, _x, ctx) => relatedNodes(ctx, d, DECIDED_BY, "OUT", ACTOR_TYPES),
    underMandate: (d, _x, ctx) => relatedNode(ctx, d, UNDER_MANDATE, "OUT", ["Mandate"]),
    requestedBy: (d, _x, ctx) => relatedNodes(ctx, d, REQUESTED_BY, "OUT", ACTOR_TYPES),
    takenAt: (d, _x, ctx) => relatedNode(ctx, d, TAKEN_AT, "OUT", ["Event"]),
    affects: async (d, _x, ctx) => (await relatedEdges(ctx, d, AFFECTS, "OUT")).map((r) => toDecisionEffect(d, r.node, r.edge)),
    supersedes: (d, _x, ctx) => relatedNodes(ctx, d, SUPERSEDES, "OUT", ["Decision"]),
    supersededBy: (d, _x, ctx) => relatedNodes(ctx, d, SUPERSEDES, "IN", ["Decision"]),
    ...factFields,
  },
};
