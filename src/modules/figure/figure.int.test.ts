import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Figure API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("figure"));
  const sas = g.add("Organization", "sas", { name: "Södra Älvsborgs sjukhus", kind: "ADMINISTRATION" });
  const enkat = g.add("Event", "webbfraga", { title: "Webbfråga om erfarenheter", kind: "SURVEY", date: "2025-02" });
  const totalt = g.add("Figure", "totalt", { label: "Antal svarande", value: 1225, unit: "personer", approximate: false, about: enkat, asOf: "2025-02" });
  const delSas = g.add("Figure", "sas", { label: "Svarande på SÄS", value: 412.5, unit: "personer", approximate: true, about: enkat, breakdown: sas });

  const api = useTestApi(g);

  it("returns a figure with what it measures and the part it is for, and both from the other side", async () => {
    const res = await api.gql(
      `query($f: ID!, $enkat: ID!, $sas: ID!) {
         figure(id: $f) { label value unit approximate asOf { text } about { __typename id } breakdown { __typename ... on Organization { name } } }
         event(id: $enkat) { figures { id value asOf { earliest } } }
         organization(id: $sas) { breakdownFigures { id } figures { id } } }`,
      { f: delSas, enkat, sas },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      figure: { label: "Svarande på SÄS", value: 412.5, unit: "personer", approximate: true, asOf: null, about: { __typename: "Event", id: enkat }, breakdown: { __typename: "Organization", name: "Södra Älvsborgs sjukhus" } },
      event: { figures: [{ id: totalt, value: 1225, asOf: { earliest: "2025-02-01" } }, { id: delSas, value: 412.5, asOf: null }] },
      organization: { breakdownFigures: [{ id: delSas }], figures: [] },
    });
  });
});
