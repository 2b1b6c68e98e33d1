/**
 * Admission control for writes: at most `limit` write transactions of this
 * process run in Neo4j at once; the rest wait their turn in arrival order.
 *
 * Concurrent writers that insert neighbouring keys (ids sharing a prefix, as
 * ids made by one client do) contend for the same leaf of Neo4j's uniqueness
 * indexes, and past a few writers the database spends its CPU on that
 * contention: on the bench machine (2 cores) 20 concurrent writers committed
 * 7-9 writes/s where 5 committed 13-15, and the reads running beside them
 * slowed from tens of milliseconds to a second. Queued here, the same load
 * commits more writes and leaves Neo4j's CPU to the reads
 * (docs/benchmarks.md, session 5). Already at 4 writers the commit's
 * full-text index update costs more per write the more run at once: Neo4j
 * CPU per `recordDecision` 15-25 ms with 1-2 at once, 40-48 ms with 4 on the
 * bench database (the same statements without the indexed search text: 3 ms
 * at 1-4), so 2 at once commit the most (docs/benchmarks.md, session 19,
 * `npm run bench:write`).
 *
 * A write that waits longer than `maxWaitMs` is refused with
 * SERVICE_UNAVAILABLE without having started, so nothing of it is written.
 * `limit` 0 turns the gate off.
 */
import { ServiceUnavailableError } from "../lib/errors";

export class WriteGate {
  private running = 0;
  private readonly queue: Array<{ start: () => void }> = [];

  constructor(
    readonly limit: number,
    readonly maxWaitMs: number,
  ) {}

  /** Writes running now. */
  get active(): number {
    return this.running;
  }

  /** Writes waiting for their turn. */
  get waiting(): number {
    return this.queue.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.limit === 0) return work();
    if (this.running >= this.limit) await this.turn();
    else this.running += 1;
    try {
      return await work();
    } finally {
      // The permit passes straight to the next in line, or is given back.
      const next = this.queue.shift();
      if (next) next.start();
      else this.running -= 1;
    }
  }

  private turn(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(entry), 1);
        reject(new ServiceUnavailableError(`Too many writes are waiting for the graph database (${this.maxWaitMs} ms in line); nothing was written, try again shortly.`));
      }, this.maxWaitMs);
      this.queue.push(entry);
    });
  }
}
