/**
 * "On date D" for facts with valid time (domain model rule 3): a fact holds on
 * D when validFrom <= D < validTo, with null meaning open. With a vague bound
 * (a month, a span) the answer can be UNCERTAIN: rule 4 says an as-of comparison
 * against a vague bound is answered as uncertain, never silently.
 */

export type AsOfCertainty = "CERTAIN" | "UNCERTAIN" | "NO";

/** The calendar bounds of a partial date (ISO days; null = open). */
export interface Bounds {
  earliest: string | null;
  latest: string | null;
}

/** Does a fact valid from `from` (inclusive) to `to` (exclusive) hold on `day`? */
export function holdsOn(from: Bounds | null, to: Bounds | null, day: string): AsOfCertainty {
  let certain = true;
  if (from) {
    if (from.earliest !== null && day < from.earliest) return "NO";
    if (from.latest === null || day < from.latest) certain = false;
  }
  if (to) {
    if (to.latest !== null && day >= to.latest) return "NO";
    if (to.earliest === null || day >= to.earliest) certain = false;
  }
  return certain ? "CERTAIN" : "UNCERTAIN";
}

/** Is a dated happening (with vague bounds) on or before `day`? */
export function onOrBefore(date: Bounds, day: string): AsOfCertainty {
  if (date.latest !== null && date.latest <= day) return "CERTAIN";
  if (date.earliest !== null && date.earliest > day) return "NO";
  return "UNCERTAIN";
}

/**
 * Does a fact hold throughout a vague date (a decision taken "in week 44")?
 * CERTAIN when it certainly holds on every day the date can mean, NO when it
 * certainly holds on none, UNCERTAIN otherwise.
 */
export function holdsDuring(from: Bounds | null, to: Bounds | null, date: Bounds): AsOfCertainty {
  if (date.earliest === null || date.latest === null) {
    const day = date.earliest ?? date.latest;
    return day === null ? "UNCERTAIN" : holdsOn(from, to, day) === "NO" ? "NO" : "UNCERTAIN";
  }
  const first = holdsOn(from, to, date.earliest);
  const last = holdsOn(from, to, date.latest);
  if (first === "CERTAIN" && last === "CERTAIN") return "CERTAIN";
  if (first === "NO" && last === "NO" && (from === null || to === null || (to.latest ?? "") <= date.earliest || (from.earliest ?? "") > date.latest)) return "NO";
  return "UNCERTAIN";
}
