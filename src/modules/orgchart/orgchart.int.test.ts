/**
 * Org charts on the seeded graph, read through the API: the facts come from
 * the source documents (Annika Mortensen is programchef on 2024-11-05; Bjarne
 * Christiansson is acting programchef by 2025-04-11). "Who held X" is in
 * whoHeld.int.test.ts.
 */
import { useTestApi } from "../../../test/helpers/suite";

interface ChartNode { id: string; parentId: string | null; kind: string; label: string; capacity: string | null; certainty: string; citations: Array<{ quote: string }> }

describe("orgChart on the seed graph", () => {
  const api = useTestApi();

  const chart = async (asOf: string) => {
    const res = await api.gql<{ orgChart: { nodes: ChartNode[] } }>(
      `query($asOf: Date!) { orgChart(rootId: "org:program-millennium", asOf: $asOf, depth: 2) {
         nodes { id parentId kind label capacity certainty citations { quote } } } }`,
      { asOf },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.orgChart.nodes;
  };
  const holdersOf = (nodes: ChartNode[], postId: string) => nodes.filter((n) => n.parentId === postId && n.kind === "HOLDER");

  it("shows Annika Mortensen as programchef on 2024-11-05, certainly, with her source", async () => {
    const holders = holdersOf(await chart("2024-11-05"), "post:programchef-millennium");
    expect(holders.map((h) => [h.label, h.capacity, h.certainty])).toEqual([["Annika Mortensen", "ORDINARY", "CERTAIN"]]);
    expect(holders[0]!.citations.map((c) => c.quote)).toContain("Annika Mortensen, programchef Millennium");
  });

  it("shows Bjarne Christiansson as acting programchef on 2025-04-11, and not Annika Mortensen", async () => {
    const holders = holdersOf(await chart("2025-04-11"), "post:programchef-millennium");
    expect(holders.map((h) => [h.label, h.capacity, h.certainty])).toEqual([["Bjarne Christiansson", "ACTING", "CERTAIN"]]);
  });

  it("marks both as uncertain in between, where the sources do not date the change, and says why: her end and his start are the same vague span", async () => {
    const holders = holdersOf(await chart("2025-01-15"), "post:programchef-millennium");
    expect(holders.map((h) => [h.label, h.certainty]).sort()).toEqual([["Annika Mortensen", "UNCERTAIN"], ["Bjarne Christiansson", "UNCERTAIN"]]);
    const res = await api.gql<{ orgChart: { nodes: Array<{ label: string; uncertainty: unknown }> } }>(
      `{ orgChart(rootId: "org:program-millennium", asOf: "2025-01-15", depth: 2) { nodes { label certainty uncertainty { reason date { text earliest latest } } } } }`,
    );
    const why = Object.fromEntries(res.data!.orgChart.nodes.map((n) => [n.label, n.uncertainty]));
    const span = { text: "2024-11-06..2025-04-11", earliest: "2024-11-06", latest: "2025-04-11" };
    expect(why).toMatchObject({ "Program Millennium": null, "Annika Mortensen": { reason: "END_VAGUE", date: span }, "Bjarne Christiansson": { reason: "START_VAGUE", date: span } });
    expect(res.data!.orgChart.nodes.filter((n) => (n as unknown as { certainty: string }).certainty === "CERTAIN" && n.uncertainty !== null)).toEqual([]);
  });

  it("marks the programme steering group paused by the decision that paused it, perhaps before 11 Apr 2025 (no source says since when) and certainly after; the programme by the roll-out pause", async () => {
    const paused = async (asOf: string) => {
      const res = await api.gql<{ orgChart: { nodes: Array<{ id: string; certainty: string; pausedBy: Array<{ decision: { id: string; decidedOn: { text: string } }; note: string | null; certainty: string }> }> } }>(
        `query($asOf: Date!) { orgChart(rootId: "org:program-millennium", asOf: $asOf, depth: 2) { nodes { id certainty pausedBy { decision { id decidedOn { text } } note certainty } } } }`,
        { asOf },
      );
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(res.data!.orgChart.nodes.filter((n) => n.pausedBy.length > 0).map((n) => [n.id, n.pausedBy]));
    };
    const group = (certainty: string) => [{ decision: { id: "decision:programstyrgruppen-pausad", decidedOn: { text: "..2025-04-11" } }, note: "på obestämd tid", certainty }];
    const programme = [{ decision: { id: "decision:paus-inforandet-millennium", decidedOn: { text: "2024-11" } }, note: "införandet av Millennium pausat", certainty: "CERTAIN" }];
    expect(await paused("2025-06-01")).toEqual({ "org:program-millennium": programme, "org:programstyrgrupp-millennium": group("CERTAIN") });
    expect(await paused("2025-03-01")).toEqual({ "org:program-millennium": programme, "org:programstyrgrupp-millennium": group("UNCERTAIN") });
    // Before November 2024 the roll-out was not paused; the group's pause has no earliest date in any source, so perhaps.
    expect(await paused("2024-10-15")).toEqual({ "org:programstyrgrupp-millennium": group("UNCERTAIN") });
  });

  it("lists parents before children, every node with a citation", async () => {
    const nodes = await chart("2024-11-05");
    expect(nodes[0]).toMatchObject({ id: "org:program-millennium", parentId: null, kind: "UNIT" });
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentId !== null) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
      if (n.kind !== "VACANCY") expect(n.citations.length).toBeGreaterThan(0);
    }
  });

  it("labels a post with no recorded holder as such, not as vacant (the sources may just not name the holder)", async () => {
    const res = await api.gql<{ orgChart: { nodes: Array<{ id: string; kind: string; label: string }> } }>(
      `{ orgChart(rootId: "org:vgr", asOf: "2025-04-11", depth: 2) { nodes { id kind label } } }`,
    );
    expect(res.errors).toBeUndefined();
    const vacancies = res.data!.orgChart.nodes.filter((n) => n.kind === "VACANCY");
    expect(vacancies.length).toBeGreaterThan(0);
    for (const v of vacancies) expect(v.label).toMatch(/ \(ingen innehavare angiven\)$/);
  });

  const certainties = async (rootId: string, asOf: string, knownAt: string | null = null) => {
    const res = await api.gql<{ orgChart: { nodes: Array<{ id: string; kind: string; certainty: string }> } | null }>(
      `query($rootId: ID!, $asOf: Date!, $knownAt: DateTime) { orgChart(rootId: $rootId, asOf: $asOf, knownAt: $knownAt) { nodes { id kind certainty } } }`,
      { rootId, asOf, knownAt },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.orgChart && res.data!.orgChart.nodes;
  };

  it("draws no box more certain than the one it hangs under: the coordination group's parts and members while the group itself is uncertain", async () => {
    // org:samordningsgruppen is valid from "2024-12" (a month): on 2024-12-10 it only perhaps existed.
    const during = (await certainties("org:samordningsgruppen", "2024-12-10"))!;
    expect(during.length).toBeGreaterThan(20);
    expect(new Set(during.map((n) => n.kind))).toEqual(new Set(["UNIT", "MEMBER", "HOLDER"]));
    expect(during.filter((n) => n.certainty !== "UNCERTAIN")).toEqual([]);
    const after = (await certainties("org:samordningsgruppen", "2025-02-01"))!;
    // Its two leaders are named only in the newsletter of late April 2025 (attestedOn): perhaps leaders in February.
    expect(after.filter((n) => n.kind === "HOLDER").map((n) => n.certainty)).toEqual(["UNCERTAIN", "UNCERTAIN"]);
    const reasons = await api.gql<{ orgChart: { nodes: Array<{ kind: string; uncertainty: { reason: string; date: { text: string } | null } | null }> } }>(
      `{ orgChart(rootId: "org:samordningsgruppen", asOf: "2025-02-01") { nodes { kind uncertainty { reason date { text } } } } }`,
    );
    expect(reasons.data!.orgChart.nodes.filter((n) => n.kind === "HOLDER").map((n) => n.uncertainty)).toEqual([
      { reason: "FIRST_ATTESTED_LATER", date: { text: "2025-04-28..2025-04-29" } },
      { reason: "FIRST_ATTESTED_LATER", date: { text: "2025-04-28..2025-04-29" } },
    ]);
    expect(after.filter((n) => n.kind !== "HOLDER" && n.certainty !== "CERTAIN")).toEqual([]);
  });

  it("grades a part charted on its own by the organisations it is part of: none before its group existed, uncertain while the group is", async () => {
    expect(await certainties("org:samordningsgruppen", "2024-10-01")).toBeNull();
    expect(await certainties("org:samordningsgruppen-hr", "2024-10-01")).toBeNull();
    expect(await certainties("org:samordningsgruppen-hr", "2024-10-01", new Date().toISOString())).toBeNull();
    const during = (await certainties("org:samordningsgruppen-hr", "2024-12-10"))!;
    expect(during[0]).toEqual({ id: "org:samordningsgruppen-hr", kind: "UNIT", certainty: "UNCERTAIN" });
    expect(during.filter((n) => n.kind === "MEMBER").map((n) => n.certainty)).toEqual(["UNCERTAIN", "UNCERTAIN", "UNCERTAIN"]);
    expect((await certainties("org:samordningsgruppen-hr", "2025-02-01"))!.map((n) => n.certainty)).toEqual(["CERTAIN", "CERTAIN", "CERTAIN", "CERTAIN"]);
  });

  it("refuses a root id that names nothing or no organisation, returns null for an organisation not there on the date, and refuses an out-of-range depth", async () => {
    const res = await api.gql(`{ orgChart(rootId: "org:finns-inte", asOf: "2025-01-01") { asOf } }`);
    expect(res.errors![0]).toMatchObject({ message: "rootId: org:finns-inte names nothing ever recorded in the graph", extensions: { code: "BAD_USER_INPUT", argument: "rootId" } });
    const person = await api.gql(`{ orgChart(rootId: "person:annika-mortensen", asOf: "2025-01-01") { asOf } }`);
    expect(person.errors![0]!.message).toBe("rootId: person:annika-mortensen names a Person, not an Organization");
    // The coordination group was set up in December 2024 ("2024-12"): there is no chart of it in October.
    const before = await api.gql(`{ orgChart(rootId: "org:samordningsgruppen", asOf: "2024-10-01") { asOf } }`);
    expect(before).toMatchObject({ data: { orgChart: null } });
    expect(before.errors).toBeUndefined();
    const bad = await api.gql(`{ orgChart(rootId: "org:vgr", asOf: "2025-01-01", depth: 99) { asOf } }`);
    expect(bad.errors![0]).toMatchObject({ message: "depth must be between 1 and 8, got 99", extensions: { code: "BAD_USER_INPUT" } });
  });

  it("costs two round trips whatever the chart's size: the tuned query and one batch of citations", async () => {
    const res = await api.gql(`{ orgChart(rootId: "org:vgr", asOf: "2025-02-25", depth: 4) { nodes { id citations { quote } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions).toEqual({ debug: { roundTrips: 2 } });
    // A part below the top: its ancestors' validity comes with the same statement.
    const part = await api.gql(`{ orgChart(rootId: "org:samordningsgruppen-hr", asOf: "2025-02-25") { nodes { id citations { quote } } } }`);
    expect(part.errors).toBeUndefined();
    expect(part.extensions).toEqual({ debug: { roundTrips: 2 } });
  });

  it("draws the same chart whether or not the boxes' subjects are asked for (the chart-only statement sends less)", async () => {
    const fields = "id parentId kind label organizationKind role capacity certainty depth validFrom { text earliest latest precision approximate } validTo { text }";
    // Other suites write units under org:vgr while this one runs (they share the database): the whole
    // region is compared as of a moment before now, the programme (where nobody writes) as of now.
    const snapshot = new Date(Date.now() - 1000).toISOString();
    for (const [rootId, knownAt, atLeast] of [["org:program-millennium", null, 5], ["org:vgr", snapshot, 30]] as const) {
      for (const asOf of ["2024-11-05", "2025-01-15", "2025-04-11"]) {
        const q = (extra: string) =>
          api.gql<{ orgChart: { nodes: Array<Record<string, unknown>> } }>(
            `query($rootId: ID!, $asOf: Date!, $knownAt: DateTime) { orgChart(rootId: $rootId, asOf: $asOf, depth: 4, knownAt: $knownAt) { nodes { ${fields} ${extra} } } }`,
            { rootId, asOf, knownAt },
          );
        const [slim, full] = await Promise.all([q(""), q("subject { id ... on Organization { summary } ... on Person { aliases } }")]);
        expect(slim.errors).toBeUndefined();
        expect(full.errors).toBeUndefined();
        const withoutSubject = full.data!.orgChart.nodes.map(({ subject: _s, ...rest }) => rest);
        expect(slim.data!.orgChart.nodes.length).toBeGreaterThanOrEqual(atLeast);
        expect(slim.data!.orgChart.nodes).toEqual(withoutSubject);
        // The subject, when asked for, is the whole node: a unit's summary or a person's aliases are there.
        expect(full.data!.orgChart.nodes.some((n) => {
          const subject = n.subject as { summary?: string | null; aliases?: string[] } | null;
          return typeof subject?.summary === "string" || (subject?.aliases ?? []).length > 0;
        })).toBe(true);
      }
    }
  });
});
