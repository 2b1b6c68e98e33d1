import type { ChangeSetModel } from "../history/history.model";
import type { FieldChangeModel } from "./fieldChanges";

/** SDL `WriteResult`: `node` is loaded after the transaction commits (null after a retraction). */
export interface WriteResultModel {
  id: string;
  version: number;
  retracted: boolean;
  changeSet: ChangeSetModel;
  /** For a correction: what it changed (fieldChanges.ts); empty for other writes. */
  changes?: FieldChangeModel[];
}
