/**
 * The two executors (GRAPHQL_EXECUTOR): graphql-jit's compiled operations,
 * the default, answer exactly what graphql-js's interpreter answers, on the
 * seed graph: the shapes users ask (lists with fragments on unions, the trace,
 * org charts, histories, search, introspection), partial results with a
 * resolver's error, and refused variables.
 */
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
    // Twice: the first request compiles the operation, the second runs the compiled one.
    for (let i = 0; i < 2; i++) {
      const [a, b] = await Promise.all([jit.gql(query, variables), interpreted.gql(query, variables)]);
      const strip = (r: typeof a) => ({ status: r.status, data: r.data, errors: r.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, correlationId: undefined } })) });
      expect(strip(a)).toEqual(strip(b));
      expect(a.data ?? a.errors).toBeTruthy();
    }
  });
});
