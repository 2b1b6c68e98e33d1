/**
 * The write gate on its own (writeGate.ts): how many run at once, in which
 * order the rest start, and what a write that waits too long gets. Its use
 * against Neo4j is in funnel.int.test.ts.
 */
import { ServiceUnavailableError } from "../lib/errors";
import { WriteGate } from "./writeGate";

/** A unit of work that runs until released, recording when it starts. */
function held(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return {
    work: async () => {
      log.push(name);
      await done;
      return name;
    },
    release: () => release(),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("WriteGate", () => {
  it("runs at most `limit` at once and starts the rest in arrival order", async () => {
    const gate = new WriteGate(2, 10_000);
    const started: string[] = [];
    const units = ["a", "b", "c", "d", "e"].map((n) => held(started, n));
    const results = units.map((u) => gate.run(u.work));
    await tick();
    expect(started).toEqual(["a", "b"]);
    expect([gate.active, gate.waiting]).toEqual([2, 3]);
    units[1]!.release();
    await tick();
    expect(started).toEqual(["a", "b", "c"]);
    units[0]!.release();
    units[2]!.release();
    await tick();
    expect(started).toEqual(["a", "b", "c", "d", "e"]);
    expect([gate.active, gate.waiting]).toEqual([2, 0]);
    units[3]!.release();
    units[4]!.release();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d", "e"]);
    expect([gate.active, gate.waiting]).toEqual([0, 0]);
  });

  it("gives the turn on after a failed write too", async () => {
    const gate = new WriteGate(1, 10_000);
    const failing = gate.run(async () => {
      throw new Error("constraint");
    });
    const next = gate.run(async () => "next");
    await expect(failing).rejects.toThrow("constraint");
    await expect(next).resolves.toBe("next");
    expect(gate.active).toBe(0);
  });

  it("refuses a write that waited longer than maxWaitMs, without running it, and keeps the line moving", async () => {
    const gate = new WriteGate(1, 50);
    const started: string[] = [];
    const first = held(started, "first");
    const running = gate.run(first.work);
    const late = gate.run(async () => {
      started.push("late");
      return "late";
    });
    await expect(late).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(late).rejects.toThrow(/Too many writes are waiting .*50 ms.*nothing was written/);
    expect(gate.waiting).toBe(0);
    first.release();
    await expect(running).resolves.toBe("first");
    await expect(gate.run(async () => "after")).resolves.toBe("after");
    expect(started).toEqual(["first"]);
  });

  it("limit 0 lets every write through at once", async () => {
    const gate = new WriteGate(0, 50);
    const started: string[] = [];
    const units = Array.from({ length: 20 }, (_, i) => held(started, `w${i}`));
    const results = units.map((u) => gate.run(u.work));
    await tick();
    expect(started).toHaveLength(20);
    units.forEach((u) => u.release());
    expect(await Promise.all(results)).toHaveLength(20);
  });
});
