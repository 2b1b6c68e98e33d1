/**
 * Writes for the load and fault runs, through the API like any editor's:
 * the `recordDecision` mutation over HTTP with an editor token, which writes a
 * ChangeSet (rule 5) and the Decision with its decider and its citation in one
 * transaction, all or nothing. A write counts as acknowledged only when the
 * API answered it without errors. `verifyWrites` checks afterwards that every
 * acknowledged write is in the graph and that no write of the run is half applied.
 */
import { DEV_JWT_SECRET } from "../src/config";
import { type QueryScope, readQuery, writeQuery } from "../src/neo4j/funnel";
import { signToken } from "../src/server/signToken";

/** The API a run writes through: its /graphql URL and an editor's bearer token. */
export interface WriteApi {
  url: string;
  token: string;
}

/** An editor token for the bench API (benchApiConfig keeps the demo secret). */
export async function benchWriteApi(url: string): Promise<WriteApi> {
  return { url, token: await signToken({ secret: DEV_JWT_SECRET, subject: "bench-writer", roles: ["editor"], ttl: "2h" }) };
}

/** The error code a refused or failed write carries, for the run's tally. */
export class WriteError extends Error {
  constructor(readonly code: string) {
    super(`write refused: ${code}`);
  }
}

const RECORD = `mutation Record($input: DecisionInput!, $reason: String!) { recordDecision(input: $input, reason: $reason) { id version } }`;

export async function writeDecision(api: WriteApi, runId: string, n: number, deciderId: string, docId: string): Promise<string> {
  const id = `decision:${runId}-${n}`;
  const input = {
    id, title: `Belastningsbeslut ${n}`, decidedOn: "2025-05-20", status: "TAKEN", decidedBy: [deciderId],
    citations: [{ documentId: docId, quote: "Beslutet fattades under belastningsprovet." }],
  };
  let res: Response;
  try {
    res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${api.token}` }, body: JSON.stringify({ query: RECORD, variables: { input, reason: `load test ${runId}` } }) });
  } catch {
    throw new WriteError("NETWORK");
  }
  const body = (await res.json().catch(() => ({}))) as { data?: { recordDecision?: { id: string } | null }; errors?: Array<{ extensions?: { code?: string } }> };
  if (body.errors?.length || !body.data?.recordDecision) throw new WriteError(body.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`);
  return body.data.recordDecision.id;
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
         EXISTS { (c:ChangeSet)-[:TOUCHED]->(d) WHERE c.reason = 'load test ' + $runId }
         AND EXISTS { (d)-[:DECIDED_BY]->() } AND EXISTS { (d)-[:SUPPORTED_BY]->(:Document) } AS whole
       UNION
       MATCH (c:ChangeSet) WHERE c.reason = 'load test ' + $runId AND NOT EXISTS { (c)-[:TOUCHED]->() }
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
      `MATCH (n) WHERE (n:Decision AND n.id STARTS WITH 'decision:' + $runId + '-') OR (n:ChangeSet AND n.reason = 'load test ' + $runId)
       DETACH DELETE n`,
      { runId },
    ),
  );
}
