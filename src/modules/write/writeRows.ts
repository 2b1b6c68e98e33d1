/**
 * Writes validated entries the way the seed loader stores records
 * (seed/records.ts `toGraphRows`: properties, partial dates expanded,
 * reference fields as relationships, citations as SUPPORTED_BY), but as new
 * API-owned facts: `version` set, no `seeded` flag, no seed keys, record time now.
 */
import { randomUUID } from "node:crypto";
import { toGraphRows } from "../../../seed/records";
import type { Tx } from "../../neo4j/funnel";
import type { ChangeSetModel } from "../history/history.model";
import { refreshPersonRoles } from "../search/personRoles";
import type { InputEntry } from "./toRecord";
import { documentTexts } from "./validateWrite";
import { type Touch, createChangeSet, createNodes, createRels } from "./write.cypher";

export interface Rows {
  nodes: Map<string, Array<{ id: string; props: Record<string, unknown> }>>;
  edges: Map<string, Array<{ from: string; to: string; props: Record<string, unknown> }>>;
  citations: Array<{ from: string; to: string; props: Record<string, unknown> }>;
}

function withoutSeedKeys(props: Record<string, unknown>): Record<string, unknown> {
  const { seeded: _seeded, seedSource: _seedSource, seedKey: _seedKey, ...rest } = props;
  return rest;
}

/** The entries' rows; every node gets `version` (from `versionOf` or 1). */
export function rowsOf(entries: readonly InputEntry[], versionOf: (id: string) => number = () => 1): Rows {
  const rows = toGraphRows({ entries: [...entries], texts: documentTexts(), problems: [] });
  const nodes = new Map([...rows.nodes].map(([label, list]) => [label, list.map((n) => ({ id: n.id, props: { ...withoutSeedKeys(n.props), version: versionOf(n.id) } }))]));
  const edges = new Map([...rows.edges].map(([rel, list]) => [rel, list.map((e) => ({ from: e.from, to: e.to, props: withoutSeedKeys(e.props) }))]));
  const citations = rows.citations.map((c) => ({ from: c.from, to: c.doc, props: withoutSeedKeys(c.props) }));
  return { nodes, edges, citations };
}

/** Creates the nodes, then the relationships and citations; a relationship whose end vanished is an error. */
export async function writeRows(tx: Tx, rows: Rows, now: string): Promise<void> {
  for (const [label, list] of rows.nodes) await createNodes(tx, label, list, now);
  for (const [rel, list] of [...rows.edges, ["SUPPORTED_BY", rows.citations] as const]) {
    const made = await createRels(tx, rel, list, now);
    if (made !== list.length) throw new Error(`${rel}: ${list.length - made} relationship(s) lost an end during the write`);
  }
}

/** Writes the change set and returns it as `WriteResult.changeSet` shows it. */
export async function recordChangeSet(
  tx: Tx,
  author: string,
  reason: string,
  now: string,
  touched: Array<Touch & { id: string; version: number; type: string }>,
): Promise<ChangeSetModel> {
  const cs = { id: `changeset:${randomUUID()}`, at: now, author, reason };
  await createChangeSet(tx, cs, touched);
  // A person's search text holds the roles of their appointments: written persons and appointments refresh it.
  await refreshPersonRoles(tx, [...new Set(touched.map((t) => t.id))]);
  return {
    ...cs,
    touchedCount: touched.length,
    touched: touched.map((t) => ({ action: t.action.toUpperCase() as "CREATED" | "SUPERSEDED" | "RETRACTED", id: t.id, version: t.version, type: t.type })),
  };
}
