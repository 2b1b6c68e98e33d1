import { searchQueries, searchWords, swedishStem } from "./luceneQuery";

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
    expect(searchQueries(["VGR:s"]).exact).toBe("+(vgr\\:s vgr\\:s* vgr vgr*)");
  });

  it("stems Swedish words as Lucene's Swedish analyzer does, stop words to nothing", () => {
    expect(swedishStem("Besluten")).toBe("beslut");
    expect(swedishStem("pausöverenskommelsen")).toBe("pausöverenskomm");
    expect(swedishStem("Kommunernas")).toBe("kommun");
    expect(swedishStem("och")).toBe("");
  });

  it("makes every word required, as itself, a prefix, its stem's prefix or a near miss, folded", () => {
    expect(searchQueries(["Kull"])).toEqual({ exact: "+(kull kull*)", fuzzy: "+(kull kull* kull~1)" });
    expect(searchQueries(["Looström", "SÄS"])).toEqual({ exact: "+(loostrom loostrom*) +(sas sas*)", fuzzy: "+(loostrom loostrom* loostrom~1) +(sas sas*)" });
    expect(searchQueries(["Avtalen", "45"])).toEqual({ exact: "+(avtalen avtalen* avtal avtal*) +(45 45*)", fuzzy: "+(avtalen avtalen* avtal avtal* avtalen~1) +(45 45*)" });
    // The stem is taken from the word as typed (the stemmer knows å, ä and ö), then folded.
    expect(searchQueries(["Pausöverenskommelsen"]).exact).toBe("+(pausoverenskommelsen pausoverenskommelsen* pausoverenskomm pausoverenskomm*)");
  });

  it("makes a stop word optional among other words, required when there are only stop words", () => {
    expect(searchQueries(["avtal", "med", "Oracle"]).exact).toBe("+(avtal avtal*) (med med*) +(oracle oracle* oracl oracl*)");
    expect(searchQueries(["och", "Med"]).exact).toBe("+(och och*) +(med med*)");
  });
});
