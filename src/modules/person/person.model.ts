import type { Plain } from "../../neo4j/values";

/** A Person node as resolvers receive it. */
export interface PersonModel {
  __typename: "Person";
  id: string;
  name: string;
  aliases: string[];
}

export function toPersonModel(p: Record<string, Plain>): PersonModel {
  return { __typename: "Person", id: p.id as string, name: p.name as string, aliases: (p.aliases as string[] | null) ?? [] };
}
