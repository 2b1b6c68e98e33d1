import type { AgreementPartyRole } from "../../__generated__/resolvers-types";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, enumValue, requiredString } from "../node/props";

/** An AgreementParty node as resolvers receive it. */
export interface AgreementPartyModel extends FactFields {
  __typename: "AgreementParty";
  id: string;
  role: AgreementPartyRole;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
}

export function toAgreementPartyModel(p: Props): AgreementPartyModel {
  return {
    __typename: "AgreementParty",
    id: stableId(p),
    role: enumValue<AgreementPartyRole>(p, "role", "PARTY"),
    validFrom: toDateValue(p, "validFrom"),
    validTo: toDateValue(p, "validTo"),
    ...toFactFields(p),
  };
}
