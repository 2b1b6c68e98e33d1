import type { Resolvers } from "../../__generated__/resolvers-types";
import { actorFields, partyFields } from "../fact/actor.fields";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNodes, relOf } from "../node/relation";

const OF_PERSON = relOf("Appointment", "person");

export const personResolvers: Resolvers = {
  Query: {
    person: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Person", knownAt),
  },
  Person: {
    appointments: (person, _a, ctx) => relatedNodes(ctx, person, OF_PERSON, "IN", ["Appointment"]),
    ...actorFields,
    ...partyFields,
    ...factFields,
  },
};
