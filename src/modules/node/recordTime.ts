/**
 * Record time (domain model rule 5) for reads: what the graph said at a past
 * moment (`knownAt`). A node or relationship is visible at T when
 * `recordedAt <= T AND (retractedAt IS NULL OR retractedAt > T)`; without
 * knownAt only current facts are (`retractedAt IS NULL`). A corrected fact's
 * older versions keep their relationships and carry `versionOf: <stable id>`
 * (their own `id` is `<id>@v<n>`), so a lookup at T matches
 * `coalesce(n.versionOf, n.id) = id`.
 *
 * The Cypher fragments below are built from constants and variable names,
 * never from input; the moment is always the parameter `$at`.
 */
import DataLoader from "dataloader";
import { type QueryScope, type Tx, readQuery } from "../../neo4j/funnel";

/** An ISO 8601 instant, or null for "now" (current facts only). */
export type KnownAt = string | null;

/** A DataLoader key: an id read as of a moment. */
export interface AtKey {
  id: string;
  at: KnownAt;
}

export const atKey = (id: string, at: KnownAt | undefined): AtKey => ({ id, at: at ?? null });

/** What a model read as of a moment remembers, so its relationship fields read the same moment. */
export interface KnownAtTag {
  knownAt?: KnownAt;
}

/** Tags models read at `at` (a no-op for current reads) and returns them. */
export function tagKnownAt<M extends object>(model: M, at: KnownAt): M {
  if (at !== null) (model as KnownAtTag).knownAt = at;
  return model;
}

export const knownAtOf = (model: object): KnownAt => (model as KnownAtTag).knownAt ?? null;

/** `v` (a node or relationship variable) is visible at `$at`, or current when `at` is null. */
export function visible(v: string, at: KnownAt): string {
  if (at === null) return `${v}.retractedAt IS NULL`;
  // Nodes written without record time (test fixtures) count as always recorded.
  return `(${v}.recordedAt IS NULL OR ${v}.recordedAt <= datetime($at)) AND (${v}.retractedAt IS NULL OR ${v}.retractedAt > datetime($at))`;
}

/** The stable id of node `v`: its own id now; at a past moment an older version answers with `versionOf`. */
export function stableId(v: string, at: KnownAt): string {
  return at === null ? `${v}.id` : `coalesce(${v}.versionOf, ${v}.id)`;
}

/**
 * Binds `v` to the node(s) with stable id `idVar` (a variable in scope): the one
 * index lookup by `id` for current reads; for a past moment, also the older
 * versions (`versionOf`), each then filtered with `visible`.
 */
export function matchStable(v: string, idVar: string, at: KnownAt, label = "Entity"): string {
  if (at === null) return `MATCH (${v}:${label} {id: ${idVar}})`;
  return `CALL (${idVar}) { MATCH (${v}:${label} {id: ${idVar}}) RETURN ${v} UNION MATCH (${v}:${label} {versionOf: ${idVar}}) RETURN ${v} }`;
}

/**
 * A per-request loader over (id, knownAt) keys: one batch groups its keys by
 * moment and runs `fetch` once per moment (almost always one) inside one read
 * transaction. The cache key includes the moment, so a request that asks the
 * same id now and as of a past date gets both.
 */
export function atLoader<V>(
  scope: QueryScope,
  name: string,
  fetch: (tx: Tx, ids: readonly string[], at: KnownAt) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<AtKey, V, string> {
  return new DataLoader<AtKey, V, string>(
    async (keys) => {
      const moments = [...new Set(keys.map((k) => k.at))];
      const found = await readQuery(scope, name, async (tx) => {
        const out = new Map<KnownAt, Map<string, V>>();
        for (const at of moments) {
          const ids = [...new Set(keys.filter((k) => k.at === at).map((k) => k.id))];
          out.set(at, await fetch(tx, ids, at));
        }
        return out;
      });
      return keys.map((k) => {
        const m = found.get(k.at)!;
        return m.has(k.id) ? m.get(k.id)! : missing;
      });
    },
    { cacheKeyFn: (k) => `${k.at ?? ""}\u0000${k.id}`, maxBatchSize: 1000 },
  );
}
