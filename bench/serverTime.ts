/**
 * `npm run bench:server-time -- --scale 1000000 --shape decisionsPage --base ../base [--iters 300]`
 *
 * An A/B of this API's statements for one shape, measured where the machine's
 * noise matters least: Neo4j's own time per statement (the summary's
 * resultAvailableAfter + resultConsumedAfter), old and new interleaved on one
 * database. The statements are those this checkout's API sends for the
 * shape's six parameter sets, and those the checkout at `--base` sends (a
 * `git worktree add ../base <commit>` with `node_modules` linked); both run
 * against this checkout's bench graph (after its migrations). Without
 * `--base`, only this checkout. `--raw 1` adds the shape's hand-written
 * statement (bench/shapes.ts) as a third side, the floor for Neo4j's share.
 * Throughput runs on this shared machine moved 30–50 % between minutes; this
 * moves by a few per cent.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { flags, openBenchDb } from "./benchDb";
import { SHAPES } from "./shapes";

interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}

type Fn = (...args: unknown[]) => unknown;

/** A driver that records every statement its sessions run (auto-commit or in read transactions). */
function recordingDriver(driver: Driver, into: Captured[]): Driver {
  const record = (cypher: unknown, params: unknown) => {
    if (typeof cypher === "string") into.push({ cypher, params: (params ?? {}) as Record<string, unknown> });
    else {
      const q = cypher as { text: string; parameters?: Record<string, unknown> };
      into.push({ cypher: q.text, params: q.parameters ?? {} });
    }
  };
  const wrap = <T extends object>(target: T, hooks: Record<string, (v: Fn, t: T) => Fn>): T =>
    new Proxy(target, {
      get(t, p, r) {
        const v = Reflect.get(t, p, r) as unknown;
        if (typeof p === "string" && hooks[p] && typeof v === "function") return hooks[p](v as Fn, t);
        return typeof v === "function" ? (v as Fn).bind(t) : v;
      },
    });
  const tx = (x: object) => wrap(x, { run: (v, t) => (c: unknown, ps: unknown) => (record(c, ps), v.call(t, c, ps)) });
  const session = (s: object) =>
    wrap(s, {
      run: (v, t) => (c: unknown, ps: unknown, cf: unknown) => (record(c, ps), v.call(t, c, ps, cf)),
      executeRead: (v, t) => (work: unknown, cf: unknown) => v.call(t, (x: object) => (work as Fn)(tx(x)), cf),
    });
  return wrap(driver, { session: (v, t) => (...a: unknown[]) => session(v.apply(t, a) as object) });
}

/** The statements the API of the checkout at `root` sends for the shape's six parameter sets. */
async function statementsOf(root: string, shapeName: string, bench: { driver: Driver; uri: string }, blocks: number): Promise<Captured[]> {
  const { SHAPES } = (await import(path.join(root, "bench/shapes.ts"))) as typeof import("./shapes");
  const { benchApiConfig } = (await import(path.join(root, "bench/benchDb.ts"))) as typeof import("./benchDb");
  const { createApp } = (await import(path.join(root, "src/server/app.ts"))) as typeof import("../src/server/app");
  const { createLogger } = (await import(path.join(root, "src/server/logger.ts"))) as typeof import("../src/server/logger");
  const shape = SHAPES.find((s) => s.name === shapeName);
  if (!shape) throw new Error(`no shape ${shapeName} in ${root}; shapes: ${SHAPES.map((s) => s.name).join(", ")}`);
  const captured: Captured[] = [];
  const config = benchApiConfig(bench.uri);
  const app = await createApp(config, { driver: recordingDriver(bench.driver, captured), database: undefined }, createLogger(config));
  try {
    const url = `${await app.listen()}/graphql`;
    for (let i = 0; i < 6; i++) {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: shape.ours, variables: shape.params(i, blocks) }) });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${root}: ${JSON.stringify(body.errors)}`);
    }
  } finally {
    await app.stop();
  }
  return captured;
}

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, shape: "decisionsPage", base: "", iters: 300, warmup: 5, raw: 0 });
  const bench = await openBenchDb({ scale: opts.scale });
  try {
    const blocks = bench.generated.blocks;
    const sides = [{ name: "this checkout", root: path.resolve(__dirname, ".."), ms: [] as number[], statements: [] as Captured[] }];
    if (opts.base) sides.unshift({ name: `base (${opts.base})`, root: path.resolve(opts.base), ms: [], statements: [] });
    for (const s of sides) s.statements = await statementsOf(s.root, opts.shape, bench, blocks);
    if (opts.raw) {
      const shape = SHAPES.find((x) => x.name === opts.shape)!;
      const statements = Array.from({ length: 6 }, (_, i) => {
        const vars = shape.params(i, blocks);
        return { cypher: shape.raw, params: shape.rawParams ? shape.rawParams(vars) : vars };
      });
      sides.push({ name: "raw Cypher (bench/shapes.ts)", root: "", ms: [], statements });
    }
    const run = async (st: Captured) => {
      const r = await bench.driver.executeQuery(st.cypher, st.params);
      return r.summary.resultAvailableAfter.toNumber() + r.summary.resultConsumedAfter.toNumber();
    };
    for (let w = 0; w < opts.warmup; w++) for (const s of sides) for (const st of s.statements) await run(st);
    // Alternate which side goes first, so neither always follows the other.
    for (let k = 0; k < opts.iters; k++) for (const s of k % 2 ? sides : [...sides].reverse()) for (const st of s.statements) s.ms.push(await run(st));
    process.stdout.write(`scale ${opts.scale}, shape ${opts.shape}, ${opts.iters} interleaved rounds: Neo4j's time per statement (ms)\n`);
    for (const s of sides) {
      const sorted = [...s.ms].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
      const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
      process.stdout.write(`${s.name.padEnd(40)} ${s.statements.length} statements  n=${sorted.length}  mean ${mean.toFixed(3)}  p50 ${at(0.5)}  p90 ${at(0.9)}\n`);
    }
  } finally {
    await bench.close();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:server-time failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
