/**
 * Dates as people read them: "5 Nov 2024", "week 44, 2024", and for vague
 * ones what the source allows: "on or before 25 Feb 2025" (a SPAN open
 * towards the past), "between …", "mid Jan 2025". The API's DateValue
 * (schema/base.graphql) carries the text, precision and bounds.
 */
export interface DateValueLike {
  text: string;
  precision?: string | null;
  earliest?: string | null;
  latest?: string | null;
  approximate: boolean;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-02-25" → "25 Feb 2025"; anything else is returned as given. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export function formatDateValue(value: DateValueLike | null | undefined): string {
  if (!value) return "date not given";
  const { text, precision, earliest, latest } = value;
  if (precision === "DAY" && earliest) return formatDay(earliest);
  if (precision === "SPAN" || text.includes("..")) {
    if (!earliest && latest) return `on or before ${formatDay(latest)}`;
    if (earliest && !latest) return `on or after ${formatDay(earliest)}`;
    if (earliest && latest) return `between ${formatDay(earliest)} and ${formatDay(latest)}`;
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(text);
  if (week) return `week ${Number(week[2])}, ${week[1]}`;
  const month = /^(early |mid |late )?(\d{4})-(\d{2})$/.exec(text);
  if (month) return `${month[1] ?? ""}${MONTHS[Number(month[3]) - 1] ?? month[3]} ${month[2]}`;
  return formatDay(text);
}

/** What a screen reader hears after the date when it is vague. */
export function approximateNote(value: DateValueLike | null | undefined): string {
  return value?.approximate ? " (approximate date)" : "";
}
