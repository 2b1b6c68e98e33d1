import type { GraphQLResolveInfo } from "graphql";
import type { Resolvers } from "../../__generated__/resolvers-types";
import type { GraphQLContext } from "../../server/context";
import type { DecisionModel } from "../decision/decision.model";
import { atKey, knownAtOf } from "../node/recordTime";
import { assembleTrace } from "./trace.assemble";
import { traceFieldsOf } from "./trace.fields";

async function trace(decision: DecisionModel, ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const at = knownAtOf(decision);
  const raw = (await ctx.loaders.trace.byDecisionId(traceFieldsOf(info)).load(atKey(decision.id, at))) ?? { decision: {}, deciders: [], steps: [] };
  return assembleTrace(raw, decision.decidedOn, at);
}

export const traceResolvers: Resolvers = {
  Decision: {
    deciders: async (decision, _a, ctx, info) => (await trace(decision, ctx, info)).deciders,
    mandateChain: async (decision, _a, ctx, info) => (await trace(decision, ctx, info)).mandateChain,
  },
  MandateStep: {
    citations: (step, _a, ctx) => ctx.loaders.citation.byFactId.load(atKey(step.mandate.id, knownAtOf(step.mandate))),
  },
};
