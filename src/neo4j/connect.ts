/**
 * Opens the graph the configuration names: the external Neo4j of NEO4J_URI, or
 * else the embedded one, launched here. Used by the API, the seed command and
 * the benchmarks alike.
 */
import type { Logger } from "pino";
import type { Config } from "../config";
import { createDriver } from "./driver";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "./embedded";
import type { Db } from "./funnel";

export interface OpenDatabase {
  db: Db;
  uri: string;
  embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver, then stops the embedded Neo4j if one was launched. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const n = config.neo4j;
  if (n.mode === "external") {
    const driver = createDriver({ uri: n.uri, user: n.user, password: n.password, logger: log });
    return { db: { driver, database: n.database }, uri: n.uri, embedded: undefined, close: () => driver.close() };
  }
  const t0 = Date.now();
  log.info({ dataDir: n.dataDir }, "starting embedded Neo4j");
  const embedded = await startEmbeddedNeo4j(n);
  log.info({ uri: embedded.uri, ms: Date.now() - t0, pid: embedded.pid }, "embedded Neo4j ready");
  const driver = createDriver({ uri: embedded.uri, noAuth: true, logger: log });
  return {
    db: { driver, database: undefined },
    uri: embedded.uri,
    embedded,
    async close() {
      await driver.close();
      await embedded.stop();
    },
  };
}
