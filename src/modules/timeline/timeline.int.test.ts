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

  it("keeps the same decisions and events as the list filters, dates known only as 'at the latest' included", async () => {
    for (const [from, to] of [["2025-02-01", "2025-02-24"], ["2024-11-01", "2024-11-30"], ["2025-02-25", "2025-02-25"]]) {
      const both = async () => {
        const entries = await timeline(`from: "${from}", to: "${to}", kinds: [DECISION, EVENT], first: 500`);
        const lists = await api.gql<{ decisions: { nodes: Array<{ id: string }> }; events: { nodes: Array<{ id: string }> } }>(
          `{ decisions(filter: { from: "${from}", to: "${to}" }, first: 100) { nodes { id } } events(filter: { from: "${from}", to: "${to}" }, first: 100) { nodes { id } } }`,
        );
        expect(lists.errors).toBeUndefined();
        return [entries.map((e) => e.subject.id).sort(), [...lists.data!.decisions.nodes, ...lists.data!.events.nodes].map((n) => n.id).sort()];
      };
      // Other suites may record a dated fixture between the two reads: a pair that differs is read again.
      let [timelined, listed] = await both();
      for (let attempt = 1; attempt < 10 && JSON.stringify(timelined) !== JSON.stringify(listed); attempt++) [timelined, listed] = await both();
      expect(timelined).toEqual(listed);
    }
    // Signed "at the latest 2025-02-25": it may have been signed in early February.
    const february = await timeline(`from: "2025-02-01", to: "2025-02-24", kinds: [DECISION]`);
    expect(february.map((e) => e.subject.id)).toContain("decision:teckna-pausoverenskommelse");
  });

  it("with includeParts, keeps what involves the parts of an actor too: VästKom's own board meeting of 5 May 2025", async () => {
    const ids = async (extra: string) => (await timeline(`from: "2025-04-01", to: "2025-05-31", actorIds: ["org:vastkom"]${extra}`)).map((e) => e.subject.id);
    const without = await ids("");
    const withParts = await ids(", includeParts: true");
    const boardMeetings = withParts.filter((id) => !without.includes(id));
    expect(boardMeetings.length).toBeGreaterThan(0);
    expect(withParts).toEqual(expect.arrayContaining(without));
    // Each added entry involves an organisation that is part of VästKom.
    const res = await api.gql<{ organization: { children: Array<{ id: string; children: Array<{ id: string }> }> } }>(`{ organization(id: "org:vastkom") { children { id children { id } } } }`);
    const parts = res.data!.organization.children.flatMap((p) => [p.id, ...p.children.map((c) => c.id)]);
    expect(parts).toContain("org:vastkom-styrelse");
    const board = await timeline(`from: "2025-04-01", to: "2025-05-31", actorIds: ${JSON.stringify(parts)}`);
    expect(new Set(boardMeetings)).toEqual(new Set(board.map((e) => e.subject.id).filter((id) => !without.includes(id))));
  });

  it("refuses actor ids that name nothing, naming each, instead of answering 'no entries'", async () => {
    const res = await api.gql(`{ timeline(actorIds: ["org:vastkom", "org:finns-inte", "person:ingen"]) { kind } }`);
    expect(res.errors![0]).toMatchObject({
      message: "actorIds[1]: org:finns-inte; actorIds[2]: person:ingen names nothing ever recorded in the graph",
      extensions: { code: "BAD_USER_INPUT", argument: "actorIds" },
    });
  });

  it("refuses a range that ends before it starts", async () => {
    const res = await api.gql(`{ timeline(from: "2025-05-01", to: "2025-01-01") { kind } }`);
    expect(res.errors![0]).toMatchObject({ message: "from (2025-05-01) is after to (2025-01-01)", extensions: { code: "BAD_USER_INPUT" } });
  });
});
