/**
 * Reads run as auto-commit statements with the funnel's own retry
 * (funnel.ts), against the real test Neo4j: a unit of work that fails with a
 * transient error is run again from the start and its answer is the second
 * run's; any other error is not retried and reaches the caller once.
 */
import neo4j, { Neo4jError } from "neo4j-driver";
import { testDriver } from "../../test/helpers/api";
import { readQuery, systemScope, withoutCallerStack, writeQuery } from "./funnel";
import { ServiceUnavailableError } from "../lib/errors";
import { FirstRunGate } from "./firstRunGate";
import { WriteGate } from "./writeGate";

describe("readQuery", () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it("runs every statement of a unit and counts each as a round trip", async () => {
    const scope = systemScope({ driver, database: undefined });
    const rows = await readQuery(scope, "funnel-test", async (tx) => {
      const [a] = await tx.run<{ x: number }>("RETURN $n AS x", { n: 2 });
      return tx.run<{ y: number }>("RETURN $a * 10 AS y", { a: a!.x });
    });
    expect(rows).toEqual([{ y: 20 }]);
    expect(scope.stats.roundTrips).toBe(2);
  });

  it("runs the unit again after a transient failure and answers with the second run", async () => {
    const scope = systemScope({ driver, database: undefined });
    let attempts = 0;
    const rows = await readQuery(scope, "funnel-test", async (tx) => {
      attempts += 1;
      const found = await tx.run<{ attempt: number }>("RETURN $attempt AS attempt", { attempt: attempts });
      if (attempts === 1) throw new Neo4jError("lost the leader", "Neo.TransientError.Cluster.NotALeader", "50N00", "error: general processing exception");
      return found;
    });
    expect(attempts).toBe(2);
    expect(rows).toEqual([{ attempt: 2 }]);
    expect(scope.stats.roundTrips).toBe(2);
  });

  it("does not retry an error that is not transient", async () => {
    const scope = systemScope({ driver, database: undefined });
    let attempts = 0;
    await expect(
      readQuery(scope, "funnel-test", async (tx) => {
        attempts += 1;
        return tx.run("RETURN nosuchfunction(1) AS x");
      }),
    ).rejects.toMatchObject({ code: "Neo.ClientError.Statement.SyntaxError" });
    expect(attempts).toBe(1);
  });

  it("gives up with SERVICE_UNAVAILABLE when Neo4j cannot be reached, and counts every statement as cold again", async () => {
    // Port 1 on loopback: nothing listens there.
    const down = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "unused"), { connectionTimeout: 500 });
    const firstRuns = new FirstRunGate(10_000);
    (await firstRuns.enter("RETURN 1"))!(true);
    expect(firstRuns.enter("RETURN 1")).toBeUndefined();
    try {
      const started = Date.now();
      await expect(readQuery(systemScope({ driver: down, database: undefined, firstRuns }), "funnel-test", (tx) => tx.run("RETURN 1"))).rejects.toBeInstanceOf(
        ServiceUnavailableError,
      );
      // It retried for a while (the first pause alone is about a second) before giving up.
      expect(Date.now() - started).toBeGreaterThan(700);
      // The server that answers next may have started with an empty plan cache.
      expect(firstRuns.enter("RETURN 1")).toBeInstanceOf(Promise);
    } finally {
      await down.close();
    }
  });
});

describe("readQuery behind the first-run gate", () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  /** The real driver, with each session.run's start and answer logged in order. */
  function loggingDriver(log: string[]) {
    let n = 0;
    return new Proxy(driver, {
      get(target, prop, receiver) {
        if (prop !== "session") return Reflect.get(target, prop, receiver);
        return (config: Parameters<typeof driver.session>[0]) => {
          const session = target.session(config);
          const run = session.run.bind(session);
          session.run = ((...args: Parameters<typeof session.run>) => {
            const i = ++n;
            log.push(`start ${i}`);
            const result = run(...args);
            result.then(() => log.push(`answer ${i}`), () => log.push(`error ${i}`));
            return result;
          }) as typeof session.run;
          return session;
        };
      },
    });
  }

  it("sends a statement not yet answered once, and the requests that came with it after its answer", async () => {
    const log: string[] = [];
    const db = { driver: loggingDriver(log), database: undefined, firstRuns: new FirstRunGate(30_000) };
    // A text this process has not sent before.
    const cypher = `UNWIND range(1, $n) AS i RETURN sum(i) AS total, '${marker()}' AS tag`;
    const read = () => readQuery(systemScope(db), "funnel-test", (tx) => tx.run<{ total: number }>(cypher, { n: 1000 }));
    const answers = await Promise.all([read(), read(), read(), read()]);
    expect(answers.map((a) => a[0]!.total)).toEqual([500500, 500500, 500500, 500500]);
    expect(log.slice(0, 2)).toEqual(["start 1", "answer 1"]);
    expect(log.slice(2).filter((e) => e.startsWith("start")).length).toBe(3);
    expect(db.firstRuns.waited).toBe(3);
    // Answered once: the next requests go together.
    log.length = 0;
    await Promise.all([read(), read(), read()]);
    expect(log.slice(0, 3).every((e) => e.startsWith("start"))).toBe(true);
    expect(db.firstRuns.waited).toBe(3);
  });

  it("lets the others go when the first run fails", async () => {
    const log: string[] = [];
    const db = { driver: loggingDriver(log), database: undefined, firstRuns: new FirstRunGate(30_000) };
    const cypher = `RETURN 1 / toInteger($zero) AS x, '${marker()}' AS tag`;
    const read = () => readQuery(systemScope(db), "funnel-test", (tx) => tx.run(cypher, { zero: 0 }));
    const results = await Promise.allSettled([read(), read(), read()]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(log.slice(0, 2)).toEqual(["start 1", "error 1"]);
    expect(log.filter((e) => e.startsWith("error")).length).toBe(3);
  });
});

