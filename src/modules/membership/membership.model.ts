import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString } from "../node/props";

/** A Membership node as resolvers receive it. */
export interface MembershipModel extends FactFields {
  __typename: "Membership";
  id: string;
  role: string | null;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
}

export function toMembershipModel(p: Props): MembershipModel {
  return {
    __typename: "Membership",
    id: stableId(p),
    role: optionalString(p, "role"),
    validFrom: toDateValue(p, "validFrom"),
    validTo: toDateValue(p, "validTo"),
    ...toFactFields(p),
  };
}
