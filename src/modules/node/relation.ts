/**
 * How resolvers follow a relationship: through the per-request generic loader
 * (`ctx.loaders.related`, one batched statement per relationship type and
 * direction), keeping only the node types the field allows and returning them
 * in the one list order (node.order.ts). Relationship types are named from the
 * storage contract with `relOf`, never spelled out. A parent read as of a past
 * moment (`knownAt`) is followed as of the same moment (node/recordTime.ts).
 */
import { CONCEPTS } from "../../domain/concepts";
import type { Plain } from "../../neo4j/values";
import type { GraphQLContext } from "../../server/context";
import type { ModelOf, Typename } from "./node.model";
import { compareNodes } from "./node.order";
import { atKey, knownAtOf } from "./recordTime";
import type { Direction } from "./related.cypher";
import type { Related } from "./related.loaders";

/** The node a relationship field starts from: its model, which remembers the moment it was read at. */
export interface Origin {
  id: string;
}

/** The relationship a concept's reference or nested field is stored as; throws at import when the contract lacks it. */
export function relOf(concept: string, field: string): string {
  const spec = CONCEPTS[concept];
  const rel = spec?.refs[field]?.rel ?? spec?.nested?.[field]?.rel;
  if (!rel) throw new Error(`the storage contract has no relationship for ${concept}.${field}`);
  return rel;
}

export interface Edge<M> {
  node: M;
  edge: Record<string, Plain>;
}

type Awaitable<T> = T | Promise<T>;

function inListOrder<T extends Typename>(rows: Related[], types?: readonly T[]): Array<Edge<ModelOf<T>>> {
  const allowed = types as readonly string[] | undefined;
  const kept = allowed ? rows.filter((r) => allowed.includes(r.node.__typename)) : rows;
  return (kept as Array<Edge<ModelOf<T>>>).slice().sort((a, b) => compareNodes(a.node, b.node));
}

/**
 * The neighbours of `from` over `rel` in `direction`, of the given types (all
 * when omitted), in list order. Neighbours a page statement brought along
 * are answered at once, not as a promise: graphql-js then completes the
 * parent's fields without waiting on one.
 */
export function relatedEdges<T extends Typename = Typename>(
  ctx: GraphQLContext,
  from: Origin,
  rel: string,
  direction: Direction,
  types?: readonly T[],
): Awaitable<Array<Edge<ModelOf<T>>>> {
  const prefetched = ctx.loaders.related.prefetchedFor(from, rel, direction);
  if (prefetched) return inListOrder(prefetched, types);
  return ctx.loaders.related
    .get(rel, direction)
    .load(atKey(from.id, knownAtOf(from)))
    .then((rows) => inListOrder(rows, types));
}

export function relatedNodes<T extends Typename = Typename>(
  ctx: GraphQLContext,
  from: Origin,
  rel: string,
  direction: Direction,
  types?: readonly T[],
): Awaitable<Array<ModelOf<T>>> {
  const edges = relatedEdges(ctx, from, rel, direction, types);
  const nodes = (list: Array<Edge<ModelOf<T>>>) => list.map((r) => r.node);
  return edges instanceof Promise ? edges.then(nodes) : nodes(edges);
}

/** For single-valued references: the first neighbour in list order, or null. */
export async function relatedNode<T extends Typename = Typename>(
  ctx: GraphQLContext,
  from: Origin,
  rel: string,
  direction: Direction,
  types?: readonly T[],
): Promise<ModelOf<T> | null> {
  return (await relatedEdges(ctx, from, rel, direction, types))[0]?.node ?? null;
}

/**
 * For references the contract requires (`Post.organization`, `Appointment.person`):
 * a missing target is broken data, reported as an error on the field, never a silent null.
 */
export async function requiredNode<T extends Typename = Typename>(
  ctx: GraphQLContext,
  from: Origin,
  rel: string,
  direction: Direction,
  types?: readonly T[],
): Promise<ModelOf<T>> {
  const node = await relatedNode(ctx, from, rel, direction, types);
  if (!node) throw new Error(`${from.id} has no current ${rel} ${direction === "OUT" ? "target" : "source"}`);
  return node;
}
