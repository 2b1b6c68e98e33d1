import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";

describe("Decision API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("decision"));
  const vgr = g.add("Organization", "vgr", { name: "Västra Götalandsregionen", kind: "REGION" });
  const styrgrupp = g.add("Organization", "styrgrupp", { name: "Programstyrgrupp Millennium", kind: "STEERING_GROUP", parent: vgr });
  const vastkom = g.add("Organization", "vastkom", { name: "VästKom", kind: "MUNICIPAL_ASSOCIATION" });
  const direktor = g.add("Post", "regiondirektor", { title: "regiondirektör", organization: vgr });
  const mandat = g.add("Mandate", "styra", { scope: "styra införandet", heldBy: styrgrupp, grantedBy: vgr, validFrom: "2024-W44" });
  const mote = g.add("Event", "mote", { title: "Styrgruppsmöte", kind: "MEETING", date: "2024-11-01" });
  const anslutning = g.add("Event", "anslutning", { title: "Kommunernas anslutning", kind: "GO_LIVE", status: "PLANNED", date: "2025-02-18" });
  const avtal = g.add("Agreement", "avtal", { title: "Millenniumavtalet" });
  const gammal = g.add("Decision", "gammal-tidplan", { title: "Gammal tidplan", decidedOn: "2024-06" });
  const ny = g.add("Decision", "ny-tidplan", {
    title: "Ny tidplan för kommunerna",
    summary: "Kommunerna ansluter senare.",
    decidedOn: "mid 2024-11",
    decidedBy: [styrgrupp, direktor],
    underMandate: mandat,
    requestedBy: [vastkom],
    takenAt: mote,
    affects: [
      { target: anslutning, effect: "SETS_DATE", note: "18 februari 2025 fastställt" },
      { target: avtal, effect: "CONTINUES" },
    ],
    supersedes: [gammal],
    certainty: "inferred",
    reason: "Året saknas i källan; taget från rapportens datum.",
    rank: "preferred",
    note: "kuratorns anteckning",
    citations: [{ quote: "ny tidplan har beslutats", locator: "Kommunerna, punkt 2", nameAsWritten: "programstyrgruppen" }],
  });
  const indragen = g.add("Decision", "indragen", { title: "Indraget beslut", decidedOn: "2024-12-01", decidedBy: [styrgrupp], retractedAt: "2025-01-01T00:00:00Z" });

  const api = useTestApi(g);

  it("traces a decision: deciders, mandate, requester, meeting, effects, superseded decision and sources", async () => {
    const res = await api.gql<{ decision: Record<string, unknown> }>(
      `query($id: ID!) { decision(id: $id) {
         id title summary status
         decidedOn { text precision earliest latest approximate }
         decidedBy { __typename ... on Organization { id name } ... on Post { id title } }
         underMandate { id scope validFrom { text earliest latest precision } }
         requestedBy { ... on Organization { id } }
         takenAt { id title }
         affects { effect note target { __typename id } decision { id } }
         supersedes { id } supersededBy { id }
         certainty inferenceReason rank note
         citations { quote locator nameAsWritten document { id } } } }`,
      { id: ny },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.decision).toEqual({
      id: ny,
      title: "Ny tidplan för kommunerna",
      summary: "Kommunerna ansluter senare.",
      status: "TAKEN",
      decidedOn: { text: "mid 2024-11", precision: "PART_OF_MONTH", earliest: "2024-11-11", latest: "2024-11-20", approximate: true },
      decidedBy: [
        { __typename: "Organization", id: styrgrupp, name: "Programstyrgrupp Millennium" },
        { __typename: "Post", id: direktor, title: "regiondirektör" },
      ],
      underMandate: { id: mandat, scope: "styra införandet", validFrom: { text: "2024-W44", earliest: "2024-10-28", latest: "2024-11-03", precision: "WEEK" } },
      requestedBy: [{ id: vastkom }],
      takenAt: { id: mote, title: "Styrgruppsmöte" },
      // By the target's date: the dated event first, the undated agreement last.
      affects: [
        { effect: "SETS_DATE", note: "18 februari 2025 fastställt", target: { __typename: "Event", id: anslutning }, decision: { id: ny } },
        { effect: "CONTINUES", note: null, target: { __typename: "Agreement", id: avtal }, decision: { id: ny } },
      ],
      supersedes: [{ id: gammal }],
      supersededBy: [],
      certainty: "INFERRED",
      inferenceReason: "Året saknas i källan; taget från rapportens datum.",
      rank: "PREFERRED",
      note: "kuratorns anteckning",
      citations: [{ quote: "ny tidplan har beslutats", locator: "Kommunerna, punkt 2", nameAsWritten: "programstyrgruppen", document: { id: g.docId } }],
    });
  });

  it("answers every reference from the other side too", async () => {
    const res = await api.gql<Record<string, Record<string, unknown>>>(
      `query($styrgrupp: ID!, $vastkom: ID!, $direktor: ID!, $mandat: ID!, $mote: ID!, $avtal: ID!, $gammal: ID!) {
         styrgrupp: organization(id: $styrgrupp) { decisions { id title } }
         vastkom: organization(id: $vastkom) { requestedDecisions { id } decisions { id } }
         direktor: post(id: $direktor) { decisions { id } }
         mandat: mandate(id: $mandat) { decisions { id } }
         mote: event(id: $mote) { decisions { id } }
         avtal: agreement(id: $avtal) { affectedBy { effect note decision { id } target { id } } }
         gammal: decision(id: $gammal) { supersededBy { id } decidedOn { text earliest latest } } }`,
      { styrgrupp, vastkom, direktor, mandat, mote, avtal, gammal },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      // the retracted decision is never returned
      styrgrupp: { decisions: [{ id: ny, title: "Ny tidplan för kommunerna" }] },
      vastkom: { requestedDecisions: [{ id: ny }], decisions: [] },
      direktor: { decisions: [{ id: ny }] },
      mandat: { decisions: [{ id: ny }] },
      mote: { decisions: [{ id: ny }] },
      avtal: { affectedBy: [{ effect: "CONTINUES", note: null, decision: { id: ny }, target: { id: avtal } }] },
      gammal: { supersededBy: [{ id: ny }], decidedOn: { text: "2024-06", earliest: "2024-06-01", latest: "2024-06-30" } },
    });
  });

  it("states facts as STATED with rank NORMAL unless marked, and lists deciders by decision date", async () => {
    const res = await api.gql<{ decision: Record<string, unknown> }>(
      `query($id: ID!) { decision(id: $id) { certainty inferenceReason rank note decidedBy { __typename } underMandate { id } } }`,
      { id: gammal },
    );
    expect(res.data!.decision).toEqual({ certainty: "STATED", inferenceReason: null, rank: "NORMAL", note: null, decidedBy: [], underMandate: null });
  });

  it("is null for an unknown id, another type's id or a retracted decision", async () => {
    const res = await api.gql(
      `query($org: ID!, $gone: ID!) { a: decision(id: "decision:nope") { id } b: decision(id: $org) { id } c: decision(id: $gone) { id } }`,
      { org: vgr, gone: indragen },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null, c: null });
  });
});
