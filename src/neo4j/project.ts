/**
 * How read statements return node properties. Decoding Bolt maps in the
 * driver was the largest share of the API's CPU per request (docs/benchmarks.md):
 * every map repeats its keys, and each partial-date bound arrives as a
 * temporal structure that the driver builds with 64-bit integer arithmetic
 * and `toPlain` then turns back into the ISO string Neo4j could have sent.
 *
 * - `nodeProps(v, label)`: all of a node's properties (for models that may be
 *   asked any field), without the search text (only the full-text indexes
 *   read it) and with date bounds as strings.
 * - `pick(v, fields)` / `unpick(fields, row)`: just the named properties, sent
 *   as a list (no repeated keys) and zipped back into the same plain map.
 *
 * Either way the models see the same plain values; an absent property is null.
 */
import { CONCEPTS, type ConceptSpec } from "../domain/concepts";
import type { Plain } from "./values";

type Props = Record<string, Plain>;

/** Maintained for the full-text indexes; never read back. */
export const SEARCH_PROPERTIES = ["searchText", "searchTextFolded", "searchStems", "searchNamesFolded", "searchNameKeys"] as const;

function dateBounds(spec: ConceptSpec): string[] {
  return Object.entries(spec.fields)
    .filter(([, t]) => t.kind === "date")
    .flatMap(([f]) => [`${f}Earliest`, `${f}Latest`]);
}

/** Every stored property name that holds a Neo4j Date (a partial date's bounds). */
const DATE_PROPERTIES = new Set(Object.values(CONCEPTS).flatMap(dateBounds));

function fullProjection(v: string, dates: readonly string[]): string {
  const hidden = SEARCH_PROPERTIES.map((p) => `${p}: null`);
  return `${v} { ${[".*", ...hidden, ...dates.map((k) => `${k}: toString(${v}.${k})`)].join(", ")} }`;
}

const LABELS = Object.values(CONCEPTS).map((c) => c.label);

function specsOf(labels: string | readonly string[]): ConceptSpec[] {
  return (typeof labels === "string" ? [labels] : labels).map((l) => {
    const spec = CONCEPTS[l];
    if (!spec) throw new Error(`no concept with label ${l}`);
    return spec;
  });
}

/**
 * The Cypher expression for all of node `v`'s properties, given the labels it
 * may carry (all concepts when omitted). Only the date bounds differ between
 * labels, so the projection branches on those: labels with the same date
 * fields share one branch, and labels with none (or a label outside the list)
 * take the plain one. Name the labels where they are known: the statement
 * text goes over the wire with every request. A null `v` gives null.
 */
export function nodeProps(v: string, labels: string | readonly string[] = LABELS): string {
  return memo(`n|${v}|${labels}`, () => {
    const byDates = new Map<string, { dates: string[]; labels: string[] }>();
    for (const spec of specsOf(labels)) {
      const dates = dateBounds(spec);
      const group = byDates.get(dates.join()) ?? { dates, labels: [] };
      group.labels.push(spec.label);
      byDates.set(dates.join(), group);
    }
    const dated = [...byDates.values()].filter((g) => g.dates.length > 0);
    if (dated.length === 0) return fullProjection(v, []);
    if (dated.length === 1 && byDates.size === 1) return fullProjection(v, dated[0]!.dates);
    const when = dated.map((g) => `WHEN ${g.labels.map((l) => `${v}:${l}`).join(" OR ")} THEN ${fullProjection(v, g.dates)}`);
    return `CASE ${when.join(" ")} ELSE ${fullProjection(v, [])} END`;
  });
}

/** Projections are built per statement, often per request: each distinct one is built once. */
const built = new Map<string, string>();
function memo(key: string, build: () => string): string {
  let found = built.get(key);
  if (found === undefined) {
    found = build();
    if (built.size < 10_000) built.set(key, found);
  }
  return found;
}

/** The five stored properties of partial date `f` (see seed/load). */
export function partialDate(f: string): string[] {
  return [f, `${f}Precision`, `${f}Earliest`, `${f}Latest`, `${f}Approximate`];
}

/** What every picked node carries: its id and, for an older version, the id it is a version of. */
const IDENTITY = ["id", "versionOf"];

/**
 * The Cypher expression for the named properties of `v` (plus id and
 * versionOf), as a list in that order; null when `v` is null. Read it back with `unpick`.
 */
export function pick(v: string, fields: readonly string[]): string {
  return memo(`p|${v}|${fields}`, () => {
    for (const f of fields) if (!/^[a-z][A-Za-z0-9]*$/.test(f)) throw new Error(`not a property name: ${f}`);
    const items = [...IDENTITY, ...fields].map((f) => (DATE_PROPERTIES.has(f) ? `toString(${v}.${f})` : `${v}.${f}`));
    return `CASE WHEN ${v} IS NULL THEN null ELSE [${items.join(", ")}] END`;
  });
}

/** The map `pick(v, fields)` stands for: each named property, null where absent. */
export function unpick(fields: readonly string[], row: Plain): Props | null {
  if (!Array.isArray(row)) return null;
  const names = [...IDENTITY, ...fields];
  const out: Props = {};
  for (let i = 0; i < names.length; i++) out[names[i]!] = row[i] ?? null;
  return out;
}
