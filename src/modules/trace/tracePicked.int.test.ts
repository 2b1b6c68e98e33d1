/**
 * A trace statement that sends each position's nodes with picked properties
 * (trace.fields.ts) carries the same values as the one that sends them whole:
 * every seeded decision's trace read both ways, on the seed graph.
 */
import { readQuery } from "../../neo4j/funnel";
import { partialDate } from "../../neo4j/project";
import type { Plain } from "../../neo4j/values";
import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";
import { type TraceRow, findTraces } from "./trace.cypher";
import { type TraceFields, WHOLE_TRACE } from "./trace.fields";

type Props = Record<string, Plain>;

const PICKED: TraceFields = {
  actor: ["name", "summary", "title"],
  person: ["name"],
  appointment: ["capacity", "role", ...partialDate("validFrom"), ...partialDate("validTo")],
  post: ["title"],
  organization: ["kind", "name"],
  mandate: ["basis", "root", "scope", ...partialDate("validFrom"), ...partialDate("validTo")],
  grantedBy: ["name"],
  heldBy: ["name", "title"],
};

/** What the whole node holds of the picked properties (an absent one as null), with the identity every picked node carries. */
function restrict(whole: Props | null, fields: string[]): Props | null {
  if (whole === null) return null;
  return Object.fromEntries(["id", "versionOf", ...fields].map((f) => [f, whole[f] ?? null]));
}

