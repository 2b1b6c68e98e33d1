/**
 * Who may write: every mutation needs the editor role (admin implies it).
 * Anonymous callers get 401 UNAUTHENTICATED, readers 403 FORBIDDEN, and
 * nothing is written; editors and admins write, and the change set records
 * the token's subject. Also the write latency figures (logged, not asserted).
 */
import { uniquePrefix } from "../helpers/fixtures";
import { useTestApi } from "../helpers/suite";
import { type Gql, SOURCE, asUser, countChangeSets, dumpPrefix, writtenUnder } from "../helpers/writeClient";

describe("write access by role", () => {
  const prefix = uniquePrefix("access");
  const api = useTestApi(writtenUnder(prefix));
  let setup: Gql;
  const target = `org:${prefix}-mal`;

  beforeAll(async () => {
    setup = await asUser(api, ["editor"], "setup");
    const res = await setup(`mutation($i: OrganizationInput!) { recordOrganization(input: $i, reason: "mål") { id } }`, {
      i: { id: target, name: "Mål", kind: "UNIT", citations: [SOURCE] },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  });

  const version = async () => (await api.gql<{ organization: { version: number } }>(`{ organization(id: "${target}") { version } }`)).data!.organization.version;

  /** Each operation, given a fresh slug (for records) and the target's current version. */
  const OPERATIONS: Record<string, (slug: string, v: number) => [string, Record<string, unknown>]> = {
    recordOrganization: (slug) => [`mutation($i: OrganizationInput!) { recordOrganization(input: $i, reason: "r") { id changeSet { author } } }`, { i: { id: `org:${prefix}-${slug}`, name: "N", kind: "UNIT", citations: [SOURCE] } }],
    recordDecision: (slug) => [`mutation($i: DecisionInput!) { recordDecision(input: $i, reason: "r") { id changeSet { author } } }`, { i: { id: `decision:${prefix}-${slug}`, title: "T", decidedBy: [target], citations: [SOURCE] } }],
    correctOrganization: (_s, v) => [`mutation($i: OrganizationInput!) { correctOrganization(id: "${target}", input: $i, expectedVersion: ${v}, reason: "r") { id changeSet { author } } }`, { i: { name: `Mål v${v + 1}`, kind: "UNIT", citations: [] } }],
    addCitation: () => [`mutation($c: CitationInput!) { addCitation(factId: "${target}", citation: $c, reason: "r") { id changeSet { author } } }`, { c: { ...SOURCE, locator: `punkt ${Math.random()}` } }],
  };
  const ROLES: Array<[string, string[] | null, number | null]> = [
    ["anonymous", null, 401],
    ["reader", ["reader"], 403],
    ["editor", ["editor"], null],
    ["admin", ["admin"], null],
  ];

  it.each(ROLES)("%s: every mutation is refused or done, and refused ones write nothing", async (who, roles, refusedWith) => {
    const gql: Gql = roles ? await asUser(api, roles as never, who) : (q, v) => api.gql(q, v, { authorization: "" });
    let n = 0;
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const before = { cs: await countChangeSets(api.scope, who), dump: await dumpPrefix(api.scope, prefix) };
      const [query, variables] = op(`${who}-${n++}`, await version());
      const res = await gql<Record<string, { changeSet: { author: string } }>>(query, variables);
      if (refusedWith) {
        expect([name, res.status, res.errors?.[0]?.extensions?.code]).toEqual([name, refusedWith, refusedWith === 401 ? "UNAUTHENTICATED" : "FORBIDDEN"]);
        expect(await countChangeSets(api.scope, who)).toBe(before.cs);
        expect(await dumpPrefix(api.scope, prefix)).toEqual(before.dump);
      } else {
        expect([name, res.errors]).toEqual([name, undefined]);
        expect(res.data![name]!.changeSet.author).toBe(who);
        expect(await countChangeSets(api.scope, who)).toBe(before.cs + 1);
      }
    }
  });

  it("retract: refused for anonymous and readers, done by an editor", async () => {
    const v = await version();
    const q = `mutation { retract(id: "${target}", expectedVersion: ${v}, reason: "bort") { id } }`;
    expect((await api.gql(q, {}, { authorization: "" })).status).toBe(401);
    expect((await api.gql(q)).status).toBe(403);
    expect(await version()).toBe(v);
    // The decisions recorded above name the target as decider: they go first (retract refuses while facts refer to it).
    const refs = await api.gql<{ organization: { decisions: Array<{ id: string; version: number }> } }>(`{ organization(id: "${target}") { decisions { id version } } }`);
    expect(refs.data!.organization.decisions.length).toBeGreaterThan(0);
    for (const d of refs.data!.organization.decisions) {
      expect((await setup(`mutation { retract(id: "${d.id}", expectedVersion: ${d.version}, reason: "bort") { id } }`)).errors).toBeUndefined();
    }
    const res = await setup(q);
    expect(res.errors).toBeUndefined();
    expect((await api.gql<{ organization: unknown }>(`{ organization(id: "${target}") { id } }`)).data!.organization).toBeNull();
  });
});

describe("recordDecision write latency", () => {
  const prefix = uniquePrefix("latency");
  const api = useTestApi(writtenUnder(prefix));
  let editor: Gql;
  beforeAll(async () => {
    editor = await asUser(api, ["editor"], "latency");
  });

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const decision = (i: number, quote: string) => ({
    id: `decision:${prefix}-${i}`,
    title: `Beslut ${i}`,
    decidedOn: "2024-11-04",
    decidedBy: ["org:operativ-samordning-produktionschefer"],
    underMandate: "mandate:operativ-samordning-styra-om-floden",
    requestedBy: ["org:vastkom"],
    affects: [{ target: "org:sas", effect: "OTHER", note: "avlastning" }],
    citations: [{ ...SOURCE, quote }],
  });

  it("logs the median of 50 writes, and of 50 validated-then-refused ones (validation overhead)", async () => {
    const q = `mutation($i: DecisionInput!) { recordDecision(input: $i, reason: "mätning") { id } }`;
    const time = async (i: number, quote: string) => {
      const t = performance.now();
      const res = await editor(q, { i: decision(i, quote) });
      return { ms: performance.now() - t, ok: !res.errors };
    };
    for (let i = 0; i < 5; i++) await time(1000 + i, SOURCE.quote); // warm-up
    const writes: number[] = [];
    const refused: number[] = [];
    for (let i = 0; i < 50; i++) {
      const w = await time(i, SOURCE.quote);
      expect(w.ok).toBe(true);
      writes.push(w.ms);
      // The same record with a quote the document lacks: the same lookup and checks, refused by the last one, nothing written.
      const r = await time(500 + i, `${SOURCE.quote} (inte i källan)`);
      expect(r.ok).toBe(false);
      refused.push(r.ms);
    }
    process.stdout.write(
      `recordDecision over HTTP, 50 each: write median ${median(writes).toFixed(1)} ms (p90 ${[...writes].sort((a, b) => a - b)[44]!.toFixed(1)} ms); ` +
        `validate-only (same checks, refused) median ${median(refused).toFixed(1)} ms\n`,
    );
  }, 60_000);
});
