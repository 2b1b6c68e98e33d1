import { CONCEPTS } from "./concepts";
import { nameFields, searchProps, wholeNameKey, wordsOf } from "./searchProps";

describe("search properties", () => {
  it("names a node by its short text fields, not its prose", () => {
    const names = Object.fromEntries(Object.values(CONCEPTS).filter((c) => c.search.length > 0).map((c) => [c.label, nameFields(c)]));
    expect(names).toEqual({
      Document: ["title"],
      Organization: ["name", "aliases"],
      Person: ["name", "aliases"],
      Post: ["title"],
      Mandate: ["scope"],
      Decision: ["title"],
      Agreement: ["title", "aliases"],
      Event: ["title"],
      LegalCase: ["title"],
      Option: ["title"],
      Figure: ["label"],
      Risk: ["title"],
    });
  });

  it("keeps every name of up to 8 words as one term, folded, once", () => {
    const props = searchProps(CONCEPTS.Organization!, {
      name: "Sjukhusen i väster",
      aliases: ["SV", "sv", "Sjukhusen i Väster", "e-post till 1 2 3 4 5 6 7", ""],
      summary: "Förvaltning inom VGR",
    });
    expect(props).toEqual({
      searchText: "Sjukhusen i väster \u2022 SV \u2022 sv \u2022 Sjukhusen i Väster \u2022 e-post till 1 2 3 4 5 6 7 \u2022 Förvaltning inom VGR",
      searchTextFolded: "sjukhusen i vaster \u2022 sv \u2022 sv \u2022 sjukhusen i vaster \u2022 e-post till 1 2 3 4 5 6 7 \u2022 forvaltning inom vgr",
      searchStems: expect.any(String),
      searchNamesFolded: "sjukhusen i vaster \u2022 sv \u2022 sv \u2022 sjukhusen i vaster \u2022 e-post till 1 2 3 4 5 6 7",
      // "e-post till 1 2 3 4 5 6 7" is 10 words: no search can be exactly it.
      searchNameKeys: "sjukhusen_i_vaster sv",
    });
    expect(searchProps(CONCEPTS.Organization!, { name: "", aliases: [] })).toBeNull();
  });

  it("splits a name where a search splits what is typed", () => {
    expect(wordsOf("VGR:s avtal – 2024-11-05")).toEqual(["VGR:s", "avtal", "2024", "11", "05"]);
    expect(wholeNameKey(wordsOf("Pausöverenskommelse VGR–Oracle"))).toBe("pausoverenskommelse_vgr_oracle");
  });
});
