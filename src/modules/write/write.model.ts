import type { ChangeSetModel } from "../history/history.model";

/** SDL `WriteResult`: `node` is loaded after the transaction commits (null after a retraction). */
export interface WriteResultModel {
  id: string;
  version: number;
  retracted: boolean;
  changeSet: ChangeSetModel;
}
