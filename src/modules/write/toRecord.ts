/**
 * A mutation's input as a seed record (seed/FORMAT.md): the same field names,
 * a citation's `documentId` as `doc`, the GraphQL enums of `certainty` and
 * `rank` in the seed's lower case, absent and null fields dropped. Nested
 * agreement parties and events become entries of their own, as the seed
 * reader makes them (seed/dataset.ts). Each entry remembers its field path in
 * the input, so a problem can say where it is.
 */
import { CONCEPTS, type ConceptSpec } from "../../domain/concepts";
import type { Entry, SeedRecord } from "../../../seed/dataset";

export interface InputEntry extends Entry {
  /** Where the record stands in the mutation's arguments: `input`, `input.parties[1]`. */
  path: string;
}

const LOWER_CASE_ENUMS = new Set(["certainty", "rank"]);

function citationRecord(c: Record<string, unknown>): Record<string, unknown> {
  const { documentId, ...rest } = c;
  return clean({ doc: documentId, ...rest });
}

/** Drops null and undefined fields: the seed reads an absent field and a null one alike. */
function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

/** One input object as a seed record; nested lists stay on it (the validator allows them) and are returned too. */
export function toSeedRecord(concept: ConceptSpec, input: Record<string, unknown>): SeedRecord {
  const record: SeedRecord = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (key === "citations" && Array.isArray(value)) record.citations = value.map((c) => citationRecord(c as Record<string, unknown>));
    else if (key === "aliasNotes" && Array.isArray(value)) {
      record.aliasNotes = value.map((n) => {
        const note = clean(n as Record<string, unknown>);
        return typeof note.certainty === "string" ? { ...note, certainty: note.certainty.toLowerCase() } : note;
      });
    } else if (LOWER_CASE_ENUMS.has(key) && typeof value === "string") record[key] = value.toLowerCase();
    else if (Array.isArray(value) && value.every((v) => v && typeof v === "object" && !Array.isArray(v)) && !concept.nested?.[key]) {
      record[key] = value.map((v) => clean(v as Record<string, unknown>));
    } else record[key] = value;
  }
  return record;
}

/** The parent a standalone agreement party or event names in its input (`agreement`). */
export function parentField(concept: ConceptSpec): { field: string; rel: string } | null {
  for (const [parentName, parent] of Object.entries(CONCEPTS)) {
    for (const nested of Object.values(parent.nested ?? {})) {
      if (nested.concept === concept.label) return { field: parentName.charAt(0).toLowerCase() + parentName.slice(1), rel: nested.rel };
    }
  }
  return null;
}

/**
 * The entries a record mutation writes: the record, then its nested records
 * (each with `parentId` and `parentRel`, like the seed reader's). Ids are
 * filled in later (given or derived), so nested entries name their parent
 * through `parent`, resolved once the parent's id is known.
 */
export function toEntries(concept: ConceptSpec, input: Record<string, unknown>): { entries: InputEntry[]; parentOf: Map<InputEntry, InputEntry> } {
  const record = toSeedRecord(concept, input);
  const top: InputEntry = { file: "input", concept, record, path: "input" };
  const entries: InputEntry[] = [top];
  const parentOf = new Map<InputEntry, InputEntry>();
  for (const [field, nested] of Object.entries(concept.nested ?? {})) {
    const list = record[field];
    if (!Array.isArray(list)) continue;
    const spec = CONCEPTS[nested.concept]!;
    list.forEach((child, i) => {
      const childRecord = toSeedRecord(spec, child as Record<string, unknown>);
      const entry: InputEntry = { file: "input", concept: spec, record: childRecord, path: `input.${field}[${i}]`, parentRel: nested.rel };
      entries.push(entry);
      parentOf.set(entry, top);
    });
    delete record[field]; // the children are checked and written as entries of their own
  }
  return { entries, parentOf };
}
