/**
 * `npm run bench:cpu -- --scale 10000 [--only search] [--seconds 5] [--rounds 3] [--executors graphql-js] [--profile ours]`
 *
 * The servers' own CPU per request, the figure that limits throughput on a
 * small machine where the API shares the cores with Neo4j and the load:
 * `process.cpuUsage()` of this process (and the embedded Neo4j's, from /proc)
 * around an autocannon run (in a child process) against one server at a
 * time, after a warm-up of every path on every shape, divided by the
 * requests answered. With `--profile ours` (or `raw`, `neo4jGraphql`) the
 * measured runs of that path are also written as a V8 CPU profile to
 * `bench/profiles/<shape>-<path>.cpuprofile` (open it in Chrome DevTools).
 * `--executors graphql-js` adds this API once more with that executor
 * (GRAPHQL_EXECUTOR), measured in the same rounds as the default one.
 */
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { type App, createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { benchApiConfig, flags } from "./benchDb";
import { runLoad } from "./loadClient";
import { startBenchServers, TARGETS } from "./servers";
import { SHAPES, type Shape } from "./shapes";

const COLUMN = 22;
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** A process's CPU time so far (user + system), from /proc: the embedded Neo4j's share of the work. */
function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

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
  const opts = flags({ scale: 10_000, connections: 32, seconds: 5, warmup: 6, rounds: 1, only: "", profile: "", executors: "" });
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
  const inspector = new Session();
  inspector.connect();
  const shapes = SHAPES.filter((s) => !opts.only || opts.only.split(",").includes(s.name));
  // Every path on every shape first: V8 and Neo4j keep compiling for tens of seconds, and the first shape measured would pay for it.
  for (const shape of shapes) for (const p of paths) await runLoad({ url: p.url(shape), bodies: p.bodies(shape), connections: opts.connections, duration: opts.warmup });
  const measured = new Map<string, Array<{ api: number; neo4j: number; rps: number; errors: number }>>();
  for (let round = 0; round < opts.rounds; round++) {
    for (const shape of shapes) {
      for (const p of paths) {
        const url = p.url(shape);
        const bodies = p.bodies(shape);
        await runLoad({ url, bodies, connections: opts.connections, duration: 2 });
        const profiling = opts.profile === p.label && round === 0;
        if (profiling) {
          await inspector.post("Profiler.enable");
          await inspector.post("Profiler.start");
        }
        const before = process.cpuUsage();
        const neo4jBefore = cpuMsOf(bench.neo.pid);
        const r = await runLoad({ url, bodies, connections: opts.connections, duration: opts.seconds });
        const used = process.cpuUsage(before);
        const neo4jUsed = cpuMsOf(bench.neo.pid) - neo4jBefore;
        if (profiling) {
          const { profile } = await inspector.post("Profiler.stop");
          const dir = path.join(__dirname, "profiles");
          fs.mkdirSync(dir, { recursive: true });
          fs.writeFileSync(path.join(dir, `${shape.name}-${p.label}.cpuprofile`), JSON.stringify(profile));
        }
        const n = Math.max(1, r.requests);
        const key = `${shape.name}/${p.label}`;
        measured.set(key, [...(measured.get(key) ?? []), { api: (used.user + used.system) / 1000 / n, neo4j: neo4jUsed / n, rps: r.rps, errors: r.errors }]);
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

main().catch((err) => {
  process.stderr.write(`bench:cpu failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
