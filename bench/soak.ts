/**
 * `npm run bench:soak [-- --scale 10000 --duration 60 --connections 32]`
 *
 * The API's memory under a steady read load: the API runs in this process on
 * the embedded bench Neo4j, and the load (the five bench shapes, rotated over
 * their parameters) comes from autocannon in a child process
 * (loadClient.ts), so the resident memory sampled here each second is the
 * API's alone. Reports RSS and V8 heap at start, peak and end, and the growth
 * between the averages of the first and last ten seconds. Exits non-zero on
 * any failed request.
 */
import { createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { benchApiConfig, flags, openBenchDb } from "./benchDb";
import { runLoad } from "./loadClient";
import { SHAPES } from "./shapes";

const mb = (n: number) => Math.round(n / 1048576);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Heap in use after a full collection (needs `--expose-gc`, which `npm run bench:soak` passes); null without it. */
async function settledHeap(): Promise<number | null> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  await new Promise((r) => setTimeout(r, 500));
  gc();
  return mb(process.memoryUsage().heapUsed);
}

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, duration: 60, connections: 32 });
  const bench = await openBenchDb({ scale: opts.scale });
  const config = benchApiConfig(bench.uri);
  const app = await createApp(config, bench.db, createLogger(config));
  const url = `${await app.listen()}/graphql`;
  const blocks = bench.generated.blocks;
  const bodies = Array.from({ length: 64 }, (_, i) => SHAPES.map((s) => JSON.stringify({ query: s.ours, variables: s.params(i, blocks) }))).flat();

  await runLoad({ url, bodies, connections: opts.connections, duration: 10 }); // warm-up, not sampled
  const heapAfterWarmup = await settledHeap();
  const rss: number[] = [];
  const heap: number[] = [];
  const sample = () => {
    const m = process.memoryUsage();
    rss.push(m.rss);
    heap.push(m.heapUsed);
  };
  sample();
  const sampler = setInterval(sample, 1000);
  const result = await runLoad({ url, bodies, connections: opts.connections, duration: opts.duration });
  clearInterval(sampler);
  sample();
  // What is still reachable after a full collection, before and after the run: growth there is a leak, not a lazy GC.
  const heapAfterGcMiB = { start: heapAfterWarmup, end: await settledHeap() };

  const stats = (xs: number[]) => ({ start: mb(xs[0]!), peak: mb(Math.max(...xs)), end: mb(xs[xs.length - 1]!), first10sAvg: mb(avg(xs.slice(0, 10))), last10sAvg: mb(avg(xs.slice(-10))), growth: mb(avg(xs.slice(-10)) - avg(xs.slice(0, 10))) });
  const report = { seconds: opts.duration, connections: opts.connections, requests: result.requests, rps: result.rps, p50: result.p50, p99: result.p99, errors: result.errors, rssMiB: stats(rss), heapUsedMiB: stats(heap), heapAfterGcMiB };
  process.stdout.write(`${JSON.stringify({ soak: report }, null, 2)}\n`);
  await app.stop();
  await bench.close();
  if (result.errors > 0) process.exit(1);
}

main().catch((err) => {
  process.stderr.write(`bench:soak failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