describe("decision traces with picked properties", () => {
  // The seed's decisions are decided by organisations; these are decided by a person and a post, with appointments held then and not.
  const g = new FixtureGraph(uniquePrefix("tracepick"));
  const org = g.add("Organization", "namnd", { name: "Spårnämnden", kind: "BOARD", summary: "En nämnd." });
  const post = g.add("Post", "ordf", { title: "ordförande i Spårnämnden", organization: org, summary: "Ordförandeposten." });
  const person = g.add("Person", "anna", { name: "Anna Spårsson", summary: "Politiker." });
  g.add("Appointment", "nu", { person, post, role: "ordförande", capacity: "ACTING", validFrom: "2024-03", validTo: "2025" });
  g.add("Appointment", "forr", { person, post, role: "ordförande", validFrom: "2020-01-01", validTo: "2021-12-31" });
  g.add("Appointment", "talesperson", { person, organization: org, role: "talesperson", validFrom: "2024" });
  const root = g.add("Mandate", "rot", { scope: "nämndens reglemente", root: true, heldBy: org, validFrom: "2023-01-01" });
  const delegated = g.add("Mandate", "deleg", { scope: "brådskande ärenden", basis: "delegationsordning", grantedBy: org, heldBy: post, delegatedFrom: root, validFrom: "early 2024-02" });
  const fixtureDecisions = [
    g.add("Decision", "av-person", { title: "Beslut av ordföranden", decidedOn: "2024-06-10", decidedBy: [person], underMandate: delegated }),
    g.add("Decision", "av-post", { title: "Beslut av posten", decidedOn: "2024-W30", decidedBy: [post, org], underMandate: root }),
  ];
  const api = useTestApi(g);
  const decisionIds = (tx: { run<T>(c: string, p?: Record<string, unknown>): Promise<T[]> }, extra = "") =>
    tx.run<{ id: string }>(
      `MATCH (d:Decision) WHERE d.retractedAt IS NULL AND ((d.seeded AND coalesce(d.seedSource, 'seed') = 'seed') OR d.id IN $fixtures) ${extra} RETURN DISTINCT d.id AS id ORDER BY id`,
      { fixtures: fixtureDecisions },
    ).then((rows) => rows.map((r) => r.id));

  it("hold exactly the picked properties, with the values of the whole nodes, for every seeded decision", async () => {
    const ids = await readQuery(api.scope, "test", (tx) => decisionIds(tx));
    expect(ids).toEqual(expect.arrayContaining(fixtureDecisions));
    const read = (fields: TraceFields) =>
      readQuery(api.scope, "test", async (tx) => new Map((await findTraces(tx, ids, null, fields)).map((r): [string, TraceRow["value"]] => [r.key, r.value])));
    const [whole, picked] = [await read(WHOLE_TRACE), await read(PICKED)];
    expect([...picked.keys()]).toEqual([...whole.keys()]);
    const seen = { holdings: 0, steps: 0, grantors: 0, dated: 0 };
    for (const [id, w] of whole) {
      const p = picked.get(id)!;
      expect(p.decision).toEqual(w.decision);
      expect(p.deciders.map((d) => d.actor.label)).toEqual(w.deciders.map((d) => d.actor.label));
      w.deciders.forEach((d, i) => {
        const pd = p.deciders[i]!;
        expect(pd.actor.props).toEqual(restrict(d.actor.props, PICKED.actor!));
        expect(pd.holdings).toHaveLength(d.holdings.length);
        d.holdings.forEach((h, j) => {
          const ph = pd.holdings[j]!;
          seen.holdings += 1;
          if (h.appointment.validFromEarliest) seen.dated += 1;
          expect(ph.appointment).toEqual(restrict(h.appointment, PICKED.appointment!));
          expect(ph.person).toEqual(restrict(h.person, PICKED.person!));
          expect(ph.post).toEqual(restrict(h.post, PICKED.post!));
          expect(ph.organization).toEqual(restrict(h.organization, PICKED.organization!));
        });
      });
      expect(p.steps.map((s) => s.level)).toEqual(w.steps.map((s) => s.level));
      w.steps.forEach((s, i) => {
        const ps = p.steps[i]!;
        seen.steps += 1;
        if (s.grantedBy) seen.grantors += 1;
        expect(ps.mandate).toEqual(restrict(s.mandate, PICKED.mandate!));
        expect(ps.grantedBy && { label: ps.grantedBy.label, props: ps.grantedBy.props }).toEqual(s.grantedBy && { label: s.grantedBy.label, props: restrict(s.grantedBy.props, PICKED.grantedBy!) });
        expect(ps.heldBy && { label: ps.heldBy.label, props: ps.heldBy.props }).toEqual(s.heldBy && { label: s.heldBy.label, props: restrict(s.heldBy.props, PICKED.heldBy!) });
      });
    }
    // The comparison covered holdings (with dated appointments), mandate steps and grantors.
    expect(seen.holdings).toBeGreaterThan(0);
    expect(seen.dated).toBeGreaterThan(0);
    expect(seen.steps).toBeGreaterThan(0);
    expect(seen.grantors).toBeGreaterThan(0);
  });

  it("gives the same answers through the API whether the trace's nodes are picked or whole, in one round trip", async () => {
    const ACTOR = "... on Organization { id name } ... on Person { id name } ... on Post { id title }";
    const trace = `id deciders { actor { ${ACTOR} } capacities { role capacity certainty person { name } post { title } organization { name } appointment { validFrom { text } validTo { text } } } }
      mandateChain { recorded endsAtRoot explanation steps { level scope basis validFrom { text } validTo { text } inForceOnDecisionDate isRoot mandate { id } grantedBy { ${ACTOR} } heldBy { ${ACTOR} } } }`;
    const ids = await readQuery(api.scope, "test", (tx) => decisionIds(tx, "AND (d)-[:UNDER_MANDATE|DECIDED_BY]->()"));
    expect(ids).toEqual(expect.arrayContaining(fixtureDecisions));
    expect(ids.length).toBeGreaterThan(5);
    const ask = (extra: string) => api.gql<Record<string, unknown>>(`{ ${ids.map((id, i) => `d${i}: decision(id: ${JSON.stringify(id)}) { ${trace} }`).join(" ")} ${extra} }`);
    const picked = await ask("");
    // A field that reads more than stored properties, asked anywhere in the operation, sends every position whole.
    const whole = await ask(`w: decision(id: ${JSON.stringify(ids[0])}) { deciders { actor { ... on Organization { citations { quote } } } capacities { person { citations { quote } } post { citations { quote } } organization { citations { quote } } appointment { citations { quote } } } }
      mandateChain { steps { mandate { citations { quote } } grantedBy { ... on Organization { citations { quote } } ... on Person { citations { quote } } ... on Post { citations { quote } } } heldBy { ... on Organization { citations { quote } } ... on Person { citations { quote } } ... on Post { citations { quote } } } } } }`);
    expect(picked.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    const { w: _w, ...same } = whole.data!;
    expect(picked.data).toEqual(same);
    expect(picked.extensions).toEqual({ debug: { roundTrips: 1 } });
  });
});
