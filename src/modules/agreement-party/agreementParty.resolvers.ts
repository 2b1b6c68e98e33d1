import type { Resolvers } from "../../__generated__/resolvers-types";
import { PARTY_TYPES } from "../fact/actor.model";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relOf, requiredNode } from "../node/relation";

const PARTY_TO = relOf("Agreement", "parties");
const PARTY = relOf("AgreementParty", "party");

export const agreementPartyResolvers: Resolvers = {
  Query: {
    agreementParty: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "AgreementParty", knownAt),
  },
  AgreementParty: {
    agreement: (p, _x, ctx) => requiredNode(ctx, p, PARTY_TO, "OUT", ["Agreement"]),
    party: (p, _x, ctx) => requiredNode(ctx, p, PARTY, "OUT", PARTY_TYPES),
    ...factFields,
  },
};
