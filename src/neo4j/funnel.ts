/**
 * The one way into Neo4j. `readQuery` runs each statement of a unit of work
 * as an auto-commit transaction in a READ session (routed to readers, one
 * exchange with the server per statement) and retries the whole unit on
 * transient failures; `writeQuery` runs its unit in one managed transaction
 * (`executeWrite`: all or nothing, retried by the driver). Both stamp
 * transaction metadata, count round trips for the request, convert values at
 * the boundary and map driver errors by their `code`.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, Neo4jError } from "neo4j-driver";
import { ConflictError, InputError, ServiceUnavailableError } from "../lib/errors";
import { type Plain, recordToPlain } from "./values";
import type { FirstRunGate } from "./firstRunGate";
import type { WriteGate } from "./writeGate";

export interface Db {
  driver: Driver;
  database: string | undefined;
  /** Bounds this process's concurrent write transactions (writeGate.ts); none: unbounded (seed loader, benchmarks' generator). */
  writeGate?: WriteGate;
  /** Holds back reads whose statement another request is running for the first time (firstRunGate.ts); none: no holding back. */
  firstRuns?: FirstRunGate;
}

/** Per-request bookkeeping: how many statements went to Neo4j. */
export interface QueryStats {
  roundTrips: number;
}

export interface QueryScope {
  db: Db;
  stats: QueryStats;
  /** Stamped on every transaction as metadata, to find a request in Neo4j's query log. */
  requestId?: string;
  /**
   * Causal consistency for a request (docs/deployment.md): every session of
   * the scope shares it, so a read after a write in the same request waits for
   * that write on whichever cluster member serves it, and it starts from the
   * bookmarks the client sent back from an earlier write.
   */
  bookmarks?: BookmarkManager;
}

export type Row = Record<string, Plain>;

/** A transaction as the named queries see it: parameterised Cypher in, plain rows out. */
export interface Tx {
  run<T = Row>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

/**
 * Runs `start` (which hands a statement to the driver) without capturing a
 * stack trace. neo4j-driver captures and formats the caller's stack for
 * every statement, only to put it on an error should one come back; with the
 * source maps of a TypeScript run that was about 5 % of the API's CPU per
 * request (docs/benchmarks.md). A Neo4j error then carries no caller's stack:
 * the statement's name (transaction metadata) says where it came from.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function wrap(tx: ManagedTransaction, stats: QueryStats): Tx {
  return {
    async run<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
      stats.roundTrips += 1;
      const result = await withoutCallerStack(() => tx.run(cypher, params));
      return result.records.map((r) => recordToPlain<T>(r));
    },
  };
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
]);

/** Maps a driver error to a domain error by code; anything unknown is rethrown (and masked later). */
export function mapDriverError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code;
  if (UNAVAILABLE_CODES.has(code) || neo4j.isRetryableError(err)) {
    return new ServiceUnavailableError("The graph database is unavailable; try again shortly.");
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new ConflictError("The write conflicts with an existing fact (a unique id is taken).");
  }
  if (code === "Neo.ClientError.Transaction.InvalidBookmark" || code === "Neo.ClientError.Transaction.InvalidBookmarkMixture") {
    return new InputError("The x-neo4j-bookmark header holds a bookmark this database did not issue.", { header: "x-neo4j-bookmark" });
  }
  if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
    return new ServiceUnavailableError("The query took too long and was stopped.");
  }
  return err;
}

async function runWrite<T>(scope: QueryScope, name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const gate = scope.db.writeGate;
  return gate ? gate.run(() => runWriteNow(scope, name, work)) : runWriteNow(scope, name, work);
}

async function runWriteNow<T>(scope: QueryScope, name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const session = openSession(scope, "WRITE");
  try {
    return await session.executeWrite((tx) => work(wrap(tx, scope.stats)), txConfig(scope, name));
  } catch (err) {
    throw mapDriverError(noteUnavailable(scope.db, err));
  } finally {
    await session.close();
  }
}

/** A server that was unreachable may come back with an empty plan cache: every statement is cold again. */
function noteUnavailable(db: Db, err: unknown): unknown {
  if (db.firstRuns && err instanceof Neo4jError && UNAVAILABLE_CODES.has(err.code)) db.firstRuns.reset();
  return err;
}

function openSession(scope: QueryScope, mode: "READ" | "WRITE") {
  return scope.db.driver.session({
    database: scope.db.database,
    defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    ...(scope.bookmarks ? { bookmarkManager: scope.bookmarks } : {}),
  });
}

function txConfig(scope: QueryScope, name: string) {
  return { metadata: { app: "beslutsgraf", query: name, requestId: scope.requestId ?? null } };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A read: each statement runs as its own auto-commit transaction in a READ
 * session (routed to a reader like `executeRead`, one message exchange fewer:
 * no BEGIN and COMMIT). Neo4j reads are read-committed either way, so a unit
 * of several statements sees nothing different. Transient failures retry the
 * whole unit as `executeRead` would: reads are safe to repeat.
 */
async function runRead<T>(scope: QueryScope, name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const started = Date.now();
  let delay = READ_RETRY.initialDelayMs;
  for (;;) {
    const session = openSession(scope, "READ");
    const config = txConfig(scope, name);
    try {
      return await work({
        async run<R>(cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
          scope.stats.roundTrips += 1;
          const turn = scope.db.firstRuns?.enter(cypher);
          const release = turn && (await turn);
          let result;
          try {
            result = await withoutCallerStack(() => session.run(cypher, params, config));
          } catch (err) {
            release?.(false);
            throw err;
          }
          release?.(true);
          return result.records.map((r) => recordToPlain<R>(r));
        },
      });
    } catch (err) {
      noteUnavailable(scope.db, err);
      if (!neo4j.isRetryableError(err) || Date.now() - started + delay > READ_RETRY.maxTimeMs) throw mapDriverError(err);
    } finally {
      await session.close();
    }
    await sleep(delay * (0.8 + Math.random() * 0.4));
    delay *= 2;
  }
}

/** Mirrors the driver's own retry of managed transactions (driver.ts sets the same limit). */
export const READ_RETRY = { maxTimeMs: 5_000, initialDelayMs: 1_000 };

export function readQuery<T>(scope: QueryScope, name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return runRead(scope, name, work);
}

export function writeQuery<T>(scope: QueryScope, name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return runWrite(scope, name, work);
}

/**
 * A statement that commits in batches itself (`CALL … IN TRANSACTIONS`, for
 * data migrations over a whole label): Neo4j runs those only in an
 * auto-commit transaction, so this is the one place that opens one. Not for
 * requests: it is not retried, and it is not one unit of work.
 */
export async function runBatched(scope: QueryScope, name: string, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = scope.db.driver.session({ database: scope.db.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    scope.stats.roundTrips += 1;
    await session.run({ text: cypher, parameters: params }, { metadata: { app: "beslutsgraf", query: name, requestId: scope.requestId ?? null } });
  } catch (err) {
    throw mapDriverError(err);
  } finally {
    await session.close();
  }
}

/** A scope for work outside a request (boot, seed loader, tests). */
export function systemScope(db: Db, requestId = "system"): QueryScope {
  return { db, stats: { roundTrips: 0 }, requestId };
}
