/**
 * A search asks each full-text index for the page and a small margin
 * (search.cypher.ts). When the filter drops so many of those hits (retracted
 * versions, other types) that they could hide a better one, it asks again
 * with a larger answer: the page is the one an unlimited answer would give,
 * and the round trips say when the second attempt was needed.
 */
import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";
import { SEARCH_MARGIN } from "./search.cypher";

describe("search: answers large enough for the page", () => {
  const g = new FixtureGraph(uniquePrefix("pool"));
  // A word no other suite uses. The retracted records score above the current one (a shorter field), so they fill the first answer.
  const hidden = Array.from({ length: SEARCH_MARGIN + 5 }, (_, i) =>
    g.add("Person", `indragen-${i}`, { name: "Qwzpoolsson", searchText: "Qwzpoolsson", searchTextFolded: "qwzpoolsson", retractedAt: "2025-01-01T00:00:00Z" }),
  );
  const current = g.add("Person", "aktuell", { name: "Qwzpoolsson Andersdotter", searchText: "Qwzpoolsson Andersdotter", searchTextFolded: "qwzpoolsson andersdotter" });
  const org = g.add("Organization", "org", { name: "Qwzpoolsson AB", kind: "COMPANY", searchText: "Qwzpoolsson AB", searchTextFolded: "qwzpoolsson ab" });
  const api = useTestApi(g);

  const search = async (args: string) => {
    const res = await api.gql<{ search: Array<{ node: { id: string } }> }>(`{ search(text: "Qwzpoolsson", ${args}) { node { id } } }`);
    expect(res.errors).toBeUndefined();
    return { ids: res.data!.search.map((h) => h.node.id), roundTrips: (res.extensions as { debug?: { roundTrips?: number } } | undefined)?.debug?.roundTrips };
  };

  it("has more hidden hits than a first answer holds (the test would prove nothing otherwise)", () => {
    expect(hidden.length).toBeGreaterThan(1 + SEARCH_MARGIN);
  });

  it("asks again when the first answer held only hidden hits, and finds the current ones", async () => {
    const { ids, roundTrips } = await search("first: 1");
    expect(ids).toHaveLength(1);
    expect([current, org]).toContain(ids[0]);
    expect(roundTrips).toBe(2);
  });

  it("answers in one round trip when the first answer is enough", async () => {
    const { ids, roundTrips } = await search("first: 20");
    expect([...ids].sort()).toEqual([current, org].sort());
    expect(roundTrips).toBe(1);
  });

  it("never shows a hidden record", async () => {
    for (const first of [1, 2, 5]) {
      const { ids } = await search(`first: ${first}`);
      expect(ids.filter((id) => hidden.includes(id))).toEqual([]);
      expect(ids.length).toBe(Math.min(first, 2));
    }
  });
});
