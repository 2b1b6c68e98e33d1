import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Appointment and Post API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("appt"));
  const vgr = g.add("Organization", "vgr", { name: "Västra Götalandsregionen", kind: "REGION" });
  const post = g.add("Post", "regiondirektor", { title: "regiondirektör", organization: vgr });
  const acj = g.add("Person", "acj", { name: "Ann-Charlotte Lilja Järnström", aliases: [] });
  const bc = g.add("Person", "bc", { name: "Bjarne Christiansson", aliases: [] });
  const tf = g.add("Appointment", "acj-tf", {
    person: acj, post, organization: vgr, role: "tillförordnad regiondirektör", capacity: "ACTING",
    validFrom: "2024-11-06..2025-04-11", attestedOn: ["2025-04-11", "2025-03-02"],
  });
  const talesperson = g.add("Appointment", "bc-talesperson", { person: bc, organization: vgr, role: "talesperson", validFrom: "2025-01" });
  const earlier = g.add("Appointment", "bc-direktor", { person: bc, post, role: "regiondirektör", validFrom: "2023", validTo: "2024-11-06" });

  const api = useTestApi(g);

  it("returns an appointment with its person, post, organisation, capacity and dates", async () => {
    const res = await api.gql<{ appointment: Record<string, unknown> }>(
      `query($id: ID!) { appointment(id: $id) {
         role capacity person { name } post { title } organization { name }
         validFrom { text precision earliest latest approximate } validTo { text }
         attestedOn { text earliest } } }`,
      { id: tf },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.appointment).toEqual({
      role: "tillförordnad regiondirektör",
      capacity: "ACTING",
      person: { name: "Ann-Charlotte Lilja Järnström" },
      post: { title: "regiondirektör" },
      organization: { name: "Västra Götalandsregionen" },
      validFrom: { text: "2024-11-06..2025-04-11", precision: "SPAN", earliest: "2024-11-06", latest: "2025-04-11", approximate: true },
      validTo: null,
      attestedOn: [
        { text: "2025-03-02", earliest: "2025-03-02" },
        { text: "2025-04-11", earliest: "2025-04-11" },
      ],
    });
  });

  it("lists appointments from the person, the post and the organisation, by start of validity", async () => {
    const res = await api.gql<Record<string, unknown>>(
      `query($bc: ID!, $post: ID!, $vgr: ID!) {
         person(id: $bc) { appointments { id capacity } }
         post(id: $post) { organization { id } appointments { id person { name } } }
         organization(id: $vgr) { posts { id title } appointments { id } } }`,
      { bc, post, vgr },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      person: { appointments: [{ id: earlier, capacity: "ORDINARY" }, { id: talesperson, capacity: "ORDINARY" }] },
      post: { organization: { id: vgr }, appointments: [{ id: earlier, person: { name: "Bjarne Christiansson" } }, { id: tf, person: { name: "Ann-Charlotte Lilja Järnström" } }] },
      // IN_ORGANIZATION is shared by posts and appointments: each field keeps its own kind
      organization: { posts: [{ id: post, title: "regiondirektör" }], appointments: [{ id: tf }, { id: talesperson }] },
    });
  });

  it("is null for another type's id", async () => {
    const res = await api.gql(`query($id: ID!) { appointment(id: $id) { id } post(id: $id) { id } }`, { id: acj });
    expect(res.data).toEqual({ appointment: null, post: null });
  });
});
