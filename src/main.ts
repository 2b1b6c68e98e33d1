/**
 * `npm start`: the demo and the production entry point. Without NEO4J_URI it
 * builds and launches the embedded Neo4j (data kept in .data/neo4j); with it,
 * it connects there and launches nothing. SIGTERM / SIGINT drain HTTP, close
 * the driver and stop the embedded Neo4j.
 */
import { ConfigError, loadConfig } from "./config";
import { createDriver } from "./neo4j/driver";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "./neo4j/embedded";
import { systemScope } from "./neo4j/funnel";
import { applyMigrations } from "./neo4j/migrations";
import { createApp } from "./server/app";
import { createLogger } from "./server/logger";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config);
  const t0 = Date.now();

  let embedded: EmbeddedNeo4j | undefined;
  let uri: string;
  if (config.neo4j.mode === "embedded") {
    log.info({ dataDir: config.neo4j.dataDir }, "starting embedded Neo4j");
    embedded = await startEmbeddedNeo4j(config.neo4j);
    uri = embedded.uri;
    log.info({ uri, ms: Date.now() - t0, pid: embedded.pid }, "embedded Neo4j ready");
  } else {
    uri = config.neo4j.uri;
  }
  const driver =
    config.neo4j.mode === "external"
      ? createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password, logger: log })
      : createDriver({ uri, noAuth: true, logger: log });
  const db = { driver, database: config.neo4j.mode === "external" ? config.neo4j.database : undefined };

  let shuttingDown = false;
  const shutdown = async (signal: string, app?: { stop(): Promise<void> }): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    try {
      await app?.stop();
      await driver.close();
      await embedded?.stop();
      log.info("stopped");
      process.exit(0);
    } catch (err) {
      log.error({ err }, "unclean shutdown");
      process.exit(1);
    }
  };
  const early = (sig: string) => () => void shutdown(sig);
  process.once("SIGTERM", early("SIGTERM"));
  process.once("SIGINT", early("SIGINT"));

  await applyMigrations(systemScope(db, "boot"));

  const app = await createApp(config, db, log);
  const url = await app.listen();
  process.removeAllListeners("SIGTERM");
  process.removeAllListeners("SIGINT");
  process.once("SIGTERM", () => void shutdown("SIGTERM", app));
  process.once("SIGINT", () => void shutdown("SIGINT", app));
  log.info({ url: `${url}/graphql`, ms: Date.now() - t0 }, "Beslutsgraf API ready");
}

main().catch((err) => {
  process.stderr.write(`Beslutsgraf failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
