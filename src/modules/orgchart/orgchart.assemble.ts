/**
 * Turns the org chart's raw rows into the flat list of boxes the widget draws
 * (SDL `OrgChart.nodes`): units by depth, each unit's posts with their holders
 * on the date or a VACANCY, roles held in a unit without a post, group members.
 * Pure: grading each fact against the date is `holdsOn`. A box is never more
 * certain than the box it hangs under (SDL `OrgChartNode.certainty`): a part,
 * post, holder or member cannot certainly exist on a day its parent only
 * perhaps existed. The root is capped likewise by the organisations it is part
 * of, and there is no chart when one of them certainly did not exist.
 */
import type { AppointmentCapacity } from "../../__generated__/resolvers-types";
import { type AsOfCertainty, type Bounds, holdsOn, onOrBefore } from "../../lib/validity";
import type { Plain } from "../../neo4j/values";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { attestedDates } from "../appointment/appointment.model";
import { appointmentBounds } from "../appointment/appointment.validity";
import { toDecisionModel } from "../decision/decision.model";
import { toNodeModel } from "../node/node.model";
import { toOrganizationModel } from "../organization/organization.model";
import type { OrgChartRows } from "./orgchart.cypher";
import type { OrgChartModel, OrgChartNodeModel, OrgChartPauseModel, OrgChartUncertaintyModel } from "./orgchart.model";

type Props = Record<string, Plain>;

/** Swedish collation for sibling labels, built once rather than per chart (about 15 µs each). */
const collator = new Intl.Collator("sv");

interface Grading {
  certainty: AsOfCertainty;
  /** Why its own dates make it UNCERTAIN (the parent's part is added by `push`). */
  uncertainty: OrgChartUncertaintyModel | null;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
}

function grade(props: Props, asOf: string): Grading {
  const from = toDateValue(props, "validFrom");
  const to = toDateValue(props, "validTo");
  const certainty = holdsOn(from, to, asOf);
  return { certainty, uncertainty: certainty === "UNCERTAIN" ? whyUncertain(from, to, { from, to }, [], asOf) : null, validFrom: from, validTo: to };
}

/** An appointment is graded by the bounds its attested days imply where it has none (appointment.validity.ts). */
function gradeHolding(props: Props, asOf: string): Grading {
  const own = grade(props, asOf);
  const bounds = appointmentBounds(props);
  const certainty = holdsOn(bounds.from, bounds.to, asOf);
  return { ...own, certainty, uncertainty: certainty === "UNCERTAIN" ? whyUncertain(own.validFrom, own.validTo, bounds, attestedDates(props), asOf) : null };
}

/**
 * Why a fact graded UNCERTAIN on `day` by `bounds` is so: its start may be
 * after the day, or its end before it (the start first when both). A bound
 * the fact does not have itself came from its attested days.
 */
export function whyUncertain(
  validFrom: DateValueModel | null,
  validTo: DateValueModel | null,
  bounds: { from: Bounds | null; to: Bounds | null },
  attested: readonly DateValueModel[],
  day: string,
): OrgChartUncertaintyModel | null {
  const { from, to } = bounds;
  if (from && (from.latest === null || day < from.latest)) {
    return validFrom ? { reason: "START_VAGUE", date: validFrom } : { reason: "FIRST_ATTESTED_LATER", date: attested[0] ?? null };
  }
  if (to && (to.earliest === null || day >= to.earliest)) {
    return validTo ? { reason: "END_VAGUE", date: validTo } : { reason: "LAST_ATTESTED_EARLIER", date: attested.at(-1) ?? null };
  }
  return null;
}

/**
 * The decisions pausing a unit on `day` (SDL `OrgChartNode.pausedBy`): each
 * PAUSES decision perhaps or certainly taken by then, unless a RESUMES
 * decision was certainly taken by then and certainly after it.
 */
export function pausesOn(rows: OrgChartRows["pauses"], day: string): OrgChartPauseModel[] {
  const taken = rows.map((r) => ({ ...r, bounds: toDateValue(r.decision, "decidedOn") }));
  const resumes = taken.filter((r) => r.effect === "RESUMES" && r.bounds !== null && onOrBefore(r.bounds, day) === "CERTAIN");
  const out: OrgChartPauseModel[] = [];
  for (const p of taken) {
    if (p.effect !== "PAUSES") continue;
    const certainty = p.bounds ? onOrBefore(p.bounds, day) : "UNCERTAIN";
    if (certainty === "NO") continue;
    const pausedBy = p.bounds?.latest ?? null;
    if (pausedBy !== null && resumes.some((r) => r.bounds!.earliest !== null && r.bounds!.earliest > pausedBy)) continue;
    out.push({ decision: toDecisionModel(p.decision), note: p.note, certainty });
  }
  return out;
}

/** The less certain of two gradings (CERTAIN > UNCERTAIN > NO). */
const RANK: Record<AsOfCertainty, number> = { CERTAIN: 2, UNCERTAIN: 1, NO: 0 };
const atMost = (c: AsOfCertainty, cap: AsOfCertainty): AsOfCertainty => (RANK[c] <= RANK[cap] ? c : cap);

