import type { Resolvers } from "../../__generated__/resolvers-types";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNode, relOf } from "../node/relation";

const IDENTIFIED_IN = relOf("Risk", "identifiedIn");

export const riskResolvers: Resolvers = {
  Query: {
    risk: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Risk", knownAt),
  },
  Risk: {
    identifiedIn: (r, _x, ctx) => relatedNode(ctx, r, IDENTIFIED_IN, "OUT"),
    ...factFields,
  },
};
