/**
 * `npm run bench -- --scale 10000 [--connections 32] [--duration 5] [--warmup 3] [--rounds 3] [--slice 2] [--warmMax 60]`
 *
 * On the embedded Neo4j of `.data/bench-<scale>` (synthetic graph loaded once),
 * the five shapes through (a) this API (createApp, in-process, own port),
 * (b) @neo4j/graphql 7 (own Apollo server, own port) and (c) hand-written
 * Cypher behind a minimal HTTP endpoint. Each is checked once (no errors, the
 * round trips counted), warmed up until its throughput stops climbing
 * (bench/warm.ts: `--slice` seconds at a time, at most `--warmMax` seconds per
 * shape and path), warmed `--warmup` seconds more just before each measured run, then loaded by autocannon on loopback with
 * the same connections for a bounded time, from a child process, in several
 * rounds over every shape and path. Each figure is the median of the rounds,
 * and each ratio the median of the rounds' ratios (the paths of one round ran
 * minutes apart at most). Prints a table and writes bench/results.json. The three servers share this process,
 * and the 2 cores with Neo4j and autocannon: compare the columns, not the
 * absolute figures.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/lib/projectRoot";
import { flags } from "./benchDb";
import { type LoadResult, runLoad } from "./loadClient";
import { startBenchServers, TARGETS, type Target } from "./servers";
import { SHAPES } from "./shapes";
import { DEFAULT_RULE, type Warmed, warmUntilSteady } from "./warm";

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  roundTrips: number;
  errors: number;
  /** Each round's requests per second; rps, p50 and p99 are the rounds' medians. */
  rpsRounds: number[];
  /** How the first warm-up ended: steady (throughput stopped climbing) or capped at --warmMax; its slices' req/s. */
  warmup: { state: Warmed["state"]; seconds: number; rps: number[] };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return (await res.json()) as Record<string, unknown>;
}

