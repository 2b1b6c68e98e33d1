/**
 * `npm run bench:write [-- --scale 10000 --gates 1,2,4 --rounds 2 --warmSeconds 40 --warm 100 --sequential 200 --writers 8 --seconds 15]`
 *
 * How long a write takes and how many the API commits per second, with
 * nothing else running: the `recordDecision` mutation over HTTP with an
 * editor token (bench/writes.ts), through this API in-process on the embedded
 * bench Neo4j. For each write-gate size (`MAX_CONCURRENT_WRITES`, one API
 * instance each, `--rounds` times over the sizes):
 *
 * - `cold`: the first `--cold` writes one at a time, on a JVM that has not
 *   run a write yet (only the first instance starts cold; `--warmSeconds` of
 *   `--writers` concurrent writes follow it, unmeasured, as Neo4j's JIT needs
 *   thousands of writes before its write path is compiled);
 * - `sequential`: after `--warm` writes one at a time, `--sequential` more,
 *   one at a time: the latency of a single write on a warm server;
 * - `hot` and `spread`: `--writers` clients writing back to back for
 *   `--seconds`. Hot: every write names the same few deciders and documents
 *   (each block's region and its first document, as bench:load and
 *   bench:faults do), so concurrent writes touch the same nodes. Spread: the
 *   deciders and documents rotate over 10 municipalities and 20 documents of
 *   every block.
 *
 * Each phase also reports Neo4j's CPU time per write (its JVM, from /proc).
 * Afterwards every acknowledged write must be in the graph whole, and all of
 * them are deleted again. Prints a table and writes
 * `bench/results-write.json`; exits non-zero on an error or a lost write.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/lib/projectRoot";
import { systemScope } from "../src/neo4j/funnel";
import { createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { benchApiConfig, cpuMsOf, flags, openBenchDb, BENCH_PREFIX } from "./benchDb";
import { benchWriteApi, deleteWrites, verifyWrites, writeDecision, WriteError, type WriteApi } from "./writes";

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const round1 = (x: number) => Math.round(x * 10) / 10;

interface Figures {
  writes: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Neo4j's CPU time per acknowledged write, ms (its JVM's user + system time over the phase, from /proc). */
  neo4jCpuMs: number;
}

function figures(ms: number[], seconds: number, neo4jCpuMs: number): Figures {
  return {
    writes: ms.length, perSecond: round1(ms.length / seconds), p50: round1(quantile(ms, 0.5)), p99: round1(quantile(ms, 0.99)),
    neo4jCpuMs: round1(neo4jCpuMs / Math.max(1, ms.length)),
  };
}

