/**
 * Pagination properties (issue 4, items 1 and 7) with fast-check against the
 * real Neo4j: for generated organisations and decisions whose names and dates
 * collide and are sometimes missing, paging forward or backward with any page
 * size returns every item once, in the order of one big page, with correct
 * pageInfo at both ends; and items added between page fetches never make the
 * pages repeat or skip an item that was there before.
 */
import fc from "fast-check";
import { startTestApi, type TestApi } from "../../../test/helpers/api";
import { FixtureGraph, removePrefix, uniquePrefix } from "../../../test/helpers/fixtures";
import { parsePartialDate } from "../../lib/partialDate";

type Item = { name: string | null; date: string | null };
type ListName = "organizations" | "decisions";
type Scenario = { list: ListName; order: string; items: Item[] };

const ORDERS: Record<ListName, string[]> = {
  organizations: ["NAME_ASC", "NAME_DESC", "DATE_ASC", "DATE_DESC"],
  decisions: ["DATE_ASC", "DATE_DESC", "TITLE_ASC", "TITLE_DESC"],
};
// Few values, so sort keys collide (also after case folding) and ties fall to the id.
const NAMES = ["Alfa", "alfa", "Åsen", "Ängen", "Öster", "Zeta", "Édith", "Beta"];
const DATES = ["2025", "2025-05", "2025-05-01", "2025-05-01", "..2025-02-25", "2024-W44", "mid 2025-01"];

const item = fc.record({ name: fc.option(fc.constantFrom(...NAMES), { freq: 5 }), date: fc.option(fc.constantFrom(...DATES), { freq: 4 }) });
const scenario: fc.Arbitrary<Scenario> = fc
  .constantFrom<ListName>("organizations", "decisions")
  .chain((list) => fc.record({ list: fc.constant(list), order: fc.constantFrom(...ORDERS[list]), items: fc.array(item, { minLength: 0, maxLength: 18 }) }));

let api: TestApi;
const suitePrefix = uniquePrefix("paging");
let runs = 0;

/**
 * Writes `items` under `prefix` as the children of one organisation (organizations)
 * or the decisions of one board (decisions); returns the filter that selects them.
 */
class Universe {
  private batches = 0;
  private root = "";
  constructor(readonly list: ListName, readonly prefix: string) {}

  async add(items: Item[]): Promise<void> {
    const g = new FixtureGraph(`${this.prefix}b${this.batches++}`);
    if (!this.root) this.root = g.add("Organization", "root", { name: "Rot", kind: "BOARD" });
    items.forEach((it, i) => {
      if (this.list === "organizations") g.add("Organization", `o${i}`, { name: it.name ?? undefined, kind: "UNIT", validFrom: it.date ?? undefined, parent: this.root });
      else g.add("Decision", `d${i}`, { title: it.name ?? undefined, decidedOn: it.date ?? undefined, decidedBy: [this.root] });
    });
    await g.write(api.scope);
  }

  /** Also only what may fall in `window`, when given (decisions). */
  window: { from?: string; to?: string } = {};

  get filter(): Record<string, string> {
    return this.list === "organizations" ? { parent: this.root } : { decidedBy: this.root, ...this.window };
  }
}

