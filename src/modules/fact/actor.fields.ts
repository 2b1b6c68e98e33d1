/**
 * The reverse side of references to actors and parties, shared by the types in
 * the `Actor` union (Organization, Person, Post) and the `Party` union
 * (Organization, Person): schema/organization.graphql, person.graphql, post.graphql.
 */
import type { GraphQLContext } from "../../server/context";
import { type EventParticipantModel, toEventParticipant } from "../event/event.model";
import { type LegalCasePartyModel, toLegalCaseParty } from "../legal-case/legalCase.model";
import { relatedEdges, relatedNodes, relOf } from "../node/relation";
import type { ActorModel, PartyModel } from "./actor.model";

const DECIDED_BY = relOf("Decision", "decidedBy");
const REQUESTED_BY = relOf("Decision", "requestedBy");
const GRANTED_BY = relOf("Mandate", "grantedBy");
const HELD_BY = relOf("Mandate", "heldBy");
const ORGANIZED_BY = relOf("Event", "organizedBy");
const PARTICIPANT = relOf("Event", "participants");
const HAS_PARTY = relOf("LegalCase", "parties");
const CONSIDERED_BY = relOf("Option", "consideredBy");
const OF_MEMBER = relOf("Membership", "member");
const PARTY = relOf("AgreementParty", "party");
const PUBLISHED_BY = relOf("Document", "publishedBy");
const COMMISSIONED_BY = relOf("Document", "commissionedBy");

type Ctx = GraphQLContext;

export const actorFields = {
  decisions: (a: ActorModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, a, DECIDED_BY, "IN", ["Decision"]),
  requestedDecisions: (a: ActorModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, a, REQUESTED_BY, "IN", ["Decision"]),
  mandatesGranted: (a: ActorModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, a, GRANTED_BY, "IN", ["Mandate"]),
  mandatesHeld: (a: ActorModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, a, HELD_BY, "IN", ["Mandate"]),
  eventsOrganized: (a: ActorModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, a, ORGANIZED_BY, "IN", ["Event"]),
  eventParticipations: async (a: ActorModel, _x: unknown, ctx: Ctx): Promise<EventParticipantModel[]> =>
    (await relatedEdges(ctx, a, PARTICIPANT, "IN", ["Event"])).map((r) => toEventParticipant(r.node, a, r.edge)),
  legalCases: async (a: ActorModel, _x: unknown, ctx: Ctx): Promise<LegalCasePartyModel[]> =>
    (await relatedEdges(ctx, a, HAS_PARTY, "IN", ["LegalCase"])).map((r) => toLegalCaseParty(r.node, a, r.edge)),
  options: (a: ActorModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, a, CONSIDERED_BY, "IN", ["Option"]),
};

export const partyFields = {
  memberships: (p: PartyModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, p, OF_MEMBER, "IN", ["Membership"]),
  agreementParties: (p: PartyModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, p, PARTY, "IN", ["AgreementParty"]),
  documentsPublished: (p: PartyModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, p, PUBLISHED_BY, "IN", ["Document"]),
  documentsCommissioned: (p: PartyModel, _x: unknown, ctx: Ctx) => relatedNodes(ctx, p, COMMISSIONED_BY, "IN", ["Document"]),
};
