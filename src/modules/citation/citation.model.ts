import type { DocumentModel } from "../document/document.model";

/** A SUPPORTED_BY relationship with its document, as resolvers receive it. */
export interface CitationModel {
  document: DocumentModel;
  quote: string;
  locator: string | null;
  nameAsWritten: string | null;
}
