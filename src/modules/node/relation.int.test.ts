import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

/** The round-trip budget: a nested list costs one Neo4j statement per level, however long the lists. */
describe("relationship fields batch per level", () => {
  const g = new FixtureGraph(uniquePrefix("budget"));
  const N = 60;
  const region = g.add("Organization", "region", { name: "Regionen", kind: "REGION" });
  for (let i = 0; i < N; i++) {
    const unit = g.add("Organization", `enhet-${i}`, { name: `Enhet ${String(i).padStart(2, "0")}`, kind: "UNIT", parent: region });
    const post = g.add("Post", `chef-${i}`, { title: `chef ${i}`, organization: unit });
    const person = g.add("Person", `chef-${i}`, { name: `Chef ${i}`, aliases: [] });
    g.add("Appointment", `chef-${i}`, { person, post, role: "chef", validFrom: "2024-01" });
  }

  const api = useTestApi(g);

  it("answers children → posts → appointments → person over 60 units in five round trips", async () => {
    const res = await api.gql<{ organization: { children: Array<{ name: string; posts: Array<{ appointments: Array<{ person: { name: string } }> }> }> } }>(
      `query($id: ID!) { organization(id: $id) { children { name posts { title appointments { role person { name } } } } } }`,
      { id: region },
    );
    expect(res.errors).toBeUndefined();
    const children = res.data!.organization.children;
    expect(children).toHaveLength(N);
    expect(children[0]!.name).toBe("Enhet 00");
    expect(children.flatMap((c) => c.posts.flatMap((p) => p.appointments.map((a) => a.person.name)))).toHaveLength(N);
    // organization, children, posts, appointments, person: one statement per level, not one per item
    expect(res.extensions).toEqual({ debug: { roundTrips: 5 } });
  });
});
