import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString } from "../node/props";

/** A Post node as resolvers receive it. */
export interface PostModel extends FactFields {
  __typename: "Post";
  id: string;
  title: string;
  summary: string | null;
}

export function toPostModel(p: Props): PostModel {
  return { __typename: "Post", id: stableId(p), title: requiredString(p, "title"), summary: optionalString(p, "summary"), ...toFactFields(p) };
}
