import { createDriver } from "../../src/neo4j/driver";
import { createApp } from "../../src/server/app";
import { createLogger } from "../../src/server/logger";
import { loadConfig } from "../../src/config";
import { useTestApi } from "../helpers/suite";

describe("HTTP server", () => {
  const api = useTestApi();

  const base = () => api.url.replace(/\/graphql$/, "");

  it("answers /healthz and /readyz when Neo4j is up", async () => {
    const health = await fetch(`${base()}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", neo4j: "up" });
  });

  it("leaves no timer behind after a /readyz check answered in time", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    await fetch(`${base()}/readyz`);
    const before = timers();
    for (let i = 0; i < 5; i++) expect((await fetch(`${base()}/readyz`)).status).toBe(200);
    // Each check races Neo4j against a 2 s timeout: one left running per check would hold a shutting-down process.
    expect(timers() - before).toBeLessThan(5);
  });

  // What Chromium sends when a page is opened.
  const BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  it("sends a browser that opens /graphql to the IDE, instead of a CSRF refusal", async () => {
    const res = await fetch(api.url, { headers: { accept: BROWSER }, redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/graphiql");
    expect((await fetch(`${base()}/graphiql`, { headers: { accept: BROWSER } })).status).toBe(200);
  });

  it.each([
    ["a client that asks for JSON", "", "application/json"],
    ["a client that accepts anything", "", "*/*"],
    ["a browser GET that carries an operation", `?query=${encodeURIComponent("{ __typename }")}`, BROWSER],
  ])("leaves %s to Apollo (its CSRF refusal, not a redirect)", async (_what, query, accept) => {
    const res = await fetch(`${api.url}${query}`, { headers: { accept }, redirect: "manual" });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|Cross-Site Request Forgery|preflight/i);
  });

  it("answers a path nothing serves with a JSON 404 that names what is served", async () => {
    const res = await fetch(`${base()}/graphq?x=1`, { headers: { accept: BROWSER } });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe("NOT_FOUND");
    expect(body.errors[0]!.message).toMatch(/^Nothing is served at GET \/graphq\. This server answers POST or GET \/graphql \(the API\), \/graphiql \(the IDE\)/);
    // A POST elsewhere too, not Express's "Cannot POST".
    const post = await fetch(`${base()}/api`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(post.status).toBe(404);
    expect(await post.text()).toMatch(/Nothing is served at POST \/api\./);
  });

  it("answers { __typename }", async () => {
    const res = await api.gql("{ __typename }");
    expect(res.data).toEqual({ __typename: "Query" });
  });

  it("says where in the query a refused date literal stands: its field and argument, and line and column", async () => {
    const res = await api.gql('{ timeline(from: "2025-01-01", to: "2025-13-01") { title } }');
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      {
        message: 'timeline(to): "2025-13-01" is not a valid Date: expected an existing day as YYYY-MM-DD',
        locations: [{ line: 1, column: 36 }],
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", at: "timeline(to)" },
      },
    ]);
  });

  it("names the input field of a refused literal inside a mutation's input, as a variable's would be named", async () => {
    const res = await api.gql(`mutation { recordDecision(reason: "r", input: { title: "T", decidedOn: "2025-02-30",
      citations: [{ documentId: "doc:x", quote: "q" }, { documentId: "doc:y", quote: "q", locator: 7 }] }) { id } }`);
    expect(res.status).toBe(400);
    expect(res.errors!.map((e) => [e.extensions?.at, e.message.replace(/:.*/s, "")])).toEqual([
      ["recordDecision(input.decidedOn)", "recordDecision(input.decidedOn)"],
      ["recordDecision(input.citations[1].locator)", "recordDecision(input.citations[1].locator)"],
    ]);
    expect(res.errors![0]!.message).toBe('recordDecision(input.decidedOn): "2025-02-30" is not a partial date: day 30 does not exist in 2025-02 (1–28)');
  });

  it("refuses knownAt in the future, as a literal or a variable, and answers a past one", async () => {
    const literal = await api.gql('{ organization(id: "org:vgr", knownAt: "2999-01-01T00:00:00Z") { name } }');
    expect(literal.status).toBe(400);
    expect(literal.errors![0]).toMatchObject({ message: expect.stringMatching(/"2999-01-01T00:00:00Z" is in the future/), locations: [{ line: 1, column: 40 }] });
    const variable = await api.gql("query($k: DateTime) { decisions(knownAt: $k) { totalCount } }", { k: "2999-01-01T00:00:00Z" });
    expect(variable.status).toBe(400);
    expect(variable.errors![0]!.message).toMatch(/Variable "\$k" got invalid value "2999-01-01T00:00:00Z"; "2999-01-01T00:00:00Z" is in the future/);
    const past = await api.gql<{ organization: { name: string } }>(`{ organization(id: "org:vgr", knownAt: "${new Date().toISOString()}") { name } }`);
    expect(past.errors).toBeUndefined();
    expect(past.data!.organization.name).toBe("Västra Götalandsregionen");
  });

  it("serves no CDN landing page on GET /graphql from a browser", async () => {
    const res = await fetch(api.url, { headers: { accept: "text/html" } });
    const text = await res.text();
    expect(text).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
  });
});

describe("HTTP server without Neo4j", () => {
  it("fails /readyz with 503 and reports SERVICE_UNAVAILABLE to queries", async () => {
    const base = loadConfig();
    // Anonymous reads on: this is about Neo4j being down, not about tokens.
    const config = { ...base, port: 0, logLevel: "silent" as const, auth: { ...base.auth, allowAnonymousReads: true } };
    // Port 1 on loopback: nothing listens there, so every connection is refused.
    const driver = createDriver({ uri: "bolt://127.0.0.1:1", noAuth: true });
    const app = await createApp(config, { driver, database: undefined }, createLogger(config));
    const url = await app.listen();
    try {
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ organization(id: "org:vgr") { id } }' }),
      });
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0]!.extensions.code).toBe("SERVICE_UNAVAILABLE");
      expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|ECONNREFUSED|stack/);
    } finally {
      await app.stop();
      await driver.close();
    }
  });
});
