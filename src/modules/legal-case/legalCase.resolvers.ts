import type { Resolvers } from "../../__generated__/resolvers-types";
import { ACTOR_TYPES } from "../fact/actor.model";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedEdges, relatedNode, relatedNodes, relOf } from "../node/relation";
import { toLegalCaseParty } from "./legalCase.model";

const HEARD_BY = relOf("LegalCase", "forum");
const HAS_PARTY = relOf("LegalCase", "parties");
const CONCERNS = relOf("LegalCase", "concerns");

export const legalCaseResolvers: Resolvers = {
  Query: {
    legalCase: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "LegalCase", knownAt),
  },
  LegalCase: {
    forum: (c, _x, ctx) => relatedNode(ctx, c, HEARD_BY, "OUT", ["Organization"]),
    parties: async (c, _x, ctx) =>
      (await relatedEdges(ctx, c, HAS_PARTY, "OUT", ACTOR_TYPES)).map((r) => toLegalCaseParty(c, r.node, r.edge)),
    concerns: (c, _x, ctx) => relatedNodes(ctx, c, CONCERNS, "OUT"),
    ...factFields,
  },
};
