/**
 * The two ways a page of current nodes is read in index order, for orders
 * whose key is stored (list.cypher.ts picks one): by the stored key alone
 * (storedOrderPage), or, when the page is also filtered by a window on the
 * same date, by the banded key (bandedPage). Both return the page's nodes as
 * `hits` for the statement pageStatement builds around them.
 */
import { bandRanges, dateBand, dateKey } from "../../domain/storedDate";
import { visible } from "../node/recordTime";
import type { Condition, DateWindow, Params, SortDirection } from "./list.cypher";
import type { Position } from "./page";

/** The other direction. */
export const flip = (d: SortDirection): SortDirection => (d === "ASC" ? "DESC" : "ASC");

/** `v.P op= k AND (v.P op k OR v.id op i)`: strictly after (k, i) in `direction`, with a bound Neo4j can seek the index by. */
function seekAfter(p: string, id: string, direction: SortDirection, k: string, i: string): string {
  const op = direction === "ASC" ? ">" : "<";
  return `${p} ${op}= ${k} AND (${p} ${op} ${k} OR ${id} ${op} ${i})`;
}

/** A cursor's position as parameters, and whether it sits on a node with a key (not the null sentinel). */
export interface Cursor {
  key: string;
  id: string;
  keyed: boolean;
}

/**
 * The page's nodes (`hits`: `{ n, key }` in query order, at most `limit`) for
 * an order whose key is stored in property `stored`. In the list's order the
 * nodes with a key come first, by (key, id), then those without (their key is
 * the null sentinel), by id; a cursor on one side rules the other side in or
 * out whole. Each part is read in index order and cut at the limit, and the
 * part that comes second in the query direction is read only when the first
 * did not fill the page. Cursor conditions are spliced in by which side the
 * cursor is on, so the keyed part's bound is one Neo4j can seek the index by.
 * Current nodes only (knownAt reads take the general path).
 */
export function storedOrderPage(
  label: string, stored: string, conditions: Condition[], dir: SortDirection, queryDir: SortDirection, limit: string, nullKey: string,
  after: Cursor | null, before: Cursor | null,
): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(stored)) throw new Error(`not a property name: ${stored}`);
  const p = `n.${stored}`;
  const idAfter = (d: SortDirection, i: string) => `n.id ${d === "ASC" ? ">" : "<"} ${i}`;
  // A cursor on a keyed node rules every unkeyed node in (after) or out (before), and the other way round.
  const keyed: string[] = [];
  const unkeyed: string[] = [];
  let keyedOpen = true;
  let unkeyedOpen = true;
  if (after) {
    if (after.keyed) keyed.push(seekAfter(p, "n.id", dir, after.key, after.id));
    else {
      keyedOpen = false;
      unkeyed.push(idAfter(dir, after.id));
    }
  }
  if (before) {
    if (before.keyed) {
      keyed.push(seekAfter(p, "n.id", flip(dir), before.key, before.id));
      unkeyedOpen = false;
    } else unkeyed.push(idAfter(flip(dir), before.id));
  }
  const part = (name: string, withKey: boolean, guard: string | null) => {
    if (!(withKey ? keyedOpen : unkeyedOpen)) return `WITH beyond${guard ? `, ${guard}` : ""}, [] AS ${name}`;
    return [
      "CALL {",
      guard ? `  WITH ${guard}` : null,
      guard ? `  UNWIND CASE WHEN size(${guard}) < toInteger(${limit}) THEN [1] ELSE [] END AS go` : null,
      `  MATCH (n:${label}) WHERE ${[withKey ? `${p} IS NOT NULL` : `${p} IS NULL`, visible("n", null), ...conditions.map((c) => c("n")), ...(withKey ? keyed : unkeyed)].join(" AND ")}`,
      withKey ? `  WITH n ORDER BY ${p} ${queryDir}, n.id ${queryDir} LIMIT toInteger(${limit})` : `  WITH n ORDER BY n.id ${queryDir} LIMIT toInteger(${limit})`,
      `  RETURN collect({ n: n, key: ${withKey ? p : nullKey} }) AS ${name}`,
      "}",
    ]
      .filter((l) => l !== null)
      .join("\n");
  };
  // In the list's order keyed nodes come first; going the other way, unkeyed ones do.
  const keyedFirst = queryDir === dir;
  return [part("first", keyedFirst, null), part("second", !keyedFirst, "first"), `WITH beyond, (first + second)[0..toInteger(${limit})] AS hits`].join("\n");
}

/**
 * The page's nodes (`hits`, as storedOrderPage gives them) for a list
 * filtered by a date window and ordered by the same date, current nodes only.
 * Read in key order, the window's matches would come after every node dated
 * before the window, each read and dropped (72,584 index entries a page at
 * 1M nodes, docs/benchmarks.md). Instead each band of the banded key
 * (src/domain/storedDate.ts) is one index range that holds its matches, read
 * in order and cut at the page size; the bands' pages are merged and cut
 * again. The filter itself still applies, so a range only has to hold every
 * match. Undated nodes never match a window, so there is no unkeyed part.
 */
export function bandedPage(
  label: string, window: DateWindow, params: Params, conditions: Condition[], dir: SortDirection, queryDir: SortDirection, limit: string, unkeyed: string,
  after: (Position & { params: readonly [string, string] }) | null, before: (Position & { params: readonly [string, string] }) | null,
): string {
  const key = `n.${dateKey(window.field)}`;
  const band = `n.${dateBand(window.field)}`;
  // After a cursor on an undated node (they come last) nothing dated is left; before one, all of it is.
  if (after && after.key === unkeyed) return "WITH beyond, [] AS hits";
  const cursors = [after && after.key !== unkeyed ? { pos: after, d: dir } : null, before && before.key !== unkeyed ? { pos: before, d: flip(dir) } : null].filter(
    (c) => c !== null,
  );
  // The cursors as key bounds (inclusive: the id decides ties) for the bands' ranges, and exactly as conditions.
  const lowest = cursors.filter((c) => c.d === "ASC").map((c) => c.pos.key);
  const highest = cursors.filter((c) => c.d === "DESC").map((c) => c.pos.key);
  const keyFrom = lowest.length ? lowest.reduce((a, b) => (a > b ? a : b)) : null;
  const keyTo = highest.length ? highest.reduce((a, b) => (a < b ? a : b)) : null;
  const bands = params.add(bandRanges(window.from, window.to, keyFrom, keyTo));
  const where = [`${band} >= b.lo`, `${band} <= b.hi`, visible("n", null), ...conditions.map((c) => c("n")), ...cursors.map((c) => seekAfter(key, "n.id", c.d, c.pos.params[0], c.pos.params[1]))];
  return [
    "CALL {",
    `  UNWIND ${bands} AS b`,
    "  CALL (b) {",
    `    MATCH (n:${label}) WHERE ${where.join(" AND ")}`,
    `    WITH n ORDER BY ${band} ${queryDir}, n.id ${queryDir} LIMIT toInteger(${limit})`,
    "    RETURN n",
    "  }",
    `  WITH n ORDER BY ${key} ${queryDir}, n.id ${queryDir} LIMIT toInteger(${limit})`,
    `  RETURN collect({ n: n, key: ${key} }) AS hits`,
    "}",
  ].join("\n");
}
