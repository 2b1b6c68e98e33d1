import type { LegalCaseKind, LegalCasePartyRole } from "../../__generated__/resolvers-types";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import type { ActorModel } from "../fact/actor.model";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, enumValue, optionalString, requiredString } from "../node/props";

/** A LegalCase node as resolvers receive it. */
export interface LegalCaseModel extends FactFields {
  __typename: "LegalCase";
  id: string;
  title: string;
  kind: LegalCaseKind;
  openedOn: DateValueModel | null;
  closedOn: DateValueModel | null;
  status: string | null;
  summary: string | null;
}

export function toLegalCaseModel(p: Props): LegalCaseModel {
  return {
    __typename: "LegalCase",
    id: stableId(p),
    title: requiredString(p, "title"),
    kind: p.kind as LegalCaseKind,
    openedOn: toDateValue(p, "openedOn"),
    closedOn: toDateValue(p, "closedOn"),
    status: optionalString(p, "status"),
    summary: optionalString(p, "summary"),
    ...toFactFields(p),
  };
}

/** A HAS_PARTY relationship `(case)-[:HAS_PARTY {role}]->(who)`. */
export interface LegalCasePartyModel {
  legalCase: LegalCaseModel;
  who: ActorModel;
  role: LegalCasePartyRole;
}

export function toLegalCaseParty(legalCase: LegalCaseModel, who: ActorModel, edge: Props): LegalCasePartyModel {
  return { legalCase, who, role: edge.role as LegalCasePartyRole };
}
