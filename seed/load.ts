/**
 * `loadSeed`: validate everything, then write everything in one transaction, or
 * nothing. Writes are MERGEs keyed by id (nodes) and by a content key
 * (relationships), so loading the same data again leaves exactly the same
 * graph. The load is recorded as one ChangeSet (rule 5) whose id is the
 * dataset's content hash; seed facts that disappear from the files are
 * retracted (`retractedAt`), never deleted. Every node starts at `version` 1,
 * the record version the API's corrections count from (src/modules/write).
 */
import { type Db, type QueryScope, type Tx, systemScope, writeQuery, readQuery } from "../src/neo4j/funnel";
import { refreshPersonRoles } from "../src/modules/search/personRoles";
import { type Dataset, type Problem, readDataset } from "./dataset";
import { type GraphRows, toGraphRows } from "./records";
import { validateDataset } from "./validate";

export class SeedValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written.`);
    this.name = "SeedValidationError";
  }
}

export interface SeedResult {
  status: "loaded" | "unchanged";
  changeSetId: string;
  nodes: number;
  relationships: number;
  citations: number;
  validateMs: number;
  writeMs: number;
}

const LABEL = /^[A-Z][A-Za-z]*$/;
const REL = /^[A-Z][A-Z_]*$/;

/** Labels and relationship types come from the storage contract; checked before they are spliced into Cypher. */
function checked(name: string, pattern: RegExp): string {
  if (!pattern.test(name)) throw new Error(`unsafe name in storage contract: ${name}`);
  return name;
}

async function writeRows(tx: Tx, rows: GraphRows, changeSetId: string, source: string): Promise<void> {
  // One timestamp for the whole load: record time (rule 5) says when the graph learnt a fact.
  const now = new Date().toISOString();
  for (const [label, list] of rows.nodes) {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:Entity {id: row.id})
       WITH n, row, n.recordedAt AS recorded, n.version AS version
       SET n = row.props, n:${checked(label, LABEL)}, n.recordedAt = coalesce(recorded, datetime($now)), n.version = coalesce(version, 1)`,
      { rows: list, now },
    );
  }
  // Relationships: retract seed-owned ones that are no longer in the files (never delete:
  // rule 5), then MERGE the current ones.
  const keys = [...[...rows.edges.values()].flat().map((e) => e.key), ...rows.citations.map((c) => c.key)];
  await tx.run(
    `MATCH (a:Entity {seeded: true})-[r]->() WHERE coalesce(a.seedSource, 'seed') = $source
     AND r.seedKey IS NOT NULL AND NOT r.seedKey IN $keys AND r.retractedAt IS NULL
     SET r.retractedAt = datetime($now)`,
    { keys, now, source },
  );
  for (const [rel, list] of rows.edges) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       MERGE (a)-[r:${checked(rel, REL)} {seedKey: row.key}]->(b)
       WITH r, row, r.recordedAt AS recorded
       SET r = row.props, r.recordedAt = coalesce(recorded, datetime($now))`,
      { rows: list, now },
    );
  }
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}), (d:Document {id: row.doc})
     MERGE (a)-[r:SUPPORTED_BY {seedKey: row.key}]->(d)
     WITH r, row, r.recordedAt AS recorded
     SET r = row.props, r.recordedAt = coalesce(recorded, datetime($now))`,
    { rows: rows.citations, now },
  );
  await tx.run(
    `MATCH (n:Entity {seeded: true}) WHERE coalesce(n.seedSource, 'seed') = $source AND NOT n.id IN $ids AND n.retractedAt IS NULL
     SET n.retractedAt = datetime($now)`,
    { ids: rows.ids, now, source },
  );
  await tx.run(
    `MERGE (c:ChangeSet {id: $id})
     ON CREATE SET c.at = datetime($now), c.author = 'seed', c.source = $source, c.reason = CASE $source WHEN 'seed' THEN 'Seed load of seed/data' ELSE 'Load of source ' + $source END, c.hash = $hash
     WITH c
     UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     MERGE (c)-[:TOUCHED]->(n)`,
    { id: changeSetId, hash: rows.hash, ids: rows.ids, now, source },
  );
  // A person's search text holds the roles of their appointments, the API-written ones too.
  for (let i = 0; i < rows.ids.length; i += 10_000) await refreshPersonRoles(tx, rows.ids.slice(i, i + 10_000));
}

export interface LoadOptions {
  /** Write even when a change set with this dataset's hash exists (the writes are idempotent anyway). */
  force?: boolean;
  dataset?: Dataset;
  /**
   * Which curated source this is (default "seed", the files of seed/). Facts a load
   * no longer contains are retracted only among facts of the same source, so
   * another organisation's dataset, or a test's, lives beside the seed untouched.
   */
  source?: string;
}

export async function loadSeed(scope: QueryScope, opts: LoadOptions = {}): Promise<SeedResult> {
  const t0 = Date.now();
  const ds = opts.dataset ?? readDataset();
  const problems = validateDataset(ds);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const source = opts.source ?? "seed";
  const rows = toGraphRows(ds, source);
  const validateMs = Date.now() - t0;
  const counts = {
    nodes: rows.ids.length,
    relationships: [...rows.edges.values()].reduce((n, l) => n + l.length, 0),
    citations: rows.citations.length,
  };
  // "Unchanged" means: the latest seed load wrote exactly this content. Going back to an
  // older version of the files is a change like any other and gets its own change set.
  const latest = await readQuery(scope, "seed-latest", (tx) =>
    tx.run<{ id: string; hash: string }>(
      "MATCH (c:ChangeSet {author: 'seed'}) WHERE coalesce(c.source, 'seed') = $source RETURN c.id AS id, c.hash AS hash ORDER BY c.at DESC, c.id DESC LIMIT 1",
      { source },
    ),
  );
  const same = latest[0]?.hash === rows.hash;
  const changeSetId = same ? latest[0]!.id : `changeset:${source === "seed" ? "seed" : `seed-${source}`}-${rows.hash.slice(0, 12)}-${Date.now().toString(36)}`;
  if (same && !opts.force) return { status: "unchanged", changeSetId, ...counts, validateMs, writeMs: 0 };
  const t1 = Date.now();
  await writeQuery(scope, "seed-load", (tx) => writeRows(tx, rows, changeSetId, source));
  return { status: "loaded", changeSetId, ...counts, validateMs, writeMs: Date.now() - t1 };
}

/** The demo: seed an empty database on its own (no Entity nodes yet). */
export async function seedIfEmpty(db: Db, log: { info(o: object, m: string): void }): Promise<SeedResult | null> {
  const scope = systemScope(db, "seed-on-start");
  const existing = await readQuery(scope, "seed-empty-check", (tx) => tx.run<{ any: boolean }>("MATCH (n:Entity) RETURN count(n) > 0 AS any"));
  if (existing[0]!.any) return null;
  const result = await loadSeed(scope);
  log.info({ ...result }, "seeded the empty database");
  return result;
}
