import type { OrganizationKind } from "../../__generated__/resolvers-types";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, type InferredAliasModel, toFactFields, toInferredAliases } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString, stringList } from "../node/props";

/** An Organization node as resolvers receive it; relations load through loaders. */
export interface OrganizationModel extends FactFields {
  __typename: "Organization";
  id: string;
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  inferredAliases: InferredAliasModel[];
  summary: string | null;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
}

export function toOrganizationModel(p: Props): OrganizationModel {
  return {
    __typename: "Organization",
    id: stableId(p),
    name: requiredString(p, "name"),
    kind: p.kind as OrganizationKind,
    aliases: stringList(p, "aliases"),
    inferredAliases: toInferredAliases(p),
    summary: optionalString(p, "summary"),
    validFrom: toDateValue(p, "validFrom"),
    validTo: toDateValue(p, "validTo"),
    ...toFactFields(p),
  };
}
