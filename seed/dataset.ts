/**
 * Reads the seed dataset: every YAML file of seed/data (one per concept, see
 * seed/FORMAT.md) and the source documents of seed/documents. Parse problems are
 * collected, not thrown, so the validator can report everything at once.
 */
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { PROJECT_ROOT } from "../src/lib/projectRoot";
import { CONCEPTS, type ConceptSpec, SEED_FILES } from "../src/domain/concepts";

export const SEED_DIR = path.join(PROJECT_ROOT, "seed");
export const DATA_DIR = path.join(SEED_DIR, "data");
export const DOCUMENTS_DIR = path.join(SEED_DIR, "documents");

export type SeedRecord = Record<string, unknown>;

/** One record with where it came from; nested records (agreement parties, events) name their parent. */
export interface Entry {
  file: string;
  concept: ConceptSpec;
  record: SeedRecord;
  parentId?: string;
  parentRel?: string;
}

export interface Problem {
  file: string;
  id: string | null;
  field?: string;
  message: string;
}

export interface Dataset {
  entries: Entry[];
  /** Document texts by file name. */
  texts: Map<string, string>;
  problems: Problem[];
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.id ? ` ${p.id}` : ""}${p.field ? ` (${p.field})` : ""}: ${p.message}`;
}

export function readDataset(dataDir = DATA_DIR, documentsDir = DOCUMENTS_DIR): Dataset {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  for (const concept of SEED_FILES) {
    const file = concept.file!;
    const full = path.join(dataDir, file);
    if (!fs.existsSync(full)) continue;
    const doc = YAML.parseDocument(fs.readFileSync(full, "utf8"), { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push({ file, id: null, message: `YAML: ${e.message}` });
      continue;
    }
    const data = doc.toJS() as unknown;
    if (data === null || data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push({ file, id: null, message: "the file must be a list of records" });
      continue;
    }
    data.forEach((record, i) => {
      if (!record || typeof record !== "object" || Array.isArray(record)) {
        problems.push({ file, id: null, message: `item ${i + 1} is not a record (a map of fields)` });
        return;
      }
      const rec = record as SeedRecord;
      entries.push({ file, concept, record: rec });
      for (const [field, nested] of Object.entries(concept.nested ?? {})) {
        const list = rec[field];
        if (list === undefined || list === null) continue;
        if (!Array.isArray(list)) {
          problems.push({ file, id: String(rec.id ?? `item ${i + 1}`), field, message: "must be a list" });
          continue;
        }
        for (const child of list) {
          if (!child || typeof child !== "object") {
            problems.push({ file, id: String(rec.id), field, message: "every item must be a record" });
            continue;
          }
          entries.push({ file, concept: CONCEPTS[nested.concept]!, record: child as SeedRecord, parentId: String(rec.id), parentRel: nested.rel });
        }
      }
    });
  }
  const texts = new Map<string, string>();
  if (fs.existsSync(documentsDir)) {
    for (const name of fs.readdirSync(documentsDir)) {
      texts.set(name, fs.readFileSync(path.join(documentsDir, name), "utf8"));
    }
  }
  return { entries, texts, problems };
}

