/**
 * The one parameterised statement behind every list page (SDL
 * schema/lists.graphql), built from a list's spec: its label, the sort key of
 * the requested order, and the filter fragments the filter input asked for.
 * Labels, property names and relationship types come only from the specs
 * (list.specs.ts, named from src/domain/concepts.ts); every value a client
 * sends is a `$param`.
 */
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { nodeProps, pick, unpick } from "../../neo4j/project";
import { type KnownAt, stableId, visible } from "../node/recordTime";
import { type Direction, type RelatedRow, relatedCollect } from "../node/related.cypher";
import type { PageRequest, Position } from "./page";
import { bandedPage, type Cursor, flip, storedOrderPage } from "./list.indexOrder";

/**
 * Collects a statement's parameters under generated names (`$p0`, `$p1`…),
 * and the moment the statement reads (`knownAt`, the parameter `$at`; null for now).
 */
export class Params {
  readonly values: Record<string, unknown> = {};
  private count = 0;
  constructor(readonly at: KnownAt = null) {
    if (at !== null) this.values.at = at;
  }
  add(value: unknown): string {
    const name = `p${this.count++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

/** A Cypher condition on the node variable `v`; its values already sit in `Params`. */
export type Condition = (v: string) => string;
/**
 * A filter: asked once per statement for its condition, registering its
 * parameters. A date-window filter also says which window it is, so a page
 * ordered by the same date can seek the banded key (bandedPage).
 */
export type Filter = ((params: Params) => Condition) & { dateWindow?: DateWindow };

/** "The date in `field` may fall in [from, to]" (list.filters.ts dateOverlaps); an end is open when null. */
export interface DateWindow {
  field: string;
  from: string | null;
  to: string | null;
}

export type SortDirection = "ASC" | "DESC";

export interface OrderSpec {
  /** The sort value of node `v` as a string (an ISO day, a collation key), or null when it has none. */
  key: (v: string) => string;
  direction: SortDirection;
  /**
   * A stored property that holds exactly `key` (absent where `key` is null),
   * with a range index: pages of current nodes then read in index order
   * instead of computing and sorting the key of every node (storedOrderPage).
   */
  stored?: string;
  /** The partial date the order is by (its `stored` key is that date's key), for bandedPage. */
  dateField?: string;
}

const LABEL = /^[A-Z][A-Za-z]*$/;

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Null sort values go last in either direction: the key is coalesced with a
 * sentinel above every string for ascending orders and below every other
 * key for descending ones, so the key a cursor holds is never null.
 */
export const NULL_KEY: Record<SortDirection, string> = { ASC: "\uffff", DESC: "" };

/** `(key, id)` strictly after `pos` in `direction`. */
function beyondCondition(key: string, id: string, direction: SortDirection, keyParam: string, idParam: string): string {
  const op = direction === "ASC" ? ">" : "<";
  return `(${key} ${op} ${keyParam} OR (${key} = ${keyParam} AND ${id} ${op} ${idParam}))`;
}

/** The nodes of `label` visible at `at` (current ones when null) meeting every condition. */
function matchCurrent(label: string, v: string, conditions: Condition[], at: KnownAt): string {
  return [`MATCH (${v}:${label})`, `WHERE ${[visible(v, at), ...conditions.map((c) => c(v))].join(" AND ")}`].join(" ");
}

/** A relationship whose neighbours the page brings along for each of its nodes (the client asked for them). */
export interface RelatedFetch {
  rel: string;
  direction: Direction;
  /** Only these properties of each neighbour (sent as `pick` sends them); whole nodes when absent. */
  fields?: readonly string[] | null;
}

/**
 * One page in one statement. Strategy: the window (filters, then strictly
 * after `after` and before `before` in the requested order) is sorted by
 * `(sortKey, id)` in the query direction (reversed for `last`) and cut at
 * `size + 1` rows, the extra row telling whether there is more. `beyond` is an
 * EXISTS probe for an item on the other side of the cursor the page starts
 * from, which gives the exact hasPreviousPage (forward) or hasNextPage
 * (backward). The probe runs first so the page's `collect` (one row even when
 * empty) decides the row count. `related` adds, per node, its neighbours over
 * those relationships (in that order), as the related loader would fetch them.
 * `fields`: only those stored properties of each node, as a list (findListPage
 * zips them back); whole nodes when null.
 */
export function pageStatement(
  label: string, filters: Filter[], order: OrderSpec, req: PageRequest, at: KnownAt = null, related: readonly RelatedFetch[] = [], fields: readonly string[] | null = null,
): Statement {
  if (!LABEL.test(label)) throw new Error(`not a label: ${label}`);
  const params = new Params(at);
  // At a past moment the version then current may be an older one (`<id>@v<n>`): order and cursors use the stable id.
  const idOf = (v: string) => stableId(v, at);
  const conditions = filters.map((f) => f(params));
  const dir = order.direction;
  const nullKey = params.add(NULL_KEY[dir]);
  const keyOf = (v: string) => `coalesce(${order.key(v)}, ${nullKey})`;

  const window: string[] = [];
  const cursorParams = (pos: Position) => [params.add(pos.key), params.add(pos.id)] as const;
  const after = req.after ? cursorParams(req.after) : null;
  const before = req.before ? cursorParams(req.before) : null;
  if (after) window.push(beyondCondition("sortKey", idOf("n"), dir, after[0], after[1]));
  if (before) window.push(beyondCondition("sortKey", idOf("n"), flip(dir), before[0], before[1]));

  // The side the page starts from: before `after` going forward, from `before` on going backward.
  const start = req.direction === "FORWARD" ? after : before;
  const startDir = req.direction === "FORWARD" ? dir : flip(dir);
  const probe = start
    ? `EXISTS { ${matchCurrent(label, "m", conditions, at)} AND NOT ${beyondCondition(keyOf("m"), idOf("m"), startDir, start[0], start[1])} }`
    : "false";

  const queryDir = req.direction === "FORWARD" ? dir : flip(dir);
  const limit = params.add(req.size + 1);
  const rowsOf = (v: string, key: string) =>
    `{ props: ${fields ? pick(v, fields) : nodeProps(v, label)}, key: ${key}, related: [${related.map((x) => relatedCollect(v, x.rel, x.direction, at, x.fields ?? null)).join(", ")}] }`;
  if (order.stored && at === null) {
    const cursor = (pos: Position | null, ps: readonly [string, string] | null): Cursor | null =>
      pos && ps ? { key: ps[0], id: ps[1], keyed: pos.key !== NULL_KEY[dir] } : null;
    const window = order.dateField ? filters.find((f) => f.dateWindow?.field === order.dateField)?.dateWindow : undefined;
    const page = window
      ? bandedPage(label, window, params, conditions, dir, queryDir, limit, NULL_KEY[dir], req.after ? { ...req.after, params: after! } : null, req.before ? { ...req.before, params: before! } : null)
      : storedOrderPage(label, order.stored, conditions, dir, queryDir, limit, nullKey, cursor(req.after, after), cursor(req.before, before));
    return { cypher: [`WITH ${probe} AS beyond`, page, "CALL {", "  WITH hits", "  UNWIND hits AS hit", "  WITH hit.n AS n, hit.key AS sortKey", `  RETURN collect(${rowsOf("n", "sortKey")}) AS rows`, "}", "RETURN rows, beyond"].join("\n"), params: params.values };
  }
  const cypher = [
    `WITH ${probe} AS beyond`,
    "CALL {",
    `  ${matchCurrent(label, "n", conditions, at)}`,
    `  WITH n, ${keyOf("n")} AS sortKey`,
    window.length ? `  WHERE ${window.join(" AND ")}` : null,
    `  WITH n, sortKey ORDER BY sortKey ${queryDir}, ${idOf("n")} ${queryDir} LIMIT toInteger(${limit})`,
    `  RETURN collect(${rowsOf("n", "sortKey")}) AS rows`,
    "}",
    "RETURN rows, beyond",
  ]
    .filter((l) => l !== null)
    .join("\n");
  return { cypher, params: params.values };
}

/** `totalCount`: the same label and filters, no cursors. */
export function countStatement(label: string, filters: Filter[], at: KnownAt = null): Statement {
  if (!LABEL.test(label)) throw new Error(`not a label: ${label}`);
  const params = new Params(at);
  const conditions = filters.map((f) => f(params));
  return { cypher: `${matchCurrent(label, "n", conditions, at)} RETURN count(n) AS total`, params: params.values };
}

export interface PageRow {
  rows: Array<{ props: Record<string, Plain>; key: string; related: Array<RelatedRow["value"]> }>;
  beyond: boolean;
}

export async function findListPage(tx: Tx, statement: Statement, fields: readonly string[] | null = null): Promise<PageRow> {
  const [row] = await tx.run<PageRow>(statement.cypher, statement.params);
  if (!row) return { rows: [], beyond: false };
  return fields ? { ...row, rows: row.rows.map((r) => ({ ...r, props: unpick(fields, r.props) ?? {} })) } : row;
}

export async function countListItems(tx: Tx, statement: Statement): Promise<number> {
  const [row] = await tx.run<{ total: number }>(statement.cypher, statement.params);
  return row?.total ?? 0;
}
