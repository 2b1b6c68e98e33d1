import type { Resolvers } from "../../__generated__/resolvers-types";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relOf, requiredNode } from "../node/relation";

const EVENT_OF = relOf("Agreement", "events");

export const agreementEventResolvers: Resolvers = {
  Query: {
    agreementEvent: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "AgreementEvent", knownAt),
  },
  AgreementEvent: {
    agreement: (e, _x, ctx) => requiredNode(ctx, e, EVENT_OF, "OUT", ["Agreement"]),
    ...factFields,
  },
};
