import type { AgreementEventKind, AgreementState, DecisionEffectKind, HistoryEntryKind } from "../../__generated__/resolvers-types";
import type { AsOfCertainty } from "../../lib/validity";
import type { DateValueModel } from "../base/dateValue";
import type { NodeModel } from "../node/node.model";

export interface HistoryEntryModel {
  date: DateValueModel | null;
  kind: HistoryEntryKind;
  eventKind: AgreementEventKind | null;
  effect: DecisionEffectKind | null;
  title: string;
  summary: string | null;
  subject: NodeModel;
  /** Whose citations the entry shows. */
  citedId: string;
}

export interface AgreementStatusModel {
  asOf: string;
  state: AgreementState;
  certainty: AsOfCertainty;
  basis: NodeModel | null;
  earliestPossibleEnd: string | null;
  explanation: string;
}
