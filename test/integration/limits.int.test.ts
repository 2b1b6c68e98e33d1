/**
 * The query limits over HTTP: what an analyst writes passes; bombs, floods and
 * oversized bodies are refused with a 4xx and a JSON error, before anything
 * reaches Neo4j, and no response leaks a stack or an internal message.
 */
import { startTestApi, type TestApi } from "../helpers/api";
import { aliasBomb, costBomb, DECISION_PAGE, DECISION_TRACE, depthBomb, directiveBomb, tokenFlood } from "./queryShapes";
import { LEAK, rawRequest, tokenFor } from "./securityClient";

describe("query limits over HTTP", () => {
  let api: TestApi;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    auth = { authorization: `Bearer ${await tokenFor(api, ["reader"])}` };
  });
  afterAll(() => api.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    rawRequest(api.url, { method: "POST", headers: { "content-type": "application/json", ...auth, ...headers }, body });

  it("answers the hand-written decision trace (depth 11, six delegations with citations)", async () => {
    const res = await api.gql<{ decision: { id: string; underMandate: { id: string; citations: unknown[] } } }>(DECISION_TRACE, {
      id: "decision:hanvisning-till-andra-akutmottagningar",
    });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.decision.underMandate.id).toBe("mandate:operativ-samordning-styra-om-floden");
    expect(res.data?.decision.underMandate.citations.length).toBeGreaterThan(0);
  });

  it("answers a full page of 100 decisions with their deciders, mandates and sources", async () => {
    const res = await api.gql<{ decisions: { edges: unknown[] } }>(DECISION_PAGE);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data?.decisions.edges.length).toBeGreaterThan(0);
  });

  it.each([
    ["a depth bomb (32 levels)", depthBomb(30), "Query depth 32 exceeds the limit of 12 (MAX_QUERY_DEPTH)."],
    ["an alias bomb (200 aliases)", aliasBomb(200), "Alias count 200 exceeds the limit of 30 (MAX_QUERY_ALIASES)."],
    ["a directive bomb (500 directives)", directiveBomb(500), "Directive count 500 exceeds the limit of 50 (MAX_QUERY_DIRECTIVES)."],
    ["a cost bomb (a tree doubling over 8 levels)", costBomb(8), /^Query cost \d+ exceeds the limit of 25000 \(MAX_QUERY_COST\)\.$/],
  ])("refuses %s with 400 GRAPHQL_VALIDATION_FAILED before running it", async (_what, query, message) => {
    const res = await api.gql(query);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.map((e) => e.extensions?.code)).toContain("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors?.map((e) => e.message)).toContainEqual(typeof message === "string" ? message : expect.stringMatching(message));
    // A well-formed query over a limit is no syntax error.
    expect(res.errors?.map((e) => e.message).filter((m) => m.startsWith("Syntax Error"))).toEqual([]);
    expect(res.extensions?.debug).toEqual({ roundTrips: 0 }); // nothing reached Neo4j
  });

  it("refuses a 100,000-token document in the parser with 400 GRAPHQL_PARSE_FAILED", async () => {
    const query = tokenFlood(100_000);
    expect(query.length).toBeLessThan(api.config.http.maxBodyBytes); // the token limit, not the body limit, refuses it
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.json?.errors?.[0]?.message).toBe("Token count exceeds the limit of 5000 (MAX_QUERY_TOKENS); parsing stopped.");
  });

  it("refuses a 2 MB body with 413 and a JSON error", async () => {
    const res = await post(JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(2 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.json).toEqual({ errors: [{ message: "The request body is larger than 1048576 bytes.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("answers malformed JSON with 400 and a JSON error, not Express's HTML page with a stack", async () => {
    const res = await post('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(res.text).not.toMatch(LEAK);
    expect(res.text).not.toMatch(/<html|<pre>/i);
  });

  it("refuses a batch of operations (one request, many queries) with 400", async () => {
    const res = await post(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]));
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(LEAK);
  });

  it("keeps the limits' messages free of internals", async () => {
    for (const query of [depthBomb(30), aliasBomb(200), directiveBomb(500), costBomb(8), tokenFlood(100_000)]) {
      const res = await post(JSON.stringify({ query }));
      expect(res.text).not.toMatch(LEAK);
    }
  });
});
