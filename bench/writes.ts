/**
 * Writes for the load and fault runs. The API has no mutations yet, so a
 * write goes through the same funnel a mutation will use (`writeQuery`, one
 * managed transaction), in-process: a ChangeSet (rule 5) and the Decision it
 * adds, with its decider and its citation, all or nothing. `verifyWrites`
 * checks afterwards that every acknowledged write is in the graph and that no
 * write under the run's prefix is half applied.
 */
import { type QueryScope, readQuery, writeQuery } from "../src/neo4j/funnel";
import { dateProps, node } from "./syntheticRows";

export async function writeDecision(scope: QueryScope, runId: string, n: number, deciderId: string, docId: string): Promise<string> {
  const id = `decision:${runId}-${n}`;
  const decision = node("Decision", { id, title: `Belastningsbeslut ${n}`, ...dateProps("decidedOn", "2025-05-20") });
  await writeQuery(scope, "bench-write-decision", (tx) =>
    tx.run(
      `CREATE (c:ChangeSet {id: $changeSetId, at: datetime(), author: 'bench', reason: 'load test write'})
       CREATE (d:Entity:Decision) SET d = $props
       CREATE (c)-[:TOUCHED]->(d)
       WITH d
       MATCH (who:Entity {id: $deciderId}), (doc:Document {id: $docId})
       CREATE (d)-[:DECIDED_BY]->(who)
       CREATE (d)-[:SUPPORTED_BY {quote: 'Beslutet fattades under belastningsprovet.', locator: null, nameAsWritten: null}]->(doc)`,
      { changeSetId: `changeset:${runId}-${n}`, props: decision.props, deciderId, docId },
    ),
  );
  return id;
}

export interface WriteCheck {
  acknowledged: number;
  missing: string[];
  /** Writes under the prefix missing any of their parts (change set, decider, citation). */
  halfApplied: string[];
  /** Writes that were not acknowledged (the client saw an error) but did commit, whole. */
  committedUnacknowledged: number;
}

export async function verifyWrites(scope: QueryScope, runId: string, acked: string[]): Promise<WriteCheck> {
  const rows = await readQuery(scope, "bench-verify-writes", (tx) =>
    tx.run<{ id: string; whole: boolean }>(
      `MATCH (d:Decision) WHERE d.id STARTS WITH 'decision:' + $runId + '-'
       RETURN d.id AS id,
         EXISTS { (:ChangeSet {id: 'changeset:' + substring(d.id, 9)})-[:TOUCHED]->(d) }
         AND EXISTS { (d)-[:DECIDED_BY]->() } AND EXISTS { (d)-[:SUPPORTED_BY]->(:Document) } AS whole
       UNION
       MATCH (c:ChangeSet) WHERE c.id STARTS WITH 'changeset:' + $runId + '-' AND NOT EXISTS { (c)-[:TOUCHED]->() }
       RETURN c.id AS id, false AS whole`,
      { runId },
    ),
  );
  const present = new Set(rows.map((r) => r.id));
  const ackedSet = new Set(acked);
  return {
    acknowledged: acked.length,
    missing: acked.filter((id) => !present.has(id)),
    halfApplied: rows.filter((r) => !r.whole).map((r) => r.id),
    committedUnacknowledged: rows.filter((r) => r.whole && !ackedSet.has(r.id)).length,
  };
}

export async function deleteWrites(scope: QueryScope, runId: string): Promise<void> {
  await writeQuery(scope, "bench-delete-writes", (tx) =>
    tx.run(
      `MATCH (n) WHERE (n:Decision AND n.id STARTS WITH 'decision:' + $runId + '-') OR (n:ChangeSet AND n.id STARTS WITH 'changeset:' + $runId + '-')
       DETACH DELETE n`,
      { runId },
    ),
  );
}
