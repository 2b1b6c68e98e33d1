import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Person API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("person"));
  const annika = g.add("Person", "annika", {
    name: "Annika Mortensen",
    aliases: ["Annica Mortensen"],
    inferredAliases: ["Annica Mortensen"],
    inferredAliasReasons: ["Samma efternamn och samma program: troligen samma person."],
    summary: "Programchef Millennium.",
    citations: [
      { quote: "Annika Mortensen, programchef Millennium", locator: "Talespersoner VGR, punkt 4" },
      { quote: "Annica Mortensen", locator: "bild: organisation", nameAsWritten: "Annica Mortensen" },
    ],
  });
  const org = g.add("Organization", "program", { name: "Program Millennium", kind: "PROGRAMME", aliases: ["PM"], inferredAliases: [] });

  const api = useTestApi(g);

  it("returns a person with aliases, inferred aliases with reasons, and every citation", async () => {
    const res = await api.gql(
      `query($id: ID!, $org: ID!) {
         person(id: $id) { name aliases inferredAliases { alias reason } summary certainty rank
           citations { quote locator nameAsWritten } appointments { id } decisions { id } memberships { id } }
         organization(id: $org) { aliases inferredAliases { alias } validFrom { text } } }`,
      { id: annika, org },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      person: {
        name: "Annika Mortensen",
        aliases: ["Annica Mortensen"],
        inferredAliases: [{ alias: "Annica Mortensen", reason: "Samma efternamn och samma program: troligen samma person." }],
        summary: "Programchef Millennium.",
        certainty: "STATED",
        rank: "NORMAL",
        // same document: by locator
        citations: [
          { quote: "Annika Mortensen, programchef Millennium", locator: "Talespersoner VGR, punkt 4", nameAsWritten: null },
          { quote: "Annica Mortensen", locator: "bild: organisation", nameAsWritten: "Annica Mortensen" },
        ],
        appointments: [],
        decisions: [],
        memberships: [],
      },
      organization: { aliases: ["PM"], inferredAliases: [], validFrom: null },
    });
  });
});