/** Which decider and document write `k` names: the same few (hot) or many (spread). */
function targets(k: number, blocks: number, spread: boolean): [string, string] {
  const b = k % blocks;
  if (!spread) return [`org:${BENCH_PREFIX}-${b}-region`, `doc:${BENCH_PREFIX}-${b}-d0`];
  const j = Math.floor(k / blocks);
  return [`org:${BENCH_PREFIX}-${b}-muni${j % 10}`, `doc:${BENCH_PREFIX}-${b}-d${j % 20}`];
}

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, gates: "1,2,4", rounds: 2, cold: 50, warmSeconds: 40, warm: 100, sequential: 200, writers: 8, seconds: 15 });
  const gates = opts.gates.split(",").map((g) => Number(g.trim()));
  if (gates.some((g) => !Number.isInteger(g) || g < 0)) throw new Error(`--gates takes whole numbers (0: no gate), got "${opts.gates}"`);
  const bench = await openBenchDb({ scale: opts.scale });
  const blocks = bench.generated.blocks;
  const scope = systemScope(bench.db, "bench-write");
  const runId = `wlat${Date.now().toString(36)}`;
  const acked: string[] = [];
  const errors = new Map<string, number>();
  let n = 0;

  /** One write, timed; its id is kept when acknowledged, its error code counted otherwise. */
  const write = async (api: WriteApi, spread: boolean, into: number[]) => {
    const k = n++;
    const t = performance.now();
    try {
      acked.push(await writeDecision(api, runId, k, ...targets(k, blocks, spread)));
      into.push(performance.now() - t);
    } catch (err) {
      const code = err instanceof WriteError ? err.code : String(err);
      errors.set(code, (errors.get(code) ?? 0) + 1);
    }
  };
  const oneAtATime = async (api: WriteApi, count: number) => {
    const ms: number[] = [];
    const t = performance.now();
    const cpu = cpuMsOf(bench.neo.pid);
    for (let i = 0; i < count; i++) await write(api, true, ms);
    return figures(ms, (performance.now() - t) / 1000, cpuMsOf(bench.neo.pid) - cpu);
  };
  const concurrently = async (api: WriteApi, spread: boolean, seconds = opts.seconds) => {
    const ms: number[] = [];
    const t = performance.now();
    const cpu = cpuMsOf(bench.neo.pid);
    const end = Date.now() + seconds * 1000;
    await Promise.all(Array.from({ length: opts.writers }, async () => {
      while (Date.now() < end) await write(api, spread, ms);
    }));
    return figures(ms, (performance.now() - t) / 1000, cpuMsOf(bench.neo.pid) - cpu);
  };

  const results: Array<{ round: number; gate: number; cold?: Figures; sequential: Figures; hot: Figures; spread: Figures }> = [];
  try {
    for (const [i, [round, gate]] of Array.from({ length: opts.rounds }, (_, r) => gates.map((g) => [r + 1, g] as const)).flat().entries()) {
      const config = benchApiConfig(bench.uri, { MAX_CONCURRENT_WRITES: String(gate) });
      // A fresh gate per API instance (createApp makes one when the Db has none).
      const app = await createApp(config, { driver: bench.db.driver, database: bench.db.database }, createLogger(config));
      try {
        const api = await benchWriteApi(`${await app.listen()}/graphql`);
        const cold = i === 0 ? await oneAtATime(api, opts.cold) : undefined;
        // Neo4j's JVM compiles its write path over the first thousands of writes: warm it before the first figures.
        if (i === 0) await concurrently(api, true, opts.warmSeconds);
        await oneAtATime(api, opts.warm);
        const sequential = await oneAtATime(api, opts.sequential);
        const hot = await concurrently(api, false);
        const spread = await concurrently(api, true);
        results.push({ round, gate, ...(cold ? { cold } : {}), sequential, hot, spread });
        console.log(`round ${round}, gate ${gate}: ${cold ? `cold p50 ${cold.p50} ms, ` : ""}sequential p50 ${sequential.p50} / p99 ${sequential.p99} ms (Neo4j CPU ${sequential.neo4jCpuMs} ms a write); ` +
          `${opts.writers} writers hot ${hot.perSecond}/s (p50 ${hot.p50}, p99 ${hot.p99} ms, Neo4j CPU ${hot.neo4jCpuMs} ms), spread ${spread.perSecond}/s (p50 ${spread.p50}, p99 ${spread.p99} ms, Neo4j CPU ${spread.neo4jCpuMs} ms)`);
      } finally {
        await app.stop();
      }
    }
    const check = await verifyWrites(scope, runId, acked);
    const out = {
      scale: opts.scale, writers: opts.writers, seconds: opts.seconds, results,
      acknowledgedWrites: check.acknowledged, missingWrites: check.missing.length, halfAppliedWrites: check.halfApplied.length,
      errors: Object.fromEntries(errors),
    };
    console.log("\n| round | gate | cold p50 | sequential p50 / p99 (Neo4j CPU) | hot writes/s | hot p50 / p99 (Neo4j CPU) | spread writes/s | spread p50 / p99 (Neo4j CPU) |");
    console.log("|---|---|---|---|---|---|---|---|");
    const cell = (f: Figures) => `${f.p50} / ${f.p99} ms (${f.neo4jCpuMs} ms)`;
    for (const r of results) {
      console.log(`| ${r.round} | ${r.gate} | ${r.cold ? `${r.cold.p50} ms` : "–"} | ${cell(r.sequential)} | ${r.hot.perSecond} | ${cell(r.hot)} | ${r.spread.perSecond} | ${cell(r.spread)} |`);
    }
    console.log(`\n${check.acknowledged} acknowledged writes, ${check.missing.length} missing, ${check.halfApplied.length} half applied, errors ${JSON.stringify(out.errors)}`);
    fs.writeFileSync(path.join(PROJECT_ROOT, "bench", "results-write.json"), JSON.stringify(out, null, 2) + "\n");
    if (errors.size > 0 || check.missing.length > 0 || check.halfApplied.length > 0) process.exitCode = 1;
  } finally {
    await deleteWrites(scope, runId).catch((err) => console.error("could not delete the bench writes:", err));
    await bench.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
