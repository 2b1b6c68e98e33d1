/**
 * Validates the whole seed dataset before anything is written and returns every
 * problem at once, each with file, record id and field: schema (fields, types,
 * enums, required), ids (form, prefix, uniqueness), dangling or mistyped
 * references, partial dates, intervals that end before they start, cycles in
 * organisation hierarchies, mandate chains and supersession, citations (at least
 * one per fact; the quote must occur in the cited document).
 */
import { COMMON_FIELDS, CONCEPT_BY_PREFIX, type ConceptSpec, type FieldType, type RefField } from "../src/domain/concepts";
import { PartialDateError, parsePartialDate } from "../src/lib/partialDate";
import { findQuote, foldWhitespace } from "../src/lib/quotes";
import { withArticle } from "../src/lib/withArticle";
import type { Dataset, Entry, Problem } from "./dataset";

const ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const ALIAS_CONCEPTS = new Set(["Person", "Organization"]);

type Report = (entry: Entry, field: string | undefined, message: string) => void;

/** What a record's references are checked against: the id's label and, for documents, its file. */
export interface Referenced {
  label: string;
  fileName?: string | null;
}
/**
 * How ids are looked up: in the seed, the dataset in memory; in the API, one
 * batched Neo4j lookup of every id the record names (src/modules/write).
 */
export type Lookup = (id: string) => Referenced | undefined;

export interface CheckOptions {
  /**
   * A citation of a document without a file cannot have its quote checked. The
   * seed refuses it (every seed citation is checked); the API accepts it as given.
   */
  uncheckableCitation: "refuse" | "accept";
}
const SEED_OPTIONS: CheckOptions = { uncheckableCitation: "refuse" };

function checkValue(type: FieldType, value: unknown, report: (m: string) => void): void {
  if (value === null || value === undefined) {
    if ("required" in type && type.required) report("is required");
    return;
  }
  switch (type.kind) {
    case "string":
    case "text":
      if (typeof value !== "string") report(`must be text, got ${JSON.stringify(value)}`);
      else if ("required" in type && type.required && value.trim() === "") report("must not be empty");
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) report(`must be a number, got ${JSON.stringify(value)}`);
      return;
    case "boolean":
      if (typeof value !== "boolean") report(`must be true or false, got ${JSON.stringify(value)}`);
      return;
    case "enum":
      if (typeof value !== "string" || !type.values.includes(value)) report(`must be one of ${type.values.join(", ")}; got ${JSON.stringify(value)}`);
      return;
    case "strings":
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) report("must be a list of text");
      return;
    case "date":
      checkDate(value, report);
      return;
    case "dates":
      if (!Array.isArray(value)) report("must be a list of partial dates");
      else value.forEach((v) => checkDate(v, report));
      return;
    case "duration":
      if (typeof value !== "string" || !DURATION.test(value)) report(`must be an ISO 8601 duration such as P4M; got ${JSON.stringify(value)}`);
      return;
  }
}

function checkDate(value: unknown, report: (m: string) => void): void {
  // YAML reads an unquoted 2024-11-05 as a Date object; accept it as that day.
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "number" ? String(value) : value;
  if (typeof text !== "string") return report(`must be a partial date, got ${JSON.stringify(value)}`);
  try {
    parsePartialDate(text);
  } catch (e) {
    report(e instanceof PartialDateError ? e.message : String(e));
  }
}

/** Every id a reference field names, with the object's other keys for object lists. */
export function refTargets(ref: RefField, value: unknown): Array<{ id: unknown; edge: Record<string, unknown> }> {
  if (value === null || value === undefined) return [];
  const items = ref.many ? (Array.isArray(value) ? value : [value]) : [value];
  return items.map((item) => {
    if (ref.objectKey && item && typeof item === "object" && !Array.isArray(item)) {
      const { [ref.objectKey]: id, ...edge } = item as Record<string, unknown>;
      return { id, edge };
    }
    return { id: item, edge: {} };
  });
}

/** A Lookup over entries by id (the whole dataset, in the seed). */
export function entryLookup(byId: Map<string, Entry>): Lookup {
  return (id) => {
    const e = byId.get(id);
    return e ? { label: e.concept.label, fileName: typeof e.record.fileName === "string" ? e.record.fileName : null } : undefined;
  };
}

/**
 * Every check of one record that does not need the rest of the dataset beyond
 * `lookup`: fields, types, enums, dates, intervals, references, alias notes and
 * citations. The seed runs it over every entry; the API's mutations over the
 * record they are about to write, with ids looked up in Neo4j.
 */
