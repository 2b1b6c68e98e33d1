import neo4j, { type Driver } from "neo4j-driver";
import type { Logger } from "pino";
import { READ_RETRY } from "./funnel";

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
  /** Embedded Neo4j runs with auth off on loopback. */
  noAuth?: boolean;
  logger?: Logger;
}

export function createDriver(opts: DriverOptions): Driver {
  const auth = opts.noAuth ? neo4j.auth.basic("neo4j", "unused") : neo4j.auth.basic(opts.user ?? "neo4j", opts.password ?? "");
  return neo4j.driver(opts.uri, auth, {
    userAgent: "beslutsgraf/0.1",
    maxConnectionPoolSize: 64,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Writes retry inside the driver (`executeWrite`), reads in funnel.ts: the same limit for both.
    maxTransactionRetryTime: READ_RETRY.maxTimeMs,
    // Neo4j's query notifications (performance hints, deprecations) are read by nobody here; not
    // asking for them spares the server producing them and the driver decoding them for every statement.
    notificationFilter: { minimumSeverityLevel: "OFF" },
    logging: opts.logger
      ? { level: "warn", logger: (level, message) => opts.logger![level === "error" ? "error" : "warn"]({ neo4j: true }, message) }
      : undefined,
  });
}