type PageInfo = { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
type Page = { ids: string[]; cursors: string[]; pageInfo: PageInfo };

async function fetchPage(u: Universe, order: string, args: { first?: number; after?: string | null; last?: number; before?: string | null }): Promise<Page> {
  const type = u.list === "organizations" ? "Organization" : "Decision";
  const res = await api.gql<{ list: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: PageInfo } }>(
    `query($filter: ${type}Filter, $orderBy: ${type}Order, $first: Int, $after: String, $last: Int, $before: String) {
       list: ${u.list}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
         edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    { filter: u.filter, orderBy: order, ...args },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const { edges, pageInfo } = res.data!.list;
  return { ids: edges.map((e) => e.node.id), cursors: edges.map((e) => e.cursor), pageInfo };
}

/** Pages from one end to the other, checking each page's pageInfo; returns the ids in list order. */
async function pageThrough(u: Universe, order: string, size: number, backward: boolean, between?: (step: number) => Promise<void>): Promise<string[]> {
  const seen: string[][] = [];
  let cursor: string | null = null;
  for (let step = 0; step < 200; step++) {
    const page: Page = backward ? await fetchPage(u, order, { last: size, before: cursor }) : await fetchPage(u, order, { first: size, after: cursor });
    const { pageInfo } = page;
    expect(page.ids.length).toBeLessThanOrEqual(size);
    expect(pageInfo.startCursor).toBe(page.cursors[0] ?? null);
    expect(pageInfo.endCursor).toBe(page.cursors[page.cursors.length - 1] ?? null);
    // the side we came from: exact, whether or not the cursor's item is still there
    expect(backward ? pageInfo.hasNextPage : pageInfo.hasPreviousPage).toBe(cursor !== null);
    const more = backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage;
    if (more) expect(page.ids).toHaveLength(size);
    if (backward) seen.unshift(page.ids);
    else seen.push(page.ids);
    if (!more) return seen.flat();
    cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
    await between?.(step);
  }
  throw new Error("paging did not reach the end in 200 pages");
}

function expectNullsLast(u: Universe, order: string, ids: string[], items: Item[]): void {
  const byId = new Map(items.map((it, i) => [`${u.list === "organizations" ? "org" : "decision"}:${u.prefix}b0-${u.list === "organizations" ? "o" : "d"}${i}`, it]));
  const missing = ids.map((id) => (order.startsWith("DATE") ? byId.get(id)!.date : byId.get(id)!.name) === null);
  expect(missing).toEqual([...missing].sort((a, b) => Number(a) - Number(b)));
}

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await removePrefix(api.scope, suitePrefix);
  await api.close();
});

describe("paging through a list", () => {
  it("returns every item exactly once, in the big page's order, with correct pageInfo, forward and backward", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.integer({ min: 1, max: 7 }), async ({ list, order, items }, size) => {
        const u = new Universe(list, `${suitePrefix}r${runs++}`);
        try {
          await u.add(items);
          const big = await fetchPage(u, order, { first: 100 });
          expect(big.ids).toHaveLength(items.length);
          expect(big.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
          expectNullsLast(u, order, big.ids, items);
          expect(await pageThrough(u, order, size, false)).toEqual(big.ids);
          expect(await pageThrough(u, order, size, true)).toEqual(big.ids);
        } finally {
          await removePrefix(api.scope, u.prefix);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("never repeats or skips an existing item when items are added between page fetches", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.array(fc.array(item, { maxLength: 4 }), { maxLength: 4 }), async ({ list, order, items }, size, backward, inserts) => {
        const u = new Universe(list, `${suitePrefix}r${runs++}`);
        try {
          await u.add(items);
          const before = (await fetchPage(u, order, { first: 100 })).ids;
          const seen = await pageThrough(u, order, size, backward, async (step) => {
            if (inserts[step]?.length) await u.add(inserts[step]!);
          });
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen).toEqual(expect.arrayContaining(before));
          // whatever was added and seen sits where the final order puts it
          const after = (await fetchPage(u, order, { first: 100 })).ids;
          expect(after.filter((id) => seen.includes(id))).toEqual(seen);
        } finally {
          await removePrefix(api.scope, u.prefix);
        }
      }),
      { numRuns: 25 },
    );
  });

  // Widths of every band of the banded key (src/domain/storedDate.ts): a day, a week, a month, a year,
  // a span within a month, one over years, and dates open at either end.
  const WINDOW_DATES = ["2025-05-01", "2024-W44", "2025-05", "2025", "2025-03-10..2025-03-20", "2023-06-15..2026-02-10", "2025-04-01..", "..2025-02-25", "mid 2025-01"];
  const DAYS = ["2024-06-01", "2025-01-01", "2025-01-15", "2025-03-15", "2025-05-01", "2025-06-30", "2026-01-01"];
  const windowArb = fc
    .record({ from: fc.option(fc.constantFrom(...DAYS), { nil: undefined }), to: fc.option(fc.constantFrom(...DAYS), { nil: undefined }) })
    .filter((w) => (w.from !== undefined || w.to !== undefined) && !(w.from && w.to && w.from > w.to));

  it("pages through a date window ordered by that date: exactly the dates that may fall in it, in key order, forward and backward", async () => {
    const dated = fc.record({ name: fc.constant(null), date: fc.option(fc.constantFrom(...WINDOW_DATES), { freq: 6 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(dated, { maxLength: 16 }), windowArb, fc.constantFrom("DATE_ASC", "DATE_DESC"), fc.integer({ min: 1, max: 5 }), async (items, window, order, size) => {
        const u = new Universe("decisions", `${suitePrefix}r${runs++}`);
        try {
          await u.add(items);
          u.window = window;
          // The oracle, from the parsed dates alone: bounds overlap the window, ordered by (earliest, else latest; id).
          const expected = items
            .map((it, i) => ({ id: `decision:${u.prefix}b0-d${i}`, d: it.date === null ? null : parsePartialDate(it.date) }))
            .filter((x) => x.d !== null && (!window.from || x.d.latest === null || x.d.latest >= window.from) && (!window.to || x.d.earliest === null || x.d.earliest <= window.to))
            .map((x) => ({ id: x.id, key: x.d!.earliest ?? x.d!.latest! }))
            .sort((a, b) => (a.key === b.key ? (a.id < b.id ? -1 : 1) : a.key < b.key ? -1 : 1))
            .map((x) => x.id);
          if (order === "DATE_DESC") expected.reverse();
          expect((await fetchPage(u, order, { first: 100 })).ids).toEqual(expected);
          expect(await pageThrough(u, order, size, false)).toEqual(expected);
          expect(await pageThrough(u, order, size, true)).toEqual(expected);
        } finally {
          await removePrefix(api.scope, u.prefix);
        }
      }),
      { numRuns: 30 },
    );
  });
});