export function checkEntry(entry: Entry, lookup: Lookup, texts: Map<string, string>, report: Report, opts: CheckOptions = SEED_OPTIONS): void {
  const { concept, record } = entry;
  const allowed = new Set(["id", "citations", ...Object.keys(concept.fields), ...Object.keys(concept.refs), ...Object.keys(concept.nested ?? {}), ...Object.keys(COMMON_FIELDS)]);
  if (ALIAS_CONCEPTS.has(concept.label)) allowed.add("aliasNotes");
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) report(entry, key, `unknown field for ${concept.label} (allowed: ${[...allowed].sort().join(", ")})`);
  }
  for (const [name, type] of Object.entries({ ...concept.fields, ...COMMON_FIELDS })) {
    checkValue(type, record[name], (m) => report(entry, name, m));
  }
  if (record.certainty === "inferred" && (typeof record.reason !== "string" || record.reason.trim() === "")) {
    report(entry, "reason", "an inferred fact needs a one-line reason");
  }
  checkInterval(entry, "validFrom", "validTo", report, true);
  checkInterval(entry, "date", "endDate", report, false);
  checkRefs(entry, lookup, report);
  checkAliasNotes(entry, report);
  checkCitations(entry, lookup, texts, report, opts);
  if (concept.label === "Document" && typeof record.fileName === "string" && !texts.has(record.fileName)) {
    report(entry, "fileName", `no file ${record.fileName} in seed/documents`);
  }
}

/**
 * An interval that certainly ends before it starts is refused; with an
 * exclusive end (validTo, rule 3) also one that certainly holds on no day:
 * every day its end can mean is on or before every day its start can mean.
 */
function checkInterval(entry: Entry, fromField: string, toField: string, report: Report, exclusiveEnd: boolean): void {
  const from = entry.record[fromField], to = entry.record[toField];
  if (!from || !to) return;
  try {
    const a = parsePartialDate(from instanceof Date ? from.toISOString().slice(0, 10) : String(from));
    const b = parsePartialDate(to instanceof Date ? to.toISOString().slice(0, 10) : String(to));
    if (a.earliest && b.latest && a.earliest > b.latest) {
      report(entry, toField, `${toField} ${b.text} is before ${fromField} ${a.text}`);
    } else if (exclusiveEnd && a.earliest && b.latest && a.earliest === b.latest) {
      report(entry, toField, `${toField} ${b.text} is not after ${fromField} ${a.text}: ${toField} is exclusive, so the fact would hold on no day`);
    }
  } catch {
    // the date itself is reported by checkValue
  }
}

function checkRefs(entry: Entry, lookup: Lookup, report: Report): void {
  for (const [name, ref] of Object.entries(entry.concept.refs)) {
    const value = entry.record[name];
    if ((value === null || value === undefined) && ref.required) report(entry, name, "is required");
    if (ref.many && value !== null && value !== undefined && !Array.isArray(value)) report(entry, name, "must be a list");
    for (const { id, edge } of refTargets(ref, value)) {
      if (typeof id !== "string") {
        report(entry, name, ref.objectKey ? `each item needs ${ref.objectKey}: an id` : `must name an id, got ${JSON.stringify(id)}`);
        continue;
      }
      const label = lookup(id)?.label;
      if (!label) report(entry, name, `references ${id}, which does not exist`);
      else if (ref.targets !== "any" && !ref.targets.includes(label)) {
        report(entry, name, `references ${id}, ${withArticle(label)}; expected ${ref.targets.join(" or ")}`);
      }
      for (const [k, v] of Object.entries(edge)) {
        const type = ref.edgeProps?.[k];
        if (!type) report(entry, `${name}.${k}`, `unknown key (allowed: ${ref.objectKey}, ${Object.keys(ref.edgeProps ?? {}).join(", ")})`);
        else checkValue(type, v, (m) => report(entry, `${name}.${k}`, m));
      }
      for (const [k, type] of Object.entries(ref.edgeProps ?? {})) {
        if (!(k in edge)) checkValue(type, undefined, (m) => report(entry, `${name}.${k}`, m));
      }
    }
  }
}

function checkAliasNotes(entry: Entry, report: Report): void {
  const notes = entry.record.aliasNotes;
  if (notes === undefined || notes === null) return;
  const aliases = (entry.record.aliases as string[] | undefined) ?? [];
  if (!Array.isArray(notes)) return report(entry, "aliasNotes", "must be a list of {alias, certainty, reason}");
  for (const n of notes as Array<Record<string, unknown>>) {
    if (typeof n?.alias !== "string" || !aliases.includes(n.alias)) report(entry, "aliasNotes", `names ${JSON.stringify(n?.alias)}, which is not in aliases`);
    if (typeof n?.reason !== "string" || n.reason.trim() === "") report(entry, "aliasNotes", `the note on ${JSON.stringify(n?.alias)} needs a reason`);
  }
}

