/**
 * `npm run bench:load [-- --clients 50 --duration 60 --warmup 20 --scale 10000 --writes 0.2]`
 *
 * After `--warmup` seconds of the read mix (not counted), 50 concurrent clients for 60 s against this API (in-process, own port) on the
 * embedded bench Neo4j: reads are the five bench shapes and writes the
 * `recordDecision` mutation with an editor token, all over HTTP (bench/writes.ts). Afterwards every acknowledged write must be in the graph,
 * none half applied. Samples the process's resident memory each second and
 * reports it at start, peak and end, and the growth between the first and
 * last ten seconds; the clients share this process, so for the API's own
 * memory see `npm run bench:soak` (soak.ts). Exits non-zero on a lost or
 * half-applied write or any error.
 */
import { systemScope } from "../src/neo4j/funnel";
import { createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { benchApiConfig, flags, openBenchDb, BENCH_PREFIX } from "./benchDb";
import { SHAPES } from "./shapes";
import { benchWriteApi, deleteWrites, verifyWrites, writeDecision } from "./writes";

const mb = (n: number) => Math.round(n / 1048576);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

async function main(): Promise<void> {
  const opts = flags({ clients: 50, duration: 60, warmup: 20, scale: 10_000, writes: 0.2 });
  const bench = await openBenchDb({ scale: opts.scale });
  const config = benchApiConfig(bench.uri);
  const app = await createApp(config, bench.db, createLogger(config));
  const url = `${await app.listen()}/graphql`;
  const writeApi = await benchWriteApi(url);
  const scope = systemScope(bench.db, "bench-load");
  const runId = `loadw${Date.now().toString(36)}`;
  const blocks = bench.generated.blocks;
  const reads = SHAPES;

  const acked: string[] = [];
  const errors = new Map<string, number>();
  let readsDone = 0, writesDone = 0, n = 0;
  const fail = (code: string) => errors.set(code, (errors.get(code) ?? 0) + 1);
  // Milliseconds each answered request took, by kind (a shape's name or "write").
  const took = new Map<string, number[]>();
  const timed = async <T>(kind: string, run: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await run();
    const ms = took.get(kind) ?? [];
    ms.push(performance.now() - t);
    took.set(kind, ms);
    return out;
  };
  const rss: number[] = [];
  let deadline = 0;

  const client = async (c: number, writes: number) => {
    let i = c;
    while (Date.now() < deadline) {
      i += 1;
      if (Math.random() < writes) {
        const k = n++;
        const b = k % blocks;
        try {
          acked.push(await timed("write", () => writeDecision(writeApi, runId, k, `org:${BENCH_PREFIX}-${b}-region`, `doc:${BENCH_PREFIX}-${b}-d0`)));
          writesDone += 1;
        } catch (err) {
          fail((err as { code?: string }).code ?? (err as Error).name);
        }
      } else {
        const shape = reads[i % reads.length]!;
        try {
          const { res, body } = await timed(shape.name, async () => {
            const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: shape.ours, variables: shape.params(i, blocks) }) });
            return { res, body: (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> } };
          });
          if (body.errors) fail(body.errors[0]?.extensions?.code ?? `HTTP_${res.status}`);
          else readsDone += 1;
        } catch (err) {
          fail((err as Error).name);
        }
      }
    }
  };
  // The read mix first, not counted: a fresh JVM interprets Neo4j's planner and runtime until its JIT has compiled them.
  deadline = Date.now() + opts.warmup * 1000;
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c, 0)));
  readsDone = 0;
  errors.clear();
  took.clear();
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 1000);
  deadline = Date.now() + opts.duration * 1000;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c, opts.writes)));
  const seconds = (Date.now() - t0) / 1000;
  clearInterval(sampler);

  const check = await verifyWrites(scope, runId, acked);
  await deleteWrites(scope, runId);
  const first = rss.slice(0, 10), last = rss.slice(-10);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const report = {
    clients: opts.clients,
    warmupSeconds: opts.warmup,
    seconds: Math.round(seconds),
    reads: readsDone,
    writes: writesDone,
    readsPerSecond: Math.round(readsDone / seconds),
    writesPerSecond: Math.round(writesDone / seconds),
    errors: Object.fromEntries(errors),
    latencyMs: Object.fromEntries([...took].map(([kind, ms]) => [kind, { n: ms.length, p50: Math.round(quantile(ms, 0.5)), p99: Math.round(quantile(ms, 0.99)) }])),
    acknowledgedWrites: check.acknowledged,
    missingWrites: check.missing.length,
    halfAppliedWrites: check.halfApplied.length,
    rssMiB: { start: mb(rss[0] ?? 0), peak: mb(Math.max(...rss)), end: mb(rss[rss.length - 1] ?? 0), first10sAvg: mb(avg(first)), last10sAvg: mb(avg(last)), growthMiB: mb(avg(last) - avg(first)) },
  };
  process.stdout.write(`${JSON.stringify({ load: report }, null, 2)}\n`);
  await app.stop();
  await bench.close();
  if (check.missing.length || check.halfApplied.length || errors.size) process.exit(1);
}

main().catch((err) => {
  process.stderr.write(`bench:load failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
