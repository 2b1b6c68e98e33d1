/**
 * A write's records checked by the seed validator's own rules
 * (seed/validate.ts `checkEntry`), with every id they name looked up in Neo4j
 * in one batched statement inside the write transaction. Problems carry the
 * field path in the mutation's arguments (`input.citations[0].quote`) and are
 * thrown together as one BAD_USER_INPUT.
 */
import fs from "node:fs";
import path from "node:path";
import { DOCUMENTS_DIR } from "../../../seed/dataset";
import { type Lookup, checkEntry, checkId, refTargets } from "../../../seed/validate";
import { InputError } from "../../lib/errors";
import type { Tx } from "../../neo4j/funnel";
import type { InputEntry } from "./toRecord";
import { type IdInfo, lookupIds } from "./write.cypher";

export interface WriteProblem {
  path: string;
  message: string;
}

export class Problems {
  readonly list: WriteProblem[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  /** The seed validator's `report`, with the seed's field names turned into the input's. */
  reporter(entry: InputEntry) {
    return (_e: unknown, field: string | undefined, message: string) =>
      this.add(field ? `${entry.path}.${field.replace(/(citations\[\d+\])\.doc$/, "$1.documentId")}` : entry.path, message);
  }
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const shown = this.list.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join("; ");
    const more = this.list.length > 5 ? ` (and ${this.list.length - 5} more)` : "";
    throw new InputError(`Nothing was written: ${shown}${more}`, { problems: this.list });
  }
}

let texts: Map<string, string> | null = null;

/** The source documents' texts (seed/documents), read once: quotes are checked against them. */
export function documentTexts(): Map<string, string> {
  if (!texts) {
    texts = new Map();
    if (fs.existsSync(DOCUMENTS_DIR)) for (const name of fs.readdirSync(DOCUMENTS_DIR)) texts.set(name, fs.readFileSync(path.join(DOCUMENTS_DIR, name), "utf8"));
  }
  return texts;
}

/** Every id the entries name: references, cited documents, and `extra` (a parent, a new id). */
export function referencedIds(entries: readonly InputEntry[], extra: readonly string[] = []): string[] {
  const ids = new Set(extra);
  for (const { concept, record } of entries) {
    for (const [name, ref] of Object.entries(concept.refs)) {
      for (const { id } of refTargets(ref, record[name])) if (typeof id === "string") ids.add(id);
    }
    const citations = record.citations;
    if (Array.isArray(citations)) for (const c of citations) if (c && typeof (c as { doc?: unknown }).doc === "string") ids.add((c as { doc: string }).doc);
  }
  return [...ids];
}

/** The batched lookup as the validator reads it: only current nodes count as existing. */
export async function lookupFor(tx: Tx, ids: readonly string[]): Promise<{ info: Map<string, IdInfo>; lookup: Lookup }> {
  const rows = ids.length ? await lookupIds(tx, ids) : [];
  const info = new Map(rows.map((r) => [r.id, r]));
  const lookup: Lookup = (id) => {
    const r = info.get(id);
    return r && r.current && r.label ? { label: r.label, fileName: r.fileName } : undefined;
  };
  return { info, lookup };
}

/** Runs the seed's per-record checks (and the id's form) over every entry; the API accepts citations of documents without a file. */
export function checkEntries(entries: readonly InputEntry[], lookup: Lookup, problems: Problems): void {
  for (const entry of entries) {
    const report = problems.reporter(entry);
    checkId(entry, report);
    checkEntry(entry, lookup, documentTexts(), report, { uncheckableCitation: "accept" });
  }
}

/** A change set's reason: required, one paragraph at most. */
export function checkReason(reason: string, problems: Problems): void {
  if (reason.trim() === "") problems.add("reason", "must say why (it is kept on the change set)");
  else if (reason.length > 2000) problems.add("reason", "must be at most 2000 characters");
}
