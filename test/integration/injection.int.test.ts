/**
 * Cypher injection: every text argument of every root query field (found in
 * the schema at run time, so fields added later are covered too) gets strings
 * that would change a query built by concatenation. Each must get a normal
 * empty answer or BAD_USER_INPUT, and the graph must be exactly as before.
 */
import {
  buildASTSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
} from "graphql";
import { readQuery, writeQuery } from "../../src/neo4j/funnel";
import { loadTypeDefs } from "../../src/schema";
import { startTestApi, type TestApi } from "../helpers/api";
import { removePrefix, uniquePrefix } from "../helpers/fixtures";
import { dumpSeedGraph } from "../helpers/graphDump";
import { LEAK } from "./securityClient";

const PAYLOADS = [
  "' OR 1=1 //",
  "org:vgr' OR '1'='1",
  '"}) MATCH (n) DETACH DELETE n //',
  "org:vgr\"}) MATCH (n) DETACH DELETE n RETURN n //",
  "\u0027) DETACH DELETE n //",
  "\\u0027 OR 1=1 //",
  "`n` DETACH DELETE n //",
  "org:vgr`}) CREATE (:Pwned) //",
  "$id",
  "{id: $id}) MATCH (n) SET n.pwned = true //",
  "*/ MATCH (n) DETACH DELETE n /*",
  "org:vgr; CALL db.labels() //",
  "x\u0000y",
];

const NON_TEXT = new Set(["Int", "Float", "Boolean"]);

/** A text input: String, ID or a custom scalar (PartialDate, Date …) that arrives as a string. */
function isTextInput(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && !NON_TEXT.has(named.name);
}

/** A value for `type`: the payload in every text position, something plain elsewhere. */
function valueFor(type: GraphQLInputType, payload: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [valueFor(inner.ofType, payload)];
  if (isTextInput(inner)) return payload;
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type) || isTextInput(f.type))
        .map((f) => [f.name, valueFor(f.type, payload)]),
    );
  }
  const name = getNamedType(inner).name;
  return name === "Boolean" ? false : 1;
}

function takesText(arg: GraphQLArgument): boolean {
  const named = getNamedType(arg.type);
  return isTextInput(arg.type) || (isInputObjectType(named) && Object.values(named.getFields()).some((f) => isTextInput(f.type)));
}

function operationFor(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => takesText(a) || isNonNullType(a.type));
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? "" : " { __typename }";
  return `query Probe(${vars}) { result: ${field.name}(${call})${selection} }`;
}

/**
 * Every text argument is an ID: no payload names a node, so the answer must
 * be empty. Free text (search) may legitimately match words in a payload; the
 * unchanged graph is what proves those safe.
 */
function looksUpIds(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.filter((a) => isTextInput(a.type)).every((a) => getNamedType(a.type).name === "ID");
}

/** Null, an empty list or a list of nulls: what an unknown id or a text nothing matches gives. */
function isEmptyAnswer(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.every((v) => v === null));
}

const schema = buildASTSchema(parse(loadTypeDefs()));
const textFields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some(takesText));

describe("Cypher injection through every text argument of the root query fields", () => {
  let api: TestApi;
  let before: Awaited<ReturnType<typeof dumpSeedGraph>>;
  const prefix = uniquePrefix("injection");
  const canary = `org:${prefix}-canary`;

  const canaryCount = () =>
    readQuery(api.scope, "injection-canary", async (tx) => {
      const rows = await tx.run<{ n: number }>("MATCH (c:Organization {id: $id}) RETURN count(c) AS n", { id: canary });
      return rows[0]!.n;
    });

  beforeAll(async () => {
    api = await startTestApi();
    await writeQuery(api.scope, "injection-canary", (tx) => tx.run("CREATE (:Organization:Entity {id: $id, name: 'Kanariefågel', kind: 'UNIT'})", { id: canary }));
    before = await dumpSeedGraph(api.scope);
  });
  afterAll(async () => {
    await removePrefix(api.scope, prefix);
    await api.close();
  });

  it("finds the id lookups and the other text arguments to probe", () => {
    expect(textFields.map((f) => f.name)).toEqual(expect.arrayContaining(["node", "nodes", "organization"]));
  });

  it.each(textFields.map((f) => [f.name, f] as const))("%s answers empty or BAD_USER_INPUT for every payload", async (_name, field) => {
    const query = operationFor(field);
    for (const payload of PAYLOADS) {
      const variables = Object.fromEntries(
        field.args.filter((a) => takesText(a) || isNonNullType(a.type)).map((a) => [a.name, valueFor(a.type, payload)]),
      );
      const res = await api.gql<{ result: unknown }>(query, variables);
      const context = `${field.name} with ${JSON.stringify(payload)}`;
      if (res.errors) {
        expect({ context, codes: res.errors.map((e) => e.extensions?.code) }).toEqual({ context, codes: res.errors.map(() => "BAD_USER_INPUT") });
        expect(res.status).toBeLessThan(500);
      } else {
        expect({ context, status: res.status }).toEqual({ context, status: 200 });
        if (looksUpIds(field)) expect({ context, empty: isEmptyAnswer(res.data?.result) }).toEqual({ context, empty: true });
      }
      expect(JSON.stringify(res)).not.toMatch(LEAK);
    }
  });

  it("gives the same empty answers when the payload is written into the document as a string literal", async () => {
    for (const payload of PAYLOADS) {
      const literal = JSON.stringify(payload);
      const res = await api.gql<{ a: unknown; b: unknown[]; c: unknown }>(
        `{ a: node(id: ${literal}) { id } b: nodes(ids: [${literal}, "org:vgr"]) { id } c: organization(id: ${literal}) { id } }`,
      );
      expect({ payload, status: res.status, errors: res.errors }).toEqual({ payload, status: 200, errors: undefined });
      expect(res.data).toEqual({ a: null, b: [null, { id: "org:vgr" }], c: null });
    }
  });

  it("leaves the graph exactly as it was: every seeded node and relationship, and a canary node", async () => {
    const after = await dumpSeedGraph(api.scope);
    expect(before.nodes.length).toBeGreaterThan(100);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.relationships.length).toBe(before.relationships.length);
    expect(after).toEqual(before);
    expect(await canaryCount()).toBe(1);
    const pwned = await readQuery(api.scope, "injection-pwned", (tx) => tx.run<{ n: number }>("MATCH (n) WHERE n:Pwned OR n.pwned IS NOT NULL RETURN count(n) AS n"));
    expect(pwned[0]!.n).toBe(0);
  });
});
