/**
 * The data migration that moves stored banded date keys to the narrower
 * bands (partial-date-bands-v2), run against the real Neo4j on nodes written
 * with the keys the earlier ladder gave them: each must end with the key a
 * write now stores, and a node already right must not be written again.
 * And search-stems-v1 and search-names-v1, which store the Swedish stems of
 * searchable text and what names each searchable node, written before search
 * asked them.
 */
import { testDriver } from "../../test/helpers/api";
import { storedPartialDate } from "../domain/storedDate";
import { parsePartialDate } from "../lib/partialDate";
import { systemScope } from "./funnel";
import { backfillSearchNames, backfillSearchStems } from "./backfills";
import { DATA_MIGRATIONS, awaitIndexesOnline } from "./migrations";

const PREFIX = "decision:migration-bands-v2-";

const driver = testDriver();
afterAll(() => driver.close());
const scope = () => systemScope({ driver, database: undefined });

/** Runs, after the suite, the statements that remove what it wrote. */
function removeAfterwards(...statements: Array<[string, Record<string, unknown>?]>): void {
  afterAll(async () => {
    for (const [cypher, params] of statements) await driver.executeQuery(cypher, params ?? {});
  });
}

describe("partial-date-bands-v2", () => {
  removeAfterwards(["MATCH (n:Decision) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: PREFIX }]);

  it("rewrites the banded keys of the earlier ladder and leaves the right ones alone", async () => {
    // Each date with the key the ladder before v2 (d 0, m 31, y 366 days) stored for it.
    const rows = [
      { text: "2024-W44", old: "m|2024-10-28" },
      { text: "late 2025-01", old: "m|2025-01-21" },
      { text: "2025-01-01..2025-02-01", old: "m|2025-01-01" },
      { text: "2025-07-01..2025-09-30", old: "y|2025-07-01" },
      { text: "2024-01-01..2025-01-01", old: "y|2024-01-01" },
      { text: "2025-05-01", old: "d|2025-05-01" },
      { text: "2025-04-01..", old: "f|2025-04-01" },
    ].map((r, i) => {
      const props = storedPartialDate("decidedOn", parsePartialDate(r.text));
      return { id: `${PREFIX}${i}`, text: r.text, props: { ...props, decidedOnBand: r.old }, want: props.decidedOnBand as string, old: r.old };
    });
    await driver.executeQuery("UNWIND $rows AS r CREATE (n:Decision {id: r.id}) SET n += r.props, n.untouched = true", { rows });

    const migration = DATA_MIGRATIONS.find((m) => m.id === "partial-date-bands-v2");
    expect(migration).toBeDefined();
    const statement = migration!.statements!.find((s) => s.includes("MATCH (n:Decision)") && s.includes("decidedOnBand"));
    expect(statement).toBeDefined();
    // Marks every node it writes, to show which ones it touched.
    const marking = statement!.replace(/SET (n\.decidedOnBand = )/, "SET n.untouched = false, $1");
    const session = driver.session();
    try {
      await session.run(marking);
    } finally {
      await session.close();
    }

    const { records } = await driver.executeQuery("MATCH (n:Decision) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.decidedOnBand AS band, n.untouched AS untouched", { p: PREFIX });
    const got = Object.fromEntries(records.map((r) => [r.get("id") as string, { band: r.get("band") as string, untouched: r.get("untouched") as boolean }]));
    expect(got).toEqual(Object.fromEntries(rows.map((r) => [r.id, { band: r.want, untouched: r.want === r.old }])));
    // The earlier ladder put these elsewhere: the test would pass vacuously if it had not.
    expect(rows.filter((r) => r.want !== r.old).map((r) => r.text)).toEqual(["2024-W44", "late 2025-01", "2025-01-01..2025-02-01", "2025-07-01..2025-09-30", "2024-01-01..2025-01-01"]);
  });
});

describe("search-stems-v1", () => {
  const P = "risk:migration-stems-";
  removeAfterwards(["MATCH (n:Risk) WHERE n.id STARTS WITH $p OR n.marker = $p DETACH DELETE n", { p: P }]);

  it("stores the stems of every searchable text that has none, and leaves stored stems alone", async () => {
    const rows = [
      { id: `${P}a`, props: { searchText: "Kommunernas avtal med Oracles" } },
      { id: `${P}b`, props: { searchText: "Och för med" } }, // stop words only
      { id: `${P}c`, props: { searchText: "Pausöverenskommelsen", searchStems: "kept" } },
      { id: `${P}d`, props: { title: "no search text" } },
      { id: `${P}e`, props: { searchText: "Styrelsen beslutade" } },
      { id: `${P}f`, props: { searchText: "Upphandlingar" } },
    ];
    await driver.executeQuery("UNWIND $rows AS r CREATE (n:Entity:Risk {id: r.id}) SET n += r.props", { rows });
    // One without an id: the last pass by label finds it.
    await driver.executeQuery("CREATE (:Entity:Risk {marker: $p, searchText: 'Nämnderna'})", { p: P });
    expect(DATA_MIGRATIONS.map((m) => m.id)).toContain("search-stems-v1");

    // Batches of 4 nodes in id order: the test's six span two or three, the rest of the graph many more.
    expect(await backfillSearchStems(scope(), 4)).toBeGreaterThanOrEqual(5);

    const { records } = await driver.executeQuery("MATCH (n:Risk) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.searchStems AS stems ORDER BY id", { p: P });
    expect(records.map((r) => [r.get("id"), r.get("stems")])).toEqual([
      [`${P}a`, "kommun avtal oracl"],
      [`${P}b`, ""],
      [`${P}c`, "kept"],
      [`${P}d`, null],
      [`${P}e`, "styr beslut"],
      [`${P}f`, "upphandling"],
    ]);
    const { records: noId } = await driver.executeQuery("MATCH (n:Risk {marker: $p}) RETURN n.searchStems AS stems", { p: P });
    expect(noId.map((r) => r.get("stems"))).toEqual(["namnd"]);
    // Nothing is left to do: a second run reads nothing of these.
    const left = await driver.executeQuery("MATCH (n:Risk) WHERE n.id STARTS WITH $p AND n.searchText IS NOT NULL AND n.searchStems IS NULL RETURN count(n) AS c", { p: P });
    expect(Number(left.records[0]!.get("c"))).toBe(0);
  });
});

describe("search-names-v1", () => {
  const P = "migration-names-";
  removeAfterwards(["MATCH (n:Entity) WHERE n.id CONTAINS $p DETACH DELETE n", { p: P }]);

  it("stores each searchable node's names, by its label's name fields, where they are missing", async () => {
    const rows = [
      // Name and aliases name an organisation; its summary does not.
      { id: `org:${P}a`, labels: ["Organization"], props: { name: "Västra Götalandsregionen", aliases: ["VGR"], summary: "Regionen", searchText: "x" } },
      // A decision is named by its title; a title of more than 8 words has no whole-name key.
      { id: `decision:${P}b`, labels: ["Decision"], props: { title: "Regionstyrelsen beslutar att pausa införandet av Millennium i hela regionen", summary: "Paus", searchText: "x" } },
      { id: `decision:${P}c`, labels: ["Decision"], props: { title: "Kept", searchText: "x", searchNamesFolded: "kept", searchNameKeys: "kept" } },
      { id: `decision:${P}d`, labels: ["Decision"], props: { title: "Not searchable: no search text" } },
    ];
    for (const r of rows) await driver.executeQuery(`CREATE (n:Entity:${r.labels[0]} {id: $id}) SET n += $props`, { id: r.id, props: r.props });
    expect(DATA_MIGRATIONS.map((m) => m.id)).toContain("search-names-v1");

    expect(await backfillSearchNames(scope(), 3)).toBeGreaterThanOrEqual(2);

    const { records } = await driver.executeQuery("MATCH (n:Entity) WHERE n.id CONTAINS $p RETURN n.id AS id, n.searchNamesFolded AS names, n.searchNameKeys AS keys ORDER BY id", { p: P });
    expect(records.map((r) => [r.get("id"), r.get("names"), r.get("keys")])).toEqual([
      [`decision:${P}b`, "regionstyrelsen beslutar att pausa inforandet av millennium i hela regionen", ""],
      [`decision:${P}c`, "kept", "kept"],
      [`decision:${P}d`, null, null],
      [`org:${P}a`, "vastra gotalandsregionen \u2022 vgr", "vastra_gotalandsregionen vgr"],
    ]);
  });
});

describe("awaitIndexesOnline", () => {
  const INDEX = "migration_wait_test";
  removeAfterwards([`DROP INDEX ${INDEX} IF EXISTS`], ["MATCH (n:MigrationWaitTest) DELETE n"]);

  it("returns only once an index just created over many nodes is online", async () => {
    await driver.executeQuery(
      "UNWIND range(1, 40000) AS i CREATE (:MigrationWaitTest { text: 'ord ' + toString(i) + ' ' + reduce(s = '', j IN range(1, 20) | s + ' text' + toString(i * j)) })",
    );
    await driver.executeQuery(`CREATE FULLTEXT INDEX ${INDEX} FOR (n:MigrationWaitTest) ON EACH [n.text]`);
    const told: string[] = [];
    await awaitIndexesOnline(scope(), { pollMs: 20, progress: (m) => told.push(m) });
    const { records } = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state");
    expect(records.map((r) => `${r.get("name")} ${r.get("state")}`)).toEqual([]);
    // Progress names the index it waits for, if it had to wait at all.
    for (const m of told) expect(m).toMatch(/^waiting for Neo4j indexes to populate: .*%/);
    // The index answers: it is really populated, not just reported online.
    const hits = await driver.executeQuery(`CALL db.index.fulltext.queryNodes('${INDEX}', 'text39999') YIELD node RETURN count(node) AS c`);
    expect(Number(hits.records[0]!.get("c"))).toBeGreaterThan(0);
  });
});