/** autocannon in a child process (loadClient.ts), so the load generator does not compete with the servers' event loop. */
async function load(url: string, bodies: string[], connections: number, duration: number): Promise<LoadResult> {
  return runLoad({ url, bodies, connections, duration });
}

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, connections: 32, duration: 5, warmup: 3, slice: 2, warmMax: 60, rounds: 3, only: "" });
  const servers = await startBenchServers(opts.scale);
  const { bench, anchor, urlOf, bodiesOf } = servers;

  const shapes = SHAPES.filter((s) => !opts.only || opts.only.split(",").includes(s.name));
  // One checked request per path first: a path that answers with errors would look fast.
  // The round trips are counted again once warm: @neo4j/graphql's first request also asks
  // Neo4j for its version (`CALL dbms.components()`), a statement no later request makes.
  const roundTripsOf = new Map<string, number>();
  const check = async () => {
    for (const shape of shapes) {
      for (const target of TARGETS) {
        anchor.counter.statements = 0;
        const answer = await post(urlOf(target, shape), bodiesOf(target, shape)[0]!, { "x-beslutsgraf-debug": "1" });
        if (answer.errors) throw new Error(`${shape.name} via ${target} answered with errors: ${JSON.stringify(answer.errors).slice(0, 500)}`);
        roundTripsOf.set(`${shape.name}/${target}`,
          target === "ours" ? Number((answer.extensions as { debug?: { roundTrips?: number } } | undefined)?.debug?.roundTrips ?? NaN)
          : target === "neo4jGraphql" ? anchor.counter.statements
          : 1);
      }
    }
  };
  await check();
  // Warm every path on every shape until its throughput stops climbing, before measuring any:
  // Neo4j's plans, compiled expressions and JIT take tens of seconds of load per statement
  // (bench/warm.ts), and a path measured half-warm would pay for a warm-up the others enjoy.
  const warmed = new Map<string, Warmed>();
  for (const shape of shapes) {
    for (const target of TARGETS) {
      const w = await warmUntilSteady(() => load(urlOf(target, shape), bodiesOf(target, shape), opts.connections, opts.slice), opts.slice,
        { ...DEFAULT_RULE, maxSlices: Math.max(DEFAULT_RULE.minSlices, Math.ceil(opts.warmMax / opts.slice)) });
      warmed.set(`${shape.name}/${target}`, w);
      process.stderr.write(`warm ${shape.name.padEnd(17)} ${target.padEnd(13)} ${w.state} after ${w.seconds} s: ${w.slices.join(" ")} req/s\n`);
    }
  }
  await check();
  // Rounds over every shape and path, each cell warmed again just before it is measured: a
  // busy spell on the shared machine then lands on one round of every path, not on one path.
  const runs = new Map<string, LoadResult[]>();
  for (let round = 1; round <= opts.rounds; round++) {
    for (const shape of shapes) {
      for (const target of TARGETS) {
        const url = urlOf(target, shape);
        const bodies = bodiesOf(target, shape);
        await load(url, bodies, opts.connections, opts.warmup);
        const r = await load(url, bodies, opts.connections, opts.duration);
        runs.set(`${shape.name}/${target}`, [...(runs.get(`${shape.name}/${target}`) ?? []), r]);
        process.stderr.write(`round ${round}/${opts.rounds} ${shape.name.padEnd(17)} ${target.padEnd(13)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}\n`);
      }
    }
  }
  const results = shapes.map((shape) => {
    const row = { name: shape.name } as { name: string } & Record<Target, Measure>;
    for (const target of TARGETS) {
      const rs = runs.get(`${shape.name}/${target}`)!;
      row[target] = {
        rps: median(rs.map((r) => r.rps)),
        p50: median(rs.map((r) => r.p50)),
        p99: median(rs.map((r) => r.p99)),
        roundTrips: roundTripsOf.get(`${shape.name}/${target}`)!,
        warmup: { state: warmed.get(`${shape.name}/${target}`)!.state, seconds: warmed.get(`${shape.name}/${target}`)!.seconds, rps: warmed.get(`${shape.name}/${target}`)!.slices },
        errors: rs.reduce((n, r) => n + r.errors, 0),
        rpsRounds: rs.map((r) => r.rps),
      };
    }
    const ratio = (other: Target) => median(row.ours.rpsRounds.map((rps, i) => Math.round((100 * rps) / row[other].rpsRounds[i]!))) / 100;
    return { ...row, oursOverAnchor: ratio("neo4jGraphql"), oursOverRaw: ratio("raw") };
  });

  const out = { scale: opts.scale, nodes: bench.generated.nodes, relationships: bench.generated.relationships, connections: opts.connections, durationSeconds: opts.duration, rounds: opts.rounds, warmup: { sliceSeconds: opts.slice, maxSeconds: opts.warmMax, rule: DEFAULT_RULE }, at: new Date().toISOString(), shapes: results };
  fs.writeFileSync(path.join(PROJECT_ROOT, "bench", "results.json"), `${JSON.stringify(out, null, 2)}\n`);
  const scaleFile = path.join(PROJECT_ROOT, "bench", `results-${opts.scale}.json`);
  fs.writeFileSync(scaleFile, `${JSON.stringify(out, null, 2)}\n`);
  const cell = (m: Measure) => `${String(m.rps).padStart(5)} rps ${String(m.p50).padStart(4)}/${String(m.p99).padStart(4)} ms ${String(m.roundTrips).padStart(2)} rt`;
  process.stdout.write(`\nscale ${opts.scale} (${bench.generated.nodes} nodes, ${bench.generated.relationships} relationships), ${opts.connections} connections, median of ${opts.rounds} rounds of ${opts.duration} s\n`);
  process.stdout.write(`${"shape".padEnd(17)} | ${"ours (p50/p99)".padEnd(27)} | ${"@neo4j/graphql".padEnd(27)} | ${"raw Cypher".padEnd(27)} | ours/anchor | ours/raw\n`);
  for (const r of results) {
    process.stdout.write(`${r.name.padEnd(17)} | ${cell(r.ours)} | ${cell(r.neo4jGraphql)} | ${cell(r.raw)} | ${r.oursOverAnchor.toFixed(2).padStart(11)} | ${r.oursOverRaw.toFixed(2).padStart(8)}\n`);
  }
  process.stdout.write("issue 7's targets, from the smallest and the largest scale run so far: npm run bench:targets\n");
  await servers.close();
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