const KIND_ORDER: Record<OrgChartNodeModel["kind"], number> = { UNIT: 0, POST: 1, VACANCY: 2, HOLDER: 3, MEMBER: 4 };

export function assembleOrgChart(rows: OrgChartRows, asOf: string, depth: number): OrgChartModel | null {
  if (!rows.root) return null;
  // What the root can be at most: as certain as the least certain organisation it is part of.
  const rootCap = rows.ancestors.reduce<AsOfCertainty>((cap, a) => atMost(cap, grade(a, asOf).certainty), "CERTAIN");
  if (atMost(grade(rows.root, asOf).certainty, rootCap) === "NO") return null;
  const nodes: OrgChartNodeModel[] = [];
  const depthOf = new Map<string, number>();
  const certaintyOf = new Map<string, AsOfCertainty>();
  /** Adds a box, no more certain than its parent (already added); false when it does not hold on the date. */
  const push = (n: Omit<OrgChartNodeModel, keyof Grading | "pausedBy"> & Grading): boolean => {
    if (n.certainty === "NO") return false;
    const certainty = atMost(n.certainty, n.parentId === null ? rootCap : certaintyOf.get(n.parentId)!);
    const uncertainty = certainty === "CERTAIN" ? null : (n.uncertainty ?? { reason: "PARENT_UNCERTAIN" as const, date: null });
    const pausedBy = n.kind === "UNIT" ? pausesOn(rows.pauses.filter((x) => x.orgId === n.id), asOf) : [];
    nodes.push({ ...n, certainty, uncertainty, pausedBy } as OrgChartNodeModel);
    depthOf.set(n.id, n.depth);
    certaintyOf.set(n.id, certainty);
    return true;
  };

  for (const u of [...rows.units].sort((a, b) => a.depth - b.depth)) {
    const id = u.props.id as string;
    if (depthOf.has(id) || (u.parentId !== null && !depthOf.has(u.parentId))) continue;
    const org = toOrganizationModel(u.props);
    push({ id, parentId: u.parentId, kind: "UNIT", label: org.name, subject: org, organizationKind: org.kind, role: null, capacity: null, depth: u.depth, citedId: id, ...grade(u.props, asOf) });
  }

  const heldPosts = new Set<string>();
  const postIds = new Set<string>();
  for (const p of rows.posts) {
    const unitDepth = depthOf.get(p.orgId);
    if (unitDepth === undefined) continue;
    const id = p.props.id as string;
    if (push({ id, parentId: p.orgId, kind: "POST", label: p.props.title as string, subject: toNodeModel("Post", p.props), organizationKind: null, role: null, capacity: null, depth: unitDepth + 1, citedId: id, ...grade(p.props, asOf) })) postIds.add(id);
  }

  for (const a of rows.appointments) {
    const parentId = a.postId && postIds.has(a.postId) ? a.postId : a.orgId && depthOf.has(a.orgId) && !a.postId ? a.orgId : null;
    if (parentId === null) continue;
    const g = gradeHolding(a.props, asOf);
    if (g.certainty === "NO") continue;
    if (a.postId) heldPosts.add(a.postId);
    push({
      id: a.props.id as string, parentId, kind: "HOLDER", label: a.person.name as string, subject: toNodeModel("Person", a.person),
      organizationKind: null, role: (a.props.role as string) ?? null, capacity: ((a.props.capacity as AppointmentCapacity) ?? "ORDINARY"),
      depth: depthOf.get(parentId)! + 1, citedId: a.props.id as string, ...g,
    });
  }

  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const postId of postIds) {
    if (heldPosts.has(postId)) continue;
    const post = byId.get(postId)!;
    nodes.push({ ...post, id: `vacancy:${postId}`, parentId: postId, kind: "VACANCY", label: `${post.label} (ingen innehavare angiven)`, depth: post.depth + 1 });
  }

  for (const m of rows.memberships) {
    const groupDepth = depthOf.get(m.groupId);
    if (groupDepth === undefined) continue;
    const member = toNodeModel(m.memberLabel, m.member);
    push({
      id: m.props.id as string, parentId: m.groupId, kind: "MEMBER", label: (m.member.name ?? m.member.title ?? m.member.id) as string, subject: member,
      organizationKind: null, role: (m.props.role as string) ?? null, capacity: null, depth: groupDepth + 1, citedId: m.props.id as string, ...grade(m.props, asOf),
    });
  }

  // Parents before children; siblings by kind, then label (Swedish collation).
  const children = new Map<string | null, OrgChartNodeModel[]>();
  for (const n of nodes) {
    const siblings = children.get(n.parentId);
    if (siblings) siblings.push(n);
    else children.set(n.parentId, [n]);
  }
  const out: OrgChartNodeModel[] = [];
  const walk = (parentId: string | null) => {
    const list = (children.get(parentId) ?? []).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(a.label, b.label));
    for (const n of list) {
      out.push(n);
      walk(n.id);
    }
  };
  walk(null);
  return { root: toOrganizationModel(rows.root), asOf, depth, nodes: out };
}
