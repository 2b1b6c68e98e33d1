import type { Resolvers } from "../../__generated__/resolvers-types";
import { PARTY_TYPES } from "../fact/actor.model";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relOf, requiredNode } from "../node/relation";

const OF_MEMBER = relOf("Membership", "member");
const IN_GROUP = relOf("Membership", "group");

export const membershipResolvers: Resolvers = {
  Query: {
    membership: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Membership", knownAt),
  },
  Membership: {
    member: (m, _x, ctx) => requiredNode(ctx, m, OF_MEMBER, "OUT", PARTY_TYPES),
    group: (m, _x, ctx) => requiredNode(ctx, m, IN_GROUP, "OUT", ["Organization"]),
    ...factFields,
  },
};
