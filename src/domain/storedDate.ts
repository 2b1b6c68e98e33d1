/**
 * How a partial date is stored on a node (domain model rule 4, seed/FORMAT.md):
 * field `f` becomes `f` (the text), `fEarliest` and `fLatest` (Neo4j dates,
 * null when open), `fPrecision`, `fApproximate`, and `fKey`: the ISO day a
 * list sorts it by (its earliest day, or its latest when open towards the
 * past), absent when both bounds are open. `fKey` is a plain stored property
 * so a range index can serve date-ordered list pages in index order (a sort
 * key computed per row made every page read and sort the whole label).
 * The one definition for the seed loader, the write path, the test fixtures
 * and the synthetic benchmark graph.
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

/** The stored properties of partial date `d` under `name`. */
export function storedPartialDate(name: string, d: PartialDate): Record<string, unknown> {
  const key = d.earliest ?? d.latest;
  return {
    [name]: d.text,
    [`${name}Earliest`]: d.earliest === null ? null : neo4jDate(d.earliest),
    [`${name}Latest`]: d.latest === null ? null : neo4jDate(d.latest),
    [`${name}Precision`]: d.precision,
    [`${name}Approximate`]: d.approximate,
    ...(key === null ? {} : { [dateKey(name)]: key }),
  };
}

/** Every (label, date field) of the storage contract: each gets a range index on its key. */
export const DATE_FIELDS: ReadonlyArray<{ label: string; field: string }> = Object.values(CONCEPTS).flatMap((c) =>
  Object.entries(c.fields)
    .filter(([, t]) => t.kind === "date")
    .map(([field]) => ({ label: c.label, field })),
);
