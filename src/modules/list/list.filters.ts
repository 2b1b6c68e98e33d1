/**
 * The Cypher fragments list specs are made of: sort keys and filter
 * conditions. Property names and relationship types are names from the
 * storage contract, checked against strict patterns before they are spliced
 * in (Cypher cannot take them as parameters); values always go through `Params`.
 */
import { CONCEPTS } from "../../domain/concepts";
import { collationKeyCypher, nameKey } from "../../domain/sortKeys";
import { dateKey } from "../../domain/storedDate";
import { InputError } from "../../lib/errors";
import { foldText } from "../../lib/foldText";
import { stableId, visible } from "../node/recordTime";
import type { Condition, Filter, OrderSpec, Params, SortDirection } from "./list.cypher";

const PROPERTY = /^[a-z][A-Za-z0-9]*$/;
const REL_TYPE = /^[A-Z][A-Z_]*$/;
const LABEL = /^[A-Z][A-Za-z]*$/;

function prop(v: string, name: string): string {
  if (!PROPERTY.test(name)) throw new Error(`not a property name: ${name}`);
  return `${v}.${name}`;
}

/** The common Swedish part of foldText (src/lib/foldText.ts) in Cypher, for nodes stored without `searchTextFolded`. */
function foldCypher(expr: string): string {
  const map: Array<[string, string]> = [["å", "a"], ["ä", "a"], ["ö", "o"], ["é", "e"], ["è", "e"], ["ü", "u"], ["ø", "o"], ["æ", "ae"]];
  return map.reduce((e, [from, to]) => `replace(${e}, '${from}', '${to}')`, `toLower(${expr})`);
}

/** Sort by a name or title in Swedish order. */
export function byName(property: string, direction: SortDirection): OrderSpec {
  return { key: (v) => collationKeyCypher(prop(v, property)), direction, stored: nameKey(property) };
}

/** Sort by a partial date's earliest bound (its latest when open towards the past), as an ISO day: the stored key of src/domain/storedDate.ts. */
export function byDate(field: string, direction: SortDirection): OrderSpec {
  return { key: (v) => `toString(coalesce(${prop(v, `${field}Earliest`)}, ${prop(v, `${field}Latest`)}))`, direction, stored: dateKey(field), dateField: field };
}

/** `property` is one of `values`; an absent property counts as the contract's default (e.g. status TAKEN). No values: no filter. */
export function oneOf(label: string, property: string, values: readonly string[] | null | undefined): Filter | null {
  if (!values?.length) return null;
  const field = CONCEPTS[label]?.fields[property];
  const fallback = field?.kind === "enum" ? (field.default ?? null) : null;
  return (params: Params) => {
    const list = params.add(values);
    const dflt = params.add(fallback);
    return (v) => `coalesce(${prop(v, property)}, ${dflt}) IN ${list}`;
  };
}

/** Refuses values a string-typed enum field (Document.kind) does not have, naming the allowed ones. */
export function checkValues(label: string, property: string, values: readonly string[], argument: string): void {
  const field = CONCEPTS[label]?.fields[property];
  if (field?.kind !== "enum") return;
  const unknown = values.filter((x) => !field.values.includes(x));
  if (unknown.length) throw new InputError(`${argument} has ${unknown.join(", ")}; allowed are ${field.values.join(", ")}`, { argument });
}

/**
 * Case- and diacritic-insensitive substring of the folded search text (names,
 * aliases, titles, summaries); nodes stored without one are matched on `fallback`.
 * Null when the text has nothing to match on.
 */
export function textContains(text: string, fallback: string): Filter | null {
  const folded = foldText(text.trim());
  if (!folded) return null;
  if (folded.length > 200) throw new InputError("text is longer than 200 characters", { argument: "filter.text" });
  return (params) => {
    const p = params.add(folded);
    return (v) => `coalesce(${prop(v, "searchTextFolded")}, ${foldCypher(prop(v, fallback))}, '') CONTAINS ${p}`;
  };
}

