import type { Resolvers } from "../../__generated__/resolvers-types";
import { ACTOR_TYPES } from "../fact/actor.model";
import { factFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedEdges, relatedNodes, relOf } from "../node/relation";
import { toEventParticipant } from "./event.model";

const ORGANIZED_BY = relOf("Event", "organizedBy");
const PARTICIPANT = relOf("Event", "participants");
const CONCERNS = relOf("Event", "concerns");
const TAKEN_AT = relOf("Decision", "takenAt");

export const eventResolvers: Resolvers = {
  Query: {
    event: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Event", knownAt),
  },
  Event: {
    organizedBy: (e, _x, ctx) => relatedNodes(ctx, e, ORGANIZED_BY, "OUT", ACTOR_TYPES),
    participants: async (e, _x, ctx) =>
      (await relatedEdges(ctx, e, PARTICIPANT, "OUT", ACTOR_TYPES)).map((r) => toEventParticipant(e, r.node, r.edge)),
    concerns: (e, _x, ctx) => relatedNodes(ctx, e, CONCERNS, "OUT"),
    decisions: (e, _x, ctx) => relatedNodes(ctx, e, TAKEN_AT, "IN", ["Decision"]),
    ...factFields,
  },
};
