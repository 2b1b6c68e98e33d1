import type { Resolvers } from "../../__generated__/resolvers-types";
import { actorFields, partyFields } from "../fact/actor.fields";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNode, relatedNodes, relOf } from "../node/relation";

const PART_OF = relOf("Organization", "parent");
const IN_ORGANIZATION = relOf("Post", "organization");
const APPOINTMENT_IN = relOf("Appointment", "organization");
const IN_GROUP = relOf("Membership", "group");
const HEARD_BY = relOf("LegalCase", "forum");

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Organization", knownAt),
  },
  Organization: {
    parent: (org, _a, ctx) => relatedNode(ctx, org, PART_OF, "OUT", ["Organization"]),
    children: (org, _a, ctx) => relatedNodes(ctx, org, PART_OF, "IN", ["Organization"]),
    // Posts and appointments both point at their organisation with IN_ORGANIZATION: one load, two filters.
    posts: (org, _a, ctx) => relatedNodes(ctx, org, IN_ORGANIZATION, "IN", ["Post"]),
    appointments: (org, _a, ctx) => relatedNodes(ctx, org, APPOINTMENT_IN, "IN", ["Appointment"]),
    members: (org, _a, ctx) => relatedNodes(ctx, org, IN_GROUP, "IN", ["Membership"]),
    casesHeard: (org, _a, ctx) => relatedNodes(ctx, org, HEARD_BY, "IN", ["LegalCase"]),
    ...actorFields,
    ...partyFields,
    ...factFields,
  },
};
