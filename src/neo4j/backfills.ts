/**
 * The data migrations that JavaScript computes (src/neo4j/migrations.ts lists
 * them in DATA_MIGRATIONS): search properties Cypher cannot derive (Swedish
 * stems, name keys, a person's roles), read and written back in batches over
 * a large graph, each filling in only what is missing.
 */
import { CONCEPTS } from "../domain/concepts";
import { nameFields, searchProps } from "../domain/searchProps";
import { searchStems } from "../lib/swedishStems";
import { refreshPersonRoles } from "../modules/search/personRoles";
import { type QueryScope, readQuery, writeQuery } from "./funnel";
import type { Plain } from "./values";

/** Refreshes every current person's search text with their roles, `batch` persons per transaction, in id order. */
export async function backfillPersonRoles(scope: QueryScope, batch = BACKFILL_BATCH): Promise<number> {
  let done = 0;
  let after = "";
  for (;;) {
    const ids = (
      await readQuery(scope, "migration:search-person-roles", (tx) =>
        tx.run<{ id: string }>("MATCH (p:Person) WHERE p.id > $after AND p.retractedAt IS NULL RETURN p.id AS id ORDER BY id LIMIT toInteger($batch)", { after, batch }),
      )
    ).map((r) => r.id);
    if (ids.length === 0) return done;
    done += await writeQuery(scope, "migration:search-person-roles", (tx) => refreshPersonRoles(tx, ids));
    after = ids[ids.length - 1]!;
  }
}

/** Nodes read (and those needing the property written back) per transaction by a backfill. */
const BACKFILL_BATCH = 5_000;

/** A property of searchable nodes that JavaScript computes (Cypher cannot) and a backfill writes where it is missing. */
interface Backfill {
  name: string;
  /** The property whose absence marks a node to fill. */
  property: string;
  /** A Cypher expression over `n`: what `compute` needs of the node. */
  input: string;
  /** The properties to set (`property` among them). */
  compute(input: Plain): Record<string, Plain>;
}

/**
 * Sets `fill.property` on every node that has a `searchText` and not that
 * property yet, `batch` nodes per transaction: the nodes are read in the
 * order of their `id` (the uniqueness constraint's index), each batch
 * starting after the last id of the one before, so no batch reads again what
 * an earlier one did. A last pass catches what has no id. Returns the nodes
 * written.
 */
async function backfill(scope: QueryScope, fill: Backfill, batch: number): Promise<number> {
  let done = 0;
  const needs = `n.searchText IS NOT NULL AND n.${fill.property} IS NULL`;
  const write = async (rows: { eid: string; input: Plain }[]) => {
    if (rows.length === 0) return;
    const values = rows.map((r) => ({ eid: r.eid, props: fill.compute(r.input) }));
    await writeQuery(scope, `migration:${fill.name}-write`, (tx) =>
      tx.run("UNWIND $values AS v MATCH (n) WHERE elementId(n) = v.eid SET n += v.props", { values }),
    );
    done += rows.length;
  };
  for (let after = ""; ; ) {
    const [page] = await readQuery(scope, `migration:${fill.name}-read`, (tx) =>
      tx.run<{ last: string | null; read: number; todo: { eid: string; input: Plain }[] }>(
        `MATCH (n:Entity) WHERE n.id > $after WITH n ORDER BY n.id LIMIT toInteger($limit)
         WITH collect(n) AS nodes
         RETURN nodes[-1].id AS last, size(nodes) AS read,
           [n IN nodes WHERE ${needs} | { eid: elementId(n), input: ${fill.input} }] AS todo`,
        { after, limit: batch },
      ),
    );
    await write(page?.todo ?? []);
    if (!page || page.read < batch || page.last === null) break;
    after = page.last;
  }
  for (;;) {
    const rows = await readQuery(scope, `migration:${fill.name}-rest`, (tx) =>
      tx.run<{ eid: string; input: Plain }>(
        `MATCH (n:Entity) WHERE ${needs} RETURN elementId(n) AS eid, ${fill.input} AS input LIMIT toInteger($limit)`,
        { limit: batch },
      ),
    );
    if (rows.length === 0) return done;
    await write(rows);
  }
}

/** Sets `searchStems` (src/lib/swedishStems.ts) from `searchText` where it is missing. A text of stop words only gets "". */
export function backfillSearchStems(scope: QueryScope, batch = BACKFILL_BATCH): Promise<number> {
  return backfill(scope, { name: "search-stems", property: "searchStems", input: "n.searchText", compute: (text) => ({ searchStems: searchStems(String(text)) }) }, batch);
}

/** Every field that names a node of some searchable concept (src/domain/searchProps.ts). */
const NAME_FIELDS_OF_ALL = [...new Set(Object.values(CONCEPTS).flatMap(nameFields))];

/**
 * Sets `searchNamesFolded` and `searchNameKeys` (src/domain/searchProps.ts)
 * where they are missing, from the node's name fields as its concept (by
 * label) names them.
 */
export function backfillSearchNames(scope: QueryScope, batch = BACKFILL_BATCH): Promise<number> {
  const input = `{ labels: labels(n), values: n { ${NAME_FIELDS_OF_ALL.map((f) => `.${f}`).join(", ")} } }`;
  const compute = (raw: Plain): Record<string, Plain> => {
    const { labels, values } = raw as { labels: string[]; values: Record<string, Plain> };
    const spec = Object.values(CONCEPTS).find((c) => labels.includes(c.label));
    const props = spec ? searchProps(spec, values) : null;
    return { searchNamesFolded: props?.searchNamesFolded ?? "", searchNameKeys: props?.searchNameKeys ?? "" };
  };
  return backfill(scope, { name: "search-names", property: "searchNamesFolded", input, compute }, batch);
}
