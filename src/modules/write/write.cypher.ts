/**
 * The write path's named Cypher (src/modules/write). Everything runs inside
 * the mutation's one write transaction. Labels and relationship types come
 * from the storage contract or from the graph itself and are checked against
 * strict patterns before they are spliced in; every value is a parameter.
 */
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

const LABEL = /^[A-Z][A-Za-z]*$/;
const REL = /^[A-Z][A-Z_]*$/;

export function checkedName(name: string, pattern: "label" | "rel"): string {
  if (!(pattern === "label" ? LABEL : REL).test(name)) throw new Error(`unsafe ${pattern} name: ${name}`);
  return name;
}

export interface IdInfo {
  id: string;
  label: string | null;
  fileName: string | null;
  current: boolean;
}

/** One batched lookup of every id a write names: its label, a document's file, and whether it is current. */
export function lookupIds(tx: Tx, ids: readonly string[]): Promise<IdInfo[]> {
  return tx.run<IdInfo>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (n:Entity {id: id})
     RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.fileName AS fileName, n IS NOT NULL AND n.retractedAt IS NULL AS current`,
    { ids },
  );
}

/** Ids taken among `base` and `base-N`, for deriving a free one. */
export async function takenIds(tx: Tx, bases: readonly string[]): Promise<Set<string>> {
  const rows = await tx.run<{ id: string }>(
    `UNWIND $bases AS base
     MATCH (n:Entity) WHERE n.id = base OR n.id STARTS WITH base + '-'
     RETURN n.id AS id`,
    { bases },
  );
  return new Set(rows.map((r) => r.id));
}

export interface LockedNode {
  eid: string;
  id: string;
  label: string;
  version: number;
  retracted: boolean;
  /** When it was retracted (ISO), and the change set that did it (none for a seed fact retracted on load). */
  retractedAt: string | null;
  retractedBy: string | null;
  props: Record<string, Plain>;
}

/**
 * Takes the write lock on the node with `id` (by writing a marker property,
 * removed again before commit), then reads it afresh: a concurrent writer that
 * got the lock first has committed by now, so its retraction or new version is
 * seen and the caller can refuse with CONFLICT instead of both winning.
 */
export async function lockNode(tx: Tx, id: string): Promise<LockedNode | null> {
  const locked = await tx.run<{ eid: string }>(`MATCH (n:Entity {id: $id}) SET n._writeLock = true RETURN elementId(n) AS eid`, { id });
  if (locked.length === 0) return null;
  const rows = await tx.run<LockedNode>(
    `MATCH (n) WHERE elementId(n) = $eid
     OPTIONAL MATCH (c:ChangeSet)-[:TOUCHED {action: 'retracted'}]->(n)
     WITH n, c ORDER BY c.at DESC LIMIT 1
     RETURN elementId(n) AS eid, n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
            coalesce(n.version, 1) AS version, n.retractedAt IS NOT NULL AS retracted,
            toString(n.retractedAt) AS retractedAt, c.id AS retractedBy, properties(n) AS props`,
    { eid: locked[0]!.eid },
  );
  return rows[0] ?? null;
}

/** The current version of `id` as just written in this transaction: its element id and properties. */
export async function currentVersion(tx: Tx, id: string): Promise<{ eid: string; props: Record<string, Plain> } | null> {
  const rows = await tx.run<{ eid: string; props: Record<string, Plain> }>(
    `MATCH (n:Entity {id: $id}) WHERE n.retractedAt IS NULL RETURN elementId(n) AS eid, properties(n) AS props`,
    { id },
  );
  return rows[0] ?? null;
}

export interface RelRow {
  type: string;
  out: boolean;
  other: string;
  otherId: string;
  props: Record<string, Plain>;
}

/** The current relationships of a node, both directions, but not its change sets' TOUCHED. */
export function currentRels(tx: Tx, eid: string): Promise<RelRow[]> {
  return tx.run<RelRow>(
    `MATCH (n)-[r]-(m) WHERE elementId(n) = $eid AND r.retractedAt IS NULL AND type(r) <> 'TOUCHED' AND m <> n
     RETURN type(r) AS type, startNode(r) = n AS out, elementId(m) AS other, m.id AS otherId, properties(r) AS props`,
    { eid },
  );
}

/**
 * Retracts a node version in place of editing it (rule 5): `retractedAt` on it
 * and on its current relationships. With `renameTo` (a correction) it also
 * frees the stable id for the new version: `id` becomes `<id>@v<n>` and
 * `versionOf` keeps the stable id, so the per-label id constraints still hold.
 */
export async function retractVersion(tx: Tx, eid: string, now: string, renameTo: { id: string; versionOf: string } | null): Promise<void> {
  await tx.run(
    `MATCH (n) WHERE elementId(n) = $eid
     SET n.retractedAt = datetime($now)
     FOREACH (_ IN CASE WHEN $rename IS NULL THEN [] ELSE [1] END | SET n.id = $rename.id, n.versionOf = $rename.versionOf)
     REMOVE n._writeLock
     WITH n
     OPTIONAL MATCH (n)-[r]-() WHERE r.retractedAt IS NULL AND type(r) <> 'TOUCHED'
     SET r.retractedAt = datetime($now)`,
    { eid, now, rename: renameTo },
  );
}

/** Releases the lock marker of a node that is not retracted (addCitation keeps nothing else of it). */
export async function unlock(tx: Tx, eid: string): Promise<void> {
  await tx.run(`MATCH (n) WHERE elementId(n) = $eid REMOVE n._writeLock`, { eid });
}

/** Creates nodes of one label with their properties, version and record time. */
export async function createNodes(tx: Tx, label: string, rows: Array<{ props: Record<string, unknown> }>, now: string): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     CREATE (n:${checkedName(label, "label")}:Entity)
     SET n = row.props, n.recordedAt = datetime($now)`,
    { rows, now },
  );
}

