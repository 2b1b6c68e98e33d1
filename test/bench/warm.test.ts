import { DEFAULT_RULE, steady, warmUntilSteady } from "../../bench/warm";
import type { LoadResult } from "../../bench/loadClient";

const rule = { tolerance: 0.03, patience: 3, minSlices: 4, maxSlices: 10 };

describe("steady(): has a benchmark cell's throughput stopped climbing?", () => {
  it("keeps warming while the slices still climb", () => {
    // session 15's shape: Neo4j's CPU per statement halving slice after slice
    expect(steady([100, 180, 260, 330], rule)).toBe("warming");
    expect(steady([100, 180, 260, 330, 400, 420], rule)).toBe("warming");
  });

  it("is steady once `patience` slices in a row do not beat the best earlier one by more than the tolerance", () => {
    expect(steady([100, 180, 260, 330, 400, 405, 398, 411], rule)).toBe("steady");
    // 413 is more than 3 % above 400: still climbing
    expect(steady([100, 180, 260, 330, 400, 405, 398, 413], rule)).toBe("warming");
  });

  it("takes a dip for no climb, and a climb after a dip resets the count", () => {
    expect(steady([300, 310, 250, 260, 309], rule)).toBe("steady");
    expect(steady([300, 310, 250, 330, 320, 331], rule)).toBe("warming");
    expect(steady([300, 310, 250, 330, 320, 331, 335], rule)).toBe("steady");
  });

  it("is never steady before minSlices, even on a flat start", () => {
    expect(steady([500, 500, 500], { ...rule, patience: 1 })).toBe("warming");
    expect(steady([500, 500, 500, 500], { ...rule, patience: 1 })).toBe("steady");
  });

  it("caps at maxSlices and says so, rather than calling a still-climbing cell steady", () => {
    const climbing = Array.from({ length: 10 }, (_, i) => 100 * 1.1 ** i);
    expect(steady(climbing.slice(0, 9), rule)).toBe("warming");
    expect(steady(climbing, rule)).toBe("capped");
  });

  it("rejects a rule it cannot apply, naming the field", () => {
    expect(() => steady([1, 2, 3], { ...rule, patience: 0 })).toThrow(/rule\.patience must be at least 1/);
    expect(() => steady([1, 2, 3], { ...rule, tolerance: Number.NaN })).toThrow(/rule\.tolerance must be a finite number/);
  });

  it("has defaults that wait at least patience + 1 slices", () => {
    expect(DEFAULT_RULE.minSlices).toBeGreaterThan(DEFAULT_RULE.patience);
  });
});

describe("warmUntilSteady()", () => {
  const slice = (rps: number, errors = 0): LoadResult => ({ rps, p50: 1, p90: 1, p99: 1, max: 1, requests: rps, errors });

  it("loads slices until steady and reports them and the seconds spent", async () => {
    const plan = [100, 200, 300, 305, 303, 306, 999];
    let i = 0;
    const warmed = await warmUntilSteady(async () => slice(plan[i++]!), 2, rule);
    expect(warmed).toEqual({ slices: [100, 200, 300, 305, 303, 306], state: "steady", seconds: 12 });
    expect(i).toBe(6);
  });

  it("fails on a slice with errors: a path that answers with errors would warm up fast", async () => {
    await expect(warmUntilSteady(async () => slice(100, 4), 2, rule)).rejects.toThrow(/4 errors/);
  });
});
