/**
 * Stored sort keys for name orders (list pages by name, title, scope, role,
 * label): `fKey` holds the Swedish collation key of string field `f`, so a
 * range index serves name-ordered pages in index order, as `storedDate.ts`
 * does for dates. The collation is one mapping, applied here in TypeScript
 * when a node is written and in Cypher by the data migration and any
 * statement that computes it: lower case, with å, ä, ö after z and accented
 * letters as their base letter, so plain code-point order is Swedish order.
 */
import { CONCEPTS } from "./concepts";

/** String fields that lists sort by (list.specs.ts `named(…)`); each gets a stored key. */
export const NAME_KEY_FIELDS = ["name", "title", "scope", "role", "label"] as const;

const COLLATION: ReadonlyArray<readonly [string, string]> = [["é", "e"], ["è", "e"], ["ü", "y"], ["å", "{a"], ["ä", "{b"], ["æ", "{b"], ["ö", "{c"], ["ø", "{c"]];

/** The collation key of a text, as stored. */
export function collationKeyOf(text: string): string {
  return COLLATION.reduce((s, [from, to]) => s.split(from).join(to), text.toLowerCase());
}

/** The same key in Cypher, for the string expression `expr`. */
export function collationKeyCypher(expr: string): string {
  return COLLATION.reduce((e, [from, to]) => `replace(${e}, '${from}', '${to}')`, `toLower(${expr})`);
}

/** The stored sort key of name field `field`. */
export function nameKey(field: string): string {
  return `${field}Key`;
}

/**
 * The name keys of a node's properties, to add to them when it is written: one
 * per NAME_KEY_FIELDS entry it has as a non-empty string (an empty key would be
 * the descending orders' null sentinel; the validators refuse empty names anyway).
 */
export function storedNameKeys(props: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of NAME_KEY_FIELDS) {
    const v = props[f];
    if (typeof v === "string" && v !== "") out[nameKey(f)] = collationKeyOf(v);
  }
  return out;
}

/** Every (label, name field) of the storage contract: each gets a range index on its key. */
export const NAME_FIELDS: ReadonlyArray<{ label: string; field: string }> = Object.values(CONCEPTS).flatMap((c) =>
  NAME_KEY_FIELDS.filter((f) => c.fields[f]?.kind === "string" || c.fields[f]?.kind === "text").map((field) => ({ label: c.label, field })),
);
