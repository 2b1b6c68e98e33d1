/**
 * The specialised reads as of a past moment (issue 5, `knownAt`): orgChart,
 * whoHeld, timeline, search and the lists see what the graph said then, the
 * version of a corrected fact current at that moment under its stable id; list
 * cursors are bound to their moment. And `reloadSeed` is the admin's.
 */
import { startTestApi, type TestApi } from "../../../test/helpers/api";
import { uniquePrefix } from "../../../test/helpers/fixtures";
import { type Gql, SOURCE, asUser, removeWritten } from "../../../test/helpers/writeClient";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const BEFORE = "2020-01-01T00:00:00Z";
const AS_OF = "2024-06-01";

describe("reads with knownAt", () => {
  let api: TestApi;
  let editor: Gql;
  let admin: Gql;
  const prefix = uniquePrefix("kat");
  // A word no seed text has, for search and the text filter.
  const word = `Kvarn${prefix.replace(/[^a-z]/g, "")}`;
  const ids = {
    parent: `org:${prefix}-moder`,
    org: `org:${prefix}-enhet`,
    post: `post:${prefix}-chef`,
    person: `person:${prefix}-person`,
    appointment: `appt:${prefix}-uppdrag`,
    event: `event:${prefix}-mote`,
  };
  let t1 = "";
  let t2 = "";

  const ok = async <T,>(p: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> => {
    const res = await p;
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    api = await startTestApi();
    editor = await asUser(api, ["editor"], "kat-editor");
    admin = await asUser(api, ["admin"], "kat-admin");
    const cite = { citations: [SOURCE] };
    const record = (concept: string, input: Record<string, unknown>) =>
      ok(editor(`mutation($input: ${concept}Input!) { record${concept}(input: $input, reason: "knownAt-test") { id } }`, { input: { ...input, ...cite } }));
    await record("Organization", { id: ids.parent, name: `${word} Moder`, kind: "UNIT" });
    await record("Organization", { id: ids.org, name: `${word} Alfa`, kind: "UNIT", parent: ids.parent });
    await record("Post", { id: ids.post, title: "Kvarnchef", organization: ids.org });
    await record("Person", { id: ids.person, name: "Kvarna Testsson" });
    await record("Appointment", { id: ids.appointment, role: "Kvarnchef", validFrom: "2024-01-01", person: ids.person, post: ids.post });
    await record("Event", { id: ids.event, title: "Kvarnmöte", kind: "MEETING", date: "2024-03-01", organizedBy: [ids.org] });
    await pause(20);
    t1 = new Date().toISOString();
    await pause(20);
    const correct = (concept: string, id: string, input: Record<string, unknown>) =>
      ok(editor(`mutation($id: ID!, $input: ${concept}Input!) { correct${concept}(id: $id, input: $input, expectedVersion: 1, reason: "rättat") { version } }`, {
        id,
        input: { ...input, citations: [] },
      }));
    await correct("Appointment", ids.appointment, { role: "Tillförordnad kvarnchef", validFrom: "2024-01-01", person: ids.person, post: ids.post });
    await correct("Organization", ids.org, { name: `${word} Beta`, kind: "UNIT", parent: ids.parent });
    await correct("Event", ids.event, { title: "Kvarnstämma", kind: "MEETING", date: "2024-03-01", organizedBy: [ids.org] });
    await pause(20);
    t2 = new Date().toISOString();
  });
  afterAll(async () => {
    await removeWritten(api.scope, prefix);
    await api.close();
  });

  interface ChartNode { id: string; parentId: string | null; kind: string; label: string; role: string | null; citations: Array<{ quote: string }> }
  const chart = async (knownAt: string) =>
    (
      await ok(
        api.gql<{ orgChart: { nodes: ChartNode[] } | null }>(
          `query($root: ID!, $asOf: Date!, $at: DateTime) { orgChart(rootId: $root, asOf: $asOf, depth: 2, knownAt: $at) { nodes { id parentId kind label role citations { quote } } } }`,
          { root: ids.parent, asOf: AS_OF, at: knownAt },
        ),
      )
    ).orgChart;

  it("draws the org chart as it was recorded: nothing before the record, the old role before the correction, the new one after", async () => {
    expect(await chart(BEFORE)).toBeNull();
    const then = (await chart(t1))!.nodes;
    expect(then.find((n) => n.id === ids.org)).toMatchObject({ kind: "UNIT", parentId: ids.parent, label: `${word} Alfa` });
    const holderThen = then.find((n) => n.kind === "HOLDER")!;
    expect(holderThen).toMatchObject({ id: ids.appointment, parentId: ids.post, label: "Kvarna Testsson", role: "Kvarnchef" });
    expect(holderThen.citations.map((c) => c.quote)).toEqual([SOURCE.quote]);
    const later = (await chart(t2))!.nodes;
    expect(later.find((n) => n.id === ids.org)!.label).toBe(`${word} Beta`);
    expect(later.find((n) => n.kind === "HOLDER")).toMatchObject({ id: ids.appointment, parentId: ids.post, role: "Tillförordnad kvarnchef" });
  });

  it("answers whoHeld as recorded at the moment", async () => {
    const res = await ok(
      api.gql<Record<string, Array<{ role: string; person: { id: string }; appointment: { id: string; citations: unknown[] } }>>>(
        `query($post: String!, $asOf: Date!, $t0: DateTime, $t1: DateTime, $t2: DateTime) {
           t0: whoHeld(post: $post, asOf: $asOf, knownAt: $t0) { role person { id } appointment { id citations { quote } } }
           t1: whoHeld(post: $post, asOf: $asOf, knownAt: $t1) { role person { id } appointment { id citations { quote } } }
           t2: whoHeld(post: $post, asOf: $asOf, knownAt: $t2) { role person { id } appointment { id citations { quote } } }
         }`,
        { post: ids.post, asOf: AS_OF, t0: BEFORE, t1, t2 },
      ),
    );
    expect(res.t0).toEqual([]);
    expect(res.t1!.map((h) => [h.role, h.person.id, h.appointment.id, h.appointment.citations.length])).toEqual([["Kvarnchef", ids.person, ids.appointment, 1]]);
    expect(res.t2!.map((h) => [h.role, h.appointment.id])).toEqual([["Tillförordnad kvarnchef", ids.appointment]]);
  });

  it("lists the timeline as recorded at the moment, actors matched by stable id", async () => {
    const res = await ok(
      api.gql<Record<string, Array<{ title: string; subject: { id: string }; citations: unknown[] }>>>(
        `query($actors: [ID!], $t0: DateTime, $t1: DateTime, $t2: DateTime) {
           t0: timeline(actorIds: $actors, knownAt: $t0) { title subject { id } citations { quote } }
           t1: timeline(actorIds: $actors, knownAt: $t1) { title subject { id } citations { quote } }
           t2: timeline(actorIds: $actors, knownAt: $t2) { title subject { id } citations { quote } }
           now: timeline(actorIds: $actors) { title subject { id } citations { quote } }
         }`,
        { actors: [ids.org], t0: BEFORE, t1, t2 },
      ),
    );
    expect(res.t0).toEqual([]);
    expect(res.t1!.map((e) => [e.title, e.subject.id, e.citations.length])).toEqual([["Kvarnmöte", ids.event, 1]]);
    expect(res.t2!.map((e) => [e.title, e.subject.id])).toEqual([["Kvarnstämma", ids.event]]);
    expect(res.now!.map((e) => e.title)).toEqual(["Kvarnstämma"]);
  });

  it("searches the versions current at the moment and reports them by stable id", async () => {
    const res = await ok(
      api.gql<Record<string, Array<{ text: string; node: { id: string } }>>>(
        `query($text: String!, $t0: DateTime, $t1: DateTime, $t2: DateTime) {
           t0: search(text: $text, types: ["Organization"], knownAt: $t0) { text node { id } }
           t1: search(text: $text, types: ["Organization"], knownAt: $t1) { text node { id } }
           t2: search(text: $text, types: ["Organization"], knownAt: $t2) { text node { id } }
           now: search(text: $text, types: ["Organization"]) { text node { id } }
         }`,
        { text: word, t0: BEFORE, t1, t2 },
      ),
    );
    const shown = (hits: Array<{ text: string; node: { id: string } }>) => hits.map((h) => [h.node.id, h.text]).sort();
    expect(res.t0).toEqual([]);
    expect(shown(res.t1!)).toEqual([[ids.org, `${word} Alfa`], [ids.parent, `${word} Moder`]]);
    expect(shown(res.t2!)).toEqual([[ids.org, `${word} Beta`], [ids.parent, `${word} Moder`]]);
    expect(shown(res.now!)).toEqual(shown(res.t2!));
  });

  it("filters a list by text as recorded at the moment, with its count", async () => {
    const res = await ok(
      api.gql<Record<string, { totalCount: number; nodes: Array<{ id: string; name: string; children: Array<{ id: string }> }> }>>(
        `query($f: OrganizationFilter, $t0: DateTime, $t1: DateTime, $t2: DateTime) {
           t0: organizations(filter: $f, knownAt: $t0) { totalCount nodes { id name children { id } } }
           t1: organizations(filter: $f, knownAt: $t1) { totalCount nodes { id name children { id } } }
           t2: organizations(filter: $f, knownAt: $t2) { totalCount nodes { id name children { id } } }
         }`,
        { f: { text: word }, t0: BEFORE, t1, t2 },
      ),
    );
    expect(res.t0).toEqual({ totalCount: 0, nodes: [] });
    expect(res.t1!.totalCount).toBe(2);
    expect(res.t1!.nodes.map((n) => [n.id, n.name])).toEqual([[ids.org, `${word} Alfa`], [ids.parent, `${word} Moder`]]);
    expect(res.t1!.nodes[1]!.children).toEqual([{ id: ids.org }]);
    expect(res.t2!.nodes.map((n) => [n.id, n.name])).toEqual([[ids.org, `${word} Beta`], [ids.parent, `${word} Moder`]]);
    const byParent = await ok(
      api.gql<{ organizations: { nodes: Array<{ name: string }> } }>(`query($f: OrganizationFilter, $t: DateTime) { organizations(filter: $f, knownAt: $t) { nodes { name } } }`, {
        f: { parent: ids.parent },
        t: t1,
      }),
    );
    expect(byParent.organizations.nodes).toEqual([{ name: `${word} Alfa` }]);
  });

  it("pages with a cursor at its own moment and refuses it at another", async () => {
    const page = (at: string | null, after: string | null) =>
      api.gql<{ organizations: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(
        `query($f: OrganizationFilter, $at: DateTime, $after: String) { organizations(filter: $f, first: 1, after: $after, knownAt: $at) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
        { f: { text: word }, at, after },
      );
    const first = await ok(page(t1, null));
    expect(first.organizations.nodes).toEqual([{ id: ids.org }]);
    expect(first.organizations.pageInfo.hasNextPage).toBe(true);
    const cursor = first.organizations.pageInfo.endCursor;
    const next = await ok(page(t1, cursor));
    expect(next.organizations.nodes).toEqual([{ id: ids.parent }]);
    for (const other of [t2, null]) {
      const refused = await page(other, cursor);
      const now = other === null ? "the graph as it is now (no knownAt)" : `knownAt ${new Date(other).toISOString()}`;
      expect(refused.errors![0]).toMatchObject({ message: `after is not a cursor from this list: it was made for knownAt ${new Date(t1).toISOString()}, not ${now}`, extensions: { code: "BAD_USER_INPUT" } });
    }
    const nowCursor = (await ok(page(null, null))).organizations.pageInfo.endCursor;
    const refused = await page(t1, nowCursor);
    expect(refused.errors![0]!.message).toBe(`after is not a cursor from this list: it was made for the graph as it is now (no knownAt), not knownAt ${new Date(t1).toISOString()}`);
  });

  it("lets only an admin reload the seed; an unchanged seed is not written again", async () => {
    const q = `mutation { reloadSeed { status changeSetId nodes relationships citations validateMs writeMs } }`;
    const denied = await editor(q);
    expect(denied.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const res = await ok(admin<{ reloadSeed: { status: string; changeSetId: string; nodes: number; writeMs: number } }>(q));
    expect(res.reloadSeed).toMatchObject({ status: "unchanged", writeMs: 0 });
    expect(res.reloadSeed.changeSetId).toMatch(/^changeset:seed-/);
    expect(res.reloadSeed.nodes).toBeGreaterThan(0);
  });
});
