import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Option API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("option"));
  const grupp = g.add("Organization", "samordningsgruppen", { name: "Samordningsgruppen", kind: "STEERING_GROUP" });
  const avtal = g.add("Agreement", "avtal", { title: "Millenniumavtalet" });
  const fortsatta = g.add("Option", "fortsatta", { title: "Fortsätta arbetet med Oracle", consideredBy: grupp, concerns: [avtal] });
  const avsluta = g.add("Option", "avsluta", { title: "Avsluta avtalet", status: "REJECTED", consideredBy: grupp, rank: "deprecated" });

  const api = useTestApi(g);

  it("returns options with who considers them, their fate and what they concern, and both from the other side", async () => {
    const res = await api.gql(
      `query($o: ID!, $grupp: ID!, $avtal: ID!) {
         option(id: $o) { title status rank consideredBy { __typename ... on Organization { id } } concerns { id } }
         organization(id: $grupp) { options { id status rank } }
         agreement(id: $avtal) { concernedBy { __typename ... on Option { id } } } }`,
      { o: fortsatta, grupp, avtal },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      option: { title: "Fortsätta arbetet med Oracle", status: "UNDER_CONSIDERATION", rank: "NORMAL", consideredBy: { __typename: "Organization", id: grupp }, concerns: [{ id: avtal }] },
      organization: { options: [{ id: avsluta, status: "REJECTED", rank: "DEPRECATED" }, { id: fortsatta, status: "UNDER_CONSIDERATION", rank: "NORMAL" }] },
      agreement: { concernedBy: [{ __typename: "Option", id: fortsatta }] },
    });
  });
});
