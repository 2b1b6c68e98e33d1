/**
 * Typo tolerance is a fallback: a page that the words (and their prefixes)
 * fill holds only those hits; a page they do not fill is topped up with
 * near misses one edit away, ranked after the exact hits.
 */
import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("search: near misses only when the words do not fill the page", () => {
  const g = new FixtureGraph(uniquePrefix("fuzzy"));
  // A surname no other suite uses, three people spelled right and one a letter short.
  const exact = ["ett", "två", "tre"].map((n) => g.add("Person", `exakt-${n}`, { name: `Qwzbrandt ${n}`, searchText: `Qwzbrandt ${n}`, searchTextFolded: `qwzbrandt ${n}` }));
  const nearMiss = g.add("Person", "nara", { name: "Qwzbrant fyra", searchText: "Qwzbrant fyra", searchTextFolded: "qwzbrant fyra" });
  const api = useTestApi(g);

  const ids = async (first: number) => {
    const res = await api.gql<{ search: Array<{ node: { id: string } }> }>(
      `query($first: Int) { search(text: "Qwzbrandt", types: ["Person"], first: $first) { node { id } } }`,
      { first },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.search.map((h) => h.node.id);
  };

  it("answers a page the exact spelling fills with exact hits only", async () => {
    const page = await ids(3);
    expect([...page].sort()).toEqual([...exact].sort());
  });

  it("tops up a page the exact spelling does not fill with the near miss, after the exact hits", async () => {
    const page = await ids(10);
    expect(page).toHaveLength(4);
    expect([...page.slice(0, 3)].sort()).toEqual([...exact].sort());
    expect(page[3]).toBe(nearMiss);
  });

  it("still finds a misspelling that has no exact hit at all", async () => {
    const res = await api.gql<{ search: Array<{ node: { id: string } }> }>(`{ search(text: "Qwzbrantd", types: ["Person"], first: 10) { node { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.map((h) => h.node.id)).toEqual(expect.arrayContaining([...exact]));
  });
});
