import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString } from "../node/props";

/** A Risk node (an identified risk or finding) as resolvers receive it. */
export interface RiskModel extends FactFields {
  __typename: "Risk";
  id: string;
  title: string;
  summary: string | null;
}

export function toRiskModel(p: Props): RiskModel {
  return { __typename: "Risk", id: stableId(p), title: requiredString(p, "title"), summary: optionalString(p, "summary"), ...toFactFields(p) };
}
