/**
 * Field resolvers every node type shares, spread into each type's resolver map
 * (graphql-js does not inherit field resolvers from interfaces):
 * `Subject` (the reverse side of the "any" references: AFFECTS, CONCERNS,
 * MEASURES, FOR_PART, IDENTIFIED_IN) and `Fact` (citations).
 */
import type { GraphQLContext } from "../../server/context";
import type { CitationModel } from "../citation/citation.model";
import { type DecisionEffectModel, toDecisionEffect } from "../decision/decision.model";
import type { ModelOf, NodeModel } from "../node/node.model";
import { atKey, knownAtOf } from "../node/recordTime";
import { relatedEdges, relatedNodes, relOf } from "../node/relation";
import { CONCERNING_TYPES } from "./actor.model";

const AFFECTS = relOf("Decision", "affects");
const CONCERNS = relOf("Event", "concerns");
const MEASURES = relOf("Figure", "about");
const FOR_PART = relOf("Figure", "breakdown");
const IDENTIFIED_IN = relOf("Risk", "identifiedIn");

export const subjectFields = {
  affectedBy: async (n: NodeModel, _a: unknown, ctx: GraphQLContext): Promise<DecisionEffectModel[]> =>
    (await relatedEdges(ctx, n, AFFECTS, "IN", ["Decision"])).map((r) => toDecisionEffect(r.node, n, r.edge)),
  concernedBy: (n: NodeModel, _a: unknown, ctx: GraphQLContext): Array<ModelOf<(typeof CONCERNING_TYPES)[number]>> | Promise<Array<ModelOf<(typeof CONCERNING_TYPES)[number]>>> =>
    relatedNodes(ctx, n, CONCERNS, "IN", CONCERNING_TYPES),
  figures: (n: NodeModel, _a: unknown, ctx: GraphQLContext) => relatedNodes(ctx, n, MEASURES, "IN", ["Figure"]),
  breakdownFigures: (n: NodeModel, _a: unknown, ctx: GraphQLContext) => relatedNodes(ctx, n, FOR_PART, "IN", ["Figure"]),
  risks: (n: NodeModel, _a: unknown, ctx: GraphQLContext) => relatedNodes(ctx, n, IDENTIFIED_IN, "IN", ["Risk"]),
};

/** Citations load for facts and documents alike: `(n)-[:SUPPORTED_BY]->(:Document)`. */
export const citationsField = {
  citations: (n: NodeModel, _a: unknown, ctx: GraphQLContext): Promise<CitationModel[]> => ctx.loaders.citation.byFactId.load(atKey(n.id, knownAtOf(n))),
};

export const factFields = { ...subjectFields, ...citationsField };
