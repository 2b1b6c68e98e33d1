/**
 * Which properties a trace statement sends for each kind of node it reaches
 * (trace.cypher.ts), read from the whole operation: the deciders, the people,
 * appointments, posts and organisations of their holdings, and each step's
 * mandate, grantor and holder. A position asked for nothing but stored fields
 * of its types (same names as the storage contract; a date field is its five
 * stored properties) and references followed by id gets just those, plus
 * what the assembler reads (trace.assemble.ts); anything else asked there
 * (a computed field, a field that reads other properties) makes it whole.
 *
 * The answer is for the operation, not for one field: the decision(id)
 * resolver that brings the trace along and the `deciders` and `mandateChain`
 * resolvers of every decision in the request must ask one loader for one
 * statement. So every `deciders` and `mandateChain` selected anywhere in the
 * operation counts, and the widest need wins: it may send more than a field
 * needs, never less. The decision itself is always whole (it primes the node
 * loader for any field of it).
 */
import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, isObjectType } from "graphql";
import { CONCEPTS } from "../../domain/concepts";
import { fieldsUnder } from "../../lib/lookahead";
import { partialDate } from "../../neo4j/project";

/** Per position, the stored properties to send; null sends the node whole. */
export interface TraceFields {
  actor: string[] | null;
  person: string[] | null;
  appointment: string[] | null;
  post: string[] | null;
  organization: string[] | null;
  mandate: string[] | null;
  grantedBy: string[] | null;
  heldBy: string[] | null;
}

export type TracePosition = keyof TraceFields;

const ACTORS = CONCEPTS.Decision!.refs.decidedBy!.targets;
const refTargets = (label: string, ref: string) => CONCEPTS[label]!.refs[ref]!.targets;

/** Where each position is below `deciders` or `mandateChain`, its possible labels, and what trace.assemble.ts reads of it. */
const POSITIONS: Record<TracePosition, { root: "deciders" | "mandateChain"; path: string[]; labels: readonly string[] | "any"; reads: string[] }> = {
  actor: { root: "deciders", path: ["actor"], labels: ACTORS, reads: [] },
  person: { root: "deciders", path: ["capacities", "person"], labels: ["Person"], reads: [] },
  appointment: { root: "deciders", path: ["capacities", "appointment"], labels: ["Appointment"], reads: ["role", "capacity", "attestedOn", ...partialDate("validFrom"), ...partialDate("validTo")] },
  post: { root: "deciders", path: ["capacities", "post"], labels: ["Post"], reads: [] },
  organization: { root: "deciders", path: ["capacities", "organization"], labels: ["Organization"], reads: [] },
  mandate: { root: "mandateChain", path: ["steps", "mandate"], labels: ["Mandate"], reads: ["scope", "basis", "root", ...partialDate("validFrom"), ...partialDate("validTo")] },
  grantedBy: { root: "mandateChain", path: ["steps", "grantedBy"], labels: refTargets("Mandate", "grantedBy"), reads: [] },
  heldBy: { root: "mandateChain", path: ["steps", "heldBy"], labels: refTargets("Mandate", "heldBy"), reads: [] },
};

/** Every field named `deciders` or `mandateChain` anywhere in the operation, through fragments. */
function traceRoots(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): Record<"deciders" | "mandateChain", FieldNode[]> {
  const found = { deciders: [] as FieldNode[], mandateChain: [] as FieldNode[] };
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === "Field") {
        if (sel.name.value === "deciders" || sel.name.value === "mandateChain") found[sel.name.value].push(sel);
        if (sel.selectionSet) visit(sel.selectionSet);
      } else if (sel.kind === "InlineFragment") visit(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments[sel.name.value];
        if (frag) visit(frag.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return found;
}

/** The stored properties nodes of `labels` need for the fields `asked`, plus `reads`; null when a field asked needs the whole node. */
function storedProps(labels: readonly string[] | "any", asked: Set<string>, reads: string[], schema: GraphQLSchema): string[] | null {
  if (labels === "any") return null;
  const props = new Set(reads);
  for (const label of labels) {
    const spec = CONCEPTS[label];
    const type = schema.getType(label);
    if (!spec || !isObjectType(type)) return null;
    for (const f of asked) {
      // A field of another type in the union (asked in a fragment on that type) is not this type's concern.
      if (f === "id" || f === "__typename" || !(f in type.getFields())) continue;
      const field = spec.fields[f];
      const ref = spec.refs[f];
      if (field && field.kind !== "dates" && field.kind !== "duration") (field.kind === "date" ? partialDate(f) : [f]).forEach((p) => props.add(p));
      else if (!(ref && !ref.objectKey)) return null;
    }
  }
  return [...props].sort();
}

const byOperation = new WeakMap<OperationDefinitionNode, { fields: TraceFields; key: string }>();

/** What the operation's traces need (see above), with a key naming it for the loader; computed once per parsed operation. */
export function traceFieldsOf(info: Pick<GraphQLResolveInfo, "operation" | "fragments" | "schema">): { fields: TraceFields; key: string } {
  const cached = byOperation.get(info.operation);
  if (cached) return cached;
  const roots = traceRoots(info.operation, info.fragments);
  const fields = {} as TraceFields;
  for (const [position, p] of Object.entries(POSITIONS) as Array<[TracePosition, (typeof POSITIONS)[TracePosition]]>) {
    const asked = new Set<string>();
    for (const f of fieldsUnder({ fieldNodes: roots[p.root], fragments: info.fragments }, p.path) ?? []) asked.add(f);
    fields[position] = storedProps(p.labels, asked, p.reads, info.schema);
  }
  const found = { fields, key: JSON.stringify(fields) };
  byOperation.set(info.operation, found);
  return found;
}

/** Every position whole: for callers without an operation to read. */
export const WHOLE_TRACE: TraceFields = {
  actor: null, person: null, appointment: null, post: null, organization: null, mandate: null, grantedBy: null, heldBy: null,
};
