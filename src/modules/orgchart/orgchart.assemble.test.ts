/**
 * Grading the chart's boxes against the date: a box is never more certain
 * than the box it hangs under, nor the root than the organisations it is part
 * of (SDL `OrgChartNode.certainty`, `Query.orgChart`).
 */
import type { Plain } from "../../neo4j/values";
import { assembleOrgChart } from "./orgchart.assemble";
import type { OrgChartRows } from "./orgchart.cypher";

type Props = Record<string, Plain>;

/** A partial date's stored properties: a month (vague on its days) or a day. */
const month = (f: string, m: string, last: string): Props => ({ [f]: m, [`${f}Precision`]: "MONTH", [`${f}Earliest`]: `${m}-01`, [`${f}Latest`]: last, [`${f}Approximate`]: false });
const day = (f: string, d: string): Props => ({ [f]: d, [`${f}Precision`]: "DAY", [`${f}Earliest`]: d, [`${f}Latest`]: d, [`${f}Approximate`]: false });

const org = (id: string, extra: Props = {}): Props => ({ id, name: id, kind: "GROUP", ...extra });

/** A group from a vague month (December 2024), a part of it and a post in the part, with a holder, a vacant post and a member; all certain on their own. */
function rows(rootValidity: Props, ancestors: Props[] = []): OrgChartRows {
  return {
    root: org("org:grupp", rootValidity),
    ancestors,
    units: [
      { props: org("org:grupp", rootValidity), parentId: null, depth: 0 },
      { props: org("org:del"), parentId: "org:grupp", depth: 1 },
    ],
    posts: [
      { props: { id: "post:chef", title: "chef" }, orgId: "org:del" },
      { props: { id: "post:vakant", title: "sekreterare" }, orgId: "org:del" },
    ],
    appointments: [{ props: { id: "appt:chef", role: "chef", ...day("validFrom", "2024-01-01") }, person: { id: "person:a", name: "A" }, postId: "post:chef", orgId: "org:del" }],
    memberships: [{ props: { id: "mem:b", role: "ledamot" }, member: { id: "person:b", name: "B" }, memberLabel: "Person", groupId: "org:del" }],
    pauses: [],
  };
}

const certainties = (r: OrgChartRows, asOf: string) => Object.fromEntries(assembleOrgChart(r, asOf, 4)!.nodes.map((n) => [n.id, n.certainty]));

describe("assembleOrgChart certainty", () => {
  it("makes every box under a root that only perhaps existed on the date uncertain too", () => {
    expect(certainties(rows(month("validFrom", "2024-12", "2024-12-31")), "2024-12-10")).toEqual({
      "org:grupp": "UNCERTAIN",
      "org:del": "UNCERTAIN",
      "post:chef": "UNCERTAIN",
      "appt:chef": "UNCERTAIN",
      "post:vakant": "UNCERTAIN",
      "vacancy:post:vakant": "UNCERTAIN",
      "mem:b": "UNCERTAIN",
    });
  });

  it("leaves boxes certain once their parents certainly exist", () => {
    expect(new Set(Object.values(certainties(rows(month("validFrom", "2024-12", "2024-12-31")), "2025-01-10")))).toEqual(new Set(["CERTAIN"]));
  });

  it("caps a box at its parent's certainty only: a box less certain than its parent stays so", () => {
    const r = rows({});
    r.memberships[0]!.props = { ...r.memberships[0]!.props, ...month("validTo", "2025-03", "2025-03-31") };
    expect(certainties(r, "2025-03-10")).toMatchObject({ "org:grupp": "CERTAIN", "org:del": "CERTAIN", "mem:b": "UNCERTAIN", "appt:chef": "CERTAIN" });
  });

  it("caps the root at the certainty of the organisations it is part of", () => {
    const c = certainties(rows({}, [org("org:region"), org("org:overgrupp", month("validFrom", "2024-12", "2024-12-31"))]), "2024-12-10");
    expect(new Set(Object.values(c))).toEqual(new Set(["UNCERTAIN"]));
  });

  it("draws no chart when an organisation the root is part of certainly did not exist on the date", () => {
    const r = rows({}, [org("org:region"), org("org:overgrupp", month("validFrom", "2024-12", "2024-12-31"))]);
    expect(assembleOrgChart(r, "2024-10-01", 4)).toBeNull();
    const ended = rows({}, [org("org:overgrupp", day("validTo", "2024-06-01"))]);
    expect(assembleOrgChart(ended, "2024-06-01", 4)).toBeNull();
    expect(assembleOrgChart(ended, "2024-05-31", 4)).not.toBeNull();
  });
});

