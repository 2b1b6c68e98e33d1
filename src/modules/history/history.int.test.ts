/**
 * history(id) on the seeded graph: the seed load is one change set touching
 * every seeded record; a reader of one fact's history asks for that fact's
 * entries and gets only those, read in the same single statement.
 */
import { useTestApi } from "../../../test/helpers/suite";

interface Touch {
  id: string;
  action: string;
  version: number;
  type: string;
}

describe("history of a seeded fact", () => {
  const api = useTestApi();

  it("gives the seed change set's entry for the fact alone when touched is asked for with its id, in one round trip", async () => {
    const res = await api.gql<{ history: Array<{ author: string; touchedCount: number; mine: Touch[] }> }>(
      `{ history(id: "org:vgr") { author touchedCount mine: touched(id: "org:vgr") { id action version type } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.extensions).toEqual({ debug: { roundTrips: 1 } });
    const seed = res.data!.history[0]!;
    expect(seed.author).toBe("seed");
    expect(seed.mine).toEqual([{ id: "org:vgr", action: "CREATED", version: 1, type: "Organization" }]);
    const { records } = await api.scope.db.driver.executeQuery("MATCH (:ChangeSet {author: 'seed'})-[:TOUCHED]->(n) RETURN count(n) AS n");
    expect(seed.touchedCount).toBe(records[0]!.get("n").toNumber());
    expect(seed.touchedCount).toBeGreaterThan(500);
  });

  it("still lists everything a change set touched when touched is asked for without an id, next to the filtered entries", async () => {
    const res = await api.gql<{ history: Array<{ touchedCount: number; all: Touch[]; mine: Touch[]; other: Touch[] }> }>(
      `{ history(id: "org:vgr") { touchedCount all: touched { id } mine: touched(id: "org:vgr") { id } other: touched(id: "org:regionstyrelsen") { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    const seed = res.data!.history[0]!;
    expect(seed.all).toHaveLength(seed.touchedCount);
    expect(seed.all.map((t) => t.id)).toEqual(expect.arrayContaining(["org:vgr", "org:regionstyrelsen", "person:karin-loostrom-muth"]));
    expect(seed.mine).toEqual([{ id: "org:vgr" }]);
    expect(seed.other).toEqual([{ id: "org:regionstyrelsen" }]);
  });

  it("takes the entity's id from a variable", async () => {
    const res = await api.gql<{ history: Array<{ touched: Touch[] }> }>(
      `query($id: ID!) { history(id: $id) { touched(id: $id) { id action } } }`,
      { id: "decision:paus-inforandet-millennium" },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.history[0]!.touched).toEqual([{ id: "decision:paus-inforandet-millennium", action: "CREATED" }]);
  });
});
