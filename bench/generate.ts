/**
 * The synthetic graph generator: `generateGraph` writes `blocks` regions
 * (bench/syntheticBlock.ts, about 1,300 nodes each) under the id prefix
 * `kind:<prefix>-…`, so it never collides with the seed, through the same
 * write funnel as everything else. Deterministic from the seed; the scale is
 * the approximate node count (10k … 1M).
 *
 * Strategy: blocks are built a few at a time and flushed in `UNWIND` batches of
 * `batchSize` rows per statement, each statement its own transaction: nodes by
 * label (CREATE, the prefix is fresh), then relationships by type (two
 * index lookups on :Entity(id) per row). A ChangeSet node records the run, so a
 * finished load is recognised and a half-finished one is cleared first.
 *
 * CLI: `npm run bench:generate -- --scale 10000 [--seed 1] [--prefix syn]`
 * against the embedded Neo4j in `.data/bench-<scale>` (or NEO4J_URI).
 */
import { type QueryScope, type Tx, readQuery, writeQuery } from "../src/neo4j/funnel";
import { type Block, buildBlock } from "./syntheticBlock";
import type { SynEdge, SynNode } from "./syntheticRows";

export interface GenerateOptions {
  scale: number;
  seed: number;
  prefix: string;
  batchSize?: number;
  progress?: (msg: string) => void;
}

export interface GenerateResult {
  status: "loaded" | "present";
  changeSetId: string;
  blocks: number;
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relsPerSecond: number;
}

/** Nodes in one block; the block count for a scale is derived from it. */
export const NODES_PER_BLOCK = buildBlock(1, 0, "x").nodes.length;

export function blocksFor(scale: number): number {
  return Math.max(1, Math.round(scale / NODES_PER_BLOCK));
}

const NAME = /^[A-Z][A-Za-z_]*$/;
function checked(name: string): string {
  if (!NAME.test(name)) throw new Error(`unsafe label or type: ${name}`);
  return name;
}
const PREFIX = /^[a-z][a-z0-9]{0,15}$/;

function groupBy<T>(rows: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function writeNodes(scope: QueryScope, nodes: SynNode[], size: number): Promise<void> {
  for (const [label, list] of groupBy(nodes, (n) => n.label)) {
    await inBatches(list, size, (batch) =>
      writeQuery(scope, "synthetic-nodes", async (tx: Tx) => {
        await tx.run(`UNWIND $rows AS row CREATE (n:Entity:${checked(label)}) SET n = row`, { rows: batch.map((n) => n.props) });
      }),
    );
  }
}

async function writeEdges(scope: QueryScope, edges: SynEdge[], size: number): Promise<void> {
  for (const [type, list] of groupBy(edges, (e) => e.type)) {
    await inBatches(list, size, (batch) =>
      writeQuery(scope, "synthetic-rels", async (tx: Tx) => {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from})
           MATCH (b:Entity {id: row.to})
           CREATE (a)-[r:${checked(type)}]->(b) SET r = row.props`,
          { rows: batch },
        );
      }),
    );
  }
}

/** Deletes every node under the prefix (a half-finished earlier run), a batch at a time. */
export async function clearPrefix(scope: QueryScope, prefix: string): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await writeQuery(scope, "synthetic-clear", (tx) =>
      tx.run<{ n: number }>(
        `MATCH (n:Entity) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $prefix + '-'
         WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n`,
        { prefix },
      ),
    );
    total += rows[0]?.n ?? 0;
    if ((rows[0]?.n ?? 0) === 0) return total;
  }
}

export async function generateGraph(scope: QueryScope, opts: GenerateOptions): Promise<GenerateResult> {
  if (!PREFIX.test(opts.prefix)) throw new Error(`prefix must be 1–16 lower-case letters or digits, got "${opts.prefix}"`);
  const size = opts.batchSize ?? 5000;
  const blocks = blocksFor(opts.scale);
  const log = opts.progress ?? (() => {});
  const changeSetId = `changeset:${opts.prefix}-s${opts.seed}-b${blocks}`;
  const done = await readQuery(scope, "synthetic-present", (tx) =>
    tx.run<{ nodes: number; rels: number }>("MATCH (c:ChangeSet {id: $id}) RETURN c.nodes AS nodes, c.relationships AS rels", { id: changeSetId }),
  );
  if (done[0]) {
    return { status: "present", changeSetId, blocks, nodes: done[0].nodes, relationships: done[0].rels, seconds: 0, nodesPerSecond: 0, relsPerSecond: 0 };
  }
  const cleared = await clearPrefix(scope, opts.prefix);
  if (cleared > 0) log(`cleared ${cleared} nodes of an unfinished run under prefix ${opts.prefix}`);

  const t0 = Date.now();
  let nodes = 0, rels = 0, lastReport = 0;
  // Enough blocks per flush for full batches, few enough to keep memory flat at 1M nodes.
  const perFlush = Math.max(1, Math.ceil((4 * size) / NODES_PER_BLOCK));
  for (let b = 0; b < blocks; b += perFlush) {
    const built: Block[] = [];
    for (let i = b; i < Math.min(blocks, b + perFlush); i++) built.push(buildBlock(opts.seed, i, opts.prefix));
    const n = built.flatMap((x) => x.nodes);
    const e = built.flatMap((x) => x.edges);
    await writeNodes(scope, n, size);
    await writeEdges(scope, e, size);
    nodes += n.length;
    rels += e.length;
    const now = Date.now();
    if (now - lastReport > 5000 || b + perFlush >= blocks) {
      lastReport = now;
      const s = (now - t0) / 1000;
      log(`${Math.min(blocks, b + perFlush)}/${blocks} blocks: ${nodes} nodes, ${rels} relationships in ${s.toFixed(1)} s (${Math.round(nodes / s)} nodes/s, ${Math.round(rels / s)} rels/s)`);
    }
  }
  const seconds = (Date.now() - t0) / 1000;
  await writeQuery(scope, "synthetic-changeset", (tx) =>
    tx.run(
      `CREATE (c:ChangeSet {id: $id, at: datetime(), author: 'bench/generate', seeded: false,
         reason: 'Synthetic graph for benchmarks', nodes: $nodes, relationships: $rels, seed: $seed, blocks: $blocks})`,
      { id: changeSetId, nodes, rels, seed: opts.seed, blocks },
    ),
  );
  return { status: "loaded", changeSetId, blocks, nodes, relationships: rels, seconds, nodesPerSecond: Math.round(nodes / seconds), relsPerSecond: Math.round(rels / seconds) };
}
