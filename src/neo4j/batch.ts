/**
 * DataLoader plumbing shared by every module: a per-request loader whose batch
 * function runs one named, UNWIND-shaped query in a read transaction and
 * returns rows keyed for re-ordering.
 */
import DataLoader from "dataloader";
import { type QueryScope, type Tx, readQuery } from "./funnel";

/**
 * `fetch` receives the distinct keys of one tick and returns a map from key to
 * value; keys it leaves out get `missing`.
 */
export function keyedLoader<K, V>(
  scope: QueryScope,
  name: string,
  fetch: (tx: Tx, keys: readonly K[]) => Promise<Map<K, V>>,
  missing: V,
  cacheKeyFn?: (key: K) => unknown,
): DataLoader<K, V> {
  return new DataLoader<K, V, unknown>(
    async (keys) => {
      const found = await readQuery(scope, name, (tx) => fetch(tx, keys));
      return keys.map((k) => (found.has(k) ? found.get(k)! : missing));
    },
    cacheKeyFn ? { cacheKeyFn, maxBatchSize: 1000 } : { maxBatchSize: 1000 },
  );
}

/** Rows `{ key, value }` → Map; the query does the grouping (`collect`). */
export function byKey<K, V>(rows: Array<{ key: K; value: V }>): Map<K, V> {
  return new Map(rows.map((r) => [r.key, r.value]));
}
