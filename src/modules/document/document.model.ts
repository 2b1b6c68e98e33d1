import type { Plain } from "../../neo4j/values";

/** A Document node as resolvers receive it. */
export interface DocumentModel {
  __typename: "Document";
  id: string;
  title: string;
  kind: string;
  fileName: string | null;
  date: string | null;
  summary: string | null;
}

export function toDocumentModel(p: Record<string, Plain>): DocumentModel {
  return {
    __typename: "Document",
    id: p.id as string,
    title: p.title as string,
    kind: (p.kind as string | null) ?? "other",
    fileName: (p.fileName as string | null) ?? null,
    date: (p.date as string | null) ?? null,
    summary: (p.summary as string | null) ?? null,
  };
}
