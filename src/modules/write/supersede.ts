/**
 * A correction never edits a node in place (rule 5): the current version is
 * locked and checked against `expectedVersion`, retracted under the id
 * `<id>@v<n>` (keeping its relationships, now retracted too), and a new node
 * takes the stable id with `version + 1`. Every current relationship of the
 * old version that the correction does not restate is recreated on the new
 * node, outgoing and incoming, SUPPORTED_BY included.
 */
import { ConflictError, InputError, NotFoundError } from "../../lib/errors";
import { withArticle } from "../../lib/withArticle";
import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { type LockedNode, type RelRow, createRels, lockNode, retractVersion } from "./write.cypher";

/** Locks the current version of `id` and checks its type and version; CONFLICT when someone else got there first. */
export async function lockCurrent(tx: Tx, id: string, label: string | null, expectedVersion: number | null): Promise<LockedNode> {
  const node = await lockNode(tx, id);
  if (!node) throw new NotFoundError(`There is no fact ${id}.`);
  // A concurrent correction got the lock first: the node found is now the retracted old version, `<id>@v<n>`.
  if (node.id !== id) throw new ConflictError(`${id} was corrected by another write while this one waited; read it again.`, { id });
  if (node.retracted) {
    const by = node.retractedBy ? ` by ${node.retractedBy}` : "";
    throw new NotFoundError(`Nothing was written: ${id} was retracted at ${node.retractedAt}${by}; a retracted fact cannot be corrected, cited or retracted again.`, {
      id,
      retractedAt: node.retractedAt,
      retractedBy: node.retractedBy,
    });
  }
  if (label && node.label !== label) throw new InputError(`Nothing was written: id: ${id} is ${withArticle(node.label)}, not ${withArticle(label)}.`, { problems: [{ path: "id", message: `is ${withArticle(node.label)}, not ${withArticle(label)}` }] });
  if (expectedVersion !== null && node.version !== expectedVersion) {
    throw new ConflictError(`${id} is at version ${node.version}, not ${expectedVersion}: someone changed it since you read it.`, { id, currentVersion: node.version });
  }
  return node;
}

/** Properties a new version does not inherit: identity, record time, locks, the seed's ownership. */
const NOT_INHERITED = new Set(["id", "versionOf", "version", "recordedAt", "retractedAt", "_writeLock", "seeded"]);

export function inheritedProps(props: Record<string, Plain>): Record<string, Plain> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !NOT_INHERITED.has(k)));
}

/** Retracts `old` (and its relationships) under `<id>@v<n>`, freeing the stable id; returns the id it is stored under now. */
export async function retireVersion(tx: Tx, old: LockedNode, now: string): Promise<string> {
  const storedAs = `${old.id}@v${old.version}`;
  await retractVersion(tx, old.eid, now, { id: storedAs, versionOf: old.id });
  return storedAs;
}

/** Recreates the kept relationships on the new version (after it exists), grouped by type and direction. */
export async function copyRels(tx: Tx, id: string, rels: readonly RelRow[], now: string): Promise<void> {
  const groups = new Map<string, Array<{ from: string; to: string; props: Record<string, unknown> }>>();
  for (const r of rels) {
    const { retractedAt: _r, recordedAt: _t, ...props } = r.props;
    const row = r.out ? { from: id, to: r.otherId, props } : { from: r.otherId, to: id, props };
    const list = groups.get(r.type) ?? [];
    list.push(row);
    groups.set(r.type, list);
  }
  // A relationship to a node that was retracted without its relationships (older seed data) is not carried over.
  for (const [type, list] of groups) await createRels(tx, type, list, now);
}
