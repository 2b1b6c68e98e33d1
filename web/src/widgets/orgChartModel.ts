/**
 * The org chart widget's data (orgChart.ts): the boxes `Query.orgChart` sends
 * (schema/org-chart.graphql), as a flat list parents first, the tree built
 * from them, and what a screen reader says for each box.
 */
import { type DateValueLike, formatDateValue } from "../shared/dates";

export interface Citation {
  quote: string;
  locator: string | null;
  document: { title: string; date: DateValueLike | null };
}

export interface ChartNode {
  id: string;
  parentId: string | null;
  kind: "UNIT" | "POST" | "HOLDER" | "MEMBER" | "VACANCY";
  label: string;
  organizationKind: string | null;
  role: string | null;
  capacity: "ORDINARY" | "ACTING" | "SUBSTITUTE" | null;
  certainty: "CERTAIN" | "UNCERTAIN" | "NO";
  depth: number;
  /** Why the box is UNCERTAIN (schema/org-chart.graphql, OrgChartUncertainty); null when CERTAIN. */
  uncertainty: { reason: UncertaintyReason; date: DateValueLike | null } | null;
  /** For units: decisions pausing it on the chart's date (OrgChartPause). */
  pausedBy: Array<{ certainty: "CERTAIN" | "UNCERTAIN"; note: string | null; decision: { id: string; title: string; decidedOn: DateValueLike | null } }>;
  citations: Citation[];
}

/** "paused" when a pausing decision was certainly taken by the date, "perhaps paused" when only perhaps; null when none. */
export function pauseMark(node: ChartNode): string | null {
  if (node.pausedBy.length === 0) return null;
  return node.pausedBy.some((p) => p.certainty === "CERTAIN") ? "paused" : "perhaps paused";
}

/** What pauses a unit, in words: the decision's own wording of the effect, or its title, and its date. */
export function pauseText(node: ChartNode): string | null {
  if (node.pausedBy.length === 0) return null;
  return node.pausedBy
    .map((p) => `${p.certainty === "CERTAIN" ? "paused" : "perhaps paused"}: ${p.note ?? p.decision.title} (${p.decision.decidedOn ? formatDateValue(p.decision.decidedOn) : "date not given"})`)
    .join("; ");
}

type UncertaintyReason = "START_VAGUE" | "END_VAGUE" | "FIRST_ATTESTED_LATER" | "LAST_ATTESTED_EARLIER" | "PARENT_UNCERTAIN";

/** Why a box is uncertain on the chart's date, in words: what its start, end or attested day is, as precise as the source. */
export function uncertaintyText(node: ChartNode): string | null {
  const u = node.uncertainty;
  if (node.certainty !== "UNCERTAIN" || !u) return null;
  const when = u.date ? formatDateValue(u.date) : "";
  switch (u.reason) {
    case "START_VAGUE":
      return `may not have begun yet: began ${when}`;
    case "END_VAGUE":
      return `may have ended: ended ${when}`;
    case "FIRST_ATTESTED_LATER":
      return `no start recorded: first named in a source ${when}`;
    case "LAST_ATTESTED_EARLIER":
      return `no end recorded: last named in a source ${when}`;
    case "PARENT_UNCERTAIN":
      return node.parentId === null ? "an organisation it is part of is uncertain on this date" : "the box above is uncertain on this date";
  }
}

export interface OrgChartData {
  orgChart: { asOf: string; root: { id: string; name: string }; nodes: ChartNode[] } | null;
}

export const KIND_NAMES: Record<ChartNode["kind"], string> = { UNIT: "unit", POST: "post", HOLDER: "holder", MEMBER: "member", VACANCY: "vacancy" };

export interface TreeEntry {
  node: ChartNode;
  children: TreeEntry[];
}

/** The flat list (parents first) as a tree; a box whose parent is missing hangs under the root. */
export function buildTree(nodes: ChartNode[]): TreeEntry | null {
  const byId = new Map<string, TreeEntry>();
  let root: TreeEntry | null = null;
  for (const node of nodes) byId.set(node.id, { node, children: [] });
  for (const node of nodes) {
    const entry = byId.get(node.id)!;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(entry);
    else if (!root) root = entry;
    else root.children.push(entry);
  }
  return root;
}

/** What a screen reader says for a box: label, kind, capacity, certainty. */
export function accessibleLabel(node: ChartNode): string {
  const parts = [node.kind === "VACANCY" ? `No holder recorded: ${node.label}` : node.label];
  if (node.role && node.kind !== "VACANCY") parts.push(node.role);
  parts.push(node.organizationKind ? node.organizationKind.toLowerCase().replace(/_/g, " ") : KIND_NAMES[node.kind]);
  if (node.capacity === "ACTING") parts.push("acting (tf)");
  if (node.capacity === "SUBSTITUTE") parts.push("substitute");
  if (node.certainty === "UNCERTAIN") parts.push(`uncertain on this date (${uncertaintyText(node) ?? "a bound is vague"})`);
  const paused = pauseText(node);
  if (paused) parts.push(paused);
  return parts.join(", ");
}
