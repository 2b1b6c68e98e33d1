import type { AppointmentCapacity } from "../../__generated__/resolvers-types";
import { parsePartialDate } from "../../lib/partialDate";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, enumValue, requiredString, stringList } from "../node/props";

/** An Appointment node as resolvers receive it. */
export interface AppointmentModel extends FactFields {
  __typename: "Appointment";
  id: string;
  role: string;
  capacity: AppointmentCapacity;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
  attestedOn: DateValueModel[];
}

/**
 * `attestedOn` is a list of partial dates stored as texts; their bounds are
 * computed here, earliest first. The seed validator rejects malformed dates,
 * so one that still fails to parse is left out rather than failing the node.
 */
function toDateValues(texts: string[]): DateValueModel[] {
  return texts
    .flatMap((t) => {
      try {
        return [parsePartialDate(t)];
      } catch {
        return [];
      }
    })
    .sort((a, b) => (a.earliest ?? "").localeCompare(b.earliest ?? ""));
}

/** The days a source says the appointment stored as `p` held (`attestedOn`), earliest first. */
export function attestedDates(p: Props): DateValueModel[] {
  return toDateValues(stringList(p, "attestedOn"));
}

export function toAppointmentModel(p: Props): AppointmentModel {
  return {
    __typename: "Appointment",
    id: stableId(p),
    role: requiredString(p, "role"),
    capacity: enumValue<AppointmentCapacity>(p, "capacity", "ORDINARY"),
    validFrom: toDateValue(p, "validFrom"),
    validTo: toDateValue(p, "validTo"),
    attestedOn: attestedDates(p),
    ...toFactFields(p),
  };
}
