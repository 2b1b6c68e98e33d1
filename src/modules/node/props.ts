/**
 * Typed reads of stored node properties (`Record<string, Plain>`), for the
 * `toXModel` mappers: an absent property is null (or an empty list), never undefined.
 */
import type { Plain } from "../../neo4j/values";

export type Props = Record<string, Plain>;

export function optionalString(p: Props, key: string): string | null {
  const v = p[key];
  return typeof v === "string" ? v : null;
}

export function requiredString(p: Props, key: string): string {
  return optionalString(p, key) ?? "";
}

export function stringList(p: Props, key: string): string[] {
  const v = p[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** A stored enum value, or the contract's default when the property is absent. */
export function enumValue<T extends string>(p: Props, key: string, fallback: T): T {
  return (optionalString(p, key) as T | null) ?? fallback;
}

/**
 * The stable id of a stored node: an older version of a corrected fact is
 * stored as `<id>@v<n>` with `versionOf: <id>` (rule 5), and reads as `<id>`.
 */
export function stableId(p: Props): string {
  return optionalString(p, "versionOf") ?? requiredString(p, "id");
}

/** Record time of one stored version (SDL `Node.version`, `Node.recordedAt`). */
export interface RecordFields {
  version: number;
  recordedAt: string | null;
}

/** The stored version number; 1 for nodes written before versions were counted. */
export function versionNumber(p: Props): number {
  return typeof p.version === "number" ? p.version : 1;
}

export function toRecordFields(p: Props): RecordFields {
  return { version: versionNumber(p), recordedAt: optionalString(p, "recordedAt") };
}
