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
  touchedCount: number;
  /** What it touched; when read for history, only what the operation asks for (see `findChangeSets`). */
  touched: ChangeSetTouchModel[];
}
