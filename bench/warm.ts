/**
 * Warm until steady. Under load, Neo4j plans each statement, compiles its
 * expressions, and its JVM keeps JIT-compiling the hot paths for tens of
 * seconds: in session 15 the decisions page statement's Neo4j CPU per
 * statement fell from 7.6 to 1.0 ms over its first 25 s at 32 connections
 * (raw Cypher's from 4.0 to 0.76), while a fixed warm-up of 6 s left it at
 * 3 ms and made the GraphQL paths, whose statements are longer, look slower
 * than they are. A longer fixed warm-up would waste minutes on the shapes
 * that are warm at once, so each cell is loaded in short slices until its
 * throughput stops climbing: `steady()` decides, from the slices so far.
 */
import type { LoadResult } from "./loadClient";

export interface SteadyRule {
  /** A slice counts as a climb only when it beats the best earlier slice by more than this share. */
  tolerance: number;
  /** Steady once this many slices in a row have not climbed. */
  patience: number;
  /** Never steady before this many slices. */
  minSlices: number;
  /** Give up (not steady) after this many slices. */
  maxSlices: number;
}

export const DEFAULT_RULE: SteadyRule = { tolerance: 0.03, patience: 3, minSlices: 4, maxSlices: 30 };

/** "steady": throughput stopped climbing; "capped": maxSlices reached while still climbing; "warming": load another slice. */
export type WarmState = "steady" | "capped" | "warming";

/** From the requests per second of the slices so far, oldest first: is the cell warm? */
export function steady(rps: readonly number[], rule: SteadyRule = DEFAULT_RULE): WarmState {
  for (const [k, v] of Object.entries(rule)) {
    if (!Number.isFinite(v) || v < 0) throw new Error(`steady: rule.${k} must be a finite number >= 0, got ${v}`);
  }
  if (rule.patience < 1) throw new Error(`steady: rule.patience must be at least 1, got ${rule.patience}`);
  if (rps.length >= rule.minSlices && rps.length > rule.patience) {
    const best = Math.max(...rps.slice(0, rps.length - rule.patience));
    const recent = rps.slice(rps.length - rule.patience);
    if (recent.every((r) => r <= best * (1 + rule.tolerance))) return "steady";
  }
  return rps.length >= rule.maxSlices ? "capped" : "warming";
}

export interface Warmed {
  /** Requests per second of each slice, oldest first. */
  slices: number[];
  state: Exclude<WarmState, "warming">;
  seconds: number;
}

/** Loads one cell in slices (each `run()` one slice) until `steady()` says it is warm or capped. */
export async function warmUntilSteady(run: () => Promise<LoadResult>, sliceSeconds: number, rule: SteadyRule = DEFAULT_RULE): Promise<Warmed> {
  const slices: number[] = [];
  for (;;) {
    const r = await run();
    if (r.errors > 0) throw new Error(`warm-up slice answered with ${r.errors} errors`);
    slices.push(r.rps);
    const state = steady(slices, rule);
    if (state !== "warming") return { slices, state, seconds: slices.length * sliceSeconds };
  }
}
