import type { Resolvers } from "../../__generated__/resolvers-types";
import { ACTOR_TYPES } from "../fact/actor.model";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNode, relatedNodes, relOf } from "../node/relation";

const CONSIDERED_BY = relOf("Option", "consideredBy");
const CONCERNS = relOf("Option", "concerns");

export const optionResolvers: Resolvers = {
  Query: {
    option: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Option", knownAt),
  },
  Option: {
    consideredBy: (o, _x, ctx) => relatedNode(ctx, o, CONSIDERED_BY, "OUT", ACTOR_TYPES),
    concerns: (o, _x, ctx) => relatedNodes(ctx, o, CONCERNS, "OUT"),
    ...factFields,
  },
};
