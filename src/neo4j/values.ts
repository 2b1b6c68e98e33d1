/**
 * Converts what the driver returns into plain JSON-ready values at the
 * boundary, so no neo4j.Integer, temporal or graph object reaches GraphQL.
 * Dates become ISO strings ("2024-11-12"), durations ISO 8601 ("P4M").
 */
import neo4j from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) {
    const n = value as ReturnType<typeof neo4j.int>;
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

/**
 * The same conversion for a value the driver has just decoded and nobody else
 * holds (a record's fields): lists and maps are converted where they are,
 * not copied, so a page of nested rows allocates nothing twice.
 */
export function toPlainInPlace(value: unknown): Plain {
  if (value === null || typeof value !== "object") return toPlain(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlainInPlace(value[i]);
    return value as Plain[];
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const k in map) map[k] = toPlainInPlace(map[k]);
    return map as { [key: string]: Plain };
  }
  return toPlain(value);
}

/** A record as a plain row, converted in place (toPlainInPlace). */
export function recordToPlain<T>(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): T {
  const out: Record<string, Plain> = {};
  for (const k of record.keys) out[String(k)] = toPlainInPlace(record.get(k));
  return out as T;
}
