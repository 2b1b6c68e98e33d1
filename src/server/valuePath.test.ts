import { buildSchema, parse, validate } from "graphql";
import { literalValuePath } from "./valuePath";

const schema = buildSchema(`
  input Span { from: Int, to: Int }
  input Filter { spans: [Span!], name: String }
  type Query { list(filter: Filter, first: Int): [Int] other: Int }
`);

/** What literalValuePath says of each validation error of `query`. */
const paths = (query: string) => validate(schema, parse(query)).map(literalValuePath);

describe("literalValuePath", () => {
  it("names a refused literal by its field and the path within the argument", () => {
    expect(paths('{ list(first: "x") }')).toEqual(["list(first)"]);
    expect(paths('{ list(filter: { name: 3, spans: [{ from: 1 }, { to: "y" }] }) }')).toEqual(["list(filter.name)", "list(filter.spans[1].to)"]);
  });

  it("finds the literal in a nested field and in a directive's argument", () => {
    expect(paths('{ a: list(first: 1) b: list(first: 2.5) other @include(if: "yes") }')).toEqual(["list(first)", "@include(if)"]);
  });

  it("says nothing of errors that are not about a literal value", () => {
    expect(paths("{ nope }")).toEqual([null]);
    expect(paths("query($n: Int = \"x\") { list(first: $n) }")).toEqual([null]);
  });
});
