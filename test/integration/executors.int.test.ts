/**
 * The two executors (GRAPHQL_EXECUTOR): graphql-jit's compiled operations,
 * the default, answer exactly what graphql-js's interpreter answers, on the
 * seed graph: the shapes users ask (lists with fragments on unions, the trace,
 * org charts, histories, search, introspection), partial results with a
 * resolver's error, and refused variables; and an operationName the
 * document does not have, refused alike by both.
 */
import { isDeepStrictEqual } from "node:util";
import { signToken } from "../../src/server/signToken";
import { startTestApi, type TestApi } from "../helpers/api";
import { DECISION_PAGE, DECISION_TRACE } from "./queryShapes";

const ACTOR = "__typename ... on Organization { id name kind } ... on Person { id name aliases } ... on Post { id title }";
// Every row has its variables (jest would take a missing last argument for a done callback).
const CASES: Array<[string, string, Record<string, unknown>]> = [
  ["a decision page", DECISION_PAGE, {}],
  ["a decision trace with its mandate chain", DECISION_TRACE, { id: "decision:hanvisning-till-andra-akutmottagningar" }],
  ["the derived trace", `query($id: ID!) { decision(id: $id) { deciders { actor { ${ACTOR} } capacities { role capacity certainty person { name } } }
      mandateChain { recorded endsAtRoot explanation steps { level scope inForceOnDecisionDate heldBy { ${ACTOR} } citations { quote } } } } }`,
    { id: "decision:hanvisning-till-andra-akutmottagningar" }],
  ["an org chart with subjects", `{ orgChart(rootId: "org:program-millennium", asOf: "2025-04-11", depth: 4) { asOf nodes { id parentId kind label role capacity certainty depth validFrom { text } subject { id __typename } } } }`, {}],
  ["an agreement history", `{ agreementHistory(id: "agreement:pausoverenskommelse-vgr-oracle") { date { text earliest } kind eventKind effect title summary } }`, {}],
  ["a search", `{ search(text: "Annica", first: 10) { text score node { id ... on Person { name } } } }`, {}],
  ["a page with totals and cursors", `{ organizations(first: 5, filter: { kind: [MUNICIPALITY] }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }`, {}],
  ["introspection", `{ __schema { queryType { name } types { name kind } } __type(name: "Decision") { fields { name type { name kind ofType { name } } } } }`, {}],
  ["a resolver's refusal beside an answer", `{ ok: organization(id: "org:vgr") { name } bad: orgChart(rootId: "org:vgr", asOf: "2025-01-01", depth: 99) { asOf } }`, {}],
  ["a variable that does not coerce", `query($at: DateTime) { organization(id: "org:vgr", knownAt: $at) { name } }`, { at: "yesterday" }],
];

describe("graphql-jit answers as graphql-js does", () => {
  let jit: TestApi;
  let interpreted: TestApi;
  beforeAll(async () => {
    [jit, interpreted] = await Promise.all([startTestApi({ executor: "jit" }), startTestApi({ executor: "graphql-js" })]);
  });
  afterAll(async () => {
    await Promise.all([jit?.close(), interpreted?.close()]);
  });

  it.each(CASES)("%s", async (_name, query, variables) => {
    const read = () => Promise.all([jit.gql(query, variables), interpreted.gql(query, variables)]);
    const strip = (r: Awaited<ReturnType<typeof read>>[number]) => ({ status: r.status, data: r.data, errors: r.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, correlationId: undefined } })) });
    // Twice: the first request compiles the operation, the second runs the compiled one.
    for (let i = 0; i < 2; i++) {
      // Other suites write to the same graph meanwhile (a decision recorded between the two
      // reads moves a page's totalCount): a pair that differs is read again, up to 10 times.
      // A difference between the executors themselves stays, and fails below.
      let [a, b] = await read();
      for (let attempt = 1; attempt < 10 && !isDeepStrictEqual(strip(a), strip(b)); attempt++) [a, b] = await read();
      expect(strip(a)).toEqual(strip(b));
      expect(a.data ?? a.errors).toBeTruthy();
    }
  });

  // Apollo resolves the operation before the executor runs; an operationName it cannot
  // resolve is the client's mistake (400), whichever executor would have run it.
  it.each([
    ["a name the one operation does not have", "query A { __typename }", "C", 'Unknown operation named "C".'],
    ["a name for an anonymous operation", "{ __typename }", "C", 'Unknown operation named "C".'],
    ["an empty name for an anonymous operation", "{ __typename }", "", 'Unknown operation named "".'],
    ["a name a mutation does not have", "mutation A { __typename }", "C", 'Unknown operation named "C".'],
    ["a name neither of two operations has", "query A { __typename } query B { __typename }", "C", 'Unknown operation named "C".'],
    ["no name with two operations", "query A { __typename } query B { __typename }", undefined, "Must provide operation name if query contains multiple operations."],
  ])("refuses %s with 400 on both executors", async (_name, query, operationName, message) => {
    for (const api of [jit, interpreted]) {
      // Twice: a refusal must not leave a compiled operation behind for the next request.
      for (let i = 0; i < 2; i++) {
        const res = await post(api, { query, operationName });
        expect({ executor: api.config.executor, ...res }).toEqual({
          executor: api.config.executor,
          status: 400,
          body: { errors: [{ message, extensions: { code: "OPERATION_RESOLUTION_FAILURE" } }] },
        });
      }
    }
  });

  it("still runs the operation the name picks", async () => {
    for (const api of [jit, interpreted]) {
      const res = await post(api, { query: "query A { a: __typename } query B { b: __typename }", operationName: "B" });
      expect(res).toEqual({ status: 200, body: { data: { b: "Query" } } });
    }
  });
});

/** POSTs a request body as it is (api.gql sends no operationName), as a reader. */
async function post(api: TestApi, body: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  const { jwtSecret, issuer, audience } = api.config.auth;
  const token = await signToken({ secret: jwtSecret!, subject: "test-reader", roles: ["reader"], ttl: "5m", issuer, audience });
  const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
