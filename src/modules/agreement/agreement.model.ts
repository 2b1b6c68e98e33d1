import type { AgreementRelationKind } from "../../__generated__/resolvers-types";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, enumValue, optionalString, requiredString, stringList } from "../node/props";

/** An Agreement node as resolvers receive it; parties and events are nodes of their own. */
export interface AgreementModel extends FactFields {
  __typename: "Agreement";
  id: string;
  title: string;
  aliases: string[];
  summary: string | null;
  noticePeriod: string | null;
  validityNote: string | null;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
}

export function toAgreementModel(p: Props): AgreementModel {
  return {
    __typename: "Agreement",
    id: stableId(p),
    title: requiredString(p, "title"),
    aliases: stringList(p, "aliases"),
    summary: optionalString(p, "summary"),
    noticePeriod: optionalString(p, "noticePeriod"),
    validityNote: optionalString(p, "validityNote"),
    validFrom: toDateValue(p, "validFrom"),
    validTo: toDateValue(p, "validTo"),
    ...toFactFields(p),
  };
}

/** A RELATED_TO relationship `(from)-[:RELATED_TO {relation}]->(to)`. */
export interface AgreementRelationModel {
  from: AgreementModel;
  to: AgreementModel;
  relation: AgreementRelationKind;
}

export function toAgreementRelation(from: AgreementModel, to: AgreementModel, edge: Props): AgreementRelationModel {
  return { from, to, relation: enumValue<AgreementRelationKind>(edge, "relation", "RELATED") };
}
