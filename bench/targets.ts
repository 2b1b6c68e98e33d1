/**
 * Issue 7's targets, judged from two `npm run bench` result files (a smaller
 * and a larger scale): on every shape this API at least 1.5 times
 * @neo4j/graphql's throughput and at least 0.7 times raw Cypher's; p99 under
 * 50 ms at 32 connections at the larger scale; latency at the larger scale
 * within 1.5 times that at the smaller. Benchmarks, not tests: the verdict is
 * printed and written, never asserted (bench/targetsCli.ts).
 */

export const TARGET_RULES = { overAnchor: 1.5, overRaw: 0.7, p99Ms: 50, connections: 32, growth: 1.5 } as const;

interface PathMeasure {
  rps: number;
  p50: number;
  p99: number;
  roundTrips: number;
  rpsRounds?: number[];
}

export interface ShapeResult {
  name: string;
  ours: PathMeasure;
  neo4jGraphql: PathMeasure;
  raw: PathMeasure;
  /** The median of the rounds' ratios, as bench/run.ts writes them; rps ratios when absent. */
  oursOverAnchor?: number;
  oursOverRaw?: number;
}

export interface BenchResults {
  scale: number;
  connections: number;
  at?: string;
  shapes: ShapeResult[];
}

export interface Check {
  value: number;
  met: boolean;
}

export interface ShapeVerdict {
  name: string;
  /** Per scale, smaller first. */
  overAnchor: [Check, Check];
  overRaw: [Check, Check];
  /** p99 at the larger scale: this API's (judged), and the other two paths' for comparison. */
  p99: Check & { anchor: number; raw: number };
  /** This API's p50 and p99 at the larger scale over the smaller. */
  growth: { p50: Check; p99: Check };
  /** Round trips of this API's request at each scale. */
  roundTrips: [number, number];
}

