/**
 * The first-run gate on its own (firstRunGate.ts): who waits for whom, for
 * how long, and what a failure or a reset changes. Its use against Neo4j is
 * in funnel.int.test.ts.
 */
import { FirstRunGate } from "./firstRunGate";

const tick = () => new Promise((r) => setImmediate(r));

/** Enters the gate and records when the caller may send its statement. */
async function send(gate: FirstRunGate, statement: string, log: string[], name: string) {
  const turn = gate.enter(statement);
  const release = turn && (await turn);
  log.push(name);
  return release;
}

describe("FirstRunGate", () => {
  it("sends the first run of a statement alone and the others with it once it is answered", async () => {
    const gate = new FirstRunGate(10_000);
    const log: string[] = [];
    const first = send(gate, "MATCH (a) RETURN a", log, "a1");
    const others = [send(gate, "MATCH (a) RETURN a", log, "a2"), send(gate, "MATCH (a) RETURN a", log, "a3")];
    const unrelated = send(gate, "MATCH (b) RETURN b", log, "b1");
    await tick();
    expect(log).toEqual(["a1", "b1"]);
    expect(gate.waited).toBe(2);
    (await first)!(true);
    await Promise.all(others);
    expect(log).toEqual(["a1", "b1", "a2", "a3"]);
    // The waiters have nothing to release, and an answered statement goes at once, without a promise.
    expect(await others[0]).toBeUndefined();
    expect(gate.enter("MATCH (a) RETURN a")).toBeUndefined();
    (await unrelated)!(true);
    expect(gate.waited).toBe(2);
  });

  it("lets the waiters go when the first run fails, and the statement stays cold", async () => {
    const gate = new FirstRunGate(10_000);
    const log: string[] = [];
    const first = send(gate, "RETURN 1", log, "first");
    const waiter = send(gate, "RETURN 1", log, "waiter");
    await tick();
    expect(log).toEqual(["first"]);
    (await first)!(false);
    await waiter;
    expect(log).toEqual(["first", "waiter"]);
    // Still cold: the next caller runs it first again (it gets a release).
    const again = gate.enter("RETURN 1");
    expect(again).toBeInstanceOf(Promise);
    expect(typeof (await again)).toBe("function");
  });

  it("lets a waiter go after maxWaitMs when the first run takes longer", async () => {
    const gate = new FirstRunGate(50);
    const log: string[] = [];
    const first = await gate.enter("RETURN 2");
    const started = Date.now();
    await send(gate, "RETURN 2", log, "waiter");
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(log).toEqual(["waiter"]);
    first!(true);
  });

  it("makes every statement cold again on reset", async () => {
    const gate = new FirstRunGate(10_000);
    (await gate.enter("RETURN 3"))!(true);
    expect(gate.enter("RETURN 3")).toBeUndefined();
    gate.reset();
    const release = await gate.enter("RETURN 3");
    expect(typeof release).toBe("function");
    const log: string[] = [];
    const waiter = send(gate, "RETURN 3", log, "waiter");
    await tick();
    expect(log).toEqual([]);
    release!(true);
    await waiter;
    expect(log).toEqual(["waiter"]);
  });

  it("holds nobody back when maxWaitMs is 0", async () => {
    const gate = new FirstRunGate(0);
    expect(gate.enter("RETURN 4")).toBeUndefined();
    expect(gate.enter("RETURN 4")).toBeUndefined();
    expect(gate.waited).toBe(0);
  });

  it("starts its memory over past maxStatements, so a long run of distinct texts cannot grow it without end", async () => {
    const gate = new FirstRunGate(10_000, 2);
    for (const s of ["RETURN 5", "RETURN 6"]) (await gate.enter(s))!(true);
    expect(gate.enter("RETURN 5")).toBeUndefined();
    (await gate.enter("RETURN 7"))!(true);
    expect(gate.enter("RETURN 5")).toBeInstanceOf(Promise);
    expect(gate.enter("RETURN 7")).toBeUndefined();
  });
});
