/**
 * `npm run bench:cold -- --scale 10000 [--rounds 2] [--connections 32] [--only orgChart,search]`
 *
 * What a burst of requests costs on a Neo4j that has just started (a cold
 * JVM and an empty plan cache: after a restart or a failover), with the
 * first-run gate (src/neo4j/firstRunGate.ts) off and on. For each round and
 * each setting, alternately: a fresh embedded Neo4j on the bench graph, this
 * API over it, and for each shape in turn `--connections` requests of that
 * shape sent at once; the time to the first answer and to the last. Then the
 * same once more after `db.clearQueryCaches()` (a warm JVM whose plans were
 * dropped), with the gate told so (`reset`, as it is when Neo4j was
 * unreachable: it cannot see plans dropped on a server that stayed up).
 * Every answer is checked for errors.
 */
import { createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { FirstRunGate } from "../src/neo4j/firstRunGate";
import { writeQuery, systemScope } from "../src/neo4j/funnel";
import { benchApiConfig, flags, openBenchDb } from "./benchDb";
import { SHAPES } from "./shapes";

interface Burst {
  first: number;
  last: number;
}

async function burst(url: string, bodies: string[]): Promise<Burst> {
  const t0 = performance.now();
  const times = await Promise.all(
    bodies.map(async (body) => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      const json = (await res.json()) as { errors?: unknown };
      if (res.status !== 200 || json.errors) throw new Error(`answered ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
      return performance.now() - t0;
    }),
  );
  return { first: Math.min(...times), last: Math.max(...times) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const opts = flags({ scale: 10_000, rounds: 2, connections: 32, only: "" });
  const shapes = SHAPES.filter((s) => !opts.only || opts.only.split(",").includes(s.name));
  const settings = [
    { label: "gate off", waitMs: 0 },
    { label: "gate on", waitMs: 5000 },
  ];
  // results[setting][phase][shape] = bursts of each round
  const results = new Map<string, Burst[]>();
  const add = (key: string, b: Burst) => results.set(key, [...(results.get(key) ?? []), b]);
  for (let round = 1; round <= opts.rounds; round++) {
    for (const setting of round % 2 === 1 ? settings : [...settings].reverse()) {
      const bench = await openBenchDb({ scale: opts.scale });
      const config = benchApiConfig(bench.uri);
      const firstRuns = new FirstRunGate(setting.waitMs);
      const app = await createApp(config, { ...bench.db, firstRuns }, createLogger(config));
      const url = `${await app.listen()}/graphql`;
      const bodiesOf = (shape: (typeof shapes)[number]) =>
        Array.from({ length: opts.connections }, (_, i) => JSON.stringify({ query: shape.ours, variables: shape.params(i, bench.generated.blocks) }));
      try {
        for (const phase of ["fresh Neo4j", "plans dropped"]) {
          if (phase === "plans dropped") {
            await writeQuery(systemScope(bench.db), "bench-clear-caches", (tx) => tx.run("CALL db.clearQueryCaches()"));
            firstRuns.reset();
          }
          for (const shape of shapes) {
            const b = await burst(url, bodiesOf(shape));
            add(`${setting.label}|${phase}|${shape.name}`, b);
            process.stderr.write(`round ${round} ${setting.label.padEnd(8)} ${phase.padEnd(13)} ${shape.name.padEnd(17)} first ${b.first.toFixed(0).padStart(6)} ms, last ${b.last.toFixed(0).padStart(6)} ms\n`);
          }
        }
      } finally {
        await app.stop();
        await bench.close();
      }
    }
  }
  process.stdout.write(`\nscale ${opts.scale}, ${opts.connections} requests at once, medians of ${opts.rounds} round(s): ms to the first answer / to the last\n`);
  process.stdout.write(`${"shape".padEnd(17)} | ${"phase".padEnd(13)} | ${"gate off".padEnd(15)} | gate on\n`);
  for (const phase of ["fresh Neo4j", "plans dropped"]) {
    for (const shape of shapes) {
      const cell = (label: string) => {
        const bs = results.get(`${label}|${phase}|${shape.name}`)!;
        return `${median(bs.map((b) => b.first)).toFixed(0)} / ${median(bs.map((b) => b.last)).toFixed(0)}`;
      };
      process.stdout.write(`${shape.name.padEnd(17)} | ${phase.padEnd(13)} | ${cell("gate off").padEnd(15)} | ${cell("gate on")}\n`);
    }
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`bench:cold failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
