import type { Resolvers } from "../../__generated__/resolvers-types";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNode, relOf } from "../node/relation";

const MEASURES = relOf("Figure", "about");
const FOR_PART = relOf("Figure", "breakdown");

export const figureResolvers: Resolvers = {
  Query: {
    figure: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Figure", knownAt),
  },
  Figure: {
    about: (f, _x, ctx) => relatedNode(ctx, f, MEASURES, "OUT"),
    breakdown: (f, _x, ctx) => relatedNode(ctx, f, FOR_PART, "OUT"),
    ...factFields,
  },
};
