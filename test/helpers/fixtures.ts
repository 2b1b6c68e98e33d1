/**
 * Small graphs written straight through the funnel, each under its own id
 * prefix so suites sharing the one Community database never touch each
 * other's data, and removed afterwards.
 */
import { type QueryScope, writeQuery } from "../../src/neo4j/funnel";

export function uniquePrefix(name: string): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}-${name}`;
}

export interface OrgSpec {
  slug: string;
  name: string;
  kind: string;
  parent?: string;
  aliases?: string[];
}

/** Writes a document and organisations under `prefix`, each org citing the document. */
export async function writeOrgTree(scope: QueryScope, prefix: string, orgs: OrgSpec[]): Promise<{ docId: string; ids: Record<string, string> }> {
  const docId = `doc:${prefix}-source`;
  const ids = Object.fromEntries(orgs.map((o) => [o.slug, `org:${prefix}-${o.slug}`]));
  await writeQuery(scope, "fixture-orgs", async (tx) => {
    await tx.run("CREATE (:Document:Entity {id: $id, title: 'Testkälla', kind: 'report', date: '2025-02-25'})", { id: docId });
    await tx.run(
      `UNWIND $orgs AS o
       CREATE (n:Organization:Entity {id: o.id, name: o.name, kind: o.kind, aliases: o.aliases})
       WITH n, o MATCH (d:Document {id: $docId})
       CREATE (n)-[:SUPPORTED_BY {quote: 'citat om ' + o.name, locator: 'stycke 1'}]->(d)`,
      { docId, orgs: orgs.map((o) => ({ id: ids[o.slug], name: o.name, kind: o.kind, aliases: o.aliases ?? [] })) },
    );
    await tx.run(
      `UNWIND $links AS l MATCH (c:Organization {id: l.child}), (p:Organization {id: l.parent}) CREATE (c)-[:PART_OF]->(p)`,
      { links: orgs.filter((o) => o.parent).map((o) => ({ child: ids[o.slug], parent: ids[o.parent!] })) },
    );
  });
  return { docId, ids };
}

/** Removes every node whose id has the prefix after its `kind:`. */
export async function removePrefix(scope: QueryScope, prefix: string): Promise<void> {
  await writeQuery(scope, "fixture-cleanup", (tx) =>
    tx.run("MATCH (n:Entity) WHERE split(n.id, ':')[1] STARTS WITH $prefix DETACH DELETE n", { prefix }),
  );
}
