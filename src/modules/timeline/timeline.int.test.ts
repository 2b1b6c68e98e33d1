import { useTestApi } from "../../../test/helpers/suite";

describe("timeline on the seed graph", () => {
  const api = useTestApi();

  type Entry = { date: { earliest: string | null; latest: string | null }; kind: string; subject: { id: string } };
  const timeline = async (args: string) => {
    const res = await api.gql<{ timeline: Entry[] }>(`{ timeline(${args}) { date { earliest latest } kind subject { id } } }`);
    expect(res.errors).toBeUndefined();
    return res.data!.timeline;
  };

  it("orders entries by date and keeps those overlapping the range", async () => {
    const entries = await timeline(`from: "2024-11-01", to: "2024-11-30", first: 500`);
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) {
      expect((e.date.latest ?? "9999") >= "2024-11-01").toBe(true);
      expect((e.date.earliest ?? "0000") <= "2024-11-30").toBe(true);
    }
    const starts = entries.map((e) => e.date.earliest ?? e.date.latest);
    expect([...starts].sort()).toEqual(starts);
    expect(entries.map((e) => e.subject.id)).toEqual(expect.arrayContaining(["decision:ny-tidplan-kommuner-sodra-omradet"]));
  });

  it("keeps only what involves the given actors and kinds", async () => {
    const entries = await timeline(`actorIds: ["org:regionstyrelsen"], kinds: [DECISION]`);
    expect(entries.map((e) => e.subject.id)).toContain("decision:regionstyrelsen-extern-styrgrupp");
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(["DECISION"]));
  });

  it("refuses a range that ends before it starts", async () => {
    const res = await api.gql(`{ timeline(from: "2025-05-01", to: "2025-01-01") { kind } }`);
    expect(res.errors![0]).toMatchObject({ message: "from (2025-05-01) is after to (2025-01-01)", extensions: { code: "BAD_USER_INPUT" } });
  });
});
