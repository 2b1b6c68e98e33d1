/**
 * How a partial date is stored on a node (domain model rule 4, seed/FORMAT.md):
 * field `f` becomes `f` (the text), `fEarliest` and `fLatest` (Neo4j dates,
 * null when open), `fPrecision`, `fApproximate`, and `fKey`: the ISO day a
 * list sorts it by (its earliest day, or its latest when open towards the
 * past), absent when both bounds are open. `fKey` is a plain stored property
 * so a range index can serve date-ordered list pages in index order (a sort
 * key computed per row made every page read and sort the whole label).
 * `fBand` is the same key behind a prefix that names how wide the date is
 * (bandOf below), so a date-window filter can seek the index instead of
 * passing over every earlier date. The one definition for the seed loader,
 * the write path, the test fixtures and the synthetic benchmark graph.
 */
import neo4j from "neo4j-driver";
import type { PartialDate } from "../lib/partialDate";
import { CONCEPTS } from "./concepts";

/** The Neo4j date of an ISO day `YYYY-MM-DD`. */
export function neo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const [y, m, d] = iso.split("-").map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/** The stored sort key of date field `field`. */
export function dateKey(field: string): string {
  return `${field}Key`;
}

/** The stored banded key of date field `field`. */
export function dateBand(field: string): string {
  return `${field}Band`;
}

/**
 * Bands of dates by width. A date-window filter ("may fall in [from, to]")
 * matches a date whose latest day is on or after `from`; sorted by earliest
 * day, that passes over every date before the window to find the few long
 * ones that reach into it. Within a band of bounded width `maxDays` the
 * earliest day of a match is at least `from - maxDays`, so each band is one
 * index range; dates open at one end get a band of their own, where the key
 * alone bounds the match. What a range reads before `from` and drops are the
 * band's dates narrower than that distance, so the bands are narrow: each
 * ends at the widest of a precision the sources use (a day 0 days, an ISO
 * week 6, a part of a month 10, a month 30, a quarter 91, a half year 183, a
 * year 365), and a date of that precision starting `maxDays` or fewer days
 * before `from` always reaches it. With one year-wide band (366) a window
 * from January read every span of the year before (docs/benchmarks.md,
 * session 7). Order matters: the first band a date fits is its own.
 */
export const BOUNDED_BANDS: ReadonlyArray<{ band: string; maxDays: number }> = [
  { band: "d", maxDays: 0 },
  { band: "k", maxDays: 6 },
  { band: "t", maxDays: 10 },
  { band: "m", maxDays: 30 },
  { band: "q", maxDays: 91 },
  { band: "h", maxDays: 183 },
  { band: "y", maxDays: 365 },
];
/** Both bounds known but further apart than any bounded band. */
export const WIDE_BAND = "w";
/** Open towards the future (no latest day): keyed by its earliest day. */
export const OPEN_END_BAND = "f";
/** Open towards the past (no earliest day): keyed by its latest day. */
export const OPEN_START_BAND = "p";
/** Between the band and the key: below every digit, so a band's keys sort as the keys do. */
export const BAND_SEPARATOR = "|";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The ISO day `days` before `iso`. */
export function daysBefore(iso: string, days: number): string {
  return new Date((dayNumber(iso) - days) * DAY_MS).toISOString().slice(0, 10);
}

/** The band of a date with these bounds, or null when both are open. */
export function bandOf(earliest: string | null, latest: string | null): string | null {
  if (earliest === null && latest === null) return null;
  if (earliest === null) return OPEN_START_BAND;
  if (latest === null) return OPEN_END_BAND;
  const width = dayNumber(latest) - dayNumber(earliest);
  return BOUNDED_BANDS.find((b) => width <= b.maxDays)?.band ?? WIDE_BAND;
}

/** The banded key of the date with bounds `e` and `l` (stored Neo4j dates) in Cypher: the data migration's, checked equal to storedPartialDate's. */
export function bandedKeyCypher(e: string, l: string): string {
  const width = `duration.inDays(${e}, ${l}).days`;
  const bounded = BOUNDED_BANDS.map((b) => `WHEN ${width} <= ${b.maxDays} THEN '${b.band}'`).join(" ");
  const band = `CASE WHEN ${e} IS NULL THEN '${OPEN_START_BAND}' WHEN ${l} IS NULL THEN '${OPEN_END_BAND}' ${bounded} ELSE '${WIDE_BAND}' END`;
  return `${band} + '${BAND_SEPARATOR}' + toString(coalesce(${e}, ${l}))`;
}

function bandedKey(band: string, key: string): string {
  return `${band}${BAND_SEPARATOR}${key}`;
}

/** The stored properties of partial date `d` under `name`. */
export function storedPartialDate(name: string, d: PartialDate): Record<string, unknown> {
  const key = d.earliest ?? d.latest;
  const band = bandOf(d.earliest, d.latest);
  return {
    [name]: d.text,
    [`${name}Earliest`]: d.earliest === null ? null : neo4jDate(d.earliest),
    [`${name}Latest`]: d.latest === null ? null : neo4jDate(d.latest),
    [`${name}Precision`]: d.precision,
    [`${name}Approximate`]: d.approximate,
    ...(key === null || band === null ? {} : { [dateKey(name)]: key, [dateBand(name)]: bandedKey(band, key) }),
  };
}

/** A range of banded keys, both ends inclusive. */
export interface BandRange {
  lo: string;
  hi: string;
}

/**
 * The banded-key ranges that hold every date that may fall in the window
 * [from, to] (either end open when null) and whose key lies within
 * [keyFrom, keyTo] (a page's cursors; open when null): one range per band.
 * Each range holds every match of its band, and maybe more (the filter
 * itself still applies).
 */
export function bandRanges(from: string | null, to: string | null, keyFrom: string | null = null, keyTo: string | null = null): BandRange[] {
  const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
  // Open ends: a key below every ISO day and one above.
  const range = (band: string, lo: string | null, hi: string | null): BandRange => ({ lo: bandedKey(band, lo ?? ""), hi: bandedKey(band, hi ?? "\uffff") });
  return [
    // Keyed by the earliest day, at most maxDays before the latest, which must reach `from`.
    ...BOUNDED_BANDS.map((b) => range(b.band, max(from === null ? null : daysBefore(from, b.maxDays), keyFrom), min(to, keyTo))),
    range(WIDE_BAND, keyFrom, min(to, keyTo)),
    // No latest day: it reaches every `from`.
    range(OPEN_END_BAND, keyFrom, min(to, keyTo)),
    // No earliest day: it starts before every `to`, and its key is its latest day.
    range(OPEN_START_BAND, max(from, keyFrom), keyTo),
  ];
}

/** Every (label, date field) of the storage contract: each gets a range index on its key. */
export const DATE_FIELDS: ReadonlyArray<{ label: string; field: string }> = Object.values(CONCEPTS).flatMap((c) =>
  Object.entries(c.fields)
    .filter(([, t]) => t.kind === "date")
    .map(([field]) => ({ label: c.label, field })),
);
