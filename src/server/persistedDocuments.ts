/**
 * Persisted documents: the operations the widgets may run, known to the
 * server by the sha256 of their text. web/build.mjs hashes web/queries/*.graphql
 * into web/dist/persisted-documents.json (Apollo's persisted query manifest
 * format); the widgets send only the hash.
 *
 * Apollo Server 5 has automatic persisted queries (APQ), a cache any client
 * can register into, but no safelist (that is GraphOS Router's feature), so
 * this middleware sits before Apollo on /graphql and:
 *  - resolves a known hash, sent as `extensions.persistedQuery.sha256Hash`
 *    (APQ's shape) or `documentId` ("sha256:<hash>" or the bare hash), to the
 *    document's text, so Apollo runs the trusted text;
 *  - with `widgetPersistedOnly`, refuses anything else from widget clients
 *    (header `x-beslutsgraf-client: widget`): a raw query, an unknown hash.
 * The header is a label, not authentication: a client that leaves it off is
 * an ordinary API client and meets the access rule and query limits as usual.
 */
import fs from "node:fs";
import type { RequestHandler, Response } from "express";

export const CLIENT_HEADER = "x-beslutsgraf-client";

export interface PersistedDocument {
  /** sha256 hex of `body`. */
  id: string;
  name: string;
  body: string;
}

export type PersistedDocuments = ReadonlyMap<string, PersistedDocument>;

interface Manifest {
  format?: string;
  version?: number;
  operations?: Array<{ id?: unknown; name?: unknown; body?: unknown }>;
}

/** Reads the build's manifest; an absent file gives an empty set (nothing is trusted). */
export function loadPersistedDocuments(file: string): PersistedDocuments {
  if (!fs.existsSync(file)) return new Map();
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  if (manifest.format !== "apollo-persisted-query-manifest" || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new Error(`${file} is not an apollo-persisted-query-manifest version 1`);
  }
  const docs = new Map<string, PersistedDocument>();
  for (const op of manifest.operations) {
    if (typeof op.id !== "string" || typeof op.name !== "string" || typeof op.body !== "string") throw new Error(`${file}: an operation lacks id, name or body`);
    docs.set(op.id, { id: op.id, name: op.name, body: op.body });
  }
  return docs;
}

export interface PersistedDocumentOptions {
  /** Widget clients may run persisted documents only (WIDGET_PERSISTED_ONLY). */
  widgetPersistedOnly: boolean;
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The requested document id, from `documentId` or APQ's extension; undefined when none. */
function requestedId(body: Record<string, unknown>): string | undefined {
  if (typeof body.documentId === "string") return body.documentId.replace(/^sha256:/, "");
  const pq = (body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof pq?.sha256Hash === "string" ? pq.sha256Hash : undefined;
}

export function persistedDocumentsMiddleware(docs: PersistedDocuments, options: PersistedDocumentOptions): RequestHandler {
  return (req, res, next) => {
    const widget = req.headers[CLIENT_HEADER] === "widget";
    const strict = widget && options.widgetPersistedOnly;
    if (req.method !== "POST") {
      if (strict) return refuse(res, 405, "PERSISTED_QUERY_REQUIRED", "Widget clients send persisted documents with POST.");
      return next();
    }
    const body = (typeof req.body === "object" && req.body !== null ? req.body : {}) as Record<string, unknown>;
    const id = requestedId(body);
    const doc = id === undefined ? undefined : docs.get(id);
    if (doc) {
      if (typeof body.query === "string" && body.query !== doc.body) {
        return refuse(res, 400, "PERSISTED_QUERY_MISMATCH", "The query text does not match the persisted document it names.");
      }
      // Apollo runs the trusted text; the id has done its work, so APQ does not see it again.
      const { persistedQuery: _used, ...otherExtensions } = (body.extensions ?? {}) as Record<string, unknown>;
      const { documentId: _id, ...rest } = body;
      req.body = { ...rest, query: doc.body, extensions: otherExtensions };
      return next();
    }
    if (strict) {
      return id === undefined
        ? refuse(res, 400, "PERSISTED_QUERY_REQUIRED", "Widget clients may run persisted documents only: send extensions.persistedQuery.sha256Hash or documentId.")
        : refuse(res, 400, "PERSISTED_QUERY_NOT_FOUND", "No persisted document has this id.");
    }
    // `documentId` is ours alone: an unknown one is an error, whatever the client.
    if (typeof body.documentId === "string") return refuse(res, 400, "PERSISTED_QUERY_NOT_FOUND", "No persisted document has this id.");
    next();
  };
}
