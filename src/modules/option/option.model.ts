import type { OptionStatus } from "../../__generated__/resolvers-types";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, enumValue, optionalString, requiredString } from "../node/props";

/** An Option node as resolvers receive it. */
export interface OptionModel extends FactFields {
  __typename: "Option";
  id: string;
  title: string;
  summary: string | null;
  status: OptionStatus;
}

export function toOptionModel(p: Props): OptionModel {
  return {
    __typename: "Option",
    id: stableId(p),
    title: requiredString(p, "title"),
    summary: optionalString(p, "summary"),
    status: enumValue<OptionStatus>(p, "status", "UNDER_CONSIDERATION"),
    ...toFactFields(p),
  };
}
