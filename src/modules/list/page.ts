/**
 * Relay cursor pagination (SDL schema/connections.graphql), the pure part:
 * reading `first/after/last/before` into a page request, opaque keyset
 * cursors, and assembling edges and `pageInfo` from the rows one statement
 * fetched. A cursor holds the row's sort key and id, never an offset, so it
 * keeps pointing at the same place in the order when items are added.
 */
import { InputError } from "../../lib/errors";

/** The largest page a client may ask for with `first` or `last`. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A position in a list's order: the row's sort key (never null, see list.cypher.ts) and id. */
export interface Position {
  key: string;
  id: string;
}

/**
 * Which list, order and moment (`knownAt`, null for now) a cursor belongs to,
 * so one from another list, order or moment is refused: the same position
 * means different neighbours at another moment.
 */
export interface ListOrder {
  list: string;
  order: string;
  knownAt?: string | null;
}

export function encodeCursor(where: ListOrder, pos: Position): string {
  const at = where.knownAt ?? null;
  const parts = at === null ? [where.list, where.order, pos.key, pos.id] : [where.list, where.order, pos.key, pos.id, at];
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function decodeCursor(where: ListOrder, cursor: string, argument: "after" | "before"): Position {
  const refuse = (why = "it is not one this API made (take pageInfo.endCursor or startCursor of the page before)") =>
    new InputError(`${argument} is not a cursor from this list: ${why}`, { argument });
  if (!BASE64URL.test(cursor) || cursor.length > 2000) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || (parsed.length !== 4 && parsed.length !== 5) || !parsed.every((x) => typeof x === "string")) throw refuse();
  const [list, order, key, id, at] = parsed as [string, string, string, string, string | undefined];
  if (list !== where.list) throw refuse(`it was made for ${list}, not ${where.list}`);
  if (order !== where.order) throw refuse(`it was made for orderBy ${order}, not ${where.order}`);
  const moment = (x: string | null | undefined) => (x ? `knownAt ${x}` : "the graph as it is now (no knownAt)");
  if ((at ?? null) !== (where.knownAt ?? null)) throw refuse(`it was made for ${moment(at)}, not ${moment(where.knownAt)}`);
  return { key, id };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * What one page query fetches: `size + 1` rows from the start of the window
 * (FORWARD, `first`) or from its end (BACKWARD, `last`), where the window is
 * everything strictly after `after` and strictly before `before` (Relay's
 * "apply cursors to edges", so `first` with `before` and `last` with `after`
 * work too).
 */
export interface PageRequest {
  direction: "FORWARD" | "BACKWARD";
  size: number;
  after: Position | null;
  before: Position | null;
}

function pageSize(value: number, argument: "first" | "last"): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw new InputError(`${argument} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, { argument });
  }
  return value;
}

export function toPageRequest(where: ListOrder, args: PageArgs): PageRequest {
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) {
    throw new InputError("first and last cannot be combined: page forward with first/after, or backward with last/before", { argument: "last" });
  }
  const after = args.after != null ? decodeCursor(where, args.after, "after") : null;
  const before = args.before != null ? decodeCursor(where, args.before, "before") : null;
  if (last !== null) return { direction: "BACKWARD", size: pageSize(last, "last"), after, before };
  return { direction: "FORWARD", size: pageSize(first ?? DEFAULT_PAGE_SIZE, "first"), after, before };
}

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface EdgeModel<N> {
  cursor: string;
  node: N;
}

export interface Page<N> {
  edges: Array<EdgeModel<N>>;
  pageInfo: PageInfoModel;
}

/**
 * Builds the page from the rows in query order (reversed for BACKWARD, so the
 * nearest rows to `before` come first) and whether any item lies beyond the
 * cursor the page starts from (before `after` going forward, at or after
 * `before` going backward). The `size + 1`-th row only says there is more.
 */
export function assemblePage<N>(where: ListOrder, req: PageRequest, rows: ReadonlyArray<Position & { node: N }>, beyond: boolean): Page<N> {
  const more = rows.length > req.size;
  const kept = rows.slice(0, req.size);
  if (req.direction === "BACKWARD") kept.reverse();
  const edges = kept.map((r) => ({ cursor: encodeCursor(where, r), node: r.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: req.direction === "FORWARD" ? more : beyond,
      hasPreviousPage: req.direction === "FORWARD" ? beyond : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
