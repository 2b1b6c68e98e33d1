import type { Resolvers } from "../../__generated__/resolvers-types";
import { actorFields } from "../fact/actor.fields";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNodes, relOf, requiredNode } from "../node/relation";

const IN_ORGANIZATION = relOf("Post", "organization");
const TO_POST = relOf("Appointment", "post");

export const postResolvers: Resolvers = {
  Query: {
    post: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Post", knownAt),
  },
  Post: {
    organization: (post, _a, ctx) => requiredNode(ctx, post, IN_ORGANIZATION, "OUT", ["Organization"]),
    appointments: (post, _a, ctx) => relatedNodes(ctx, post, TO_POST, "IN", ["Appointment"]),
    ...actorFields,
    ...factFields,
  },
};
