import { type BenchResults, formatVerdict, judgeTargets, type ShapeResult } from "../../bench/targets";

const path = (rps: number, p50: number, p99: number) => ({ rps, p50, p99, roundTrips: 1 });

function shape(name: string, ours: [number, number, number], anchor: [number, number, number], raw: [number, number, number], extra: Partial<ShapeResult> = {}): ShapeResult {
  return { name, ours: path(...ours), neo4jGraphql: path(...anchor), raw: path(...raw), ...extra };
}

const results = (scale: number, at: string, shapes: ShapeResult[]): BenchResults => ({ scale, connections: 32, at, shapes });

// Each shape at the smaller scale, then at the larger.
const fast = [
  // meets everything at both scales: p50 30 over 20 is exactly the 1.5× allowed; p99 49 under 50
  shape("fast", [700, 20, 40], [300, 50, 90], [900, 15, 30]),
  shape("fast", [700, 30, 49], [100, 100, 300], [800, 20, 40]),
];
const search = [
  // 1.4× the anchor at the smaller scale (given ratios win over rps ratios); p99 grows 40 → 62 ms: over 1.5×, and over 50 ms
  shape("search", [700, 20, 40], [500, 30, 60], [1400, 10, 20], { oursOverAnchor: 1.4, oursOverRaw: 0.5 }),
  shape("search", [650, 22, 62], [400, 35, 80], [1300, 11, 25], { oursOverAnchor: 1.6, oursOverRaw: 0.5 }),
];
const small = results(10_000, "2026-12-03T13:33:23.291Z", [fast[0]!, search[0]!, shape("onlySmall", [1, 1, 1], [1, 1, 1], [1, 1, 1])]);
const large = results(1_000_000, "2026-12-03T13:54:31.181Z", [fast[1]!, search[1]!]);

describe("judgeTargets(): issue 7's targets from two bench results", () => {
  it("judges each shape at both scales, in either argument order", () => {
    for (const v of [judgeTargets(small, large), judgeTargets(large, small)]) {
      expect(v.scales).toEqual([10_000, 1_000_000]);
      const fast = v.shapes.find((s) => s.name === "fast")!;
      expect(fast.overAnchor).toEqual([{ value: 2.33, met: true }, { value: 7, met: true }]);
      expect(fast.overRaw).toEqual([{ value: 0.78, met: true }, { value: 0.88, met: true }]);
      expect(fast.p99).toEqual({ value: 49, met: true, anchor: 300, raw: 40 });
      expect(fast.growth).toEqual({ p50: { value: 1.5, met: true }, p99: { value: 1.23, met: true } });
      const search = v.shapes.find((s) => s.name === "search")!;
      expect(search.overAnchor).toEqual([{ value: 1.4, met: false }, { value: 1.6, met: true }]);
      expect(search.overRaw.map((c) => c.met)).toEqual([false, false]);
      expect(search.p99).toMatchObject({ value: 62, met: false });
      expect(search.growth.p99).toEqual({ value: 1.55, met: false });
      expect(v.unmatched).toEqual(["onlySmall"]);
      expect(v.summary).toEqual({
        overAnchor: { met: ["fast"], notMet: ["search"] },
        overRaw: { met: ["fast"], notMet: ["search"] },
        p99: { met: ["fast"], notMet: ["search"] },
        growth: { met: ["fast"], notMet: ["search"] },
      });
      expect(v.caveats).toEqual([]);
    }
  });

  it("says when the runs do not match the wording of the targets", () => {
    const v = judgeTargets(small, { ...large, connections: 64 });
    expect(v.caveats).toEqual([
      "the larger scale ran at 64 connections; the p99 target is worded for 32",
      "the two scales ran at different connections (32, 64): growth compares unlike loads",
    ]);
  });

  it("refuses results that cannot be judged, saying which and why", () => {
    expect(() => judgeTargets(small, { ...large, scale: 10_000 })).toThrow("both results are at scale 10000: growth needs two scales");
    expect(() => judgeTargets(small, { scale: 5 } as BenchResults)).toThrow("second result: not a bench result (needs scale and shapes)");
    const broken = { ...large, shapes: [{ ...large.shapes[0]!, raw: { rps: 1, p50: Number.NaN, p99: 1, roundTrips: 1 } }] };
    expect(() => judgeTargets(broken, small)).toThrow("first result: shape fast has no rps, p50 and p99 for raw");
  });

  it("prints a table marking what is not met, and a line per target", () => {
    const text = formatVerdict(judgeTargets(small, large));
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("targets of issue 7, scales 10000 and 1000000 (* = not met)");
    expect(lines.find((l) => l.startsWith("search "))).toMatch(/^search +\| 1\.40\* \/ 1\.60 +\| 0\.50\* \/ 0\.50\* +\| 62\* \(80, 25\) +\| 1\.10 \/ 1\.55\* +\| 1 \/ 1$/);
    expect(lines).toContain("≥ 1.5× @neo4j/graphql at both scales: 1 of 2 shapes (not: search)");
    expect(lines).toContain("latency at 1000000 within 1.5× of 10000: 1 of 2 shapes (not: search)");
    expect(lines).toContain("not judged (in one result only): onlySmall");
  });
});
