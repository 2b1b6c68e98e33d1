/**
 * `retract(id, expectedVersion, reason)`: the fact gets `retractedAt` (and so
 * do its relationships) without a new version; it stays in the graph, visible
 * to reads as of an earlier moment (knownAt). An agreement's parties and
 * events go with it. Refused while a current fact refers to it (a post's
 * organisation, an appointment's person, a child organisation's parent, a
 * decision it supersedes or affects, a document a fact cites): retracting it
 * would silently change those facts. Retract or correct them first.
 */
import { CONCEPTS } from "../../domain/concepts";
import { InputError } from "../../lib/errors";
import { writeQuery } from "../../neo4j/funnel";
import { requireRole } from "../../server/auth";
import type { GraphQLContext } from "../../server/context";
import { afterWrite } from "./afterWrite";
import { lockCurrent } from "./supersede";
import { Problems, checkReason } from "./validateWrite";
import { nestedChildren, referencedBy, retractVersion } from "./write.cypher";
import type { WriteResultModel } from "./write.model";
import { recordChangeSet } from "./writeRows";

/** Relationships into a fact that do not make it part of another current fact: change sets, and nested records, which go with it. */
const NOT_DEPENDANTS = ["TOUCHED", ...new Set(Object.values(CONCEPTS).flatMap((c) => Object.values(c.nested ?? {}).map((n) => n.rel)))];

export async function retractFact(ctx: GraphQLContext, id: string, expectedVersion: number, reason: string): Promise<WriteResultModel> {
  const user = requireRole(ctx, "editor");
  const problems = new Problems();
  checkReason(reason, problems);
  problems.throwIfAny();

  const result = await writeQuery(ctx.scope, "retract", async (tx) => {
    const now = new Date().toISOString();
    const node = await lockCurrent(tx, id, null, expectedVersion);
    const dependants = await referencedBy(tx, node.eid, NOT_DEPENDANTS);
    if (dependants.length > 0) {
      const names = dependants.map((d) => `${d.id} (${d.rel})`).join(", ");
      throw new InputError(`Nothing was written: id: current facts refer to ${id}: ${names}; retract or correct them first.`, {
        problems: [{ path: "id", message: `referred to by ${names}` }],
      });
    }
    const concept = Object.values(CONCEPTS).find((c) => c.label === node.label);
    const nestedRels = Object.values(concept?.nested ?? {}).map((n) => n.rel);
    const children = nestedRels.length ? await nestedChildren(tx, node.eid, nestedRels) : [];
    for (const n of [node, ...children]) await retractVersion(tx, n.eid, now, null);
    const changeSet = await recordChangeSet(
      tx,
      user.subject,
      reason,
      now,
      [{ storedId: id, id, action: "retracted" as const, version: node.version, type: node.label }, ...children.map((c) => ({ storedId: c.id, id: c.id, action: "retracted" as const, version: c.version, type: c.label }))],
    );
    return { id, version: node.version, retracted: true, changeSet };
  });
  afterWrite(ctx);
  return result;
}
