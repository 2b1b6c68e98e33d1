import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type Props, type RecordFields, stableId, optionalString, requiredString, toRecordFields } from "../node/props";

/** A Document node as resolvers receive it. Documents are sources, not facts. */
export interface DocumentModel extends RecordFields {
  __typename: "Document";
  id: string;
  title: string;
  kind: string;
  fileName: string | null;
  date: DateValueModel | null;
  compiledAt: string | null;
  language: string | null;
  summary: string | null;
  url: string | null;
}

export function toDocumentModel(p: Props): DocumentModel {
  return {
    __typename: "Document",
    id: stableId(p),
    title: requiredString(p, "title"),
    kind: optionalString(p, "kind") ?? "other",
    fileName: optionalString(p, "fileName"),
    date: toDateValue(p, "date"),
    compiledAt: optionalString(p, "compiledAt"),
    language: optionalString(p, "language"),
    summary: optionalString(p, "summary"),
    url: optionalString(p, "url"),
    ...toRecordFields(p),
  };
}
