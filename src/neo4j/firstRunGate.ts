/**
 * One request at a time runs a statement this process has not yet seen
 * answered; the others with the same statement text wait until it has.
 *
 * Neo4j plans a statement the first time it sees its text and then serves it
 * from its plan cache, but requests that arrive together before the first
 * plan is cached each plan it again, on the same cores. On the bench machine
 * (2 cores), 32 requests of one shape sent at once to a Neo4j just started
 * took 2.2-10.1 s to the first answer; with the others held back until one
 * had been answered, 0.6-2.4 s (`npm run bench:cold`, docs/benchmarks.md,
 * session 11). Once a statement has been answered it passes straight through.
 *
 * A waiter goes ahead anyway after `maxWaitMs`, so a first run that is slow
 * for its own reasons holds the others back by at most that long. A first run
 * that fails releases the waiters, and the statement stays cold. After Neo4j
 * was unreachable (`reset`) every statement counts as cold again: the server
 * that answers next may have started with an empty plan cache. Plans dropped
 * on a server that stayed up (`db.clearQueryCaches()`, a schema change) it
 * cannot see. Reads only: a write would hold its transaction open while it
 * waited, and writes already queue at the write gate (writeGate.ts).
 */
/** Says the first run is over: `answered` when the statement succeeded. */
export type Release = (answered: boolean) => void;

export class FirstRunGate {
  private readonly answered = new Set<string>();
  private readonly running = new Map<string, Promise<void>>();
  private waitedTotal = 0;

  /**
   * @param maxWaitMs how long a request waits for another's first run of its statement; 0 turns the gate off
   * @param maxStatements statement texts remembered as answered; past that the memory starts over
   */
  constructor(
    readonly maxWaitMs: number,
    private readonly maxStatements = 10_000,
  ) {}

  /** Requests that waited for another's first run of their statement, since the start. */
  get waited(): number {
    return this.waitedTotal;
  }

  /**
   * Call before sending `statement`. Undefined when it may go at once without
   * a release to call (answered before, or the gate is off); otherwise a
   * promise of the release, to call with whether it succeeded once the
   * statement's answer or error is in (undefined again for a waiter).
   */
  enter(statement: string): Promise<Release | undefined> | undefined {
    if (this.maxWaitMs === 0 || this.answered.has(statement)) return undefined;
    return this.turn(statement);
  }

  private async turn(statement: string): Promise<Release | undefined> {
    const first = this.running.get(statement);
    if (first) {
      this.waitedTotal += 1;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([first, new Promise<void>((resolve) => (timer = setTimeout(resolve, this.maxWaitMs)))]);
      clearTimeout(timer);
      return undefined;
    }
    let release!: () => void;
    this.running.set(statement, new Promise<void>((resolve) => (release = resolve)));
    return (answered) => {
      if (answered) {
        if (this.answered.size >= this.maxStatements) this.answered.clear();
        this.answered.add(statement);
      }
      this.running.delete(statement);
      release();
    };
  }

  /** Every statement counts as cold again. */
  reset(): void {
    this.answered.clear();
  }
}
