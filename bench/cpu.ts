/**
 * `npm run bench:cpu -- --scale 10000 [--only search] [--seconds 5] [--rounds 3] [--slice 2] [--warmMax 60] [--executors graphql-js] [--profile ours]`
 *
 * The servers' own CPU per request, the figure that limits throughput on a
 * small machine where the API shares the cores with Neo4j and the load:
 * `process.cpuUsage()` of this process (and the embedded Neo4j's, from /proc)
 * around an autocannon run (in a child process) against one server at a
 * time, after warming every path on every shape until its throughput stops
 * climbing (bench/warm.ts; `--warmup` is the floor rows' fixed warm-up), divided by the
 * requests answered. With `--profile ours` (or `raw`, `neo4jGraphql`) the
 * measured runs of that path are also written as a V8 CPU profile to
 * `bench/profiles/<shape>-<path>.cpuprofile` (open it in Chrome DevTools).
 * `--executors graphql-js` adds this API once more with that executor
 * (GRAPHQL_EXECUTOR), measured in the same rounds as the default one.
 * `--floor 1` first measures what every request costs before any shape's
 * work, the same way: a bare HTTP answer (node:http, no Neo4j), one statement
 * through the raw floor's server (`RETURN 1`: the driver's round trip), and
 * `{ __typename }` through this API (Express, Apollo's pipeline, context,
 * plugins and executor, no Neo4j).
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { PROJECT_ROOT } from "../src/lib/projectRoot";
import { type App, createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { benchApiConfig, cpuMsOf, flags } from "./benchDb";
import { runLoad } from "./loadClient";
import { startRawServer } from "./rawServer";
import { startBenchServers, TARGETS } from "./servers";
import { SHAPES, type Shape } from "./shapes";
import { DEFAULT_RULE, warmUntilSteady } from "./warm";

const COLUMN = 22;

interface Path {
  label: string;
  url(shape: Shape): string;
  bodies(shape: Shape): string[];
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, connections: 32, seconds: 5, warmup: 6, slice: 2, warmMax: 60, rounds: 1, only: "", profile: "", executors: "", floor: 0 });
  const servers = await startBenchServers(opts.scale);
  const { bench, urlOf, bodiesOf } = servers;
  const paths: Path[] = TARGETS.map((t) => ({ label: t, url: (s) => urlOf(t, s), bodies: (s) => bodiesOf(t, s) }));
  // `--executors graphql-js`: this API once more, with that executor, side by side with the default one.
  const extra: App[] = [];
  for (const executor of opts.executors.split(",").filter(Boolean)) {
    const config = benchApiConfig(bench.uri, { GRAPHQL_EXECUTOR: executor });
    const app = await createApp(config, bench.db, createLogger(config));
    const url = `${await app.listen()}/graphql`;
    extra.push(app);
    paths.splice(1, 0, { label: `ours:${executor}`, url: () => url, bodies: (s) => bodiesOf("ours", s) });
  }
  if (opts.floor) await measureFloor(servers, opts);
  const inspector = new Session();
  inspector.connect();
  const shapes = SHAPES.filter((s) => !opts.only || opts.only.split(",").includes(s.name));
  // Every path on every shape first, each until its throughput stops climbing (bench/warm.ts): V8 and
  // Neo4j keep compiling for tens of seconds, and a path measured half-warm would pay for it.
  const rule = { ...DEFAULT_RULE, maxSlices: Math.max(DEFAULT_RULE.minSlices, Math.ceil(opts.warmMax / opts.slice)) };
  for (const shape of shapes) {
    for (const p of paths) {
      const w = await warmUntilSteady(() => runLoad({ url: p.url(shape), bodies: p.bodies(shape), connections: opts.connections, duration: opts.slice }), opts.slice, rule);
      process.stderr.write(`warm ${shape.name.padEnd(17)} ${p.label.padEnd(13)} ${w.state} after ${w.seconds} s: ${w.slices.join(" ")} req/s\n`);
    }
  }
  const measured = new Map<string, Array<{ api: number; neo4j: number; rps: number; errors: number }>>();
  for (let round = 0; round < opts.rounds; round++) {
    for (const shape of shapes) {
      for (const p of paths) {
        const profiling = opts.profile === p.label && round === 0;
        const profile = !profiling ? undefined : {
          start: async () => {
            await inspector.post("Profiler.enable");
            await inspector.post("Profiler.start");
          },
          stop: async () => {
            const { profile } = await inspector.post("Profiler.stop");
            const dir = path.join(PROJECT_ROOT, "bench", "profiles");
            fs.mkdirSync(dir, { recursive: true });
            fs.writeFileSync(path.join(dir, `${shape.name}-${p.label}.cpuprofile`), JSON.stringify(profile));
          },
        };
        const m = await measureOne(bench.neo.pid, p.url(shape), p.bodies(shape), opts.connections, opts.seconds, profile);
        const key = `${shape.name}/${p.label}`;
        measured.set(key, [...(measured.get(key) ?? []), m]);
      }
    }
  }
  process.stdout.write(`scale ${opts.scale}, ${opts.connections} connections, median of ${opts.rounds} round(s) of ${opts.seconds} s: CPU per request, ms\n`);
  process.stdout.write(`${"shape".padEnd(17)} ${paths.map((p) => p.label.padStart(COLUMN)).join(" ")}\n`);
  for (const shape of shapes) {
    const cells = paths.map((p) => {
      const ms = measured.get(`${shape.name}/${p.label}`)!;
      const errors = ms.reduce((k, m) => k + m.errors, 0);
      const cell = `${median(ms.map((m) => m.api)).toFixed(2)} + ${median(ms.map((m) => m.neo4j)).toFixed(2)} (${median(ms.map((m) => m.rps))})`;
      return `${cell.padStart(COLUMN)}${errors > 0 ? ` ${errors} errors` : ""}`;
    });
    process.stdout.write(`${shape.name.padEnd(17)} ${cells.join(" ")}\n`);
  }
  process.stdout.write("(each cell: this process + Neo4j's JVM, ms of CPU per request; in brackets: requests per second)\n");
  inspector.disconnect();
  for (const app of extra) await app.stop();
  await servers.close();
}

/** One path's CPU per request (this process, Neo4j's JVM) and throughput, after a short warm-up of that path. */
async function measureOne(
  neo4jPid: number, url: string, bodies: string[], connections: number, seconds: number, profile?: { start(): Promise<void>; stop(): Promise<void> },
) {
  await runLoad({ url, bodies, connections, duration: 2 });
  await profile?.start();
  const before = process.cpuUsage();
  const neo4jBefore = cpuMsOf(neo4jPid);
  const r = await runLoad({ url, bodies, connections, duration: seconds });
  const used = process.cpuUsage(before);
  const neo4jUsed = cpuMsOf(neo4jPid) - neo4jBefore;
  await profile?.stop();
  const n = Math.max(1, r.requests);
  return { api: (used.user + used.system) / 1000 / n, neo4j: neo4jUsed / n, rps: r.rps, errors: r.errors };
}

