/**
 * Org charts and "who held X" on the seeded graph, read through the API: the
 * facts come from the source documents (Annika Mortensen is programchef on
 * 2024-11-05; Bjarne Christiansson is acting programchef by 2025-04-11).
 */
import { useTestApi } from "../../../test/helpers/suite";

interface ChartNode { id: string; parentId: string | null; kind: string; label: string; capacity: string | null; certainty: string; citations: Array<{ quote: string }> }

describe("orgChart and whoHeld on the seed graph", () => {
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

  it("marks both as uncertain in between, where the sources do not date the change", async () => {
    const holders = holdersOf(await chart("2025-01-15"), "post:programchef-millennium");
    expect(holders.map((h) => [h.label, h.certainty]).sort()).toEqual([["Annika Mortensen", "UNCERTAIN"], ["Bjarne Christiansson", "UNCERTAIN"]]);
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

  it("answers who was regiondirektör (acting) in April 2025", async () => {
    const res = await api.gql<{ whoHeld: Array<{ person: { name: string }; capacity: string; certainty: string }> }>(
      `{ whoHeld(post: "regiondirektör", organizationId: "org:vgr", asOf: "2025-04-11") { person { name } capacity certainty } }`,
    );
    expect(res.data!.whoHeld).toEqual([{ person: { name: "Ann-Charlotte Lilja Järnström" }, capacity: "ACTING", certainty: "CERTAIN" }]);
  });

  it("answers who held a post given by id, and nobody before the sources' horizon ends", async () => {
    const res = await api.gql<{ a: Array<{ person: { name: string } }>; b: Array<{ person: { name: string } }> }>(
      `{ a: whoHeld(post: "post:programchef-millennium", asOf: "2024-11-05") { person { name } }
         b: whoHeld(post: "post:programchef-millennium", asOf: "2026-01-01") { person { name } } }`,
    );
    expect(res.data!.a).toEqual([{ person: { name: "Annika Mortensen" } }]);
    expect(res.data!.b).toEqual([{ person: { name: "Bjarne Christiansson" } }]);
  });

  it("returns null for an unknown root and refuses an out-of-range depth", async () => {
    const res = await api.gql(`{ orgChart(rootId: "org:finns-inte", asOf: "2025-01-01") { asOf } }`);
    expect(res.data).toEqual({ orgChart: null });
    const bad = await api.gql(`{ orgChart(rootId: "org:vgr", asOf: "2025-01-01", depth: 99) { asOf } }`);
    expect(bad.errors![0]).toMatchObject({ message: "depth must be between 1 and 8, got 99", extensions: { code: "BAD_USER_INPUT" } });
  });

  it("costs two round trips whatever the chart's size: the tuned query and one batch of citations", async () => {
    const res = await api.gql(`{ orgChart(rootId: "org:vgr", asOf: "2025-02-25", depth: 4) { nodes { id citations { quote } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions).toEqual({ debug: { roundTrips: 2 } });
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
