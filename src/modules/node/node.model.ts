import type { Plain } from "../../neo4j/values";
import { type AgreementModel, toAgreementModel } from "../agreement/agreement.model";
import { type AgreementEventModel, toAgreementEventModel } from "../agreement-event/agreementEvent.model";
import { type AgreementPartyModel, toAgreementPartyModel } from "../agreement-party/agreementParty.model";
import { type AppointmentModel, toAppointmentModel } from "../appointment/appointment.model";
import { type DecisionModel, toDecisionModel } from "../decision/decision.model";
import { type DocumentModel, toDocumentModel } from "../document/document.model";
import { type EventModel, toEventModel } from "../event/event.model";
import { type FigureModel, toFigureModel } from "../figure/figure.model";
import { type LegalCaseModel, toLegalCaseModel } from "../legal-case/legalCase.model";
import { type MandateModel, toMandateModel } from "../mandate/mandate.model";
import { type MembershipModel, toMembershipModel } from "../membership/membership.model";
import { type OptionModel, toOptionModel } from "../option/option.model";
import { type OrganizationModel, toOrganizationModel } from "../organization/organization.model";
import { type PersonModel, toPersonModel } from "../person/person.model";
import { type PostModel, toPostModel } from "../post/post.model";
import { type RiskModel, toRiskModel } from "../risk/risk.model";

/** Every model that implements the GraphQL `Node` interface; `__typename` resolves the type. */
export type NodeModel =
  | OrganizationModel
  | PersonModel
  | PostModel
  | AppointmentModel
  | MembershipModel
  | MandateModel
  | DecisionModel
  | AgreementModel
  | AgreementPartyModel
  | AgreementEventModel
  | EventModel
  | LegalCaseModel
  | OptionModel
  | DocumentModel
  | FigureModel
  | RiskModel;

export type Typename = NodeModel["__typename"];
export type ModelOf<T extends Typename> = Extract<NodeModel, { __typename: T }>;
/** Every node type but Document implements `Fact`. */
export type FactModel = Exclude<NodeModel, DocumentModel>;

/** One mapper per Neo4j label of the storage contract (src/domain/concepts.ts). */
const MAPPERS: { [T in Typename]: (p: Record<string, Plain>) => ModelOf<T> } = {
  Organization: toOrganizationModel,
  Person: toPersonModel,
  Post: toPostModel,
  Appointment: toAppointmentModel,
  Membership: toMembershipModel,
  Mandate: toMandateModel,
  Decision: toDecisionModel,
  Agreement: toAgreementModel,
  AgreementParty: toAgreementPartyModel,
  AgreementEvent: toAgreementEventModel,
  Event: toEventModel,
  LegalCase: toLegalCaseModel,
  Option: toOptionModel,
  Document: toDocumentModel,
  Figure: toFigureModel,
  Risk: toRiskModel,
};

/** Maps a stored node to its model; null for labels the API does not expose (ChangeSet). */
export function toNodeModel(label: string, props: Record<string, Plain>): NodeModel | null {
  const mapper = (MAPPERS as Record<string, ((p: Record<string, Plain>) => NodeModel) | undefined>)[label];
  return mapper ? mapper(props) : null;
}

/** The labels the API exposes, for tests that check every concept has a mapper. */
export const EXPOSED_LABELS = Object.keys(MAPPERS) as Typename[];
