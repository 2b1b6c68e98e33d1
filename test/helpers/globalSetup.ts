/**
 * Starts one real embedded Neo4j for the whole jest run (throwaway data dir,
 * any free port) and hands its URI to the test workers as NEO4J_URI, so the
 * tests read it through config like the API does. With NEO4J_URI already set
 * (an external server), nothing is launched.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { startEmbeddedNeo4j } from "../../src/neo4j/embedded";
import { createDriver } from "../../src/neo4j/driver";
import { systemScope } from "../../src/neo4j/funnel";
import { applyMigrations } from "../../src/neo4j/migrations";
import { loadSeed } from "../../seed/load";

export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.mode === "embedded") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beslutsgraf-test-neo4j-"));
    const started = Date.now();
    const neo = await startEmbeddedNeo4j({ ...config.neo4j, port: 0, dataDir, pageCacheMiB: 128, heapMiB: 1024 });
    process.stdout.write(`\nembedded Neo4j for tests ready at ${neo.uri} in ${Date.now() - started} ms (${dataDir})\n`);
    (globalThis as Record<string, unknown>).__BESLUTSGRAF_NEO4J__ = { neo, dataDir };
    process.env.NEO4J_URI = neo.uri;
    process.env.NEO4J_EMBEDDED_TEST = "1";
  }
  const cfg = loadConfig();
  if (cfg.neo4j.mode !== "external") throw new Error("unreachable: tests always have a NEO4J_URI here");
  const driver = createDriver({ uri: cfg.neo4j.uri, user: cfg.neo4j.user, password: cfg.neo4j.password });
  try {
    const scope = systemScope({ driver, database: cfg.neo4j.database });
    await applyMigrations(scope);
    // The curated seed graph, for the fact tests; suites add their own data under id prefixes.
    const seeded = await loadSeed(scope);
    process.stdout.write(`seed graph ${seeded.status}: ${seeded.nodes} nodes in ${seeded.validateMs + seeded.writeMs} ms\n`);
  } finally {
    await driver.close();
  }
}
