/**
 * Invalid writes, by name and generated: each is refused with BAD_USER_INPUT
 * (or a 4xx before any resolver runs), says what is wrong and where, and
 * writes nothing. The property runs over 1,100 generated invalid inputs:
 * those that pass GraphQL's own type checks are sent ten to a request as
 * aliased mutations (each fails on its own); those GraphQL refuses go one per
 * request, since one bad variable refuses the whole request.
 */
import fc from "fast-check";
import { startTestApi, type TestApi } from "../helpers/api";
import { uniquePrefix } from "../helpers/fixtures";
import { dumpSeedGraph } from "../helpers/graphDump";
import { type Gql, SOURCE, asUser, countChangeSets, dumpPrefix, removeWritten } from "../helpers/writeClient";

const INJECTIONS = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  "x\u0000y",
  "MATCH (n) DETACH DELETE n",
  "$where",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "org:vgr'})-[:PART_OF]->()",
  "\\u0027; CALL dbms.shutdown()",
];

interface Op {
  field: string;
  type: string;
  input: Record<string, unknown>;
  reason?: string;
  /** For corrections: the id and version. */
  id?: string;
  expectedVersion?: number;
}

describe("invalid writes", () => {
  let api: TestApi;
  let editor: Gql;
  const prefix = uniquePrefix("invalid");
  const ids: Record<string, string> = {};

  const send = (ops: Op[]) => {
    const vars: Record<string, unknown> = {};
    const decl: string[] = [];
    const fields = ops.map((op, i) => {
      vars[`i${i}`] = op.input;
      vars[`r${i}`] = op.reason ?? "ogiltigt test";
      decl.push(`$i${i}: ${op.type}!`, `$r${i}: String!`);
      const extra = op.id ? `id: ${JSON.stringify(op.id)}, expectedVersion: ${op.expectedVersion ?? 1}, ` : "";
      return `m${i}: ${op.field}(${extra}input: $i${i}, reason: $r${i}) { id version }`;
    });
    return editor<Record<string, unknown>>(`mutation(${decl.join(", ")}) { ${fields.join(" ")} }`, vars);
  };

  beforeAll(async () => {
    api = await startTestApi();
    editor = await asUser(api, ["editor"], "property-test");
    const rec = async (field: string, type: string, input: Record<string, unknown>) => {
      const res = await editor<Record<string, { id: string }>>(`mutation($i: ${type}!) { x: ${field}(input: $i, reason: "fixture") { id } }`, { i: input });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.x!.id;
    };
    ids.a = await rec("recordOrganization", "OrganizationInput", { id: `org:${prefix}-a`, name: "A", kind: "UNIT", citations: [SOURCE] });
    ids.b = await rec("recordOrganization", "OrganizationInput", { id: `org:${prefix}-b`, name: "B", kind: "UNIT", parent: ids.a, citations: [SOURCE] });
    ids.m = await rec("recordMandate", "MandateInput", { id: `mandate:${prefix}-m`, scope: "styra", heldBy: ids.a, citations: [SOURCE] });
    ids.d1 = await rec("recordDecision", "DecisionInput", { id: `decision:${prefix}-d1`, title: "D1", citations: [SOURCE] });
    ids.d2 = await rec("recordDecision", "DecisionInput", { id: `decision:${prefix}-d2`, title: "D2", supersedes: [ids.d1], citations: [SOURCE] });
  });
  afterAll(async () => {
    await removeWritten(api.scope, prefix);
    await api.close();
  });

  async function expectRefused(op: Op, message: RegExp) {
    const before = await dumpPrefix(api.scope, prefix);
    const res = await send([op]);
    expect(res.status).toBeLessThan(500);
    const err = res.errors?.[0];
    expect([err?.extensions?.code, err?.message]).toEqual(["BAD_USER_INPUT", expect.stringMatching(message)]);
    expect(await dumpPrefix(api.scope, prefix)).toEqual(before);
  }

  it("refuses an impossible partial date, naming the value and the field", async () => {
    await expectRefused({ field: "recordDecision", type: "DecisionInput", input: { title: "X", decidedOn: "2025-13-45", citations: [SOURCE] } }, /"2025-13-45" at "i0\.decidedOn"; "2025-13-45" is not a partial date: month 13/);
  });
  it("refuses a reference to an id that does not exist, naming the id and the field", async () => {
    await expectRefused({ field: "recordDecision", type: "DecisionInput", input: { title: "X", decidedBy: ["org:finns-inte"], citations: [SOURCE] } }, /input\.decidedBy: references org:finns-inte, which does not exist/);
  });
  it("refuses a fact without a citation", async () => {
    await expectRefused({ field: "recordPerson", type: "PersonInput", input: { name: "X", citations: [] } }, /input\.citations: every fact needs at least one citation/);
  });
  it("refuses a quote the cited document does not contain", async () => {
    await expectRefused({ field: "recordPerson", type: "PersonInput", input: { name: "X", citations: [{ ...SOURCE, quote: "Detta står inte i rapporten." }] } }, /input\.citations\[0\]\.quote: does not occur in 001_/);
  });
  it("refuses a quote that stands in the document only as part of a word (SÄ of SÄS, one letter)", async () => {
    await expectRefused({ field: "recordPerson", type: "PersonInput", input: { name: "X", citations: [{ ...SOURCE, quote: "SÄ" }] } }, /input\.citations\[0\]\.quote: does not occur in 001_\S+ as whole words: "SÄ"/);
    await expectRefused({ field: "recordPerson", type: "PersonInput", input: { name: "X", citations: [{ ...SOURCE, quote: "a" }] } }, /input\.citations\[0\]\.quote: does not occur in 001_\S+ as whole words: "a"/);
  });
  it("refuses a cycle in PART_OF, DELEGATED_FROM and SUPERSEDES and leaves the versions as they were", async () => {
    await expectRefused({ field: "correctOrganization", type: "OrganizationInput", id: ids.a, input: { name: "A", kind: "UNIT", parent: ids.b, citations: [] } }, /input\.parent: forms a cycle: org:\S+-(a|b) → org:\S+ → org:\S+/);
    await expectRefused({ field: "correctMandate", type: "MandateInput", id: ids.m, input: { scope: "styra", heldBy: ids.a, delegatedFrom: ids.m, citations: [] } }, /input\.delegatedFrom: forms a cycle/);
    await expectRefused({ field: "correctDecision", type: "DecisionInput", id: ids.d1, input: { title: "D1", supersedes: [ids.d2], citations: [] } }, /input\.supersedes: forms a cycle/);
  });
  it("refuses an interval that ends before it starts, and an inference without a reason", async () => {
    await expectRefused({ field: "recordOrganization", type: "OrganizationInput", input: { name: "X", kind: "UNIT", validFrom: "2025-06", validTo: "2024-01", citations: [SOURCE] } }, /input\.validTo: validTo 2024-01 is before validFrom 2025-06/);
    await expectRefused({ field: "recordPerson", type: "PersonInput", input: { name: "X", certainty: "INFERRED", citations: [SOURCE] } }, /input\.reason: an inferred fact needs a one-line reason/);
  });
  it("refuses an agreement party whose party is not an organisation or person", async () => {
    await expectRefused(
      { field: "recordAgreement", type: "AgreementInput", input: { title: "X", parties: [{ party: ids.m, role: "CUSTOMER", citations: [SOURCE] }], citations: [SOURCE] } },
      /input\.parties\[0\]\.party: references mandate:\S+, a Mandate; expected Organization or Person/,
    );
  });
  it("refuses a retraction while current facts refer to the fact, required references or not, and writes nothing", async () => {
    const before = await dumpPrefix(api.scope, prefix);
    const res = await editor(`mutation { retract(id: ${JSON.stringify(ids.a)}, expectedVersion: 1, reason: "x") { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // The mandate's holder is required; the child organisation's parent is not, and would silently be lost.
    expect(res.errors?.[0]?.message).toMatch(/current facts refer to org:\S+-a: .*mandate:\S+-m \(HELD_BY\)/);
    expect(res.errors?.[0]?.message).toMatch(/org:\S+-b \(PART_OF\)/);
    // A decision another supersedes.
    const d1 = await editor(`mutation { retract(id: ${JSON.stringify(ids.d1)}, expectedVersion: 1, reason: "x") { id } }`);
    expect([d1.errors?.[0]?.extensions?.code, d1.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", expect.stringMatching(/decision:\S+-d2 \(SUPERSEDES\)/)]);
    expect(await dumpPrefix(api.scope, prefix)).toEqual(before);
  });
  it("answers CONFLICT to a correction or retraction based on a stale version", async () => {
    const res = await editor(`mutation { retract(id: ${JSON.stringify(ids.d2)}, expectedVersion: 7, reason: "x") { id } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
  });

  it("answers NOT_FOUND to a retraction, citation or correction of a retracted fact, saying when and by which change set, and writes nothing", async () => {
    const gone = `org:${prefix}-gone`;
    const rec = await editor(`mutation($i: OrganizationInput!) { recordOrganization(input: $i, reason: "fixture") { id } }`, { i: { id: gone, name: "Gone", kind: "UNIT", citations: [SOURCE] } });
    expect(rec.errors).toBeUndefined();
    const retracted = await editor<{ retract: { changeSet: { id: string; at: string } } }>(
      `mutation { retract(id: ${JSON.stringify(gone)}, expectedVersion: 1, reason: "x") { changeSet { id at } } }`,
    );
    const { id: changeSet, at } = retracted.data!.retract.changeSet;
    const before = [await dumpPrefix(api.scope, prefix), await countChangeSets(api.scope, "property-test")];
    const attempts = await Promise.all([
      editor(`mutation { retract(id: ${JSON.stringify(gone)}, expectedVersion: 1, reason: "again") { id } }`),
      editor(`mutation($c: CitationInput!) { addCitation(factId: ${JSON.stringify(gone)}, citation: $c, reason: "x") { id } }`, { c: SOURCE }),
      editor(`mutation($c: CitationInput!) { correctOrganization(id: ${JSON.stringify(gone)}, expectedVersion: 1, input: { name: "Back", kind: UNIT, citations: [$c] }, reason: "x") { id } }`, { c: SOURCE }),
    ]);
    for (const res of attempts) {
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", id: gone, retractedBy: changeSet });
      expect(res.errors?.[0]?.message).toBe(
        `Nothing was written: ${gone} was retracted at ${res.errors?.[0]?.extensions?.retractedAt as string} by ${changeSet}; a retracted fact cannot be corrected, cited or retracted again.`,
      );
      expect(Date.parse(res.errors?.[0]?.extensions?.retractedAt as string)).toBe(Date.parse(at));
    }
    expect([await dumpPrefix(api.scope, prefix), await countChangeSets(api.scope, "property-test")]).toEqual(before);
  });

  // ---- generated invalid inputs ----

  const text = fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ minLength: 1, maxLength: 30 }));
  const junk = fc.stringMatching(/^[a-z0-9]{4,10}$/);
  const baseline: Array<[string, Record<string, unknown>]> = [
    ["Organization", { name: "N", kind: "UNIT", citations: [SOURCE] }],
    ["Person", { name: "N", citations: [SOURCE] }],
    ["Post", { title: "T", organization: "org:vgr", citations: [SOURCE] }],
    ["Appointment", { person: "person:karin-loostrom-muth", role: "r", citations: [SOURCE] }],
    ["Membership", { member: "org:vastkom", group: "org:vgr", citations: [SOURCE] }],
    ["Mandate", { scope: "s", heldBy: "org:vgr", citations: [SOURCE] }],
    ["Decision", { title: "T", decidedBy: ["org:vgr"], citations: [SOURCE] }],
    ["Agreement", { title: "T", citations: [SOURCE] }],
    ["Event", { title: "T", kind: "MEETING", citations: [SOURCE] }],
    ["LegalCase", { title: "T", kind: "INQUIRY", citations: [SOURCE] }],
    ["Option", { title: "T", citations: [SOURCE] }],
    ["Figure", { label: "L", value: 1, citations: [SOURCE] }],
    ["Risk", { title: "T", citations: [SOURCE] }],
  ];
  const REF_FIELD: Record<string, [string, boolean]> = {
    Post: ["organization", false], Appointment: ["person", false], Membership: ["group", false], Mandate: ["heldBy", false],
    Decision: ["decidedBy", true], Organization: ["parent", false], Event: ["organizedBy", true], Option: ["consideredBy", false], Risk: ["identifiedIn", false],
  };
  const record = (concept: string, input: Record<string, unknown>, reason?: string): Op => ({ field: `record${concept}`, type: `${concept}Input`, input, ...(reason !== undefined ? { reason } : {}) });

  /** A record that passes GraphQL's type checks but breaks one rule of seed/FORMAT.md (or the change set's reason). */
  const domainInvalid: fc.Arbitrary<Op> = fc.tuple(fc.constantFrom(...baseline), fc.nat(11), text, junk).map(([[concept, base], which, s, j]): Op => {
    const name = { ...base, ...(base.name ? { name: s } : {}), ...(base.title ? { title: s } : {}) };
    switch (which) {
      case 0: return record(concept, { ...name, citations: [] });
      case 1: return record(concept, { ...name, citations: [{ ...SOURCE, quote: `ZZQ ${s}` }] });
      case 2: return record(concept, { ...name, citations: [{ ...SOURCE, documentId: `doc:${prefix}-${j}` }] });
      case 3: return record(concept, { ...name, citations: [{ ...SOURCE, documentId: s }] });
      case 4: return record(concept, { ...name, certainty: "INFERRED" });
      case 5: return record(concept, { ...name, id: s });
      case 6: return record(concept, { ...name, id: concept === "Risk" ? `org:${prefix}-${j}` : `risk:${prefix}-${j}` });
      case 7: return record(concept, name, fc.sample(fc.constantFrom("", " ", "\n\t"), 1)[0]);
      case 8: {
        const ref = REF_FIELD[concept];
        if (!ref) return record(concept, { ...name, citations: [] });
        const dangling = `org:${prefix}-nowhere-${j}`;
        return record(concept, { ...name, [ref[0]]: ref[1] ? [dangling] : dangling });
      }
      case 9: {
        const ref = REF_FIELD[concept];
        if (!ref) return record(concept, { ...name, id: `${s}` + " x" });
        return record(concept, { ...name, [ref[0]]: ref[1] ? [s] : s });
      }
      case 10: return { field: "correctOrganization", type: "OrganizationInput", id: ids.a!, expectedVersion: 1, input: { name: s, kind: "UNIT", parent: ids.b, citations: [] } };
      default: return { field: "correctDecision", type: "DecisionInput", id: ids.d1!, expectedVersion: 1, input: { title: s, supersedes: [ids.d2], citations: [] } };
    }
  });

  /** Inputs GraphQL itself refuses: impossible dates, unknown enum values, wrong types, missing required fields. */
  const typeInvalid: fc.Arbitrary<Op> = fc.oneof(
    fc.constantFrom("2025-13-45", "2025-02-30", "2024-W54", "mid 2025-13", "2025-1-1", "igår", "2025-04-11..2024-01-01x", "").map((d) => record("Decision", { title: "T", decidedOn: d, citations: [SOURCE] })),
    fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}(-\d{2}){0,2}$/.test(s)).map((d) => record("Organization", { name: "N", kind: "UNIT", validFrom: d, citations: [SOURCE] })),
    fc.stringMatching(/^[A-Z_]{1,12}$/).filter((k) => !["REGION", "UNIT", "BOARD", "STAFF", "COURT", "PROJECT", "NETWORK", "COMPANY", "COMMITTEE", "AUTHORITY", "PROGRAMME", "COLLECTIVE"].includes(k)).map((k) => record("Organization", { name: "N", kind: k, citations: [SOURCE] })),
    text.map((k) => record("Decision", { title: "T", affects: [{ target: "org:vgr", effect: k }], citations: [SOURCE] })),
    fc.oneof(fc.string(), fc.boolean(), fc.constant(null)).map((v) => record("Figure", { label: "L", value: v, citations: [SOURCE] })),
    fc.oneof(fc.integer(), fc.boolean(), fc.constant({ a: 1 })).map((v) => record("Person", { name: v, citations: [SOURCE] })),
    fc.constantFrom("Person", "Risk", "Option").map((c) => record(c, { citations: [SOURCE] })),
    fc.constantFrom("P", "4M", "P4", "fyra månader", "PT").map((d) => record("Agreement", { title: "T", noticePeriod: d, citations: [SOURCE] })),
    text.map((r) => record("Agreement", { title: "T", parties: [{ party: "org:vgr", role: r, citations: [SOURCE] }], citations: [SOURCE] })),
    fc.constant(record("Person", { name: "N", citations: [{ documentId: SOURCE.documentId }] })),
  );

  it("refuses 1,100 generated invalid inputs with BAD_USER_INPUT or a 4xx, never a 5xx, and the graph is unchanged", async () => {
    const seedBefore = await dumpSeedGraph(api.scope);
    const prefixBefore = await dumpPrefix(api.scope, prefix);
    const changeSetsBefore = await countChangeSets(api.scope, "property-test");
    const started = Date.now();

    await fc.assert(
      fc.asyncProperty(fc.array(domainInvalid, { minLength: 10, maxLength: 10 }), async (ops) => {
        const res = await send(ops);
        expect(res.status).toBe(200);
        ops.forEach((op, i) => {
          const err = res.errors?.find((e) => e.path?.[0] === `m${i}`);
          expect([op.field, op.input, err?.extensions?.code]).toEqual([op.field, op.input, "BAD_USER_INPUT"]);
          expect(err!.message).toMatch(/^Nothing was written: (input|reason)/);
        });
        expect(await countChangeSets(api.scope, "property-test")).toBe(changeSetsBefore);
      }),
      { numRuns: 70 },
    );
    await fc.assert(
      fc.asyncProperty(typeInvalid, async (op) => {
        const res = await send([op]);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"]).toContain(res.errors?.[0]?.extensions?.code);
      }),
      { numRuns: 400 },
    );
    process.stdout.write(`write validation property: 1100 invalid inputs in ${Date.now() - started} ms\n`);
    expect(await countChangeSets(api.scope, "property-test")).toBe(changeSetsBefore);
    expect(await dumpPrefix(api.scope, prefix)).toEqual(prefixBefore);
    expect(await dumpSeedGraph(api.scope)).toEqual(seedBefore);
  }, 120_000);
});