export interface Verdict {
  scales: [number, number];
  connections: [number, number];
  at: [string | null, string | null];
  shapes: ShapeVerdict[];
  /** Shapes in one file only: not judged. */
  unmatched: string[];
  /** For each target, the shapes that meet it at every scale it applies to. */
  summary: Record<"overAnchor" | "overRaw" | "p99" | "growth", { met: string[]; notMet: string[] }>;
  /** Why the p99 target cannot be judged as worded (another connection count), if so. */
  caveats: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function ratio(given: number | undefined, a: number, b: number): number {
  if (given !== undefined && Number.isFinite(given)) return given;
  if (!(b > 0)) throw new Error(`cannot take a throughput ratio over ${b} requests/s`);
  return round2(a / b);
}

function checkAtLeast(value: number, floor: number): Check {
  return { value, met: value >= floor };
}

function validate(r: BenchResults, which: string): void {
  if (!r || typeof r.scale !== "number" || !Array.isArray(r.shapes)) throw new Error(`${which}: not a bench result (needs scale and shapes)`);
  for (const s of r.shapes) {
    for (const path of ["ours", "neo4jGraphql", "raw"] as const) {
      const m = s[path];
      if (!m || ![m.rps, m.p50, m.p99].every((x) => typeof x === "number" && Number.isFinite(x))) {
        throw new Error(`${which}: shape ${s.name} has no rps, p50 and p99 for ${path}`);
      }
    }
  }
}

/** Judges the targets from a smaller and a larger scale's results (in either order). */
export function judgeTargets(a: BenchResults, b: BenchResults): Verdict {
  validate(a, "first result");
  validate(b, "second result");
  if (a.scale === b.scale) throw new Error(`both results are at scale ${a.scale}: growth needs two scales`);
  const [small, large] = a.scale < b.scale ? [a, b] : [b, a];
  const byName = new Map(large.shapes.map((s) => [s.name, s]));
  const shapes: ShapeVerdict[] = [];
  for (const s of small.shapes) {
    const l = byName.get(s.name);
    if (!l) continue;
    const growth = (x: number, y: number) => {
      const value = x > 0 ? round2(y / x) : Number.POSITIVE_INFINITY;
      return { value, met: value <= TARGET_RULES.growth };
    };
    shapes.push({
      name: s.name,
      overAnchor: [checkAtLeast(ratio(s.oursOverAnchor, s.ours.rps, s.neo4jGraphql.rps), TARGET_RULES.overAnchor), checkAtLeast(ratio(l.oursOverAnchor, l.ours.rps, l.neo4jGraphql.rps), TARGET_RULES.overAnchor)],
      overRaw: [checkAtLeast(ratio(s.oursOverRaw, s.ours.rps, s.raw.rps), TARGET_RULES.overRaw), checkAtLeast(ratio(l.oursOverRaw, l.ours.rps, l.raw.rps), TARGET_RULES.overRaw)],
      p99: { value: l.ours.p99, met: l.ours.p99 < TARGET_RULES.p99Ms, anchor: l.neo4jGraphql.p99, raw: l.raw.p99 },
      growth: { p50: growth(s.ours.p50, l.ours.p50), p99: growth(s.ours.p99, l.ours.p99) },
      roundTrips: [s.ours.roundTrips, l.ours.roundTrips],
    });
  }
  const judged = new Set(shapes.map((s) => s.name));
  const unmatched = [...new Set([...small.shapes, ...large.shapes].map((s) => s.name))].filter((n) => !judged.has(n));
  const split = (ok: (v: ShapeVerdict) => boolean) => ({ met: shapes.filter(ok).map((v) => v.name), notMet: shapes.filter((v) => !ok(v)).map((v) => v.name) });
  const caveats: string[] = [];
  if (large.connections !== TARGET_RULES.connections) {
    caveats.push(`the larger scale ran at ${large.connections} connections; the p99 target is worded for ${TARGET_RULES.connections}`);
  }
  if (small.connections !== large.connections) caveats.push(`the two scales ran at different connections (${small.connections}, ${large.connections}): growth compares unlike loads`);
  return {
    scales: [small.scale, large.scale],
    connections: [small.connections, large.connections],
    at: [small.at ?? null, large.at ?? null],
    shapes,
    unmatched,
    summary: {
      overAnchor: split((v) => v.overAnchor.every((c) => c.met)),
      overRaw: split((v) => v.overRaw.every((c) => c.met)),
      p99: split((v) => v.p99.met),
      growth: split((v) => v.growth.p50.met && v.growth.p99.met),
    },
    caveats,
  };
}

/** The verdict as a plain-text table. */
export function formatVerdict(v: Verdict): string {
  const [s, l] = v.scales;
  const mark = (c: Check) => `${c.value.toFixed(2)}${c.met ? "" : "*"}`;
  const rows: string[][] = [
    ["shape", `ours/anchor ≥ ${TARGET_RULES.overAnchor}`, `ours/raw ≥ ${TARGET_RULES.overRaw}`, `p99 at ${l} < ${TARGET_RULES.p99Ms} ms (anchor, raw)`, `growth p50 / p99 ≤ ${TARGET_RULES.growth}`, "round trips"],
    ...v.shapes.map((x) => [
      x.name,
      `${mark(x.overAnchor[0])} / ${mark(x.overAnchor[1])}`,
      `${mark(x.overRaw[0])} / ${mark(x.overRaw[1])}`,
      `${x.p99.value}${x.p99.met ? "" : "*"} (${x.p99.anchor}, ${x.p99.raw})`,
      `${mark(x.growth.p50)} / ${mark(x.growth.p99)}`,
      `${x.roundTrips[0]} / ${x.roundTrips[1]}`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = [`targets of issue 7, scales ${s} and ${l} (* = not met)`, ...rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join(" | ").trimEnd())];
  const names: Record<keyof Verdict["summary"], string> = {
    overAnchor: `≥ ${TARGET_RULES.overAnchor}× @neo4j/graphql at both scales`,
    overRaw: `≥ ${TARGET_RULES.overRaw}× raw Cypher at both scales`,
    p99: `p99 < ${TARGET_RULES.p99Ms} ms at ${l}`,
    growth: `latency at ${l} within ${TARGET_RULES.growth}× of ${s}`,
  };
  for (const key of Object.keys(names) as Array<keyof Verdict["summary"]>) {
    const { met, notMet } = v.summary[key];
    lines.push(`${names[key]}: ${met.length} of ${v.shapes.length} shapes${notMet.length ? ` (not: ${notMet.join(", ")})` : ""}`);
  }
  if (v.unmatched.length) lines.push(`not judged (in one result only): ${v.unmatched.join(", ")}`);
  for (const c of v.caveats) lines.push(`caveat: ${c}`);
  return `${lines.join("\n")}\n`;
}
