import type { Resolvers } from "../../__generated__/resolvers-types";
import { loadTyped } from "../node/node.resolvers";

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_p, { id }, ctx) => loadTyped(ctx, id, "Organization"),
  },
  Organization: {
    parent: (org, _a, ctx) => ctx.loaders.organization.parent.load(org.id),
    children: (org, _a, ctx) => ctx.loaders.organization.children.load(org.id),
    citations: (org, _a, ctx) => ctx.loaders.citation.byFactId.load(org.id),
  },
};
