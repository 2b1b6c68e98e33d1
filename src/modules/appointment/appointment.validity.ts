/**
 * The valid time an appointment is graded by "on date D" (SDL
 * `Appointment.validFrom`, `whoHeld`, `orgChart`, `Decision.deciders`).
 *
 * Domain model rule 3 reads a null bound as open. For an appointment the
 * sources usually give no start or end at all, only days on which someone
 * held the role (`attestedOn`: "Kaarina Sundelin, hälso- och
 * sjukvårdsproduktionsdirektör" in the report of 2024-11-05). Read as open,
 * such a holding would be CERTAIN in 1990 and today alike, which no source
 * says (rule 4: a date is never made more certain than the source). So a
 * missing bound is bounded by the evidence instead: the appointment began at
 * the latest on its first attested day and ended at the earliest after its
 * last one. Between those days it holds CERTAINly; before and after, it may
 * or may not (UNCERTAIN), never NO, since a source may simply not mention it.
 * An appointment with neither bounds nor attested days keeps rule 3's open
 * reading. What is stored and shown (`validFrom`, `validTo`) is unchanged.
 */
import type { Bounds } from "../../lib/validity";
import { toDateValue } from "../base/dateValue";
import type { Props } from "../node/props";
import { attestedDates } from "./appointment.model";

/** The ISO day after `day`. */
function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Valid-time bounds to grade the appointment stored as `props` by: its own, or where null, those its attested days imply. */
export function appointmentBounds(props: Props): { from: Bounds | null; to: Bounds | null } {
  const from = toDateValue(props, "validFrom");
  const to = toDateValue(props, "validTo");
  if (from && to) return { from, to };
  const attested = attestedDates(props);
  if (attested.length === 0) return { from, to };
  // Held on some day of each attested date: begun by the first one's last day, not ended before the last one's first day.
  const lates = attested.flatMap((d) => (d.latest === null ? [] : [d.latest])).sort();
  const lastEarliest = attested.flatMap((d) => (d.earliest === null ? [] : [d.earliest])).sort().pop();
  return {
    from: from ?? { earliest: null, latest: lates[0] ?? null },
    to: to ?? { earliest: lastEarliest === undefined ? null : dayAfter(lastEarliest), latest: null },
  };
}
