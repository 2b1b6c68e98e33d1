/**
 * What a correction changed (SDL `WriteResult.changes`): a correction restates
 * the whole record, so a field or reference left out of the input is removed.
 * That is the rule, but it must not be silent: every field and reference whose
 * stored value differs between the old version and the new one is listed,
 * before and after, as stored (dates as written, references as ids, an
 * edge's properties after its target). Citations are only ever added and are
 * not listed: the new version shows them all.
 */
import type { ConceptSpec, RefField } from "../../domain/concepts";
import type { Plain } from "../../neo4j/values";
import type { RelRow } from "./write.cypher";

export interface FieldChangeModel {
  field: string;
  before: string[];
  after: string[];
}

export interface StoredVersion {
  props: Record<string, Plain>;
  rels: readonly RelRow[];
}

function fieldValues(props: Record<string, Plain>, field: string): string[] {
  const v = props[field];
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v.map((x) => String(x)) : [String(v)];
}

function refValues(rels: readonly RelRow[], ref: RefField): string[] {
  return rels
    .filter((r) => r.out && r.type === ref.rel)
    .map((r) => {
      const edge = Object.keys(ref.edgeProps ?? {}).flatMap((k) => (r.props[k] === null || r.props[k] === undefined ? [] : [`${k}: ${String(r.props[k])}`]));
      return edge.length ? `${r.otherId} (${edge.join(", ")})` : r.otherId;
    })
    .sort();
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function fieldChanges(concept: ConceptSpec, before: StoredVersion, after: StoredVersion): FieldChangeModel[] {
  const changes: FieldChangeModel[] = [];
  for (const field of Object.keys(concept.fields)) {
    const [b, a] = [fieldValues(before.props, field), fieldValues(after.props, field)];
    if (!same(b, a)) changes.push({ field, before: b, after: a });
  }
  for (const [field, ref] of Object.entries(concept.refs)) {
    const [b, a] = [refValues(before.rels, ref), refValues(after.rels, ref)];
    if (!same(b, a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}
