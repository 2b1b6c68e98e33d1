import type { Resolvers } from "../../__generated__/resolvers-types";
import { ACTOR_TYPES } from "../fact/actor.model";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNode, relatedNodes, relOf, requiredNode } from "../node/relation";

const GRANTED_BY = relOf("Mandate", "grantedBy");
const HELD_BY = relOf("Mandate", "heldBy");
const DELEGATED_FROM = relOf("Mandate", "delegatedFrom");
const UNDER_MANDATE = relOf("Decision", "underMandate");

export const mandateResolvers: Resolvers = {
  Query: {
    mandate: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Mandate", knownAt),
  },
  Mandate: {
    grantedBy: (m, _x, ctx) => relatedNode(ctx, m, GRANTED_BY, "OUT", ACTOR_TYPES),
    heldBy: (m, _x, ctx) => requiredNode(ctx, m, HELD_BY, "OUT", ACTOR_TYPES),
    delegatedFrom: (m, _x, ctx) => relatedNode(ctx, m, DELEGATED_FROM, "OUT", ["Mandate"]),
    delegations: (m, _x, ctx) => relatedNodes(ctx, m, DELEGATED_FROM, "IN", ["Mandate"]),
    decisions: (m, _x, ctx) => relatedNodes(ctx, m, UNDER_MANDATE, "IN", ["Decision"]),
    ...factFields,
  },
};
