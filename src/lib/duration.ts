/** ISO 8601 calendar durations (`P4M`, `P30D`, `P1Y2M`) added to ISO days. */

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function addDuration(day: string, duration: string): string {
  const m = DURATION.exec(duration);
  if (!m) throw new Error(`not a calendar duration (years, months, weeks, days): ${duration}`);
  const [y, mo, w, d] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  const [yy, mm, dd] = day.split("-").map(Number) as [number, number, number];
  // Months first, clamped to the month's end (31 Jan + P1M = 28/29 Feb), then days.
  const targetMonth = mm - 1 + mo + 12 * y;
  const year = yy + Math.floor(targetMonth / 12);
  const month = ((targetMonth % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(dd, lastDay)));
  date.setUTCDate(date.getUTCDate() + d + 7 * w);
  return date.toISOString().slice(0, 10);
}

/** `P4M` → "4 months", `P1Y2M` → "1 year and 2 months", `P30D` → "30 days": for sentences a reader sees. */
export function durationInWords(duration: string): string {
  const m = DURATION.exec(duration);
  if (!m) return duration;
  const parts = (["year", "month", "week", "day"] as const).flatMap((unit, i) => {
    const n = Number(m[i + 1] ?? 0);
    return n === 0 ? [] : [`${n} ${unit}${n === 1 ? "" : "s"}`];
  });
  return parts.length <= 1 ? (parts[0] ?? duration) : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
