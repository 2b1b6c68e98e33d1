/**
 * A canonical, sorted dump of the seed-owned part of the graph (nodes with
 * `seeded: true`, their relationships, the seed change sets), for "nothing
 * changed" assertions that other suites' fixtures cannot disturb.
 */
import { type QueryScope, readQuery } from "../../src/neo4j/funnel";
import type { Plain } from "../../src/neo4j/values";

function canonical(value: Plain): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return `{${Object.keys(value).sort().map((k) => `${k}:${canonical(value[k]!)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export async function dumpSeedGraph(scope: QueryScope): Promise<{ nodes: string[]; relationships: string[] }> {
  return readQuery(scope, "dump-seed", async (tx) => {
    const nodes = await tx.run<{ labels: string[]; props: Plain }>(
      `MATCH (n) WHERE (n.seeded = true AND coalesce(n.seedSource, 'seed') = 'seed')
          OR (n:ChangeSet AND n.author = 'seed' AND coalesce(n.source, 'seed') = 'seed')
       RETURN labels(n) AS labels, properties(n) AS props`,
    );
    const rels = await tx.run<{ from: string; type: string; to: string; props: Plain }>(
      `MATCH (a)-[r]->(b) WHERE (a.seeded = true AND coalesce(a.seedSource, 'seed') = 'seed')
          OR (a:ChangeSet AND a.author = 'seed' AND coalesce(a.source, 'seed') = 'seed')
       RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props`,
    );
    return {
      nodes: nodes.map((n) => `${[...n.labels].sort().join(":")} ${canonical(n.props)}`).sort(),
      relationships: rels.map((r) => `${r.from} -${r.type}-> ${r.to} ${canonical(r.props)}`).sort(),
    };
  });
}
