import type { Resolvers } from "../../__generated__/resolvers-types";
import type { GraphQLContext } from "../../server/context";
import type { DecisionModel } from "../decision/decision.model";
import { assembleTrace } from "./trace.assemble";

async function trace(decision: DecisionModel, ctx: GraphQLContext) {
  const raw = (await ctx.loaders.trace.byDecisionId.load(decision.id)) ?? { deciders: [], steps: [] };
  return assembleTrace(raw, decision.decidedOn);
}

export const traceResolvers: Resolvers = {
  Decision: {
    deciders: async (decision, _a, ctx) => (await trace(decision, ctx)).deciders,
    mandateChain: async (decision, _a, ctx) => (await trace(decision, ctx)).mandateChain,
  },
  MandateStep: {
    citations: (step, _a, ctx) => ctx.loaders.citation.byFactId.load(step.mandate.id),
  },
};
