import type { AgreementEventKind } from "../../__generated__/resolvers-types";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString } from "../node/props";

/** Same-day agreement events in the order they can happen: signed before in force, before paused, and so on. */
export const EVENT_LIFECYCLE: readonly AgreementEventKind[] = ["SIGNED", "IN_FORCE", "PAUSED", "RESUMED", "AMENDED", "NOTICE_GIVEN", "TERMINATED", "ENDED"];

/** An AgreementEvent node as resolvers receive it. */
export interface AgreementEventModel extends FactFields {
  __typename: "AgreementEvent";
  id: string;
  kind: AgreementEventKind;
  date: DateValueModel | null;
  summary: string | null;
}

export function toAgreementEventModel(p: Props): AgreementEventModel {
  return {
    __typename: "AgreementEvent",
    id: stableId(p),
    kind: p.kind as AgreementEventKind,
    date: toDateValue(p, "date"),
    summary: optionalString(p, "summary"),
    ...toFactFields(p),
  };
}