/** `--floor 1`: the cost of a request before any shape's work (see the header). */
async function measureFloor(servers: Awaited<ReturnType<typeof startBenchServers>>, opts: { connections: number; seconds: number; warmup: number; rounds: number }) {
  const bare = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"data":{"__typename":"Query"}}'));
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const ping = await startRawServer(servers.bench.driver, [{ name: "ping", raw: "RETURN 1 AS one" } as Shape]);
  const oursUrl = servers.urlOf("ours", SHAPES[0]!);
  const floors = [
    { label: "bare HTTP (node:http, no Neo4j)", url: `http://127.0.0.1:${(bare.address() as { port: number }).port}/`, bodies: ["{}"] },
    { label: "raw: RETURN 1 (one round trip)", url: `${ping.url}/ping`, bodies: ["{}"] },
    { label: "ours: { __typename } (no Neo4j)", url: oursUrl, bodies: [JSON.stringify({ query: "{ __typename }" })] },
  ];
  for (const f of floors) await runLoad({ url: f.url, bodies: f.bodies, connections: opts.connections, duration: opts.warmup });
  const runs = new Map<string, Array<Awaited<ReturnType<typeof measureOne>>>>();
  for (let round = 0; round < opts.rounds; round++) {
    for (const f of floors) runs.set(f.label, [...(runs.get(f.label) ?? []), await measureOne(servers.bench.neo.pid, f.url, f.bodies, opts.connections, opts.seconds)]);
  }
  process.stdout.write(`floor: CPU per request before any shape's work, ms (median of ${opts.rounds} round(s) of ${opts.seconds} s)\n`);
  for (const f of floors) {
    const ms = runs.get(f.label)!;
    const errors = ms.reduce((k, m) => k + m.errors, 0);
    process.stdout.write(`  ${f.label.padEnd(34)} ${median(ms.map((m) => m.api)).toFixed(2)} + ${median(ms.map((m) => m.neo4j)).toFixed(2)} (${median(ms.map((m) => m.rps))})${errors ? ` ${errors} errors` : ""}\n`);
  }
  await ping.close();
  await new Promise((resolve) => bare.close(resolve));
}

main().catch((err) => {
  process.stderr.write(`bench:cpu failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
