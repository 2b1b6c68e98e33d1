import type { TimelineKind } from "../../__generated__/resolvers-types";
import type { DateValueModel } from "../base/dateValue";
import type { NodeModel } from "../node/node.model";

export interface TimelineEntryModel {
  date: DateValueModel;
  kind: TimelineKind;
  title: string;
  summary: string | null;
  subject: NodeModel;
  status: string | null;
  /** Whose citations the entry shows. */
  citedId: string;
}
