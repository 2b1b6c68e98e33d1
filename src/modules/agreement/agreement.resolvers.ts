import type { Resolvers } from "../../__generated__/resolvers-types";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedEdges, relatedNodes, relOf } from "../node/relation";
import { toAgreementRelation } from "./agreement.model";

const PARTY_TO = relOf("Agreement", "parties");
const EVENT_OF = relOf("Agreement", "events");
const RELATED_TO = relOf("Agreement", "relatedTo");

export const agreementResolvers: Resolvers = {
  Query: {
    agreement: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Agreement", knownAt),
  },
  Agreement: {
    parties: (a, _x, ctx) => relatedNodes(ctx, a, PARTY_TO, "IN", ["AgreementParty"]),
    events: (a, _x, ctx) => relatedNodes(ctx, a, EVENT_OF, "IN", ["AgreementEvent"]),
    relatedTo: async (a, _x, ctx) =>
      (await relatedEdges(ctx, a, RELATED_TO, "OUT", ["Agreement"])).map((r) => toAgreementRelation(a, r.node, r.edge)),
    relatedFrom: async (a, _x, ctx) =>
      (await relatedEdges(ctx, a, RELATED_TO, "IN", ["Agreement"])).map((r) => toAgreementRelation(r.node, a, r.edge)),
    ...factFields,
  },
};
