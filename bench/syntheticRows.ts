/**
 * Row plumbing for the synthetic graph: a deterministic random source, and node
 * and edge rows in exactly the storage shape of src/domain/concepts.ts (what
 * seed/records.ts writes for curated data): partial dates expanded into
 * text, bounds, precision and approximate flag; enum defaults; the search
 * properties from the concept's search fields (src/domain/searchProps.ts).
 */
import { CONCEPTS } from "../src/domain/concepts";
import { storedNameKeys } from "../src/domain/sortKeys";
import { storedPartialDate } from "../src/domain/storedDate";
import { searchProps } from "../src/domain/searchProps";
import { parsePartialDate } from "../src/lib/partialDate";

export interface SynNode {
  label: string;
  props: Record<string, unknown>;
}
export interface SynEdge {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A PartialDate field in storage shape (src/domain/storedDate.ts). */
export function dateProps(name: string, text: string | null): Record<string, unknown> {
  return text === null ? {} : storedPartialDate(name, parsePartialDate(text));
}

/** Enum defaults and empty lists the seed loader writes for absent fields, so the shapes match. */
function defaults(label: string): Record<string, unknown> {
  const out: Record<string, unknown> = { rank: "normal" };
  for (const [name, type] of Object.entries(CONCEPTS[label]!.fields)) {
    if (type.kind === "enum" && type.default) out[name] = type.default;
    if (type.kind === "strings") out[name] = [];
  }
  return out;
}

/**
 * A node of `label`. `seeded: false` because the seed loader retracts seeded
 * nodes that are not in the seed files, and synthetic nodes must survive a
 * seed reload.
 */
export function node(label: string, props: Record<string, unknown>): SynNode {
  const all: Record<string, unknown> = { ...defaults(label), ...props, seeded: false };
  Object.assign(all, storedNameKeys(all));
  Object.assign(all, searchProps(CONCEPTS[label]!, all));
  return { label, props: all };
}

/**
 * Gives each generated person the roles of their appointments in its search
 * text, as the API keeps it for curated and written persons
 * (src/modules/search/personRoles.ts).
 */
export function withPersonRoles(nodes: readonly SynNode[], edges: readonly SynEdge[]): void {
  const roleOf = new Map(nodes.filter((n) => n.label === "Appointment").map((n) => [n.props.id as string, n.props.role as string]));
  const roles = new Map<string, Set<string>>();
  for (const e of edges) {
    const role = e.type === "OF_PERSON" ? roleOf.get(e.from) : undefined;
    if (role !== undefined) roles.set(e.to, (roles.get(e.to) ?? new Set()).add(role));
  }
  for (const n of nodes) {
    if (n.label === "Person") Object.assign(n.props, searchProps(CONCEPTS.Person!, { ...n.props, roles: [...(roles.get(n.props.id as string) ?? [])].sort() }));
  }
}

export function edge(type: string, from: string, to: string, props: Record<string, unknown> = {}): SynEdge {
  return { type, from, to, props };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A date between two years at a precision drawn like the sources': mostly days,
 * then months, ISO weeks, parts of months and spans (vague changeovers).
 */
export function randomDate(r: Random, fromYear: number, toYear: number, vague = 0.3): string {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  if (!r.chance(vague)) return `${y}-${pad(m)}-${pad(d)}`;
  switch (r.int(0, 3)) {
    case 0:
      return `${y}-${pad(m)}`;
    case 1:
      return `${y}-W${pad(r.int(1, 52))}`;
    case 2:
      return `${r.pick(["early", "mid", "late"])} ${y}-${pad(m)}`;
    default: {
      const m2 = Math.min(12, m + r.int(1, 3));
      return `${y}-${pad(m)}-${pad(d)}..${y}-${pad(m2)}-${pad(d)}`;
    }
  }
}

/** Dates sortable as strings by their earliest day, to order successions. */
export function earliestOf(text: string): string {
  return parsePartialDate(text).earliest ?? "0000-00-00";
}
