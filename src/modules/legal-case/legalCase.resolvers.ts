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
    legalCase: (_p, { id }, ctx) => loadTyped(ctx, id, "LegalCase"),
  },
  LegalCase: {
    forum: (c, _x, ctx) => relatedNode(ctx, c.id, HEARD_BY, "OUT", ["Organization"]),
    parties: async (c, _x, ctx) =>
      (await relatedEdges(ctx, c.id, HAS_PARTY, "OUT", ACTOR_TYPES)).map((r) => toLegalCaseParty(c, r.node, r.edge)),
    concerns: (c, _x, ctx) => relatedNodes(ctx, c.id, CONCERNS, "OUT"),
    ...factFields,
  },
};
