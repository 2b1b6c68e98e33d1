import { foldedQueries, searchWords, stemmedQuery } from "./luceneQuery";

describe("search queries", () => {
  it("keeps only words, so Lucene syntax in the input is dropped", () => {
    expect(searchWords('Kull* OR name:"x" (Annica)~2')).toEqual(["Kull", "OR", "name", "x", "Annica", "2"]);
    expect(searchWords("' OR 1=1 //")).toEqual(["OR", "1", "1"]);
  });

  it("makes every word required, as prefix or near miss in the folded index", () => {
    expect(foldedQueries(["Kull"])).toEqual({ exact: "+(kull kull*)", fuzzy: "+(kull kull* kull~1)" });
    expect(foldedQueries(["Looström", "SÄS"])).toEqual({ exact: "+(loostrom loostrom*) +(sas sas*)", fuzzy: "+(loostrom loostrom* loostrom~1) +(sas sas*)" });
    expect(stemmedQuery(["Beslutet"])).toBe("+beslutet");
  });
});