/** A record's citations (rule 1): at least one for a fact, each naming a document, the quote in its text. */
export function checkCitations(entry: Entry, lookup: Lookup, texts: Map<string, string>, report: Report, opts: CheckOptions): void {
  const citations = entry.record.citations;
  if (citations === undefined || citations === null || (Array.isArray(citations) && citations.length === 0)) {
    if (entry.concept.cited) report(entry, "citations", "every fact needs at least one citation");
    return;
  }
  if (!Array.isArray(citations)) return report(entry, "citations", "must be a list");
  citations.forEach((c: Record<string, unknown>, i) => {
    const where = `citations[${i}]`;
    if (!c || typeof c !== "object") return report(entry, where, "must be a record {doc, quote, locator}");
    for (const key of Object.keys(c)) {
      if (!["doc", "quote", "locator", "nameAsWritten"].includes(key)) report(entry, `${where}.${key}`, "unknown key (allowed: doc, quote, locator, nameAsWritten)");
    }
    if (typeof c.quote !== "string" || c.quote.trim() === "") report(entry, `${where}.quote`, "is required");
    if (c.locator !== undefined && typeof c.locator !== "string") report(entry, `${where}.locator`, "must be text");
    if (typeof c.doc !== "string") return report(entry, `${where}.doc`, "must name a document id");
    const doc = lookup(c.doc);
    if (!doc || doc.label !== "Document") return report(entry, `${where}.doc`, `references ${c.doc}, which is not a document`);
    const fileName = doc.fileName;
    if (typeof fileName !== "string") {
      if (opts.uncheckableCitation === "accept") return;
      return report(entry, `${where}.doc`, `${c.doc} has no fileName, so its quotes cannot be checked`);
    }
    const text = texts.get(fileName);
    if (text !== undefined && typeof c.quote === "string" && c.quote.trim() !== "" && findQuote(foldWhitespace(text), c.quote) < 0) {
      report(entry, `${where}.quote`, `does not occur in ${fileName} as whole words: "${c.quote.slice(0, 80)}${c.quote.length > 80 ? "…" : ""}"`);
    }
  });
}

/** Reports each cycle once over a single-parent relation (id → next id). */
function checkCycles(entries: Entry[], label: string, field: string, many: boolean, report: Report): void {
  const next = new Map<string, string[]>();
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    if (e.concept.label !== label || typeof e.record.id !== "string") continue;
    byId.set(e.record.id, e);
    const v = e.record[field];
    next.set(e.record.id, (many ? (Array.isArray(v) ? v : []) : v ? [v] : []).filter((x): x is string => typeof x === "string"));
  }
  const state = new Map<string, "visiting" | "done">();
  const reported = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      const cycle = [...path.slice(path.indexOf(id)), id];
      const key = [...cycle].sort().join(",");
      if (!reported.has(key)) {
        reported.add(key);
        report(byId.get(id)!, field, `forms a cycle: ${cycle.join(" → ")}`);
      }
      return;
    }
    state.set(id, "visiting");
    for (const n of next.get(id) ?? []) if (next.has(n)) visit(n, [...path, id]);
    state.set(id, "done");
  };
  for (const id of next.keys()) visit(id, []);
}

/** The id's form and prefix; true when it is well-formed (uniqueness is the caller's: the dataset, or Neo4j). */
export function checkId(entry: Entry, report: Report): boolean {
  const id = entry.record.id;
  if (typeof id !== "string" || !ID.test(id)) {
    report(entry, "id", `must be kind:slug in lower-case ASCII, digits and '-' (got ${JSON.stringify(id)})`);
    return false;
  }
  const prefix = id.split(":")[0]!;
  if (prefix !== entry.concept.prefix) {
    const meant = CONCEPT_BY_PREFIX[prefix];
    report(entry, "id", `${withArticle(entry.concept.label)} id must start with ${entry.concept.prefix}:${meant ? ` (${prefix}: is for ${meant.label})` : ""}`);
  }
  return true;
}

export function validateDataset(ds: Dataset): Problem[] {
  const problems: Problem[] = [...ds.problems];
  const report: Report = (entry, field, message) => {
    const id = typeof entry.record.id === "string" ? entry.record.id : null;
    problems.push({ file: entry.file, id, field, message });
  };
  const byId = new Map<string, Entry>();
  for (const entry of ds.entries) {
    if (!checkId(entry, report)) continue;
    const id = entry.record.id as string;
    const other = byId.get(id);
    if (other) report(entry, "id", `is used twice (also in ${other.file})`);
    else byId.set(id, entry);
  }
  const lookup = entryLookup(byId);
  for (const entry of ds.entries) checkEntry(entry, lookup, ds.texts, report);
  checkCycles(ds.entries, "Organization", "parent", false, report);
  checkCycles(ds.entries, "Mandate", "delegatedFrom", false, report);
  checkCycles(ds.entries, "Decision", "supersedes", true, report);
  return problems;
}

export type { ConceptSpec, Report };
