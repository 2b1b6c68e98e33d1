import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Membership API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("mem"));
  const grupp = g.add("Organization", "pausgrupp", { name: "Pausgrupp samverkan", kind: "WORKING_GROUP", validFrom: "2024-12" });
  const vastkom = g.add("Organization", "vastkom", { name: "VästKom", kind: "MUNICIPAL_ASSOCIATION" });
  const person = g.add("Person", "ledare", { name: "Lena Ledare", aliases: [] });
  const orgMem = g.add("Membership", "vastkom", { member: vastkom, group: grupp, role: "deltar", validFrom: "2025-01" });
  const personMem = g.add("Membership", "ledare", { member: person, group: grupp, role: "leder", validFrom: "2024-12-15" });

  const api = useTestApi(g);

  it("joins member and group in both directions", async () => {
    const res = await api.gql(
      `query($m: ID!, $grupp: ID!, $vastkom: ID!, $person: ID!) {
         membership(id: $m) { role member { __typename ... on Organization { name } } group { name validFrom { text } } validFrom { earliest } }
         grupp: organization(id: $grupp) { members { id member { __typename ... on Person { name } ... on Organization { name } } } memberships { id } }
         vastkom: organization(id: $vastkom) { memberships { id group { id } } members { id } }
         person(id: $person) { memberships { id role } } }`,
      { m: orgMem, grupp, vastkom, person },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      membership: { role: "deltar", member: { __typename: "Organization", name: "VästKom" }, group: { name: "Pausgrupp samverkan", validFrom: { text: "2024-12" } }, validFrom: { earliest: "2025-01-01" } },
      grupp: {
        members: [
          { id: personMem, member: { __typename: "Person", name: "Lena Ledare" } },
          { id: orgMem, member: { __typename: "Organization", name: "VästKom" } },
        ],
        memberships: [],
      },
      vastkom: { memberships: [{ id: orgMem, group: { id: grupp } }], members: [] },
      person: { memberships: [{ id: personMem, role: "leder" }] },
    });
  });
});
