import type { ChangeAction } from "../../__generated__/resolvers-types";

/** SDL `ChangeSetTouch`. */
export interface ChangeSetTouchModel {
  action: ChangeAction;
  id: string;
  version: number;
  type: string;
}

/** SDL `ChangeSet` (rule 5). */
export interface ChangeSetModel {
  id: string;
  at: string;
  author: string;
  reason: string | null;
  touched: ChangeSetTouchModel[];
}
