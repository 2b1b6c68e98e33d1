/**
 * Constraints and indexes, declared in one place and applied idempotently at
 * start (`IF NOT EXISTS`). Every node label has a unique `id` (domain model §3).
 */
import { NAME_FIELDS, collationKeyCypher, nameKey } from "../domain/sortKeys";
import { DATE_FIELDS, bandedKeyCypher, dateBand, dateKey } from "../domain/storedDate";
import { backfillPersonRoles, backfillSearchNames, backfillSearchStems } from "./backfills";
import { type QueryScope, readQuery, runBatched, writeQuery } from "./funnel";

export const NODE_LABELS = [
  "Organization",
  "Person",
  "Post",
  "Appointment",
  "Membership",
  "Mandate",
  "Decision",
  "Agreement",
  "AgreementParty",
  "AgreementEvent",
  "Event",
  "LegalCase",
  "Option",
  "Document",
  "Figure",
  "Risk",
  "ChangeSet",
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels whose nodes are found by `search(text)`; each carries a `searchText` property. */
export const SEARCHABLE_LABELS: readonly NodeLabel[] = [
  "Organization",
  "Person",
  "Post",
  "Decision",
  "Agreement",
  "Event",
  "LegalCase",
  "Option",
  "Document",
  "Figure",
  "Risk",
];

function snake(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}

export function schemaStatements(): string[] {
  const out: string[] = [];
  for (const label of NODE_LABELS) {
    out.push(`CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }
  // The stored sort keys of partial dates and names (src/domain/storedDate.ts, sortKeys.ts): ordered list pages read them in index order.
  for (const { label, field } of DATE_FIELDS) {
    out.push(`CREATE INDEX ${snake(label)}_${snake(field)}_key IF NOT EXISTS FOR (n:${label}) ON (n.${dateKey(field)})`);
    out.push(`CREATE INDEX ${snake(label)}_${snake(field)}_band IF NOT EXISTS FOR (n:${label}) ON (n.${dateBand(field)})`);
  }
  for (const { label, field } of NAME_FIELDS) {
    out.push(`CREATE INDEX ${snake(label)}_${snake(field)}_key IF NOT EXISTS FOR (n:${label}) ON (n.${nameKey(field)})`);
  }
  // Every domain node also carries the generic :Entity label, so node(id) is one index lookup whatever its type.
  out.push("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
  out.push("CREATE INDEX decision_decided_earliest IF NOT EXISTS FOR (n:Decision) ON (n.decidedOnEarliest)");
  out.push("CREATE INDEX event_date_earliest IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest)");
  out.push("CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)");
  out.push("CREATE INDEX changeset_at IF NOT EXISTS FOR (n:ChangeSet) ON (n.at)");
  // Older versions of a corrected fact carry `versionOf: <stable id>` (rule 5); reads as of a
  // past moment (`knownAt`) find them by it, and history(id) finds every version's change sets.
  out.push("CREATE INDEX entity_version_of IF NOT EXISTS FOR (n:Entity) ON (n.versionOf)");
  // One full-text index (search, SDL Query.search, src/modules/search) over three properties
  // (src/domain/searchProps.ts): the diacritic-folded text split into words and lower-cased,
  // nothing removed, so words (digits too), prefixes ("Kull*") and near misses ("Annica~1")
  // match whole, unstemmed words; the Swedish stems of those words (src/lib/swedishStems.ts),
  // which grade inflections; the folded words of the node's names alone, which rank a node
  // named by the words above those that mention them; and each whole name as one term, which
  // ranks a node whose name is exactly what was typed first. The indexes dropped here answered
  // searches before: a Swedish-stemmed one, a folded one that split words at digits, one over
  // the folded words alone, and one over the words and stems without the names.
  out.push("DROP INDEX search_text IF EXISTS");
  out.push("DROP INDEX entity_search_sv IF EXISTS");
  out.push("DROP INDEX entity_search_folded IF EXISTS");
  out.push("DROP INDEX entity_search_words IF EXISTS");
  out.push("DROP INDEX entity_search IF EXISTS");
  out.push(
    `CREATE FULLTEXT INDEX entity_search_v2 IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join("|")}) ON EACH [n.searchTextFolded, n.searchStems, n.searchNamesFolded, n.searchNameKeys] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
  );
  return out;
}

/**
 * Changes to stored data that a new version of the storage contract needs on
 * a database written by an older one, each run once per database (in order)
 * and marked done by a `(:Migration {id})` node. Each statement runs as an
 * auto-commit transaction in batches (`CALL … IN TRANSACTIONS`), so a large
 * graph is not rewritten in one transaction; what Cypher cannot compute
 * (`run`) is read and written back in batches of its own.
 */
