/**
 * Turns validated seed entries into what the loader writes: node rows per
 * label (properties in the storage shape of src/domain/concepts.ts), edges per
 * relationship type, and citations. Pure: no Neo4j here.
 */
import { createHash } from "node:crypto";
import { COMMON_FIELDS, type FieldType } from "../src/domain/concepts";
import { storedNameKeys } from "../src/domain/sortKeys";
import { storedPartialDate } from "../src/domain/storedDate";
import { searchProps } from "../src/domain/searchProps";
import { parsePartialDate } from "../src/lib/partialDate";
import type { Dataset, Entry } from "./dataset";
import { refTargets } from "./validate";

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}
export interface EdgeRow {
  from: string;
  to: string;
  key: string;
  props: Record<string, unknown>;
}
export interface CitationRow {
  from: string;
  doc: string;
  key: string;
  props: { quote: string; locator: string | null; nameAsWritten: string | null; seedKey: string };
}
export interface GraphRows {
  nodes: Map<string, NodeRow[]>; // by label
  edges: Map<string, EdgeRow[]>; // by relationship type
  citations: CitationRow[];
  ids: string[];
  /** Content hash of the whole dataset: the seed change set's identity. */
  hash: string;
}

function dateText(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

/** Writes one field into node properties in its storage shape (dates expanded into bounds). */
function putField(props: Record<string, unknown>, name: string, type: FieldType, value: unknown): void {
  if (value === undefined || value === null) {
    if (type.kind === "enum" && type.default) props[name] = type.default;
    if (type.kind === "strings") props[name] = [];
    return;
  }
  if (type.kind === "date") {
    Object.assign(props, storedPartialDate(name, parsePartialDate(dateText(value))));
  } else if (type.kind === "dates") {
    props[name] = (value as unknown[]).map((v) => parsePartialDate(dateText(v)).text);
  } else {
    props[name] = value;
  }
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

function nodeProps(entry: Entry, source: string): Record<string, unknown> {
  const { concept, record } = entry;
  const props: Record<string, unknown> = { id: record.id, seeded: true, seedSource: source };
  for (const [name, type] of Object.entries({ ...concept.fields, ...COMMON_FIELDS })) putField(props, name, type, record[name]);
  Object.assign(props, storedNameKeys(props));
  const notes = record.aliasNotes as Array<{ alias: string; reason: string }> | undefined;
  if (notes?.length) {
    props.inferredAliases = notes.map((n) => n.alias);
    props.inferredAliasReasons = notes.map((n) => n.reason);
  }
  Object.assign(props, searchProps(concept, record));
  return props;
}

export function toGraphRows(ds: Dataset, source = "seed"): GraphRows {
  const nodes = new Map<string, NodeRow[]>();
  const edges = new Map<string, EdgeRow[]>();
  const citations: CitationRow[] = [];
  const addEdge = (rel: string, from: string, to: string, props: Record<string, unknown>) => {
    const key = sha(`${from}|${rel}|${to}|${JSON.stringify(props)}`).slice(0, 24);
    const list = edges.get(rel) ?? [];
    list.push({ from, to, key, props: { ...props, seedKey: key } });
    edges.set(rel, list);
  };
  for (const entry of ds.entries) {
    const id = entry.record.id as string;
    const label = entry.concept.label;
    const list = nodes.get(label) ?? [];
    list.push({ id, props: nodeProps(entry, source) });
    nodes.set(label, list);
    if (entry.parentId && entry.parentRel) addEdge(entry.parentRel, id, entry.parentId, {});
    for (const [name, ref] of Object.entries(entry.concept.refs)) {
      for (const { id: to, edge } of refTargets(ref, entry.record[name])) addEdge(ref.rel, id, to as string, edge);
    }
    for (const c of (entry.record.citations as Array<Record<string, string>> | undefined) ?? []) {
      const props = { quote: c.quote!, locator: c.locator ?? null, nameAsWritten: c.nameAsWritten ?? null };
      const key = sha(`${id}|${c.doc}|${JSON.stringify(props)}`).slice(0, 24);
      citations.push({ from: id, doc: c.doc!, key, props: { ...props, seedKey: key } });
    }
  }
  // The hash covers what is written (not only the YAML), so a change in how records
  // are stored also makes a new change set.
  const canonical = JSON.stringify({
    nodes: [...nodes.entries()],
    edges: [...edges.entries()],
    citations,
  });
  return { nodes, edges, citations, ids: ds.entries.map((e) => e.record.id as string), hash: sha(canonical) };
}
