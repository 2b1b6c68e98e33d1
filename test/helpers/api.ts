/**
 * Starts the real API (Express + Apollo) on a free port against the test Neo4j
 * that globalSetup launched, and offers a small GraphQL client over HTTP.
 */
import type { Driver } from "neo4j-driver";
import { type Config, loadConfig } from "../../src/config";
import { createDriver } from "../../src/neo4j/driver";
import { type Db, systemScope, type QueryScope } from "../../src/neo4j/funnel";
import { createApp } from "../../src/server/app";
import { createLogger } from "../../src/server/logger";
import { signToken } from "../../src/server/signToken";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: Array<string | number> }>;
  extensions?: Record<string, unknown>;
}

export interface TestApi {
  url: string;
  db: Db;
  scope: QueryScope;
  config: Config;
  /**
   * POSTs a GraphQL request as a reader (a token signed with the configured
   * secret), like a real client; `authorization` in `headers` replaces that
   * token, and an empty `authorization` sends none (anonymous).
   */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testDriver(): Driver {
  const config = loadConfig();
  if (config.neo4j.mode !== "external") throw new Error("globalSetup did not provide NEO4J_URI");
  return createDriver({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password });
}

export async function startTestApi(overrides: Partial<Config> = {}): Promise<TestApi> {
  const config = { ...loadConfig(), port: 0, logLevel: "silent" as const, ...overrides };
  const driver = testDriver();
  const db: Db = { driver, database: config.neo4j.mode === "external" ? config.neo4j.database : undefined };
  const app = await createApp(config, db, createLogger(config));
  const base = await app.listen();
  const url = `${base}/graphql`;
  const { jwtSecret, issuer, audience } = config.auth;
  const readerToken = jwtSecret ? await signToken({ secret: jwtSecret, subject: "test-reader", roles: ["reader"], ttl: "2h", issuer, audience }) : undefined;
  return {
    url,
    db,
    config,
    scope: systemScope(db, "test"),
    async gql(query, variables, headers = {}) {
      const auth: Record<string, string> = readerToken ? { authorization: `Bearer ${readerToken}` } : {};
      const all: Record<string, string> = { "content-type": "application/json", "x-beslutsgraf-debug": "1", ...auth, ...headers };
      if (all.authorization === "") delete all.authorization;
      const res = await fetch(url, {
        method: "POST",
        headers: all,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse, "status">;
      return { status: res.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await app.stop();
      await driver.close();
    },
  };
}
