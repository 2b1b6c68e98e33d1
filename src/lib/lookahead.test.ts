import { buildSchema, execute, parse, type GraphQLResolveInfo } from "graphql";
import { fieldsUnder, selects } from "./lookahead";

const schema = buildSchema(`
  type Query { chart: Chart }
  type Chart { nodes: [Box!]! title: String }
  type Box { id: ID! subject: Subject }
  type Subject { id: ID! }
`);

/** Runs the document and returns what `selects` answered inside Query.chart (the first one, by response key `chart`). */
function ask(doc: string, path: string[], key = "chart"): boolean {
  return run(doc, key, (info) => selects(info, path)) as boolean;
}

function run(doc: string, key: string, probe: (info: GraphQLResolveInfo) => unknown): unknown {
  const answers = new Map<string | number, unknown>();
  execute({
    schema,
    document: parse(doc),
    rootValue: {
      chart: (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
        answers.set(info.path.key, probe(info));
        return null;
      },
    },
  });
  const answer = answers.get(key);
  if (answer === undefined) throw new Error("resolver did not run");
  return answer;
}

describe("fieldsUnder (which fields a client asked for below a path)", () => {
  const under = (doc: string, path: string[]) => {
    const found = run(doc, "chart", (info) => fieldsUnder(info, path)) as Set<string> | null;
    return found && [...found].sort();
  };
  it("collects the field names directly below the path, through fragments", () => {
    expect(under("{ chart { nodes { id ...B } } } fragment B on Box { subject { id } }", ["nodes"])).toEqual(["id", "subject"]);
    expect(under("{ chart { nodes { __typename ... on Box { id } } } }", ["nodes"])).toEqual(["__typename", "id"]);
    expect(under("{ chart { title } }", ["nodes"])).toBeNull();
  });
});

describe("selects (look-ahead into the selection set)", () => {
  it("finds a field below the current one, directly", () => {
    expect(ask("{ chart { nodes { id subject { id } } } }", ["nodes", "subject"])).toBe(true);
    expect(ask("{ chart { nodes { id } } }", ["nodes", "subject"])).toBe(false);
    expect(ask("{ chart { title } }", ["nodes"])).toBe(false);
  });

  it("finds it through named fragments, inline fragments and aliases", () => {
    expect(ask("{ chart { ...C } } fragment C on Chart { nodes { ...B } } fragment B on Box { s: subject { id } }", ["nodes", "subject"])).toBe(true);
    expect(ask("{ chart { nodes { ... on Box { subject { id } } } } }", ["nodes", "subject"])).toBe(true);
    expect(ask("{ chart { ...C } } fragment C on Chart { nodes { id } }", ["nodes", "subject"])).toBe(false);
  });

  it("counts a field under @skip or @include as asked (fetching more is safe, less is not)", () => {
    expect(ask("{ chart { nodes { subject @skip(if: true) { id } } } }", ["nodes", "subject"])).toBe(true);
  });

  it("looks only below the field being resolved", () => {
    const doc = "{ chart { title } other: chart { nodes { subject { id } } } }";
    expect(ask(doc, ["nodes", "subject"])).toBe(false);
    expect(ask(doc, ["nodes", "subject"], "other")).toBe(true);
  });
});
