import type { AgreementEventKind, AgreementState, DecisionEffectKind, HistoryEntryKind } from "../../__generated__/resolvers-types";
import type { AsOfCertainty } from "../../lib/validity";
import type { DateValueModel } from "../base/dateValue";
import type { CitationModel } from "../citation/citation.model";
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
  /** For REPORT entries: the passages of the document cited about the agreement, shown instead of the document's own citations. */
  passages?: CitationModel[];
}

export interface AgreementStatusModel {
  asOf: string;
  state: AgreementState;
  certainty: AsOfCertainty;
  basis: NodeModel | null;
  earliestPossibleEnd: string | null;
  explanation: string;
}
