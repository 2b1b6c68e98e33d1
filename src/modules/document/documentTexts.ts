/**
 * The full texts of the source documents (`Document.text`, `Citation.context`),
 * read from `seed/documents/<fileName>` with a small cache. A fileName comes
 * from the graph, so it is treated as untrusted: only a plain file name inside
 * the documents folder is ever read (no `..`, no separators, no absolute paths).
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/projectRoot";

export interface DocumentTexts {
  /** The text of `fileName`, or null when the name is not a plain file name or no such file exists. */
  read(fileName: string): Promise<string | null>;
}

const PLAIN_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** True when `fileName` names a file directly inside `dir` and nothing else. */
export function isSafeFileName(dir: string, fileName: string): boolean {
  if (!PLAIN_FILE_NAME.test(fileName) || fileName.includes("..")) return false;
  const root = path.resolve(dir);
  return path.dirname(path.resolve(root, fileName)) === root;
}

export function createDocumentTexts(dir: string, maxEntries = 32): DocumentTexts {
  const cache = new Map<string, Promise<string | null>>();
  return {
    read(fileName) {
      if (!isSafeFileName(dir, fileName)) return Promise.resolve(null);
      const hit = cache.get(fileName);
      if (hit) return hit;
      const text = fs.promises.readFile(path.join(path.resolve(dir), fileName), "utf8").catch((err: NodeJS.ErrnoException) => {
        if (err.code === "ENOENT" || err.code === "EISDIR") return null;
        cache.delete(fileName); // a transient failure is not remembered
        throw err;
      });
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
      cache.set(fileName, text);
      return text;
    },
  };
}

export const SEED_DOCUMENTS_DIR = path.join(PROJECT_ROOT, "seed", "documents");

/** The process-wide reader of the seed documents (they never change while the API runs). */
export const seedDocumentTexts: DocumentTexts = createDocumentTexts(SEED_DOCUMENTS_DIR);
