/**
 * Browser-facing protections: CORS only for allowlisted origins, Apollo's CSRF
 * prevention for requests a browser would send without a preflight, and
 * introspection (with field suggestions) as configured.
 */
import { loadConfig } from "../../src/config";
import { startTestApi, type TestApi } from "../helpers/api";
import { rawRequest, tokenFor } from "./securityClient";

const ALLOWED = "https://intranet.example.org";
const REFUSED = "https://evil.example.com";

describe("CORS", () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi({ http: { ...loadConfig().http, corsOrigins: [ALLOWED, "http://localhost:8080"] } });
    token = await tokenFor(api, ["reader"]);
  });
  afterAll(() => api.close());

  const preflight = (origin: string) =>
    fetch(api.url, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
    });

  it("answers an allowlisted origin's preflight with its origin, the methods and the headers it may send", async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET,POST");
    expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("gives another origin no CORS headers, so its browser refuses to send the request", async () => {
    const res = await preflight(REFUSED);
    // Without Access-Control-Allow-Origin the other headers grant nothing.
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("marks an allowlisted origin's response readable and another origin's not", async () => {
    const ask = (origin: string) =>
      fetch(api.url, {
        method: "POST",
        headers: { origin, "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    const allowed = await ask(ALLOWED);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("vary")).toMatch(/origin/i);
    const refused = await ask(REFUSED);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("sends no CORS headers at all when CORS_ORIGINS is unset (same origin only)", async () => {
    const sameOrigin = await startTestApi();
    try {
      const res = await fetch(sameOrigin.url, {
        method: "OPTIONS",
        headers: { origin: ALLOWED, "access-control-request-method": "POST" },
      });
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await sameOrigin.close();
    }
  });
});

describe("CSRF prevention", () => {
  let api: TestApi;
  let authorization: string;
  beforeAll(async () => {
    api = await startTestApi();
    authorization = `Bearer ${await tokenFor(api, ["reader"])}`;
  });
  afterAll(() => api.close());

  const CSRF = /preflight|CSRF|Cross-Site Request Forgery/i;

  it("refuses a GET without a preflight-forcing header (a browser can send it from any page)", async () => {
    const res = await rawRequest(`${api.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { authorization } });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(CSRF);
    expect(res.text).not.toMatch(/__typename.*Query/);
  });

  it("answers the same GET with apollo-require-preflight", async () => {
    const res = await rawRequest(`${api.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { authorization, "apollo-require-preflight": "true" } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { __typename: "Query" } });
  });

  it.each(["text/plain", "application/x-www-form-urlencoded"])("refuses a simple POST with content-type %s", async (contentType) => {
    const res = await rawRequest(api.url, {
      method: "POST",
      headers: { "content-type": contentType, authorization },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(CSRF);
  });
});

describe("introspection", () => {
  it.each([
    [true, 200],
    [false, 400],
  ])("is answered when INTROSPECTION=%s with HTTP %i", async (introspection, status) => {
    const api = await startTestApi({ introspection });
    try {
      const res = await api.gql<{ __schema: { queryType: { name: string } } }>("{ __schema { queryType { name } } }");
      expect(res.status).toBe(status);
      if (introspection) expect(res.data?.__schema.queryType.name).toBe("Query");
      else expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await api.close();
    }
  });

  it("does not suggest field names when introspection is off", async () => {
    const open = await startTestApi({ introspection: true });
    const closed = await startTestApi({ introspection: false });
    try {
      const typo = '{ organizaton(id: "org:vgr") { id } }';
      expect((await open.gql(typo)).errors?.[0]?.message).toMatch(/Did you mean "organization"/);
      const hidden = await closed.gql(typo);
      expect(hidden.status).toBe(400);
      expect(hidden.errors?.[0]?.message).not.toMatch(/organization"/);
    } finally {
      await open.close();
      await closed.close();
    }
  });
});