export const DATA_MIGRATIONS: ReadonlyArray<{ id: string; statements?: string[]; run?: (scope: QueryScope) => Promise<unknown> }> = [
  {
    // src/domain/storedDate.ts: the stored sort key of every partial date.
    id: "partial-date-keys-v1",
    statements: DATE_FIELDS.map(({ label, field }) => {
      const bound = `coalesce(n.${field}Earliest, n.${field}Latest)`;
      return `MATCH (n:${label}) WHERE n.${dateKey(field)} IS NULL AND ${bound} IS NOT NULL
        CALL (n) { SET n.${dateKey(field)} = toString(${bound}) } IN TRANSACTIONS OF 10000 ROWS`;
    }),
  },
  {
    // src/domain/storedDate.ts: the banded key of every partial date (date-window filters seek it).
    id: "partial-date-bands-v1",
    statements: DATE_FIELDS.map(({ label, field }) => {
      const [e, l] = [`n.${field}Earliest`, `n.${field}Latest`];
      return `MATCH (n:${label}) WHERE n.${dateBand(field)} IS NULL AND coalesce(${e}, ${l}) IS NOT NULL
        CALL (n) { SET n.${dateBand(field)} = ${bandedKeyCypher(e, l)} } IN TRANSACTIONS OF 10000 ROWS`;
    }),
  },
  {
    // src/domain/storedDate.ts: narrower bands (a week, a part of a month, a quarter, a half year
    // between a month and a year); every banded key that the new ladder puts elsewhere is rewritten.
    id: "partial-date-bands-v2",
    statements: DATE_FIELDS.map(({ label, field }) => {
      const [e, l] = [`n.${field}Earliest`, `n.${field}Latest`];
      return `MATCH (n:${label}) WHERE coalesce(${e}, ${l}) IS NOT NULL AND coalesce(n.${dateBand(field)} <> ${bandedKeyCypher(e, l)}, true)
        CALL (n) { SET n.${dateBand(field)} = ${bandedKeyCypher(e, l)} } IN TRANSACTIONS OF 10000 ROWS`;
    }),
  },
  {
    // src/domain/sortKeys.ts: the stored collation key of every name a list sorts by.
    id: "name-keys-v1",
    statements: NAME_FIELDS.map(
      ({ label, field }) => `MATCH (n:${label}) WHERE n.${nameKey(field)} IS NULL AND n.${field} IS :: STRING AND n.${field} <> ''
        CALL (n) { SET n.${nameKey(field)} = ${collationKeyCypher(`n.${field}`)} } IN TRANSACTIONS OF 10000 ROWS`,
    ),
  },
  {
    // src/lib/swedishStems.ts: the stems of every searchable node's text, which search asks
    // (the Snowball stemmer runs here, not in Cypher).
    id: "search-stems-v1",
    run: backfillSearchStems,
  },
  {
    // src/domain/searchProps.ts: what names each searchable node, which search ranks higher.
    id: "search-names-v1",
    run: backfillSearchNames,
  },
  {
    // src/modules/search/personRoles.ts: a person's search text ends with the roles they held.
    id: "search-person-roles-v1",
    run: backfillPersonRoles,
  },
];

export interface IndexWait {
  /** Give up (throw) when an index is still populating after this long. Default 30 minutes. */
  timeoutMs?: number;
  /** How often to look again. Default 1 s. */
  pollMs?: number;
  /** Told, at most every 10 s, which indexes are populating and how far along they are. */
  progress?: (message: string) => void;
}

/**
 * Waits until every index is ONLINE. A new index (a new version's full-text
 * index on a large graph) can take minutes to populate, longer than
 * `db.awaitIndexes` should block one statement: this looks again every
 * `pollMs`, reports progress, and throws, naming the index, when one FAILED
 * or is still populating after `timeoutMs`. Returns the indexes it waited for.
 */
export async function awaitIndexesOnline(scope: QueryScope, wait: IndexWait = {}): Promise<string[]> {
  const { timeoutMs = 30 * 60_000, pollMs = 1_000, progress } = wait;
  const t0 = Date.now();
  const waited = new Set<string>();
  let told = 0;
  for (;;) {
    const pending = await readQuery(scope, "await-indexes", (tx) =>
      tx.run<{ name: string; state: string; percent: number }>(
        "SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE' RETURN name, state, populationPercent AS percent ORDER BY name",
      ),
    );
    if (pending.length === 0) return [...waited];
    const failed = pending.find((i) => i.state === "FAILED");
    if (failed) throw new Error(`Neo4j index ${failed.name} FAILED to populate; CALL db.indexDetails('${failed.name}') says why. Drop it and start again to rebuild it.`);
    const status = pending.map((i) => `${i.name} ${i.state.toLowerCase()} ${Number(i.percent).toFixed(1)} %`).join(", ");
    if (Date.now() - t0 > timeoutMs) throw new Error(`Neo4j indexes not online after ${Math.round(timeoutMs / 1000)} s: ${status}`);
    for (const i of pending) waited.add(i.name);
    if (progress && Date.now() - told >= 10_000) {
      progress(`waiting for Neo4j indexes to populate: ${status}`);
      told = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * Applies every schema statement (schema commands cannot share a transaction,
 * so one each), waits until every index is online, then runs the data
 * migrations not yet done.
 */
export async function applyMigrations(scope: QueryScope, wait: IndexWait = {}): Promise<void> {
  for (const statement of schemaStatements()) {
    await writeQuery(scope, "migration", (tx) => tx.run(statement));
  }
  await awaitIndexesOnline(scope, wait);
  for (const m of DATA_MIGRATIONS) {
    const [done] = await writeQuery(scope, "migration-check", (tx) => tx.run<{ done: boolean }>("RETURN EXISTS { (:Migration {id: $id}) } AS done", { id: m.id }));
    if (done?.done) continue;
    for (const statement of m.statements ?? []) await runBatched(scope, `migration:${m.id}`, statement);
    if (m.run) await m.run(scope);
    await writeQuery(scope, "migration-done", (tx) => tx.run("MERGE (m:Migration {id: $id}) ON CREATE SET m.at = datetime()", { id: m.id }));
  }
}