/**
 * Creates relationships of one type between current nodes found by id (`from`,
 * `to`), or by element id (`fromEid`, `toEid`) for the ends a correction copies;
 * returns how many were made, so a caller can tell a vanished end.
 */
export async function createRels(
  tx: Tx,
  type: string,
  rows: Array<{ from: string; to: string; props: Record<string, unknown> }>,
  now: string,
): Promise<number> {
  if (rows.length === 0) return 0;
  const made = await tx.run<{ made: number }>(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}) WHERE a.retractedAt IS NULL
     MATCH (b:Entity {id: row.to}) WHERE b.retractedAt IS NULL
     CREATE (a)-[r:${checkedName(type, "rel")}]->(b)
     SET r = row.props, r.recordedAt = datetime($now)
     RETURN count(r) AS made`,
    { rows, now },
  );
  return made[0]?.made ?? 0;
}

/**
 * A cycle through `id` over one relationship type among current relationships,
 * as the stable ids along it, or null. Runs after the write, inside the same
 * transaction: a cycle throws and the whole write rolls back.
 */
export async function findCycle(tx: Tx, id: string, rel: string): Promise<string[] | null> {
  const rows = await tx.run<{ ids: string[] }>(
    `MATCH (n:Entity {id: $id})
     MATCH p = (n) (()-[r:${checkedName(rel, "rel")} WHERE r.retractedAt IS NULL]->()){1,100} (n)
     RETURN [x IN nodes(p) | coalesce(x.versionOf, x.id)] AS ids
     LIMIT 1`,
    { id },
  );
  return rows[0]?.ids ?? null;
}

/** Current facts that require `eid` through a required reference (`pairs`: `Label:REL`), which a retraction would break. */
export async function referencedBy(tx: Tx, eid: string, except: readonly string[]): Promise<Array<{ id: string; rel: string }>> {
  return tx.run<{ id: string; rel: string }>(
    `MATCH (n)<-[r]-(s:Entity) WHERE elementId(n) = $eid AND r.retractedAt IS NULL AND s.retractedAt IS NULL
       AND NOT type(r) IN $except
     RETURN DISTINCT s.id AS id, type(r) AS rel ORDER BY id, rel LIMIT 10`,
    { eid, except },
  );
}

/** The current nested records of a node (an agreement's parties and events): retracted with it. */
export function nestedChildren(tx: Tx, eid: string, rels: readonly string[]): Promise<Array<{ eid: string; id: string; label: string; version: number }>> {
  return tx.run(
    `MATCH (n)<-[r]-(c:Entity) WHERE elementId(n) = $eid AND type(r) IN $rels AND r.retractedAt IS NULL AND c.retractedAt IS NULL
     RETURN elementId(c) AS eid, c.id AS id, [l IN labels(c) WHERE l <> 'Entity'][0] AS label, coalesce(c.version, 1) AS version`,
    { eid, rels },
  );
}

export interface Touch {
  /** The id the node is stored under after the write (`<id>@v<n>` for a superseded version). */
  storedId: string;
  action: "created" | "superseded" | "retracted";
}

/** The change set (rule 5): who, when, why, and a TOUCHED relationship to every node the write made or retracted. */
export async function createChangeSet(
  tx: Tx,
  cs: { id: string; at: string; author: string; reason: string },
  touched: readonly Touch[],
): Promise<void> {
  const rows = await tx.run<{ n: number }>(
    `CREATE (c:ChangeSet {id: $id, at: datetime($at), author: $author, reason: $reason})
     WITH c
     UNWIND $touched AS t
     MATCH (n:Entity {id: t.storedId})
     CREATE (c)-[:TOUCHED {action: t.action}]->(n)
     RETURN count(*) AS n`,
    { ...cs, touched },
  );
  if ((rows[0]?.n ?? 0) !== touched.length) throw new Error(`change set ${cs.id}: ${touched.length - (rows[0]?.n ?? 0)} touched nodes not found`);
}
