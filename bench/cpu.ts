/**
 * `npm run bench:cpu -- --scale 10000 [--only search] [--seconds 5] [--profile ours]`
 *
 * The servers' own CPU per request, the figure that limits throughput on a
 * small machine where the API shares the cores with Neo4j and the load:
 * `process.cpuUsage()` of this process (and the embedded Neo4j's, from /proc)
 * around an autocannon run (in a child process) against one server at a
 * time, after a warm-up of every path on every shape, divided by the
 * requests answered. With `--profile ours` (or `raw`, `neo4jGraphql`) the
 * measured runs of that path are also written as a V8 CPU profile to
 * `bench/profiles/<shape>-<path>.cpuprofile` (open it in Chrome DevTools).
 */
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { flags } from "./benchDb";
import { runLoad } from "./loadClient";
import { startBenchServers, TARGETS } from "./servers";
import { SHAPES } from "./shapes";

const COLUMN = 22;
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** A process's CPU time so far (user + system), from /proc: the embedded Neo4j's share of the work. */
function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, connections: 32, seconds: 5, warmup: 6, only: "", profile: "" });
  const servers = await startBenchServers(opts.scale);
  const { bench, urlOf, bodiesOf } = servers;
  const inspector = new Session();
  inspector.connect();
  const shapes = SHAPES.filter((s) => !opts.only || opts.only.split(",").includes(s.name));
  // Every path on every shape first: V8 and Neo4j keep compiling for tens of seconds, and the first shape measured would pay for it.
  for (const shape of shapes) for (const target of TARGETS) await runLoad({ url: urlOf(target, shape), bodies: bodiesOf(target, shape), connections: opts.connections, duration: opts.warmup });
  process.stdout.write(`scale ${opts.scale}, ${opts.connections} connections, ${opts.seconds} s each: this process's CPU per request (user + system), ms\n`);
  process.stdout.write(`${"shape".padEnd(17)} ${TARGETS.map((t) => t.padStart(COLUMN)).join(" ")}\n`);
  for (const shape of shapes) {
    const cells: string[] = [];
    for (const target of TARGETS) {
      const url = urlOf(target, shape);
      const bodies = bodiesOf(target, shape);
      await runLoad({ url, bodies, connections: opts.connections, duration: 2 });
      const profiling = opts.profile === target;
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
        fs.writeFileSync(path.join(dir, `${shape.name}-${target}.cpuprofile`), JSON.stringify(profile));
      }
      const perRequest = (used.user + used.system) / 1000 / Math.max(1, r.requests);
      const n = Math.max(1, r.requests);
      cells.push(`${perRequest.toFixed(2)} + ${(neo4jUsed / n).toFixed(2)} (${r.rps})`.padStart(COLUMN));
      if (r.errors > 0) cells[cells.length - 1] += ` ${r.errors} errors`;
    }
    process.stdout.write(`${shape.name.padEnd(17)} ${cells.join(" ")}\n`);
  }
  process.stdout.write("(each cell: this process + Neo4j's JVM, ms of CPU per request; in brackets: requests per second)\n");
  inspector.disconnect();
  await servers.close();
}

main().catch((err) => {
  process.stderr.write(`bench:cpu failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
