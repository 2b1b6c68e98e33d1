/**
 * `npm run seed [-- --check] [-- --force]`: validate the seed data and load it
 * into the configured Neo4j (NEO4J_URI, or the demo's embedded one when the demo
 * is not running). `--check` validates only and writes nothing. Exit 1 with every
 * problem listed when the data is invalid.
 */
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/neo4j/connect";
import { systemScope } from "../src/neo4j/funnel";
import { applyMigrations } from "../src/neo4j/migrations";
import { createLogger } from "../src/server/logger";
import { formatProblem, readDataset } from "./dataset";
import { SeedValidationError, loadSeed } from "./load";
import { validateDataset } from "./validate";

async function run(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const t0 = Date.now();
  const ds = readDataset();
  const problems = validateDataset(ds);
  const print = (s: string) => process.stdout.write(`${s}\n`);
  if (problems.length > 0) {
    print(`seed: ${problems.length} problem(s) in seed/data; nothing was written:`);
    for (const p of problems) print(`  ${formatProblem(p)}`);
    return 1;
  }
  print(`seed: ${ds.entries.length} records valid (${Date.now() - t0} ms)`);
  if (args.has("--check")) return 0;

  const config = loadConfig();
  const log = createLogger({ logLevel: "warn" });
  const database = await openDatabase(config, log);
  try {
    const scope = systemScope(database.db, "seed-cli");
    print("seed: creating constraints and indexes");
    await applyMigrations(scope, { progress: (m) => print(`seed: ${m}`) });
    print("seed: writing in one transaction");
    const r = await loadSeed(scope, { dataset: ds, force: args.has("--force") });
    print(
      `seed: ${r.status} ${r.changeSetId}: ${r.nodes} nodes, ${r.relationships} relationships, ${r.citations} citations ` +
        `(validate ${r.validateMs} ms, write ${r.writeMs} ms)`,
    );
    return 0;
  } catch (e) {
    if (e instanceof SeedValidationError) {
      for (const p of e.problems) print(`  ${formatProblem(p)}`);
      return 1;
    }
    throw e;
  } finally {
    await database.close();
  }
}

run().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
