/**
 * The benchmarks' own Neo4j: the embedded launcher on loopback with its data in
 * `.data/bench-<scale>` (kept, so a second run skips the load), migrations
 * applied, and the synthetic graph of that scale loaded once. Also the config
 * every bench script gives the API: anonymous reads on, logs off, any port.
 */
import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../src/lib/projectRoot";
import { type Config, loadConfig } from "../src/config";
import { createDriver } from "../src/neo4j/driver";
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from "../src/neo4j/embedded";
import { type Db, systemScope, writeQuery } from "../src/neo4j/funnel";
import { SEARCHABLE_LABELS, applyMigrations, awaitIndexesOnline } from "../src/neo4j/migrations";
import { type GenerateResult, generateGraph } from "./generate";

export const BENCH_SEED = 20241105;
export const BENCH_PREFIX = "syn";

export interface BenchDb {
  neo: EmbeddedNeo4j;
  driver: Driver;
  db: Db;
  uri: string;
  dataDir: string;
  generated: GenerateResult;
  close(): Promise<void>;
}

export interface BenchDbOptions {
  scale: number;
  /** Bolt port; 0 picks one. A fixed port lets the fault test restart Neo4j where the API expects it. */
  port?: number;
  dataDir?: string;
  log?: (msg: string) => void;
}

export function benchDataDir(scale: number): string {
  return path.join(PROJECT_ROOT, ".data", `bench-${scale}`);
}

/**
 * The full-text index the anchor (@neo4j/graphql) and raw Cypher search: the
 * Swedish analyzer over the text as written, what a user of either would
 * create. The API does not use or keep it (it asks entity_search_v2), so
 * the bench creates it; the API's migrations leave it alone.
 */
export const ANCHOR_SEARCH_INDEX = "bench_search_sv";
const ANCHOR_SEARCH_INDEX_DDL =
  `CREATE FULLTEXT INDEX ${ANCHOR_SEARCH_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join("|")}) ON EACH [n.searchText] ` +
  "OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } }";

/** Page cache and heap sized for 1M nodes on a 24 GB, 2-core machine shared with other work. */
export const BENCH_NEO4J = { pageCacheMiB: 1024, heapMiB: 2048, startTimeoutMs: 180_000 };

export async function openBenchDb(opts: BenchDbOptions): Promise<BenchDb> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const dataDir = opts.dataDir ?? benchDataDir(opts.scale);
  const t0 = Date.now();
  const neo = await startEmbeddedNeo4j({ port: opts.port ?? 0, dataDir, ...BENCH_NEO4J });
  log(`embedded Neo4j ${neo.uri} (pid ${neo.pid}, data ${dataDir}) ready in ${Date.now() - t0} ms`);
  const driver = createDriver({ uri: neo.uri, noAuth: true });
  const db: Db = { driver, database: undefined };
  const scope = systemScope(db, "bench");
  await applyMigrations(scope, { progress: log });
  const generated = await generateGraph(scope, { scale: opts.scale, seed: BENCH_SEED, prefix: BENCH_PREFIX, progress: log });
  if (generated.status === "loaded") {
    await applyMigrations(scope, { progress: log }); // waits for the full-text indexes to catch up with the load
    log(`generated ${generated.nodes} nodes and ${generated.relationships} relationships in ${generated.seconds.toFixed(1)} s: ${generated.nodesPerSecond} nodes/s, ${generated.relsPerSecond} rels/s`);
  } else {
    log(`synthetic graph already present: ${generated.nodes} nodes, ${generated.relationships} relationships`);
  }
  await writeQuery(scope, "bench-anchor-index", (tx) => tx.run(ANCHOR_SEARCH_INDEX_DDL));
  await awaitIndexesOnline(scope, { progress: log });
  return {
    neo,
    driver,
    db,
    uri: neo.uri,
    dataDir,
    generated,
    async close() {
      await driver.close();
      await neo.stop();
    },
  };
}

/** The API's config for a bench run: this Neo4j, anonymous reads, silent logs, any free port. */
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** A process's CPU time so far (user + system), from /proc: the embedded Neo4j's share of the work. */
export function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export function benchApiConfig(uri: string, extra: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, NEO4J_URI: uri, ALLOW_ANONYMOUS_READS: "true", LOG_LEVEL: "silent", PORT: "0", HOST: "127.0.0.1", ...extra });
}

/** Reads `--name value` flags; numbers where the default is a number. */
export function flags<T extends Record<string, string | number>>(defaults: T, argv = process.argv.slice(2)): T {
  const out: Record<string, string | number> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!.replace(/^--/, "");
    if (!(key in defaults)) throw new Error(`unknown flag --${key}; known: ${Object.keys(defaults).map((k) => `--${k}`).join(", ")}`);
    const raw = argv[++i] ?? "";
    out[key] = typeof defaults[key] === "number" ? Number(raw) : raw;
    if (typeof defaults[key] === "number" && !Number.isFinite(out[key] as number)) throw new Error(`--${key} needs a number, got "${raw}"`);
  }
  return out as T;
}
