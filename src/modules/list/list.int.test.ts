import { readDataset } from "../../../seed/dataset";
import { startTestApi, type TestApi } from "../../../test/helpers/api";
import { FixtureGraph, removePrefix, uniquePrefix } from "../../../test/helpers/fixtures";

type Conn<N> = { totalCount?: number; nodes: N[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
type Dated = { id: string; title: string; date: { earliest: string | null; latest: string | null } | null };

const roundTrips = (res: { extensions?: Record<string, unknown> }) => (res.extensions as { debug: { roundTrips: number } }).debug.roundTrips;

describe("list queries on the seed graph", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  async function list<N>(query: string, variables?: Record<string, unknown>): Promise<Conn<N>> {
    const res = await api.gql<{ list: Conn<N> }>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.list;
  }

  it("finds the 49 municipalities, in Swedish name order", async () => {
    // Other suites (the synthetic-graph generator test) add municipalities of their own
    // while this runs, so the seeded 49 are picked out by id.
    const seeded = new Set(readDataset().entries.filter((e) => e.record.kind === "MUNICIPALITY").map((e) => e.record.id as string));
    expect(seeded.size).toBe(49);
    const page = await list<{ id: string; name: string; kind: string }>(`{ list: organizations(filter: { kind: [MUNICIPALITY] }, first: 100) { totalCount nodes { id name kind } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
    expect(page.totalCount).toBeGreaterThanOrEqual(49);
    expect(new Set(page.nodes.map((o) => o.kind))).toEqual(new Set(["MUNICIPALITY"]));
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: false });
    const names = page.nodes.filter((o) => seeded.has(o.id)).map((o) => o.name);
    expect(names).toHaveLength(49);
    expect([...names].sort(new Intl.Collator("sv").compare)).toEqual(names);
    expect(names[names.length - 1]).toMatch(/^Ö/);
  });

  it("lists the decisions regionstyrelsen took, the same ones as Organization.decisions", async () => {
    const res = await api.gql<{ organization: { decisions: Array<{ id: string }> }; list: Conn<{ id: string; decidedBy: Array<{ id: string }> }> }>(
      `{ organization(id: "org:regionstyrelsen") { decisions { id } }
         list: decisions(filter: { decidedBy: "org:regionstyrelsen" }) { totalCount nodes { id decidedBy { ... on Node { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { organization, list: page } = res.data!;
    expect(page.nodes.map((d) => d.id)).toContain("decision:regionstyrelsen-extern-styrgrupp");
    expect(new Set(page.nodes.map((d) => d.id))).toEqual(new Set(organization.decisions.map((d) => d.id)));
    for (const d of page.nodes) expect(d.decidedBy.map((a) => a.id)).toContain("org:regionstyrelsen");
    expect(page.totalCount).toBe(page.nodes.length);
  });

  it("keeps events whose date may fall in May 2025, oldest first", async () => {
    const page = await list<Dated>(`{ list: events(filter: { from: "2025-05-01", to: "2025-05-31" }, first: 100) { nodes { id title date { earliest latest } } } }`);
    const ids = page.nodes.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["event:vastkom-extra-styrelsemote-2025-05-05", "event:styrgrupp-millennium-kommun-2025-05-28"]));
    // a year-precise date overlaps May and counts; nothing from April does
    expect(ids).toContain("event:samverkansfunktionen-ny-sida-kostnadsansvar");
    for (const e of page.nodes) {
      expect((e.date!.latest ?? "9999") >= "2025-05-01").toBe(true);
      expect((e.date!.earliest ?? "0000") <= "2025-05-31").toBe(true);
    }
    const starts = page.nodes.map((e) => e.date!.earliest ?? e.date!.latest);
    expect([...starts].sort()).toEqual(starts);
  });

  it("sorts newest first with undated items still last", async () => {
    const page = await list<Dated>(`{ list: decisions(orderBy: DATE_DESC, first: 100) { nodes { id title date: decidedOn { earliest latest } } } }`);
    const days = page.nodes.map((d) => (d.date ? (d.date.earliest ?? d.date.latest) : null));
    const firstUndated = days.indexOf(null);
    const dated = firstUndated === -1 ? days : days.slice(0, firstUndated);
    expect(days.slice(dated.length).every((d) => d === null)).toBe(true);
    expect([...dated].sort().reverse()).toEqual(dated);
    // Every seeded decision is there; suites running alongside may have added their own.
    const seeded = readDataset().entries.filter((e) => e.concept.label === "Decision").map((e) => e.record.id);
    expect(seeded).toHaveLength(22);
    expect(page.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(seeded));
    // The two announced, undated decisions of the seed come after every dated one.
    const undated = page.nodes.slice(dated.length).map((n) => n.id);
    expect(undated).toEqual(expect.arrayContaining(["decision:regionstyrelsen-beslut-handlingsalternativ-vagval", "decision:regiondirektoren-alternativ-organisering-program-millennium"]));
  });

  it("matches text ignoring case and diacritics, on the folded search text and on the role for appointments", async () => {
    const people = await list<{ id: string; name: string }>(`{ list: persons(filter: { text: "LOOSTROM" }) { nodes { id name } } }`);
    expect(people.nodes.map((p) => p.id)).toContain("person:karin-loostrom-muth");
    for (const p of people.nodes) expect(p.name).toContain("Looström"); // synthetic people from other suites may share the name
    const appts = await list<{ role: string }>(`{ list: appointments(filter: { text: "direktör" }, orderBy: ROLE_ASC) { nodes { role } } }`);
    expect(appts.nodes.length).toBeGreaterThan(0);
    for (const a of appts.nodes) expect(a.role.toLowerCase()).toContain("direktör");
  });

  it("filters appointments by organisation through their posts too, and posts by organisation", async () => {
    // A seeded organisation, by id: a synthetic block loaded by a suite alongside can fill any first page.
    const orgs = await list<{ id: string; posts: Array<{ id: string }> }>(`{ list: organizations(filter: { text: "Västra Götalandsregionen" }) { nodes { id posts { id } } } }`);
    const withPosts = orgs.nodes.find((o) => o.id === "org:vgr")!;
    expect(withPosts.posts.length).toBeGreaterThan(0);
    const posts = await list<{ id: string }>(`query($org: ID) { list: posts(filter: { organization: $org }) { nodes { id } } }`, { org: withPosts.id });
    expect(new Set(posts.nodes.map((p) => p.id))).toEqual(new Set(withPosts.posts.map((p) => p.id)));
  });

  it("counts only when totalCount is asked for", async () => {
    // Municipalities only: other suites add organisations of their own kinds while this runs.
    const without = await api.gql(`{ organizations(filter: { kind: [MUNICIPALITY] }, first: 5) { nodes { id } } }`);
    const withCount = await api.gql<{ organizations: { totalCount: number } }>(`{ organizations(filter: { kind: [MUNICIPALITY] }, first: 5) { totalCount nodes { id } } }`);
    expect(roundTrips(without)).toBe(1);
    expect(roundTrips(withCount)).toBe(2);
    expect(withCount.data!.organizations.totalCount).toBeGreaterThanOrEqual(49); // exact count: see the municipalities test
  });

  it.each([
    [`{ decisions(first: 101) { nodes { id } } }`, "first must be between 0 and 100, got 101", "first"],
    [`{ events(last: 500) { nodes { id } } }`, "last must be between 0 and 100, got 500", "last"],
    [`{ decisions(first: 2, last: 2) { nodes { id } } }`, "first and last cannot be combined: page forward with first/after, or backward with last/before", "last"],
    [`{ decisions(after: "bm9wZQ") { nodes { id } } }`, "after is not a cursor from this list: it is not one this API made (take pageInfo.endCursor or startCursor of the page before)", "after"],
    [`{ decisions(filter: { from: "2025-06-01", to: "2025-01-01" }) { nodes { id } } }`, "from (2025-06-01) is after to (2025-01-01)", "filter.from"],
    [`{ documents(filter: { kind: ["memo"] }) { nodes { id } } }`, "filter.kind has memo; allowed are report, newsletter, presentation, news, evaluation, reference, other", "filter.kind"],
  ])("refuses %s", async (query, message) => {
    const res = await api.gql(query);
    expect(res.errors![0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT" } });
  });

  it("reads the same values when only stored fields are asked for (the statement then sends just those) as when whole nodes are read", async () => {
    const snapshot = new Date(Date.now() - 1000).toISOString();
    const seedIds = new Set(readDataset().entries.map((e) => e.record.id));
    // Each list filtered to where the seed's nodes are: a synthetic block loaded by a suite alongside can fill any first page.
    const cases: Array<[string, string, string]> = [
      ["decisions", 'filter: { text: "Millennium" }', "id title summary status decidedOn { text earliest latest precision approximate } decidedBy { ... on Node { id } } underMandate { id }"],
      ["organizations", 'filter: { parent: "org:vgr" }', "id name kind summary aliases validFrom { text earliest } validTo { text latest } parent { id }"],
      ["events", 'filter: { text: "Millennium" }', "id title kind date { text earliest latest approximate } organizedBy { ... on Node { id } }"],
      ["appointments", 'filter: { organization: "org:vgr" }', "id role capacity validFrom { text precision } person { id } post { id }"],
    ];
    const seeded = (nodes: Array<Record<string, unknown>>) => nodes.filter((n) => seedIds.has(n.id as string));
    for (const [list, filter, fields] of cases) {
      for (const orderBy of list === "appointments" ? ["DATE_ASC", "DATE_DESC"] : ["DATE_ASC", "DATE_DESC", list === "organizations" ? "NAME_ASC" : "TITLE_ASC"]) {
        const q = (extra: string) =>
          api.gql<Record<string, { nodes: Array<Record<string, unknown>> }>>(
            `query($knownAt: DateTime) { ${list}(${filter}, first: 60, orderBy: ${orderBy}, knownAt: $knownAt) { nodes { ${fields} ${extra} } } }`,
            { knownAt: snapshot },
          );
        // Only the seed's nodes: suites running alongside delete their own fixtures outright, which no knownAt read can undo.
        // Fixtures deleted between the two reads move one page's end by as many nodes as were deleted; such a pair is
        // read again (the window is a few milliseconds), so the two pages are compared whole.
        let a: Array<Record<string, unknown>> = [];
        let b: Array<Record<string, unknown>> = [];
        for (let attempt = 0; attempt < 10; attempt++) {
          // \`version\` is not a stored field of the contract: asking for it makes the page read whole nodes.
          const [light, whole] = await Promise.all([q(""), q("version")]);
          expect(light.errors).toBeUndefined();
          expect(whole.errors).toBeUndefined();
          [a, b] = [seeded(light.data![list]!.nodes), seeded(whole.data![list]!.nodes).map(({ version: _v, ...rest }) => rest)];
          if (a.length === b.length) break;
        }
        expect(a.length).toBeGreaterThan(5);
        expect(a).toEqual(b);
      }
    }
    // Now, not as of a moment: the current nodes through the stored-key path.
    const now = (extra: string) => api.gql<{ decisions: { nodes: unknown[] } }>(`{ decisions(first: 100) { nodes { id title decidedOn { text } ${extra} } } }`);
    const [light, whole] = await Promise.all([now(""), now("certainty")]);
    // Suites alongside write and delete decisions of their own: compare the seed's, as above.
    const [c, d] = [seeded(light.data!.decisions.nodes as Array<Record<string, unknown>>), seeded(whole.data!.decisions.nodes as Array<Record<string, unknown>>).map(({ certainty: _c, ...rest }) => rest)];
    expect(Math.min(c.length, d.length)).toBeGreaterThan(5);
    expect(c.slice(0, Math.min(c.length, d.length))).toEqual(d.slice(0, Math.min(c.length, d.length)));
  });

  it("refuses a cursor of another list or another order, saying which it was made for", async () => {
    const page = await list<{ id: string }>(`{ list: decisions(first: 1) { nodes { id } pageInfo { endCursor hasNextPage hasPreviousPage } } }`);
    const cursor = page.pageInfo.endCursor;
    for (const [q, why] of [
      [`query($c: String) { events(after: $c) { nodes { id } } }`, "it was made for decisions, not events"],
      [`query($c: String) { decisions(orderBy: TITLE_ASC, after: $c) { nodes { id } } }`, "it was made for orderBy DATE_ASC, not TITLE_ASC"],
    ] as const) {
      const res = await api.gql(q, { c: cursor });
      expect(res.errors![0]).toMatchObject({ message: `after is not a cursor from this list: ${why}`, extensions: { code: "BAD_USER_INPUT" } });
    }
  });

  it("answers every list field", async () => {
    const res = await api.gql<Record<string, { totalCount: number; nodes: Array<{ id: string }> }>>(
      `{ organizations { totalCount nodes { id } } persons { totalCount nodes { id } } decisions { totalCount nodes { id } }
         events { totalCount nodes { id } } agreements { totalCount nodes { id } } documents { totalCount nodes { id } }
         legalCases { totalCount nodes { id } } mandates { totalCount nodes { id } } posts { totalCount nodes { id } }
         appointments { totalCount nodes { id } } figures { totalCount nodes { id } } risks { totalCount nodes { id } } options { totalCount nodes { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const [field, conn] of Object.entries(res.data!)) {
      expect([field, conn.nodes.length]).toEqual([field, Math.min(20, conn.totalCount)]);
      expect(conn.totalCount).toBeGreaterThan(0);
    }
  });
});

describe("a page of decisions costs one round trip per level", () => {
  let api: TestApi;
  const g = new FixtureGraph(uniquePrefix("listbudget"));
  const board = g.add("Organization", "styrelse", { name: "Styrelsen", kind: "BOARD" });
  const chair = g.add("Person", "ordforande", { name: "Ordförande", aliases: [] });
  for (let i = 0; i < 55; i++) {
    g.add("Decision", `beslut-${i}`, { title: `Beslut ${i}`, decidedOn: `2025-03-${String((i % 28) + 1).padStart(2, "0")}`, decidedBy: i % 2 ? [board, chair] : [board] });
  }

  beforeAll(async () => {
    api = await startTestApi();
    await g.write(api.scope);
  });
  afterAll(async () => {
    await removePrefix(api.scope, g.prefix);
    await api.close();
  });

  it("lists 55 decisions with deciders and citations in exactly two round trips", async () => {
    const res = await api.gql<{ decisions: { edges: Array<{ node: { decidedBy: Array<{ name: string }>; citations: Array<{ quote: string; document: { title: string } }> } }> } }>(
      `query($board: ID) { decisions(filter: { decidedBy: $board }, first: 100) {
         edges { cursor node { title decidedBy { ... on Organization { name } ... on Person { name } } citations { quote document { title } } } } } }`,
      { board },
    );
    expect(res.errors).toBeUndefined();
    const edges = res.data!.decisions.edges;
    expect(edges).toHaveLength(55);
    expect(edges.flatMap((e) => e.node.decidedBy.map((a) => a.name)).filter((n) => n === "Ordförande")).toHaveLength(27);
    expect(edges.every((e) => e.node.citations[0]?.document.title === "Testkälla")).toBe(true);
    // the page (which brings each decision's DECIDED_BY neighbours along), the citations batch
    expect(roundTrips(res)).toBe(2);
  });

  it("brings the same deciders along with the page as the decision's own field loads (one round trip without citations)", async () => {
    const page = await api.gql<{ decisions: { nodes: Array<{ id: string; decidedBy: Array<{ id: string }> }> } }>(
      `query($board: ID) { decisions(filter: { decidedBy: $board }, first: 100) { nodes { id decidedBy { ... on Node { id } } } } }`,
      { board },
    );
    expect(page.errors).toBeUndefined();
    expect(roundTrips(page)).toBe(1);
    const ids = page.data!.decisions.nodes.map((d) => d.id);
    const one = await api.gql<{ nodes: Array<{ id: string; decidedBy: Array<{ id: string }> }> }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Decision { decidedBy { ... on Node { id } } } } }`,
      { ids },
    );
    expect(one.errors).toBeUndefined();
    expect(page.data!.decisions.nodes).toEqual(one.data!.nodes);
    expect(page.data!.decisions.nodes.every((d) => d.decidedBy.length > 0)).toBe(true);
  });

  it("reads the same deciders when they are asked for stored fields only (sent as just those) as when they come whole", async () => {
    const actor = "... on Organization { name kind } ... on Person { name } ... on Post { title }";
    const q = (extra: string) =>
      api.gql<{ decisions: { nodes: Array<{ id: string; decidedBy: Array<Record<string, unknown>> }> } }>(
        `query($board: ID) { decisions(filter: { decidedBy: $board }, first: 100) { nodes { id decidedBy { ${actor} ${extra} } } } }`,
        { board },
      );
    // \`version\` is no stored field: asking for it below decidedBy makes the deciders come whole.
    const [light, whole] = await Promise.all([q(""), q("... on Node { version }")]);
    expect(light.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    expect(roundTrips(light)).toBe(1);
    expect(roundTrips(whole)).toBe(1);
    const strip = (nodes: Array<{ id: string; decidedBy: Array<Record<string, unknown>> }>) =>
      nodes.map((d) => ({ ...d, decidedBy: d.decidedBy.map(({ version: _v, ...rest }) => rest) }));
    expect(light.data!.decisions.nodes).toEqual(strip(whole.data!.decisions.nodes));
    // In list order: the chair (Ordförande) before the board (Styrelsen), by name.
    expect(light.data!.decisions.nodes.find((d) => d.decidedBy.length === 2)!.decidedBy).toEqual([{ name: "Ordförande" }, { name: "Styrelsen", kind: "BOARD" }]);
  });
});
