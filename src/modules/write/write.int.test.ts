/**
 * The write path end to end through the API, against the real Neo4j: record,
 * correct, retract, each in one change set; reads as of a past moment
 * (knownAt) see each version; history(id) lists the change sets with authors.
 */
import { uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";
import { type Gql, SOURCE, asUser, writtenUnder } from "../../../test/helpers/writeClient";

const RESULT = "id version changeSet { id author reason touched { action id version type } }";
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the write path", () => {
  const prefix = uniquePrefix("write");
  const api = useTestApi(writtenUnder(prefix));
  let alice: Gql;
  let bob: Gql;

  beforeAll(async () => {
    alice = await asUser(api, ["editor"], "alice");
    bob = await asUser(api, ["admin"], "bob");
  });

  const org = (slug: string, name: string, parent?: string) => ({
    id: `org:${prefix}-${slug}`,
    name,
    kind: "UNIT",
    ...(parent ? { parent } : {}),
    citations: [SOURCE],
  });

  it("records, corrects and retracts a fact, and knownAt reads each version", async () => {
    const rec = await alice<{ recordOrganization: { id: string; version: number; changeSet: { author: string; touched: unknown[] } } }>(
      `mutation($input: OrganizationInput!) { recordOrganization(input: $input, reason: "ny enhet") { ${RESULT} } }`,
      { input: org("enhet", "Enheten", "org:vgr") },
    );
    expect(rec.errors).toBeUndefined();
    const id = rec.data!.recordOrganization.id;
    expect(rec.data!.recordOrganization).toMatchObject({ id: `org:${prefix}-enhet`, version: 1, changeSet: { author: "alice", touched: [{ action: "CREATED", id, version: 1, type: "Organization" }] } });
    await pause(20);
    const t1 = new Date().toISOString();
    await pause(20);

    const cor = await bob<{ correctOrganization: { version: number } }>(
      `mutation($id: ID!, $input: OrganizationInput!) { correctOrganization(id: $id, input: $input, expectedVersion: 1, reason: "rättat namn") { ${RESULT} node { ... on Organization { name version parent { id } citations { quote } } } } }`,
      { id, input: { ...org("enhet", "Enheten för test", "org:vgr"), id: undefined, citations: [] } },
    );
    expect(cor.errors).toBeUndefined();
    expect(cor.data!.correctOrganization).toMatchObject({
      version: 2,
      node: { name: "Enheten för test", version: 2, parent: { id: "org:vgr" }, citations: [{ quote: SOURCE.quote }] },
    });
    await pause(20);
    const t2 = new Date().toISOString();
    await pause(20);

    const ret = await alice(`mutation($id: ID!) { retract(id: $id, expectedVersion: 2, reason: "fel enhet") { ${RESULT} node { id } } }`, { id });
    expect(ret.errors).toBeUndefined();
    expect(ret.data!.retract).toMatchObject({ version: 2, node: null, changeSet: { touched: [{ action: "RETRACTED", id, version: 2 }] } });

    const read = await api.gql<Record<string, { name: string; version: number; parent: { id: string } | null; citations: unknown[] } | null>>(
      `query($id: ID!, $before: DateTime, $t1: DateTime, $t2: DateTime) {
         before: organization(id: $id, knownAt: $before) { name version }
         v1: organization(id: $id, knownAt: $t1) { name version parent { id } citations { quote } }
         v2: organization(id: $id, knownAt: $t2) { name version parent { id } citations { quote } }
         now: organization(id: $id) { name version }
       }`,
      { id, before: "2020-01-01T00:00:00Z", t1, t2 },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      before: null,
      v1: { name: "Enheten", version: 1, parent: { id: "org:vgr" }, citations: [{ quote: SOURCE.quote }] },
      v2: { name: "Enheten för test", version: 2, parent: { id: "org:vgr" }, citations: [{ quote: SOURCE.quote }] },
      now: null,
    });
    // The parent's children as of t1 include the unit; now they do not.
    const kids = await api.gql<{ then: { children: Array<{ id: string }> }; now: { children: Array<{ id: string }> } }>(
      `query($t1: DateTime) { then: organization(id: "org:vgr", knownAt: $t1) { children { id } } now: organization(id: "org:vgr") { children { id } } }`,
      { t1 },
    );
    expect(kids.data!.then.children.map((c) => c.id)).toContain(id);
    expect(kids.data!.now.children.map((c) => c.id)).not.toContain(id);

    const hist = await api.gql<{ history: Array<{ author: string; reason: string; touched: Array<{ action: string; version: number }> }> }>(
      `query($id: ID!) { history(id: $id) { author reason touched { action id version } } }`,
      { id },
    );
    expect(hist.errors).toBeUndefined();
    expect(hist.data!.history.map((h) => [h.author, h.reason, h.touched.map((t) => `${t.action}@${t.version}`).join(" ")])).toEqual([
      ["alice", "ny enhet", "CREATED@1"],
      ["bob", "rättat namn", "SUPERSEDED@1 CREATED@2"],
      ["alice", "fel enhet", "RETRACTED@2"],
    ]);
    const histThen = await api.gql<{ history: unknown[] }>(`query($id: ID!, $t1: DateTime) { history(id: $id, knownAt: $t1) { id } }`, { id, t1 });
    expect(histThen.data!.history).toHaveLength(1);
  });

  it("lists the seed load as the first change set of a seeded fact", async () => {
    const res = await api.gql<{ history: Array<{ author: string; reason: string; touched: Array<{ id: string; action: string }> }> }>(
      `{ history(id: "org:vgr") { author reason touched { id action } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.history[0]).toMatchObject({ author: "seed", reason: "Seed load of seed/data" });
    expect(res.data!.history[0]!.touched).toEqual(expect.arrayContaining([{ id: "org:vgr", action: "CREATED" }]));
    // A mistyped id is refused, not read as "no history".
    const typo = await api.gql(`{ history(id: "org:vgrr") { id } }`);
    expect(typo.errors![0]).toMatchObject({ message: "id: org:vgrr names nothing ever recorded in the graph", extensions: { code: "BAD_USER_INPUT", argument: "id" } });
  });

  it("lets exactly one of two concurrent corrections of the same version win; the other gets CONFLICT", async () => {
    const rec = await alice<{ recordOrganization: { id: string } }>(
      `mutation($input: OrganizationInput!) { recordOrganization(input: $input, reason: "för samtidighet") { id } }`,
      { input: org("samtidig", "Samtidig") },
    );
    const id = rec.data!.recordOrganization.id;
    const correct = (who: Gql, name: string) =>
      who(`mutation($id: ID!, $input: OrganizationInput!) { correctOrganization(id: $id, input: $input, expectedVersion: 1, reason: "samtidigt") { version } }`, {
        id,
        input: { name, kind: "UNIT", citations: [SOURCE] },
      });
    const results = await Promise.all([correct(alice, "Namn A"), correct(bob, "Namn B"), correct(alice, "Namn C")]);
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions!.code : "OK")).sort();
    expect(codes).toEqual(["CONFLICT", "CONFLICT", "OK"]);
    const now = await api.gql<{ organization: { version: number; name: string } }>(`query($id: ID!) { organization(id: $id) { version name } }`, { id });
    expect(now.data!.organization.version).toBe(2);
    const versions = await api.gql<{ history: unknown[] }>(`query($id: ID!) { history(id: $id) { id } }`, { id });
    expect(versions.data!.history).toHaveLength(2);
  });

  it("derives an id from the name, with -2 when it is taken", async () => {
    const name = `${prefix} Ärende Öst`;
    const q = `mutation($input: OrganizationInput!) { recordOrganization(input: $input, reason: "härlett id") { id } }`;
    const a = await alice<{ recordOrganization: { id: string } }>(q, { input: { name, kind: "UNIT", citations: [SOURCE] } });
    const b = await alice<{ recordOrganization: { id: string } }>(q, { input: { name, kind: "UNIT", citations: [SOURCE] } });
    expect([a.data?.recordOrganization.id, b.data?.recordOrganization.id]).toEqual([`org:${prefix}-arende-ost`, `org:${prefix}-arende-ost-2`]);
  });

  it("records a decision with deciders, mandate, effects and citations, and traces its mandate chain", async () => {
    const res = await alice<{ recordDecision: { id: string; node: { decidedBy: Array<{ id: string }>; underMandate: { id: string }; affects: Array<{ effect: string }> } } }>(
      `mutation($input: DecisionInput!) { recordDecision(input: $input, reason: "test") { id node { ... on Decision { decidedBy { ... on Organization { id } } underMandate { id } affects { effect target { id } } citations { quote document { id } } } } } }`,
      {
        input: {
          id: `decision:${prefix}-styra-om`,
          title: "Styra om flöden",
          decidedOn: "2024-11-04",
          decidedBy: ["org:operativ-samordning-produktionschefer"],
          underMandate: "mandate:operativ-samordning-styra-om-floden",
          requestedBy: [],
          affects: [{ target: "org:sas", effect: "OTHER", note: "avlastning" }],
          citations: [SOURCE],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordDecision.node).toMatchObject({
      decidedBy: [{ id: "org:operativ-samordning-produktionschefer" }],
      underMandate: { id: "mandate:operativ-samordning-styra-om-floden" },
      affects: [{ effect: "OTHER" }],
    });
    const trace = await api.gql<{ decision: { mandateChain: { recorded: boolean; steps: Array<{ mandate: { id: string } }> } } }>(
      `query($id: ID!) { decision(id: $id) { mandateChain { recorded steps { mandate { id } } } } }`,
      { id: res.data!.recordDecision.id },
    );
    expect(trace.data!.decision.mandateChain.steps[0]!.mandate.id).toBe("mandate:operativ-samordning-styra-om-floden");
  });

  it("lists what a correction changed, including the references and fields the input left out and so removed", async () => {
    const input = {
      id: `decision:${prefix}-rattas`,
      title: "Beslut som rättas",
      summary: "Sammanfattning",
      decidedOn: "2024-11",
      decidedBy: ["org:vgr"],
      takenAt: "event:hanvisning-andra-akutmottagningar-start-2024-11-04",
      affects: [{ target: "org:sas", effect: "OTHER", note: "avlastning" }],
      citations: [SOURCE],
    };
    const rec = await alice(`mutation($input: DecisionInput!) { recordDecision(input: $input, reason: "test") { changes { field } } }`, { input });
    expect(rec.errors).toBeUndefined();
    expect(rec.data).toEqual({ recordDecision: { changes: [] } });
    // Only the date and the effect's note are meant to change; takenAt and summary are left out.
    const { takenAt: _t, summary: _s, id: _i, ...rest } = input;
    const cor = await alice<{ correctDecision: { changes: Array<{ field: string; before: string[]; after: string[] }>; node: { takenAt: null } } }>(
      `mutation($id: ID!, $input: DecisionInput!) { correctDecision(id: $id, input: $input, expectedVersion: 1, reason: "datum") {
         changes { field before after } node { ... on Decision { takenAt { id } } } } }`,
      { id: input.id, input: { ...rest, decidedOn: "2024-11-04", affects: [{ target: "org:sas", effect: "OTHER", note: "avlastning av SÄS" }], citations: [] } },
    );
    expect(cor.errors).toBeUndefined();
    expect(cor.data!.correctDecision.node.takenAt).toBeNull();
    expect(cor.data!.correctDecision.changes).toEqual([
      { field: "summary", before: ["Sammanfattning"], after: [] },
      { field: "decidedOn", before: ["2024-11"], after: ["2024-11-04"] },
      { field: "takenAt", before: ["event:hanvisning-andra-akutmottagningar-start-2024-11-04"], after: [] },
      { field: "affects", before: ["org:sas (effect: OTHER, note: avlastning)"], after: ["org:sas (effect: OTHER, note: avlastning av SÄS)"] },
    ]);
    // Adding a citation changes no field.
    const cite = await alice(`mutation($c: CitationInput!) { addCitation(factId: "${input.id}", citation: $c, reason: "källa") { version changes { field } } }`, {
      c: { ...SOURCE, locator: "annat ställe" },
    });
    expect(cite.errors).toBeUndefined();
    expect(cite.data).toEqual({ addCitation: { version: 3, changes: [] } });
  });

  it("records an agreement with its parties and events, and agreementHistory reads it as of then", async () => {
    const res = await alice<{ recordAgreement: { id: string; changeSet: { touched: Array<{ type: string }> } } }>(
      `mutation($input: AgreementInput!) { recordAgreement(input: $input, reason: "avtal") { id changeSet { touched { id type } } } }`,
      {
        input: {
          id: `agreement:${prefix}-avtal`,
          title: "Testavtal",
          noticePeriod: "P4M",
          parties: [{ party: "org:vgr", role: "CUSTOMER", citations: [SOURCE] }],
          events: [{ kind: "SIGNED", date: "2025-02-25", citations: [SOURCE] }],
          citations: [SOURCE],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAgreement.changeSet.touched.map((t) => t.type).sort()).toEqual(["Agreement", "AgreementEvent", "AgreementParty"]);
    const t1 = new Date().toISOString();
    await pause(20);
    const ev = await alice(
      `mutation($input: AgreementEventInput!) { recordAgreementEvent(input: $input, reason: "uppsagt") { id } }`,
      { input: { agreement: `agreement:${prefix}-avtal`, kind: "NOTICE_GIVEN", date: "2025-05-01", citations: [SOURCE] } },
    );
    expect(ev.errors).toBeUndefined();
    const hist = await api.gql<{ then: Array<{ eventKind: string | null }>; now: Array<{ eventKind: string | null }> }>(
      `query($id: ID!, $t1: DateTime) { then: agreementHistory(id: $id, knownAt: $t1) { eventKind } now: agreementHistory(id: $id) { eventKind } }`,
      { id: `agreement:${prefix}-avtal`, t1 },
    );
    expect(hist.errors).toBeUndefined();
    const kinds = (entries: Array<{ eventKind: string | null }>) => entries.flatMap((e) => (e.eventKind ? [e.eventKind] : []));
    expect(kinds(hist.data!.then)).toEqual(["SIGNED"]);
    expect(kinds(hist.data!.now)).toEqual(["SIGNED", "NOTICE_GIVEN"]);
  });
});