export function checkRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw new InputError(`from (${from}) is after to (${to})`, { argument: "filter.from" });
}

/**
 * A dated fact (decidedOn, date, openedOn) whose date may fall in [from, to]:
 * a vague date counts when its bounds overlap the range, an open bound
 * overlaps everything on its side; undated nodes never match.
 */
export function dateOverlaps(field: string, from: string | null | undefined, to: string | null | undefined): Filter | null {
  if (!from && !to) return null;
  const filter: Filter = (params) => {
    // Only the bounds given become conditions, and "has a date" is one coalesce: a
    // disjunction on parameters or on two IS NOT NULLs keeps Neo4j from planning
    // the label's range index (it scanned the label twice and deduplicated).
    const f = from ? params.add(from) : null;
    const t = to ? params.add(to) : null;
    return (v) => {
      const earliest = prop(v, `${field}Earliest`);
      const latest = prop(v, `${field}Latest`);
      return [
        `coalesce(${earliest}, ${latest}) IS NOT NULL`,
        f ? `coalesce(${latest} >= date(${f}), true)` : null,
        t ? `coalesce(${earliest} <= date(${t}), true)` : null,
      ]
        .filter((c) => c !== null)
        .join(" AND ");
    };
  };
  filter.dateWindow = { field, from: from ?? null, to: to ?? null };
  return filter;
}

/**
 * A fact with valid time (validFrom inclusive, validTo exclusive, null open;
 * domain model rule 3) that may hold on some day of [from, to]: it may have
 * started by `to` (earliest possible start) and may still hold after `from`
 * (latest possible end).
 */
export function validDuring(from: string | null | undefined, to: string | null | undefined): Filter | null {
  if (!from && !to) return null;
  return (params) => {
    // Only the bounds given become conditions (see dateOverlaps).
    const f = from ? params.add(from) : null;
    const t = to ? params.add(to) : null;
    return (v) =>
      [t ? `coalesce(${prop(v, "validFromEarliest")} <= date(${t}), true)` : null, f ? `coalesce(${prop(v, "validToLatest")} > date(${f}), true)` : null]
        .filter((c) => c !== null)
        .join(" AND ");
  };
}

/** One step of a path from the listed node: a relationship type, its direction, and optionally the label reached. */
export interface Hop {
  rel: string;
  direction: "OUT" | "IN";
  label?: string;
}

/**
 * Some current path of `hops` leads from the node to the node with `id`
 * (e.g. a decision DECIDED_BY org:x). Several paths: any of them. At a past
 * moment (`params.at`) the path is one visible then, and the node reached
 * may be an older version of `id`.
 */
export function reaches(id: string | null | undefined, ...paths: Hop[][]): Filter | null {
  if (!id) return null;
  return (params) => {
    const target = params.add(id);
    const one = (hops: Hop[]): Condition => (v) => {
      let pattern = `(${v})`;
      const current: string[] = [];
      hops.forEach((h, i) => {
        if (!REL_TYPE.test(h.rel)) throw new Error(`not a relationship type: ${h.rel}`);
        if (h.label && !LABEL.test(h.label)) throw new Error(`not a label: ${h.label}`);
        const end = i === hops.length - 1 ? "a" : `x${i}`;
        const rel = `[r${i}:${h.rel}]`;
        pattern += h.direction === "OUT" ? `-${rel}->` : `<-${rel}-`;
        pattern += `(${end}${h.label ? `:${h.label}` : ""})`;
        current.push(visible(`r${i}`, params.at), visible(end, params.at));
      });
      return `EXISTS { MATCH ${pattern} WHERE ${stableId("a", params.at)} = ${target} AND ${current.join(" AND ")} }`;
    };
    return (v) => `(${paths.map((p) => one(p)(v)).join(" OR ")})`;
  };
}
