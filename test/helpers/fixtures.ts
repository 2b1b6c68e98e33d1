/**
 * Small graphs written straight through the funnel, each under its own id
 * prefix so suites sharing the one Community database never touch each
 * other's data, and removed afterwards.
 */
import { CONCEPTS } from "../../src/domain/concepts";
import { storedNameKeys } from "../../src/domain/sortKeys";
import { storedPartialDate } from "../../src/domain/storedDate";
import { parsePartialDate } from "../../src/lib/partialDate";
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
    await tx.run(
      `CREATE (:Document:Entity {id: $id, title: 'Testkälla', kind: 'report', date: '2025-02-25', datePrecision: 'DAY',
         dateEarliest: date('2025-02-25'), dateLatest: date('2025-02-25'), dateApproximate: false})`,
      { id: docId },
    );
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

/**
 * A small graph written the way the seed loader stores records (seed/FORMAT.md,
 * src/domain/concepts.ts): `add("Decision", "slug", { title, decidedOn, decidedBy: [...] })`
 * reads like a YAML record. Scalar fields become properties, partial dates the
 * five date properties, reference fields relationships (object lists put their
 * other keys on the edge), nested parties and events nodes of their own, and
 * every fact cites the fixture's source document unless `citations` says otherwise.
 */

export interface FixtureCitation {
  quote: string;
  locator?: string;
  nameAsWritten?: string;
  /** Document id; the fixture's source document when omitted. */
  doc?: string;
}

type FixtureRecord = Record<string, unknown> & { citations?: FixtureCitation[] };

const NAME = /^[A-Za-z][A-Za-z_]*$/;

export class FixtureGraph {
  /** A source document every fact cites by default. */
  readonly docId: string;
  private readonly nodes: Array<{ label: string; props: Record<string, unknown> }> = [];
  private readonly links: Array<{ from: string; rel: string; to: string; props: Record<string, unknown> }> = [];

  constructor(readonly prefix: string) {
    this.docId = this.add("Document", "source", { title: "Testkälla", kind: "report", date: "2025-02-25" });
  }

  /** The id a record with `slug` gets under this fixture's prefix, e.g. `org:<prefix>-vgr`. */
  id(concept: string, slug: string): string {
    return `${this.spec(concept).prefix}:${this.prefix}-${slug}`;
  }

  /** Adds one record of `concept`; returns its id. Nested parties and events take a `slug` each. */
  add(concept: string, slug: string, record: FixtureRecord): string {
    const spec = this.spec(concept);
    const id = this.id(concept, slug);
    const props: Record<string, unknown> = { id };
    for (const [key, value] of Object.entries(record)) {
      const ref = spec.refs[key];
      const nested = spec.nested?.[key];
      const field = spec.fields[key];
      if (key === "citations" || value === undefined) continue;
      if (ref) {
        for (const item of (ref.many ? value : [value]) as unknown[]) {
          if (item === null) continue;
          if (ref.objectKey) {
            const { [ref.objectKey]: target, ...edge } = item as Record<string, unknown>;
            this.link(id, ref.rel, target as string, edge);
          } else {
            this.link(id, ref.rel, item as string);
          }
        }
      } else if (nested) {
        for (const child of value as Array<FixtureRecord & { slug: string }>) {
          const { slug: childSlug, ...rest } = child;
          this.link(this.add(nested.concept, childSlug, rest), nested.rel, id);
        }
      } else if (field?.kind === "date" && value !== null) {
        Object.assign(props, storedPartialDate(key, parsePartialDate(value as string)));
      } else {
        props[key] = value; // scalar fields, and certainty, reason, rank, note, retractedAt, inferredAliases …
      }
    }
    Object.assign(props, storedNameKeys(props));
    this.nodes.push({ label: spec.label, props });
    // Documents need no citation, but one the graph only knows of cites the documents that mention it.
    for (const c of record.citations ?? (spec.cited ? [{ quote: `citat om ${id}`, locator: "stycke 1" }] : [])) {
      this.link(id, "SUPPORTED_BY", c.doc ?? this.docId, { quote: c.quote, locator: c.locator ?? null, nameAsWritten: c.nameAsWritten ?? null });
    }
    return id;
  }

  /** A relationship the records do not express (e.g. one with `retractedAt`). */
  link(from: string, rel: string, to: string, props: Record<string, unknown> = {}): void {
    this.links.push({ from, rel, to, props });
  }

  /** Writes everything in one transaction: nodes by label, then relationships by type. */
  async write(scope: QueryScope): Promise<void> {
    await writeQuery(scope, "fixture-graph", async (tx) => {
      for (const label of new Set(this.nodes.map((n) => n.label))) {
        if (!NAME.test(label)) throw new Error(`bad label ${label}`);
        const rows = this.nodes.filter((n) => n.label === label).map((n) => n.props);
        await tx.run(`UNWIND $rows AS row CREATE (n:${label}:Entity) SET n = row`, { rows });
      }
      for (const rel of new Set(this.links.map((l) => l.rel))) {
        if (!NAME.test(rel)) throw new Error(`bad relationship type ${rel}`);
        const rows = this.links.filter((l) => l.rel === rel);
        const made = await tx.run<{ made: number }>(
          `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
           CREATE (a)-[r:${rel}]->(b) SET r = row.props RETURN count(r) AS made`,
          { rows },
        );
        if (made[0]!.made !== rows.length) throw new Error(`fixture ${rel}: ${rows.length - made[0]!.made} links point at unknown ids`);
      }
    });
  }

  private spec(concept: string) {
    const spec = CONCEPTS[concept];
    if (!spec) throw new Error(`no concept ${concept} in the storage contract`);
    return spec;
  }
}
