import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString } from "../node/props";

/** A Mandate node as resolvers receive it. */
export interface MandateModel extends FactFields {
  __typename: "Mandate";
  id: string;
  scope: string;
  basis: string | null;
  root: boolean;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
}

export function toMandateModel(p: Props): MandateModel {
  return {
    __typename: "Mandate",
    id: stableId(p),
    scope: requiredString(p, "scope"),
    basis: optionalString(p, "basis"),
    root: p.root === true,
    validFrom: toDateValue(p, "validFrom"),
    validTo: toDateValue(p, "validTo"),
    ...toFactFields(p),
  };
}
