import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Mandate API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("mandate"));
  const chefer = g.add("Organization", "forvaltningscheferna", { name: "förvaltningscheferna", kind: "COLLECTIVE" });
  const operativ = g.add("Organization", "operativ", { name: "Operativ samordning produktionschefer", kind: "WORKING_GROUP" });
  const chef = g.add("Person", "chef", { name: "En Chef", aliases: [] });
  const rot = g.add("Mandate", "rot", { scope: "leda förvaltningen", heldBy: chefer, root: true });
  const styra = g.add("Mandate", "styra", {
    scope: "styra om flöden vid behov", basis: "förvaltningschefernas mandat", grantedBy: chefer, heldBy: operativ,
    delegatedFrom: rot, validFrom: "2024-W44", validTo: "2025-06",
  });
  const personligt = g.add("Mandate", "personligt", { scope: "besluta om bemanning", heldBy: chef, grantedBy: operativ, delegatedFrom: styra });

  const api = useTestApi(g);

  it("walks a mandate chain down and up with grantor, holder and validity", async () => {
    const res = await api.gql<{ mandate: Record<string, unknown> }>(
      `query($id: ID!) { mandate(id: $id) {
         scope basis root
         validFrom { text earliest latest precision } validTo { text earliest latest }
         grantedBy { __typename ... on Organization { id } }
         heldBy { __typename ... on Organization { id } }
         delegatedFrom { id root delegatedFrom { id } }
         delegations { id heldBy { __typename ... on Person { name } } } } }`,
      { id: styra },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.mandate).toEqual({
      scope: "styra om flöden vid behov",
      basis: "förvaltningschefernas mandat",
      root: false,
      validFrom: { text: "2024-W44", earliest: "2024-10-28", latest: "2024-11-03", precision: "WEEK" },
      validTo: { text: "2025-06", earliest: "2025-06-01", latest: "2025-06-30" },
      grantedBy: { __typename: "Organization", id: chefer },
      heldBy: { __typename: "Organization", id: operativ },
      delegatedFrom: { id: rot, root: true, delegatedFrom: null },
      delegations: [{ id: personligt, heldBy: { __typename: "Person", name: "En Chef" } }],
    });
  });

  it("lists mandates granted and held from the actor's side", async () => {
    const res = await api.gql(
      `query($chefer: ID!, $operativ: ID!, $chef: ID!) {
         chefer: organization(id: $chefer) { mandatesGranted { id } mandatesHeld { id } }
         operativ: organization(id: $operativ) { mandatesGranted { id } mandatesHeld { id } }
         chef: person(id: $chef) { mandatesHeld { id } mandatesGranted { id } } }`,
      { chefer, operativ, chef },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      chefer: { mandatesGranted: [{ id: styra }], mandatesHeld: [{ id: rot }] },
      operativ: { mandatesGranted: [{ id: personligt }], mandatesHeld: [{ id: styra }] },
      chef: { mandatesHeld: [{ id: personligt }], mandatesGranted: [] },
    });
  });

  it("is null for another type's id", async () => {
    const res = await api.gql(`query($id: ID!) { mandate(id: $id) { id } }`, { id: chef });
    expect(res.data).toEqual({ mandate: null });
  });
});
