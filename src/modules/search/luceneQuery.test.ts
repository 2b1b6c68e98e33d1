import { searchStems, swedishStem } from "../../lib/swedishStems";
import { searchQueries, searchWords } from "./luceneQuery";

describe("search queries", () => {
  it("keeps only words, so Lucene syntax in the input is dropped", () => {
    expect(searchWords('Kull* OR name:"x" (Annica)~2')).toEqual(["Kull", "OR", "name", "x", "Annica", "2"]);
    expect(searchWords("' OR 1=1 //")).toEqual(["OR", "1", "1"]);
  });

  it("splits words where the index's tokenizer does (UAX #29)", () => {
    expect(searchWords("VGR:s avtal, 1,2 miljarder kl. 10.30")).toEqual(["VGR:s", "avtal", "1,2", "miljarder", "kl", "10.30"]);
    expect(searchWords("den 2024-11-05 via e-post")).toEqual(["den", "2024", "11", "05", "via", "e", "post"]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });

  it("stems an abbreviation inflected after a colon to the abbreviation", () => {
    expect(swedishStem("VGR:s")).toBe("vgr");
    expect(swedishStem("SMS:en")).toBe("sms");
    expect(swedishStem("S:t")).toBe("s:t"); // one letter is no abbreviation to widen to
    expect(searchQueries(["VGR:s"]).exact).toBe("+(searchTextFolded:(vgr\\:s vgr\\:s* vgr*) searchStems:vgr searchNamesFolded:(vgr\\:s vgr\\:s* vgr)^2 searchNameKeys:(vgr\\:s vgr)^8)");
  });

  it('lets "tf" and "tillförordnad" match each other, as the sources write both', () => {
    expect(searchQueries(["tf"]).exact).toMatch(/^\+\(searchTextFolded:\(tf tf\* tillforordnad\) /);
    expect(searchQueries(["Tillförordnad"]).exact).toMatch(/^\+\(searchTextFolded:\(tillforordnad tillforordnad\* tf /);
    expect(searchQueries(["programchef"]).exact).not.toMatch(/tillforordnad| tf /);
  });

  it("stems Swedish words as Lucene's Swedish analyzer does, stop words to nothing", () => {
    expect(swedishStem("Besluten")).toBe("beslut");
    expect(swedishStem("pausöverenskommelsen")).toBe("pausöverenskomm");
    expect(swedishStem("Kommunernas")).toBe("kommun");
    expect(swedishStem("och")).toBe("");
  });

  it("makes every word required: as itself, a prefix, its stem's prefix or a near miss among the words, or its stem among the stems; folded", () => {
    expect(searchQueries(["Kull"])).toEqual({ exact: "+(searchTextFolded:(kull kull*) searchStems:kull searchNamesFolded:(kull kull*)^2 searchNameKeys:kull^8)", fuzzy: "+(searchTextFolded:(kull kull* kull~1) searchStems:kull searchNamesFolded:(kull kull*)^2 searchNameKeys:kull^8)" });
    expect(searchQueries(["Looström", "SÄS"])).toEqual({
      exact: "+(searchTextFolded:(loostrom loostrom*) searchStems:loostrom searchNamesFolded:(loostrom loostrom*)^2 searchNameKeys:loostrom_sas^8) +(searchTextFolded:(sas sas*) searchStems:sas searchNamesFolded:(sas sas*)^2)",
      fuzzy: "+(searchTextFolded:(loostrom loostrom* loostrom~1) searchStems:loostrom searchNamesFolded:(loostrom loostrom*)^2 searchNameKeys:loostrom_sas^8) +(searchTextFolded:(sas sas*) searchStems:sas searchNamesFolded:(sas sas*)^2)",
    });
    expect(searchQueries(["Avtalen", "45"])).toEqual({
      exact: "+(searchTextFolded:(avtalen avtalen* avtal*) searchStems:avtal searchNamesFolded:(avtalen avtalen*)^2 searchNameKeys:avtalen_45^8) +(searchTextFolded:(45 45*) searchStems:45 searchNamesFolded:(45 45*)^2)",
      fuzzy: "+(searchTextFolded:(avtalen avtalen* avtal* avtalen~1) searchStems:avtal searchNamesFolded:(avtalen avtalen*)^2 searchNameKeys:avtalen_45^8) +(searchTextFolded:(45 45*) searchStems:45 searchNamesFolded:(45 45*)^2)",
    });
    // The stem is taken from the word as typed (the stemmer knows å, ä and ö), then folded.
    expect(searchQueries(["Pausöverenskommelsen"]).exact).toBe("+(searchTextFolded:(pausoverenskommelsen pausoverenskommelsen* pausoverenskomm*) searchStems:pausoverenskomm searchNamesFolded:(pausoverenskommelsen pausoverenskommelsen*)^2 searchNameKeys:pausoverenskommelsen^8)");
  });

  it("stores the stems of a text's words, folded, stop words left out, as the words asked are stemmed", () => {
    expect(searchStems("Kommunernas avtal med Oracles • VGR:s beslut 2024-11-05")).toBe("kommun avtal oracl vgr beslut 2024 11 05");
    expect(searchStems("Pausöverenskommelsen")).toBe("pausoverenskomm");
    expect(searchStems("och för med")).toBe("");
    // Each word typed asks of the stems exactly what a text with that word stores.
    for (const w of ["Oracles", "Styrelsen", "Pausöverenskommelsen", "VGR:s"]) expect(searchQueries([w]).exact).toContain(`searchStems:${searchStems(w).replace(/:/g, "\\:")} `);
  });

  it("counts a word found in the names twice, and the words as one whole name eight times", () => {
    const { exact, fuzzy } = searchQueries(["Västra", "Götalandsregionen"]);
    expect(exact).toContain("searchNamesFolded:(vastra vastra*)^2");
    expect(exact).toContain("searchNamesFolded:(gotalandsregionen gotalandsregionen*)^2");
    // The whole-name term is one more way for the first word's group to match: it ranks, it does not filter.
    expect(exact).toMatch(/^\+\(searchTextFolded:\(vastra [^)]*\) searchStems:vastr searchNamesFolded:\(vastra vastra\*\)\^2 searchNameKeys:vastra_gotalandsregionen\^8\) \+\(searchTextFolded:\(gotalandsregionen /);
    expect(exact.match(/searchNameKeys/g)).toHaveLength(1);
    expect(fuzzy).toContain("searchNamesFolded:(vastra vastra*)^2 searchNameKeys:vastra_gotalandsregionen^8) +(");
    // Lucene syntax in a name's key is escaped like any word.
    expect(searchQueries(["S:t", "Jörgen"]).exact).toContain("searchNameKeys:s\\:t_jorgen^8");
  });

  it("makes a stop word optional among other words, required when there are only stop words", () => {
    expect(searchQueries(["avtal", "med", "Oracle"]).exact).toBe(
      "+(searchTextFolded:(avtal avtal*) searchStems:avtal searchNamesFolded:(avtal avtal*)^2 searchNameKeys:avtal_med_oracle^8) (searchTextFolded:(med med*) searchNamesFolded:(med med*)^2) +(searchTextFolded:(oracle oracle* oracl*) searchStems:oracl searchNamesFolded:(oracle oracle*)^2)",
    );
    expect(searchQueries(["och", "Med"]).exact).toBe("+(searchTextFolded:(och och*) searchNamesFolded:(och och*)^2 searchNameKeys:och_med^8) +(searchTextFolded:(med med*) searchNamesFolded:(med med*)^2)");
  });
});
