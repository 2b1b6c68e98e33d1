/**
 * Constraints and indexes, declared in one place and applied idempotently at
 * start (`IF NOT EXISTS`). Every node label has a unique `id` (domain model §3).
 */
import { type QueryScope, writeQuery } from "./funnel";

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
  // Every domain node also carries the generic :Entity label, so node(id) is one index lookup whatever its type.
  out.push("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
  out.push("CREATE INDEX decision_decided_earliest IF NOT EXISTS FOR (n:Decision) ON (n.decidedOnEarliest)");
  out.push("CREATE INDEX event_date_earliest IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest)");
  out.push("CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)");
  out.push("CREATE INDEX changeset_at IF NOT EXISTS FOR (n:ChangeSet) ON (n.at)");
  // Older versions of a corrected fact carry `versionOf: <stable id>` (rule 5); reads as of a
  // past moment (`knownAt`) find them by it, and history(id) finds every version's change sets.
  out.push("CREATE INDEX entity_version_of IF NOT EXISTS FOR (n:Entity) ON (n.versionOf)");
  // Two full-text indexes (search, SDL Query.search): Swedish stemming over the text as
  // written, and a plain lower-cased index over the diacritic-folded text, where prefix
  // ("Kull*") and fuzzy ("Annica~1") terms work on whole, unstemmed words.
  out.push("DROP INDEX search_text IF EXISTS");
  out.push(
    `CREATE FULLTEXT INDEX entity_search_sv IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join("|")}) ON EACH [n.searchText] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } }",
  );
  out.push(
    `CREATE FULLTEXT INDEX entity_search_folded IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join("|")}) ON EACH [n.searchTextFolded] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'simple' } }",
  );
  return out;
}

/** Applies every statement; schema commands cannot share a transaction, so one each. */
export async function applyMigrations(scope: QueryScope): Promise<void> {
  for (const statement of schemaStatements()) {
    await writeQuery(scope, "migration", (tx) => tx.run(statement));
  }
  await writeQuery(scope, "await-indexes", (tx) => tx.run("CALL db.awaitIndexes(60)"));
}
