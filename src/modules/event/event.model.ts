import type { EventKind, EventStatus } from "../../__generated__/resolvers-types";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import type { ActorModel } from "../fact/actor.model";
import { type Props, stableId, enumValue, optionalString, requiredString } from "../node/props";

/** An Event node as resolvers receive it. */
export interface EventModel extends FactFields {
  __typename: "Event";
  id: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  date: DateValueModel | null;
  endDate: DateValueModel | null;
  summary: string | null;
}

export function toEventModel(p: Props): EventModel {
  return {
    __typename: "Event",
    id: stableId(p),
    title: requiredString(p, "title"),
    kind: enumValue<EventKind>(p, "kind", "OTHER"),
    status: enumValue<EventStatus>(p, "status", "HELD"),
    date: toDateValue(p, "date"),
    endDate: toDateValue(p, "endDate"),
    summary: optionalString(p, "summary"),
    ...toFactFields(p),
  };
}

/** A PARTICIPANT relationship `(event)-[:PARTICIPANT {role}]->(who)`. */
export interface EventParticipantModel {
  event: EventModel;
  who: ActorModel;
  role: string | null;
}

export function toEventParticipant(event: EventModel, who: ActorModel, edge: Props): EventParticipantModel {
  return { event, who, role: optionalString(edge, "role") };
}
