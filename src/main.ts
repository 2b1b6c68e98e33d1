/**
 * `npm start`: the demo and the production entry point. Without NEO4J_URI it
 * builds and launches the embedded Neo4j (data kept in .data/neo4j) and seeds it
 * when empty; with NEO4J_URI it connects there and launches nothing. SIGTERM /
 * SIGINT drain HTTP, close the driver and stop the embedded Neo4j.
 */
import { seedIfEmpty } from "../seed/load";
import { ConfigError, loadConfig } from "./config";
import { type OpenDatabase, openDatabase } from "./neo4j/connect";
import { systemScope } from "./neo4j/funnel";
import { applyMigrations } from "./neo4j/migrations";
import { type App, createApp } from "./server/app";
import { createLogger } from "./server/logger";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.cwd(), { demo: true });
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config);
  if (config.auth.devSecret) log.warn("JWT_SECRET is not set: tokens are signed and verified with the public demo secret");
  const t0 = Date.now();

  let database: OpenDatabase | undefined;
  let app: App | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down");
    try {
      await app?.stop();
      await database?.close();
      log.info("stopped");
      process.exit(0);
    } catch (err) {
      log.error({ err }, "unclean shutdown");
      process.exit(1);
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));

  database = await openDatabase(config, log);
  if (shuttingDown) return;
  await applyMigrations(systemScope(database.db, "boot"), { progress: (message) => log.info(message) });
  if (config.seedOnStart) await seedIfEmpty(database.db, log);
  app = await createApp(config, database.db, log);
  const url = await app.listen();
  log.info({ url: `${url}/graphql`, ms: Date.now() - t0 }, "Beslutsgraf API ready");
}

main().catch((err) => {
  process.stderr.write(`Beslutsgraf failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
