import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("LegalCase API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("case"));
  const domstol = g.add("Organization", "fr", { name: "Förvaltningsrätten i Göteborg", kind: "COURT" });
  const privata = g.add("Organization", "privata", { name: "Privata vårdgivare", kind: "COLLECTIVE" });
  const vgr = g.add("Organization", "vgr", { name: "Västra Götalandsregionen", kind: "REGION" });
  const beslut = g.add("Decision", "beslut", { title: "Beslut om ersättning" });
  const mal = g.add("LegalCase", "mal", {
    title: "Privata vårdgivare mot VGR", kind: "COURT_CASE", forum: domstol, openedOn: "2024-11-11", status: "Skriftväxling pågår",
    parties: [{ who: privata, role: "CLAIMANT" }, { who: vgr, role: "RESPONDENT" }],
    concerns: [beslut],
  });

  const api = useTestApi(g);

  it("returns a case with its forum, parties with roles and what it concerns, and each from the other side", async () => {
    const res = await api.gql(
      `query($mal: ID!, $domstol: ID!, $vgr: ID!, $beslut: ID!) {
         legalCase(id: $mal) { title kind status openedOn { text earliest } closedOn { text }
           forum { id } parties { role who { ... on Organization { name } } legalCase { id } } concerns { __typename id } }
         domstol: organization(id: $domstol) { casesHeard { id } legalCases { role } }
         vgr: organization(id: $vgr) { legalCases { role legalCase { title } } }
         decision(id: $beslut) { concernedBy { __typename ... on LegalCase { id } } } }`,
      { mal, domstol, vgr, beslut },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      legalCase: {
        title: "Privata vårdgivare mot VGR", kind: "COURT_CASE", status: "Skriftväxling pågår",
        openedOn: { text: "2024-11-11", earliest: "2024-11-11" }, closedOn: null,
        forum: { id: domstol },
        parties: [
          { role: "CLAIMANT", who: { name: "Privata vårdgivare" }, legalCase: { id: mal } },
          { role: "RESPONDENT", who: { name: "Västra Götalandsregionen" }, legalCase: { id: mal } },
        ],
        concerns: [{ __typename: "Decision", id: beslut }],
      },
      domstol: { casesHeard: [{ id: mal }], legalCases: [] },
      vgr: { legalCases: [{ role: "RESPONDENT", legalCase: { title: "Privata vårdgivare mot VGR" } }] },
      decision: { concernedBy: [{ __typename: "LegalCase", id: mal }] },
    });
  });
});