describe("assembleOrgChart uncertainty: why a box is UNCERTAIN", () => {
  const why = (r: OrgChartRows, asOf: string) =>
    Object.fromEntries(assembleOrgChart(r, asOf, 4)!.nodes.map((n) => [n.id, n.uncertainty && { reason: n.uncertainty.reason, date: n.uncertainty.date?.text ?? null }]));

  it("names a vague start on the box itself and PARENT_UNCERTAIN on the boxes under it", () => {
    expect(why(rows(month("validFrom", "2024-12", "2024-12-31")), "2024-12-10")).toEqual({
      "org:grupp": { reason: "START_VAGUE", date: "2024-12" },
      "org:del": { reason: "PARENT_UNCERTAIN", date: null },
      "post:chef": { reason: "PARENT_UNCERTAIN", date: null },
      "appt:chef": { reason: "PARENT_UNCERTAIN", date: null },
      "post:vakant": { reason: "PARENT_UNCERTAIN", date: null },
      "vacancy:post:vakant": { reason: "PARENT_UNCERTAIN", date: null },
      "mem:b": { reason: "PARENT_UNCERTAIN", date: null },
    });
  });

  it("names a vague end, and nothing once a box is certain", () => {
    const r = rows({});
    r.memberships[0]!.props = { ...r.memberships[0]!.props, ...month("validTo", "2025-03", "2025-03-31") };
    expect(why(r, "2025-03-10")).toMatchObject({ "org:grupp": null, "appt:chef": null, "mem:b": { reason: "END_VAGUE", date: "2025-03" } });
  });

  it("names the attested day for an appointment without a start or an end: first attested later, last attested earlier", () => {
    const r = rows({});
    r.appointments[0]!.props = { id: "appt:chef", role: "chef", attestedOn: ["2025-04-28..2025-04-29", "2025-06-02"] };
    expect(why(r, "2025-01-10")["appt:chef"]).toEqual({ reason: "FIRST_ATTESTED_LATER", date: "2025-04-28..2025-04-29" });
    expect(why(r, "2025-05-10")["appt:chef"]).toBeNull();
    expect(why(r, "2025-09-10")["appt:chef"]).toEqual({ reason: "LAST_ATTESTED_EARLIER", date: "2025-06-02" });
    // Its own start, where it has one, is what a later day turns on.
    r.appointments[0]!.props = { ...r.appointments[0]!.props, ...day("validFrom", "2025-02-01") };
    expect(why(r, "2025-09-10")["appt:chef"]).toEqual({ reason: "LAST_ATTESTED_EARLIER", date: "2025-06-02" });
  });

  it("names PARENT_UNCERTAIN on a root whose whole only perhaps existed", () => {
    expect(why(rows({}, [org("org:overgrupp", month("validFrom", "2024-12", "2024-12-31"))]), "2024-12-10")["org:grupp"]).toEqual({ reason: "PARENT_UNCERTAIN", date: null });
  });
});

describe("assembleOrgChart pausedBy: decisions pausing a unit on the date", () => {
  const decision = (id: string, decidedOn: Props): Props => ({ id, title: id, status: "TAKEN", ...decidedOn });
  const paused = (r: OrgChartRows, asOf: string) =>
    Object.fromEntries(assembleOrgChart(r, asOf, 4)!.nodes.filter((n) => n.pausedBy.length > 0).map((n) => [n.id, n.pausedBy.map((p) => [p.decision.id, p.certainty, p.note])]));
  const vague = { decidedOn: "..2025-04-11", decidedOnPrecision: "SPAN", decidedOnEarliest: null, decidedOnLatest: "2025-04-11", decidedOnApproximate: false };

  it("marks the unit a PAUSES decision targets: perhaps while the decision's date is vague around the day, certainly after, not at all before it", () => {
    const r = rows({});
    r.pauses = [{ decision: decision("decision:paus", vague), effect: "PAUSES", note: "på obestämd tid", orgId: "org:del" }];
    expect(paused(r, "2025-03-01")).toEqual({ "org:del": [["decision:paus", "UNCERTAIN", "på obestämd tid"]] });
    expect(paused(r, "2025-04-11")).toEqual({ "org:del": [["decision:paus", "CERTAIN", "på obestämd tid"]] });
    r.pauses = [{ decision: decision("decision:paus", day("decidedOn", "2025-04-11")), effect: "PAUSES", note: null, orgId: "org:del" }];
    expect(paused(r, "2025-04-10")).toEqual({});
    // Boxes under a paused unit are not themselves marked: paused is not dissolved.
    expect(Object.keys(paused(r, "2025-06-01"))).toEqual(["org:del"]);
  });

  it("lifts a pause once a RESUMES decision was certainly taken after it, not while the resumption is only perhaps taken", () => {
    const r = rows({});
    r.pauses = [
      { decision: decision("decision:paus", day("decidedOn", "2025-04-11")), effect: "PAUSES", note: null, orgId: "org:del" },
      { decision: decision("decision:aterupptas", month("decidedOn", "2025-09", "2025-09-30")), effect: "RESUMES", note: null, orgId: "org:del" },
    ];
    expect(paused(r, "2025-09-15")).toEqual({ "org:del": [["decision:paus", "CERTAIN", null]] });
    expect(paused(r, "2025-10-01")).toEqual({});
  });
});
