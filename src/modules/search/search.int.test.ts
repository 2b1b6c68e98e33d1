import { useTestApi } from "../../../test/helpers/suite";

describe("search on the seed graph", () => {
  const api = useTestApi();

  const top = async (text: string, types?: string[]) => {
    const res = await api.gql<{ search: Array<{ node: { id: string }; text: string }> }>(
      `query($text: String!, $types: [String!]) { search(text: $text, types: $types, first: 50) { text node { id } } }`,
      { text, types },
    );
    expect(res.errors).toBeUndefined();
    // The synthetic-graph test writes people named like the seed's (Kullbratt, Looström)
    // while this suite may run: rank the curated graph's hits among themselves.
    return res.data!.search.map((h) => h.node.id).filter((id) => !/^[a-z]+:(gentest|syn)-/.test(id)).slice(0, 5);
  };

  it.each([
    ["Kull", "person:anders-kullbratt"], // a partial name
    ["Annica", "person:annika-mortensen"], // the other spelling
    ["Looström", "person:karin-loostrom-muth"],
    ["Loostrom", "person:karin-loostrom-muth"], // without the diaeresis
    ["Lilja Järnström", "person:ann-charlotte-lilja-jarnstrom"],
  ])("finds %s as %s first", async (text, id) => {
    expect((await top(text, ["Person"]))[0]).toBe(id);
  });

  it("finds the pause agreement by its alias", async () => {
    expect(await top("pausöverenskommelsen", ["Agreement"])).toContain("agreement:pausoverenskommelse-vgr-oracle");
  });

  it("treats Lucene and Cypher syntax in the text as plain words", async () => {
    expect(await top("' OR 1=1 //")).toEqual([]);
    expect(await top('Kull* AND "x')).toEqual([]);
  });

  it("refuses unknown types with the list of searchable ones", async () => {
    const res = await api.gql(`{ search(text: "VGR", types: ["Secret"]) { text } }`);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(res.errors![0]!.message).toMatch(/searchable types are Organization, Person/);
  });
});
