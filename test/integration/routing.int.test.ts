/**
 * The API against a routing URI (docs/deployment.md): `neo4j://` makes the
 * driver fetch a routing table and send reads and writes to the servers it
 * names. Neo4j Community answers with a one-server table, so the same code
 * path that uses a cluster or Aura runs here against the test Neo4j.
 */
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/neo4j/driver";
import { type Db, readQuery, systemScope, writeQuery } from "../../src/neo4j/funnel";
import { type App, createApp } from "../../src/server/app";
import { createLogger } from "../../src/server/logger";
import { testDriver } from "../helpers/api";

const PREFIX = "routing-test";

describe("the API on a neo4j:// routing URI", () => {
  let driver: Driver;
  let app: App;
  let url: string;
  let routingUri: string;

  beforeAll(async () => {
    const base = loadConfig();
    if (base.neo4j.mode !== "external") throw new Error("globalSetup did not provide NEO4J_URI");
    routingUri = base.neo4j.uri.replace(/^bolt:\/\//, "neo4j://");
    const config = loadConfig({ ...process.env, NEO4J_URI: routingUri, ALLOW_ANONYMOUS_READS: "true", LOG_LEVEL: "silent", PORT: "0" });
    if (config.neo4j.mode !== "external") throw new Error("unreachable");
    driver = createDriver({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password });
    const db: Db = { driver, database: config.neo4j.database };
    app = await createApp(config, db, createLogger(config));
    url = `${await app.listen()}/graphql`;
  });
  afterAll(async () => {
    await writeQuery(systemScope({ driver, database: undefined }), "routing-test-cleanup", (tx) =>
      tx.run("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: `org:${PREFIX}` }),
    );
    await app.stop();
    await driver.close();
  });

  it("accepts the URI and answers GraphQL reads through it", async () => {
    expect(routingUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ organization(id: "org:vgr") { name } }` }),
    });
    const body = (await res.json()) as { data?: { organization: { name: string } | null }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.organization?.name).toMatch(/Västra Götalandsregionen/);
  });

  it("reaches this server: a node written over plain Bolt is read back through the API", async () => {
    const id = `org:${PREFIX}-1`;
    const direct = testDriver();
    try {
      await writeQuery(systemScope({ driver: direct, database: undefined }), "routing-test-write", (tx) =>
        tx.run("CREATE (n:Entity:Organization {id: $id, name: 'Routad enhet', kind: 'UNIT', rank: 'normal', aliases: []})", { id }),
      );
    } finally {
      await direct.close();
    }
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ organization(id: "${id}") { name } }` }),
    });
    const body = (await res.json()) as { data?: { organization: { name: string } | null } };
    expect(body.data?.organization?.name).toBe("Routad enhet");
  });

  it("gets a routing table that names this one server, at its real port, for every role", async () => {
    const scope = systemScope({ driver, database: undefined });
    const rows = await readQuery(scope, "routing-test-table", (tx) =>
      tx.run<{ servers: Array<{ role: string; addresses: string[] }> }>("CALL dbms.routing.getRoutingTable({}) YIELD servers RETURN servers"),
    );
    const address = routingUri.replace("neo4j://", "");
    expect(Object.fromEntries(rows[0]!.servers.map((s) => [s.role, s.addresses]))).toEqual({ WRITE: [address], READ: [address], ROUTE: [address] });
  });
});
