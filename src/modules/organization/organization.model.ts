import type { OrganizationKind } from "../../__generated__/resolvers-types";
import type { Plain } from "../../neo4j/values";

/** An Organization node as resolvers receive it; relations load through loaders. */
export interface OrganizationModel {
  __typename: "Organization";
  id: string;
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  summary: string | null;
}

export function toOrganizationModel(p: Record<string, Plain>): OrganizationModel {
  return {
    __typename: "Organization",
    id: p.id as string,
    name: p.name as string,
    kind: p.kind as OrganizationKind,
    aliases: (p.aliases as string[] | null) ?? [],
    summary: (p.summary as string | null) ?? null,
  };
}
