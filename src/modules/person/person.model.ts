import { type FactFields, type InferredAliasModel, toFactFields, toInferredAliases } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString, stringList } from "../node/props";

/** A Person node as resolvers receive it. */
export interface PersonModel extends FactFields {
  __typename: "Person";
  id: string;
  name: string;
  aliases: string[];
  inferredAliases: InferredAliasModel[];
  summary: string | null;
}

export function toPersonModel(p: Props): PersonModel {
  return {
    __typename: "Person",
    id: stableId(p),
    name: requiredString(p, "name"),
    aliases: stringList(p, "aliases"),
    inferredAliases: toInferredAliases(p),
    summary: optionalString(p, "summary"),
    ...toFactFields(p),
  };
}
