/**
 * Dates as precise as the sources give them (domain model rule 4).
 * Parses the forms of the `PartialDate` scalar and computes the earliest and
 * latest calendar day each can mean; the graph stores the text and both bounds
 * and compares by the bounds.
 */

export type Precision = "YEAR" | "MONTH" | "DAY" | "WEEK" | "PART_OF_MONTH" | "SPAN";

export interface PartialDate {
  /** Canonical text, e.g. "2024-W44", "mid 2025-01". */
  text: string;
  precision: Precision;
  /** First day it can mean, ISO `YYYY-MM-DD`; null when open (`..2025-04-11`). */
  earliest: string | null;
  /** Last day it can mean, ISO `YYYY-MM-DD`; null when open. */
  latest: string | null;
  /** True when the source is vague (`mitten av`, a span, a bound). */
  approximate: boolean;
}

export class PartialDateError extends Error {
  constructor(input: string, why: string) {
    super(`"${input}" is not a partial date: ${why}`);
    this.name = "PartialDateError";
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function checkYear(input: string, y: number): void {
  if (y < 1000 || y > 9999) throw new PartialDateError(input, `year ${y} is out of range (1000–9999)`);
}
function checkMonth(input: string, m: number): void {
  if (m < 1 || m > 12) throw new PartialDateError(input, `month ${m} does not exist`);
}
function checkDay(input: string, y: number, m: number, d: number): void {
  checkYear(input, y);
  checkMonth(input, m);
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) throw new PartialDateError(input, `day ${d} does not exist in ${iso(y, m, 1).slice(0, 7)} (1–${max})`);
}

/** Monday of ISO week `w` of ISO year `y`, as a UTC Date. */
function isoWeekMonday(y: number, w: number): Date {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - dow + 1 + (w - 1) * 7);
  return monday;
}
function isoWeeksInYear(y: number): number {
  // A year has 53 ISO weeks when Dec 28 falls in week 53.
  const dec28 = new Date(Date.UTC(y, 11, 28));
  const monday = isoWeekMonday(y, 53);
  return dec28 >= monday ? 53 : 52;
}
const dateToIso = (d: Date): string => d.toISOString().slice(0, 10);

function parseDay(input: string, s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new PartialDateError(input, `expected a day YYYY-MM-DD, got "${s}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  checkDay(input, y, mo, d);
  return iso(y, mo, d);
}

const PARTS = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;

export function parsePartialDate(raw: string): PartialDate {
  if (typeof raw !== "string") throw new PartialDateError(String(raw), "expected a string");
  const input = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(input))) {
    const y = Number(m[1]);
    checkYear(input, y);
    return { text: input, precision: "YEAR", earliest: iso(y, 1, 1), latest: iso(y, 12, 31), approximate: false };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(input))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    checkYear(input, y);
    checkMonth(input, mo);
    return { text: input, precision: "MONTH", earliest: iso(y, mo, 1), latest: iso(y, mo, daysInMonth(y, mo)), approximate: false };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) {
    const day = parseDay(input, input);
    return { text: day, precision: "DAY", earliest: day, latest: day, approximate: false };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(input))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    checkYear(input, y);
    if (w < 1 || w > isoWeeksInYear(y)) throw new PartialDateError(input, `week ${w} does not exist in ${y} (1–${isoWeeksInYear(y)})`);
    const monday = isoWeekMonday(y, w);
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return { text: input, precision: "WEEK", earliest: dateToIso(monday), latest: dateToIso(sunday), approximate: false };
  }
  if ((m = /^(early|mid|late) (\d{4})-(\d{2})$/.exec(input))) {
    const part = m[1] as keyof typeof PARTS;
    const [y, mo] = [Number(m[2]), Number(m[3])];
    checkYear(input, y);
    checkMonth(input, mo);
    const [from, to] = PARTS[part];
    return {
      text: input,
      precision: "PART_OF_MONTH",
      earliest: iso(y, mo, from),
      latest: iso(y, mo, Math.min(to, daysInMonth(y, mo))),
      approximate: true,
    };
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(input))) {
    if (!m[1] && !m[2]) throw new PartialDateError(input, "a span needs at least one bound");
    const from = m[1] ? parseDay(input, m[1]) : null;
    const to = m[2] ? parseDay(input, m[2]) : null;
    if (from && to && from > to) throw new PartialDateError(input, `the span starts (${from}) after it ends (${to})`);
    return { text: input, precision: "SPAN", earliest: from, latest: to, approximate: true };
  }
  throw new PartialDateError(
    input,
    "use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, early|mid|late YYYY-MM, or a span FROM..TO with either side optional",
  );
}

/** Orders partial dates by earliest bound, then latest; open bounds sort first / last. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ea = a.earliest ?? "", eb = b.earliest ?? "";
  if (ea !== eb) return ea < eb ? -1 : 1;
  const la = a.latest ?? "\uffff", lb = b.latest ?? "\uffff";
  return la === lb ? 0 : la < lb ? -1 : 1;
}
