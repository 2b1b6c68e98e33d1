import type { Resolvers } from "../../__generated__/resolvers-types";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNode, relOf, requiredNode } from "../node/relation";

const OF_PERSON = relOf("Appointment", "person");
const TO_POST = relOf("Appointment", "post");
const IN_ORGANIZATION = relOf("Appointment", "organization");

export const appointmentResolvers: Resolvers = {
  Query: {
    appointment: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Appointment", knownAt),
  },
  Appointment: {
    person: (a, _x, ctx) => requiredNode(ctx, a, OF_PERSON, "OUT", ["Person"]),
    post: (a, _x, ctx) => relatedNode(ctx, a, TO_POST, "OUT", ["Post"]),
    organization: (a, _x, ctx) => relatedNode(ctx, a, IN_ORGANIZATION, "OUT", ["Organization"]),
    ...factFields,
  },
};