let markers = 0;
const marker = () => `first-run-${process.pid}-${Date.now().toString(36)}-${++markers}`;

describe("withoutCallerStack", () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it("captures no stack while a statement starts, and restores the limit after reads, writes and failures", async () => {
    const limit = Error.stackTraceLimit;
    expect(withoutCallerStack(() => new Error("x").stack)).toBe("Error: x");
    expect(() => withoutCallerStack(() => { throw new Error("inside"); })).toThrow("inside");
    expect(Error.stackTraceLimit).toBe(limit);
    const scope = systemScope({ driver, database: undefined });
    await readQuery(scope, "funnel-test", (tx) => tx.run("RETURN 1 AS x"));
    await writeQuery(scope, "funnel-test", (tx) => tx.run("RETURN 1 AS x"));
    await expect(readQuery(scope, "funnel-test", (tx) => tx.run("RETURN nosuchfunction(1) AS x"))).rejects.toMatchObject({ code: "Neo.ClientError.Statement.SyntaxError" });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error("y").stack).toMatch(/funnel\.int\.test/);
  });
});

describe("writeQuery behind the write gate", () => {
  const driver = testDriver();
  const marker = `gate-test-${Date.now().toString(36)}`;
  afterAll(async () => {
    await writeQuery(systemScope({ driver, database: undefined }), "funnel-test", (tx) => tx.run("MATCH (n:GateProbe {marker: $marker}) DETACH DELETE n", { marker }));
    await driver.close();
  });
  const count = async () => {
    const [row] = await readQuery(systemScope({ driver, database: undefined }), "funnel-test", (tx) =>
      tx.run<{ n: number }>("MATCH (n:GateProbe {marker: $marker}) RETURN count(n) AS n", { marker }),
    );
    return row!.n;
  };

  it("runs no more than the limit's transactions in Neo4j at once, and commits every one", async () => {
    const db = { driver, database: undefined, writeGate: new WriteGate(2, 30_000) };
    let inside = 0, most = 0;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        writeQuery(systemScope(db), "funnel-test", async (tx) => {
          inside += 1;
          most = Math.max(most, inside);
          await tx.run("CREATE (:GateProbe {marker: $marker, i: $i})", { marker, i });
          await new Promise((r) => setTimeout(r, 20));
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(await count()).toBe(8);
  });

  it("refuses a write that waits too long with SERVICE_UNAVAILABLE, and nothing of it is written", async () => {
    const before = await count();
    const db = { driver, database: undefined, writeGate: new WriteGate(1, 100) };
    const slow = writeQuery(systemScope(db), "funnel-test", async (tx) => {
      await tx.run("CREATE (:GateProbe {marker: $marker, slow: true})", { marker });
      await new Promise((r) => setTimeout(r, 400));
    });
    const waiting = writeQuery(systemScope(db), "funnel-test", (tx) => tx.run("CREATE (:GateProbe {marker: $marker, late: true})", { marker }));
    await expect(waiting).rejects.toBeInstanceOf(ServiceUnavailableError);
    await slow;
    expect(await count()).toBe(before + 1);
    const [late] = await readQuery(systemScope(db), "funnel-test", (tx) =>
      tx.run<{ n: number }>("MATCH (n:GateProbe {marker: $marker, late: true}) RETURN count(n) AS n", { marker }),
    );
    expect(late!.n).toBe(0);
  });
});
