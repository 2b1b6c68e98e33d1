/**
 * `GET /metrics` in Prometheus text format (prom-client): GraphQL requests and
 * their latency per operation name, Neo4j round trips per operation (the
 * per-request counter of neo4j/funnel.ts), errors by code, and the process
 * metrics (resident memory, event-loop lag, GC), and the writes running and
 * waiting at the write gate (neo4j/writeGate.ts), and the reads that waited
 * for another request's first run of their statement (neo4j/firstRunGate.ts). Each app has its own
 * registry, so several apps in one process (tests) never share counters.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import express, { type Router } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { FirstRunGate } from "../neo4j/firstRunGate";
import type { WriteGate } from "../neo4j/writeGate";
import type { GraphQLContext } from "./context";

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<GraphQLContext>;
  routes: Router;
}

/** Operation names are client-chosen: beyond this many distinct ones, the rest count as "other". */
const MAX_OPERATIONS = 200;

export function createMetrics(writeGate?: WriteGate, firstRuns?: FirstRunGate): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "beslutsgraf_" });
  const requests = new Counter({
    name: "beslutsgraf_graphql_requests_total",
    help: "GraphQL requests by operation name (anonymous when unnamed).",
    labelNames: ["operation"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "beslutsgraf_graphql_request_duration_seconds",
    help: "GraphQL request latency from receipt to response, by operation name.",
    labelNames: ["operation"],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const roundTrips = new Counter({
    name: "beslutsgraf_neo4j_round_trips_total",
    help: "Statements sent to Neo4j while answering GraphQL requests, by operation name.",
    labelNames: ["operation"],
    registers: [registry],
  });
  const errors = new Counter({
    name: "beslutsgraf_graphql_errors_total",
    help: "Errors in GraphQL responses by code (extensions.code).",
    labelNames: ["code"],
    registers: [registry],
  });
  if (writeGate) {
    new Gauge({
      name: "beslutsgraf_neo4j_writes_active",
      help: "Write transactions of this process running in Neo4j now (at most MAX_CONCURRENT_WRITES).",
      registers: [registry],
      collect() {
        this.set(writeGate.active);
      },
    });
    new Gauge({
      name: "beslutsgraf_neo4j_writes_waiting",
      help: "Writes waiting for their turn at the write gate.",
      registers: [registry],
      collect() {
        this.set(writeGate.waiting);
      },
    });
  }
  if (firstRuns) {
    let counted = 0;
    new Counter({
      name: "beslutsgraf_neo4j_first_run_waits_total",
      help: "Reads that waited for another request's first run of the same statement (Neo4j plans a statement once, not once per request).",
      registers: [registry],
      collect() {
        if (firstRuns.waited > counted) this.inc(firstRuns.waited - counted);
        counted = firstRuns.waited;
      },
    });
  }

  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    const op = name || "anonymous";
    if (seen.has(op)) return op;
    if (seen.size >= MAX_OPERATIONS) return "other";
    seen.add(op);
    return op;
  };

  const plugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, contextValue, operationName, request }) {
          const op = operationLabel(operationName ?? request.operationName);
          requests.inc({ operation: op });
          duration.observe({ operation: op }, Number(process.hrtime.bigint() - started) / 1e9);
          // The context is missing when the request failed before it was built.
          const trips = (contextValue as Partial<GraphQLContext> | undefined)?.scope?.stats.roundTrips ?? 0;
          if (trips > 0) roundTrips.inc({ operation: op }, trips);
          if (response.body.kind === "single") {
            for (const err of response.body.singleResult.errors ?? []) {
              const code = typeof err.extensions?.code === "string" ? err.extensions.code : "UNKNOWN";
              errors.inc({ code });
            }
          }
        },
      };
    },
  };

  const routes = express.Router();
  routes.get("/metrics", async (_req, res) => {
    res.set("content-type", registry.contentType);
    res.send(await registry.metrics());
  });
  return { registry, plugin, routes };
}
