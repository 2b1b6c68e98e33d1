/**
 * Helpers for the write-path suites: an editor's `gql`, a source document and
 * quote that pass the quote check, and cleanup of everything a suite recorded
 * (its facts under its id prefix and the change sets that touched them).
 */
import { type QueryScope, readQuery, writeQuery } from "../../src/neo4j/funnel";
import type { Role } from "../../src/server/auth";
import { tokenFor } from "../integration/securityClient";
import type { GraphQLResponse, TestApi } from "./api";
import type { SuiteFixtures } from "./suite";

/** A seed document with a file, and a sentence that stands in it. */
export const SOURCE = {
  documentId: "doc:regional-rapport-2024-11-05",
  quote: "Gruppen har förvaltningschefernas mandat att styra om flöden vid behov.",
  locator: "Övergripande lägesbild och åtgärder › Tillgång till vård, punkt 1",
};

export type Gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

/** `gql` as a user with `roles` (subject `subject`). */
export async function asUser(api: TestApi, roles: Role[], subject = "editor-test"): Promise<Gql> {
  const token = await tokenFor(api, roles, { subject, ttl: "1h" });
  return (query, variables) => api.gql(query, variables, { authorization: `Bearer ${token}` });
}

/**
 * For `useTestApi`: a suite that writes through the mutations under `prefix`
 * (nothing to write up front) and removes what it recorded, change sets included.
 */
export function writtenUnder(prefix: string): SuiteFixtures {
  return { prefix, write: async () => undefined, remove: (scope) => removeWritten(scope, prefix) };
}

/**
 * Removes every version of every node whose id has `prefix` after its `kind:`
 * (older versions are `<id>@v<n>`), and the change sets that touched only those.
 */
export async function removeWritten(scope: QueryScope, prefix: string): Promise<void> {
  await writeQuery(scope, "write-cleanup", async (tx) => {
    await tx.run(
      `MATCH (c:ChangeSet)-[:TOUCHED]->(n:Entity) WHERE split(coalesce(n.versionOf, n.id), ':')[1] STARTS WITH $prefix
       WITH DISTINCT c
       WHERE NOT EXISTS { MATCH (c)-[:TOUCHED]->(m:Entity) WHERE NOT split(coalesce(m.versionOf, m.id), ':')[1] STARTS WITH $prefix }
       DETACH DELETE c`,
      { prefix },
    );
    await tx.run("MATCH (n:Entity) WHERE split(coalesce(n.versionOf, n.id), ':')[1] STARTS WITH $prefix DETACH DELETE n", { prefix });
  });
}

/** A canonical dump of every node under the prefix (all versions) with its relationships, for "nothing was written". */
export async function dumpPrefix(scope: QueryScope, prefix: string): Promise<string[]> {
  const rows = await readQuery(scope, "dump-prefix", (tx) =>
    tx.run<{ line: string }>(
      `MATCH (n:Entity) WHERE split(coalesce(n.versionOf, n.id), ':')[1] STARTS WITH $prefix
       OPTIONAL MATCH (n)-[r]-(m)
       WITH n, r, m ORDER BY type(r), m.id
       WITH n, collect(type(r) + '>' + coalesce(m.id, '') + ':' + toString(r.retractedAt IS NULL)) AS rels
       RETURN n.id + ' v' + toString(coalesce(n.version, 0)) + ' ' + toString(n.retractedAt IS NULL) + ' ' +
              reduce(s = '', x IN rels | s + x + ',') AS line`,
      { prefix },
    ),
  );
  return rows.map((r) => r.line).sort();
}

/** The number of change sets `author` wrote, for "no change set was written" (suites run side by side, each author its own). */
export async function countChangeSets(scope: QueryScope, author: string): Promise<number> {
  const rows = await readQuery(scope, "count-changesets", (tx) => tx.run<{ n: number }>("MATCH (c:ChangeSet {author: $author}) RETURN count(c) AS n", { author }));
  return rows[0]!.n;
}
