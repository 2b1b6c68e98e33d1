/**
 * "Who held X on D" (Query.whoHeld) on the seeded graph and on posts and
 * appointments written through the API: post titles and roles matched
 * without case or diacritics, a leading "tf" for acting holders, undated
 * appointments certain only on the days a source names them, an unknown
 * organisation refused.
 */
import { uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";
import { type Gql, SOURCE, asUser, writtenUnder } from "../../../test/helpers/writeClient";

describe("whoHeld on the seed graph", () => {
  const api = useTestApi();

  it("answers who was regiondirektör (acting) in April 2025", async () => {
    const res = await api.gql<{ whoHeld: Array<{ person: { name: string }; capacity: string; certainty: string }> }>(
      `{ whoHeld(post: "regiondirektör", organizationId: "org:vgr", asOf: "2025-04-11") { person { name } capacity certainty } }`,
    );
    expect(res.data!.whoHeld).toEqual([{ person: { name: "Ann-Charlotte Lilja Järnström" }, capacity: "ACTING", certainty: "CERTAIN" }]);
  });

  it("matches post titles and roles ignoring diacritics as well as case", async () => {
    type Held = Array<{ person: { name: string }; post: { id: string } | null; capacity: string; certainty: string }>;
    const res = await api.gql<{ plain: Held; dotted: Held; upper: Held; role: Held }>(
      `{ plain: whoHeld(post: "regiondirektor", asOf: "2025-05-01") { person { name } post { id } capacity certainty }
         dotted: whoHeld(post: "regiondirektör", asOf: "2025-05-01") { person { name } post { id } capacity certainty }
         upper: whoHeld(post: "REGIONDIREKTÖR", asOf: "2025-05-01") { person { name } post { id } capacity certainty }
         role: whoHeld(post: "strateg halso- och sjukvard", asOf: "2025-05-01") { person { name } post { id } capacity certainty } }`,
    );
    expect(res.errors).toBeUndefined();
    // Both are named last before 2025-05-01 (attestedOn, no end given): UNCERTAIN after it.
    const acting = [{ person: { name: "Ann-Charlotte Lilja Järnström" }, post: { id: "post:vgr-regiondirektor" }, capacity: "ACTING", certainty: "UNCERTAIN" }];
    expect(res.data!.dotted).toEqual(acting);
    expect(res.data!.plain).toEqual(acting);
    expect(res.data!.upper).toEqual(acting);
    // A role without a post ("Strateg Hälso- och sjukvård"): matched on the role alone.
    expect(res.data!.role).toEqual([{ person: { name: "Angela Olsson" }, post: null, capacity: "ORDINARY", certainty: "UNCERTAIN" }]);
  });

  it("holds an appointment without start or end certain only between the days the sources name it (attestedOn)", async () => {
    type Held = Array<{ person: { name: string }; certainty: string }>;
    const res = await api.gql<{ nov: Held; feb: Held; early: Held; attested: Held }>(
      `{ nov: whoHeld(post: "talesperson", organizationId: "org:vgr", asOf: "2024-11-05") { person { name } certainty }
         feb: whoHeld(post: "talesperson", organizationId: "org:vgr", asOf: "2025-02-25") { person { name } certainty }
         early: whoHeld(post: "programchef", asOf: "1990-01-01") { person { name } certainty }
         attested: whoHeld(post: "programchef", asOf: "2024-11-05") { person { name } certainty } }`,
    );
    expect(res.errors).toBeUndefined();
    const byName = (h: Held) => Object.fromEntries(h.map((x) => [x.person.name, x.certainty]));
    // The report of 2024-11-05 names four spokespersons; the one of 2025-02-25 names Ann-Charlotte Lilja Järnström alone.
    expect(byName(res.data!.nov)).toEqual({
      "Karin Looström Muth": "CERTAIN", "Kaarina Sundelin": "CERTAIN", "Boel Mörck": "CERTAIN", "Annika Mortensen": "CERTAIN",
      "Ann-Charlotte Lilja Järnström": "UNCERTAIN",
    });
    expect(byName(res.data!.feb)).toEqual({
      "Karin Looström Muth": "UNCERTAIN", "Kaarina Sundelin": "UNCERTAIN", "Boel Mörck": "UNCERTAIN", "Annika Mortensen": "UNCERTAIN",
      "Ann-Charlotte Lilja Järnström": "CERTAIN",
    });
    // No source says who was programme chief in 1990; the appointment is only perhaps that old.
    expect(res.data!.early).toEqual([{ person: { name: "Annika Mortensen" }, certainty: "UNCERTAIN" }]);
    expect(res.data!.attested).toEqual([{ person: { name: "Annika Mortensen" }, certainty: "CERTAIN" }]);
    const chart = await api.gql<{ orgChart: { nodes: Array<{ kind: string; label: string; certainty: string }> } }>(
      `{ orgChart(rootId: "org:program-millennium", asOf: "1990-01-01") { nodes { kind label certainty } } }`,
    );
    expect(chart.errors).toBeUndefined();
    const holders = chart.data!.orgChart.nodes.filter((n) => n.kind === "HOLDER");
    expect(holders.map((h) => h.label)).toContain("Annika Mortensen");
    for (const h of holders) expect(h).toEqual({ kind: "HOLDER", label: h.label, certainty: "UNCERTAIN" });
  });

  it("reads a leading tf as: only acting holders of what the other words name", async () => {
    type Held = Array<{ person: { name: string }; capacity: string }>;
    const res = await api.gql<{ tf: Held; dotted: Held; full: Held; ordinary: Held; plain: Held }>(
      `{ tf: whoHeld(post: "tf regiondirektör", asOf: "2025-05-01") { person { name } capacity }
         dotted: whoHeld(post: "T.f. Regiondirektör", asOf: "2025-05-01") { person { name } capacity }
         full: whoHeld(post: "tillförordnad regiondirektör", asOf: "2025-05-01") { person { name } capacity }
         ordinary: whoHeld(post: "tf strateg hälso- och sjukvård", asOf: "2025-05-01") { person { name } capacity }
         plain: whoHeld(post: "strateg hälso- och sjukvård", asOf: "2025-05-01") { person { name } capacity } }`,
    );
    expect(res.errors).toBeUndefined();
    const acj = [{ person: { name: "Ann-Charlotte Lilja Järnström" }, capacity: "ACTING" }];
    expect(res.data!.tf).toEqual(acj);
    expect(res.data!.dotted).toEqual(acj);
    expect(res.data!.full).toEqual(acj);
    // Angela Olsson holds that role, but not acting: "tf" leaves her out.
    expect(res.data!.plain).toEqual([{ person: { name: "Angela Olsson" }, capacity: "ORDINARY" }]);
    expect(res.data!.ordinary).toEqual([]);
  });

  it("answers who held a post given by id, and nobody before the sources' horizon ends", async () => {
    const res = await api.gql<{ a: Array<{ person: { name: string } }>; b: Array<{ person: { name: string } }> }>(
      `{ a: whoHeld(post: "post:programchef-millennium", asOf: "2024-11-05") { person { name } }
         b: whoHeld(post: "post:programchef-millennium", asOf: "2026-01-01") { person { name } } }`,
    );
    expect(res.data!.a).toEqual([{ person: { name: "Annika Mortensen" } }]);
    expect(res.data!.b).toEqual([{ person: { name: "Bjarne Christiansson" } }]);
  });

  it("refuses an organisation id that names nothing when nobody is found, and answers [] for a real one", async () => {
    const held = await api.gql(`{ whoHeld(post: "programchef", asOf: "2025-02-03", organizationId: "org:nope") { role } }`);
    expect(held.errors![0]).toMatchObject({ message: "organizationId: org:nope names nothing ever recorded in the graph", extensions: { code: "BAD_USER_INPUT" } });
    const none = await api.gql(`{ whoHeld(post: "programchef", asOf: "2025-02-03", organizationId: "org:vgr") { role } }`);
    expect(none).toMatchObject({ data: { whoHeld: [] } });
  });

  it("answers whoHeld in one round trip, words folded in the statement", async () => {
    const res = await api.gql(`{ whoHeld(post: "regiondirektor", asOf: "2025-05-01") { person { name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions).toEqual({ debug: { roundTrips: 1 } });
  });
});

describe("whoHeld on posts and appointments written through the API", () => {
  const prefix = uniquePrefix("whoheld");
  const api = useTestApi(writtenUnder(prefix));
  const unit = `org:${prefix}-enhet`;
  let editor: Gql;

  beforeAll(async () => {
    editor = await asUser(api, ["editor"], "whoheld-test");
    const record = async (kind: string, input: Record<string, unknown>) => {
      const res = await editor(`mutation($input: ${kind}Input!) { record${kind}(input: $input, reason: "test") { id } }`, { input: { ...input, citations: [SOURCE] } });
      expect(res.errors).toBeUndefined();
    };
    await record("Organization", { id: unit, name: "Enheten för överförmyndare", kind: "UNIT", parent: "org:vgr" });
    await record("Person", { id: `person:${prefix}-a`, name: "Åsa Öberg" });
    await record("Person", { id: `person:${prefix}-b`, name: "Émile Ängström" });
    await record("Post", { id: `post:${prefix}-handlaggare`, title: "Överförmyndarhandläggare", organization: unit });
    await record("Appointment", { id: `appt:${prefix}-a`, person: `person:${prefix}-a`, post: `post:${prefix}-handlaggare`, role: "handläggare", validFrom: "2024-01-01" });
    await record("Appointment", { id: `appt:${prefix}-b`, person: `person:${prefix}-b`, organization: unit, role: "Samordnare för väntetider", capacity: "ACTING", validFrom: "2024-01-01" });
  });

  const held = async (post: string) => {
    const res = await api.gql<{ whoHeld: Array<{ person: { name: string }; role: string }> }>(
      `query($post: String!, $org: ID) { whoHeld(post: $post, organizationId: $org, asOf: "2025-01-01") { person { name } role } }`,
      { post, org: unit },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.whoHeld.map((h) => [h.person.name, h.role]);
  };

  it("finds a recorded post's holder by its title with or without diacritics", async () => {
    expect(await held("överförmyndarhandläggare")).toEqual([["Åsa Öberg", "handläggare"]]);
    expect(await held("overformyndarhandlaggare")).toEqual([["Åsa Öberg", "handläggare"]]);
    expect(await held("OVERFORMYNDAR")).toEqual([["Åsa Öberg", "handläggare"]]);
  });

  it("finds a recorded role without a post by its words with or without diacritics", async () => {
    expect(await held("samordnare för väntetider")).toEqual([["Émile Ängström", "Samordnare för väntetider"]]);
    expect(await held("samordnare for vantetider")).toEqual([["Émile Ängström", "Samordnare för väntetider"]]);
    expect(await held("handlaggare")).toEqual([["Åsa Öberg", "handläggare"]]);
  });

  it("refuses words longer than the text filters take, naming the argument", async () => {
    const res = await api.gql(`query($post: String!) { whoHeld(post: $post, asOf: "2025-01-01") { role } }`, { post: "a".repeat(201) });
    expect(res.errors![0]).toMatchObject({ message: "post is longer than 200 characters", extensions: { code: "BAD_USER_INPUT", argument: "post" } });
  });
});
