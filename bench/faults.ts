/**
 * `npm run bench:faults [-- --scale 10000 --writers 20]`
 *
 * kill -9 of the embedded Neo4j under write load. The API (in-process) and 20
 * writers (the `recordDecision` mutation over HTTP) run for a few seconds; then the JVM gets SIGKILL. While it is down,
 * GraphQL answers SERVICE_UNAVAILABLE and /readyz answers 503. Neo4j is
 * restarted on the same port and data directory; the API must recover by
 * itself (same driver, no restart), and afterwards every acknowledged write is
 * there and none is half applied. Prints the timings; exits non-zero when a
 * check fails.
 */
import net from "node:net";
import { systemScope } from "../src/neo4j/funnel";
import { startEmbeddedNeo4j } from "../src/neo4j/embedded";
import { createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { BENCH_NEO4J, BENCH_PREFIX, benchApiConfig, flags, openBenchDb } from "./benchDb";
import { benchWriteApi, deleteWrites, verifyWrites, writeDecision } from "./writes";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, writers: 20, before: 5, after: 5 });
  const port = await freePort();
  const bench = await openBenchDb({ scale: opts.scale, port });
  const config = benchApiConfig(bench.uri);
  const app = await createApp(config, bench.db, createLogger(config));
  const base = await app.listen();
  const writeApi = await benchWriteApi(`${base}/graphql`);
  const scope = systemScope(bench.db, "bench-faults");
  const runId = `faultw${Date.now().toString(36)}`;
  const blocks = bench.generated.blocks;
  const gql = async () => {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ organization(id: "org:${BENCH_PREFIX}-0-region") { name } }` }) });
    return (await res.json()) as { data?: { organization: { name: string } | null }; errors?: Array<{ extensions?: { code?: string } }> };
  };
  const ready = async () => (await fetch(`${base}/readyz`)).status;

  const acked: string[] = [];
  const writeErrors = new Map<string, number>();
  let n = 0, stop = false;
  const writer = async () => {
    while (!stop) {
      const k = n++;
      try {
        acked.push(await writeDecision(writeApi, runId, k, `org:${BENCH_PREFIX}-${k % blocks}-region`, `doc:${BENCH_PREFIX}-${k % blocks}-d0`));
      } catch (err) {
        const code = (err as { code?: string }).code ?? (err as Error).name;
        writeErrors.set(code, (writeErrors.get(code) ?? 0) + 1);
        await sleep(100);
      }
    }
  };
  const writers = Array.from({ length: opts.writers }, () => writer());
  await sleep(opts.before * 1000);
  const ackedBeforeKill = acked.length;

  const killedAt = Date.now();
  process.kill(bench.neo.pid, "SIGKILL");
  await sleep(1500);
  const downAnswer = await gql();
  const downReady = await ready();
  const downCode = downAnswer.errors?.[0]?.extensions?.code;

  const restartAt = Date.now();
  const neo = await startEmbeddedNeo4j({ port, dataDir: bench.dataDir, ...BENCH_NEO4J });
  const neoReadyMs = Date.now() - restartAt;
  let recoveredAt = 0;
  for (let i = 0; i < 600 && !recoveredAt; i++) {
    const r = await gql().catch(() => undefined);
    if (r?.data?.organization?.name && (await ready()) === 200) recoveredAt = Date.now();
    else await sleep(100);
  }
  await sleep(opts.after * 1000);
  stop = true;
  await Promise.all(writers);

  const check = await verifyWrites(scope, runId, acked);
  await deleteWrites(scope, runId);
  const report = {
    whileDown: { graphqlErrorCode: downCode ?? null, readyzStatus: downReady },
    neo4jRestartMs: neoReadyMs,
    apiRecoveredMsAfterNeo4jReady: recoveredAt ? recoveredAt - restartAt - neoReadyMs : null,
    apiRecoveredMsAfterKill: recoveredAt ? recoveredAt - killedAt : null,
    writes: { acknowledged: acked.length, acknowledgedBeforeKill: ackedBeforeKill, failedByCode: Object.fromEntries(writeErrors), committedUnacknowledged: check.committedUnacknowledged },
    missingAcknowledgedWrites: check.missing.length,
    halfAppliedWrites: check.halfApplied.length,
  };
  process.stdout.write(`${JSON.stringify({ faults: report }, null, 2)}\n`);
  await app.stop();
  await bench.driver.close();
  await neo.stop();
  const ok = downCode === "SERVICE_UNAVAILABLE" && downReady === 503 && recoveredAt > 0 && check.missing.length === 0 && check.halfApplied.length === 0;
  process.stdout.write(ok ? "faults: all checks passed\n" : "faults: a check FAILED\n");
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  process.stderr.write(`bench:faults failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
