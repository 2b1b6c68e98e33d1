/**
 * Every path that hands out a node answers its fields as `nodes(ids)` does.
 *
 * Several read paths send Neo4j a lighter statement when the query asks for
 * little (search hits, list pages, org charts, traces, histories, related
 * nodes) and build the node from what came back. A path that builds a node
 * from a light projection while the query asks for more would answer a missing
 * field as null or its default (an inferred fact as STATED). This suite asks
 * every such path for every stored field of every node type, built from the
 * schema by introspection, and compares each node with the same node read
 * whole by id.
 */
import { loadConfig } from "../../src/config";
import { startTestApi, type TestApi } from "../helpers/api";

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface IntrospectedField { name: string; args: Array<{ name: string }>; type: TypeRef }
interface IntrospectedType { kind: string; name: string; fields: IntrospectedField[] | null; possibleTypes: Array<{ name: string }> | null; interfaces: Array<{ name: string }> | null }

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
type Json = null | string | number | boolean | Json[] | { [k: string]: Json };

describe("every read path answers a node's fields as nodes(ids) does", () => {
  // Selections of every field of every type are far above the limits a client gets: this API lifts them.
  let api: TestApi;
  afterAll(async () => api?.close());
  let types = new Map<string, IntrospectedType>();
  let nodeTypes: string[] = [];
  let seeded = new Set<string>();

  beforeAll(async () => {
    const limits = { ...loadConfig().limits, maxCost: 10_000_000, maxAliases: 10_000, maxTokens: 1_000_000, maxDepth: 20 };
    api = await startTestApi({ limits });
    const res = await api.gql<{ __schema: { types: IntrospectedType[] } }>(`{ __schema { types {
      kind name possibleTypes { name } interfaces { name }
      fields { name args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }`);
    expect(res.errors).toBeUndefined();
    types = new Map(res.data!.__schema.types.map((t) => [t.name, t]));
    nodeTypes = res.data!.__schema.types.filter((t) => t.kind === "OBJECT" && (t.interfaces ?? []).some((i) => i.name === "Node")).map((t) => t.name);
    // Other suites record, correct and retract their own fixtures meanwhile: only the seed's nodes are compared.
    const seed = await api.db.driver.executeQuery("MATCH (n:Entity) WHERE n.seeded AND n.retractedAt IS NULL RETURN n.id AS id", {}, { database: api.db.database });
    seeded = new Set(seed.records.map((r) => r.get("id") as string));
  });

  const isLeaf = (t: TypeRef) => t.kind === "SCALAR" || t.kind === "ENUM";
  /** An object of scalars only (DateValue, InferredAlias): selected whole. */
  const leafObject = (name: string) => {
    const t = types.get(name);
    return t?.kind === "OBJECT" && !(t.fields ?? []).some((f) => f.args.length > 0 || !isLeaf(named(f.type)));
  };
  /** Every stored field of one node type: scalars, enums and scalar-only objects, without arguments. */
  const storedFields = (typeName: string): string =>
    (types.get(typeName)!.fields ?? [])
      .filter((f) => f.args.length === 0)
      .flatMap((f) => {
        const t = named(f.type);
        // Aliased by type: fields of one name differ in type between node types (kind), which one selection cannot merge.
        if (isLeaf(t)) return [`${typeName}_${f.name}: ${f.name}`];
        if (t.kind === "OBJECT" && leafObject(t.name!)) return [`${typeName}_${f.name}: ${f.name} { ${(types.get(t.name!)!.fields ?? []).map((x) => x.name).join(" ")} }`];
        return [];
      })
      .join(" ");
  /** The selection for a field of type `context`: every node type it can be, each with all its stored fields. */
  const everything = (context: string): string => {
    const t = types.get(context)!;
    const possible = t.kind === "OBJECT" ? [context] : (t.possibleTypes ?? []).map((p) => p.name);
    return `__typename ${possible.filter((p) => nodeTypes.includes(p)).map((p) => `... on ${p} { ${storedFields(p)} }`).join(" ")}`;
  };

  /** Every object in an answer that is a node with its stored fields. */
  const collect = (value: Json, into: Map<string, Record<string, Json>[]>) => {
    if (Array.isArray(value)) for (const v of value) collect(v, into);
    else if (value && typeof value === "object") {
      const id = typeof value.__typename === "string" && nodeTypes.includes(value.__typename) ? value[`${value.__typename}_id`] : undefined;
      if (typeof id === "string" && seeded.has(id)) into.set(id, [...(into.get(id) ?? []), value]);
      for (const v of Object.values(value)) collect(v, into);
    }
  };

  /** Reads `query`, then every node it handed out again by id, and requires the two to agree field by field. */
  async function agreesWithNodes(query: string): Promise<number> {
    const res = await api.gql<Json>(query);
    expect(res.errors).toBeUndefined();
    const seen = new Map<string, Record<string, Json>[]>();
    collect(res.data as Json, seen);
    const ids = [...seen.keys()];
    for (let i = 0; i < ids.length; i += 100) {
      const chunk = ids.slice(i, i + 100);
      const whole = await api.gql<{ nodes: Array<Record<string, Json> | null> }>(`query($ids: [ID!]!) { nodes(ids: $ids) { ${everything("Node")} } }`, { ids: chunk });
      expect(whole.errors).toBeUndefined();
      whole.data!.nodes.forEach((node, j) => {
        const id = chunk[j]!;
        for (const got of seen.get(id)!) expect({ id, ...got }).toEqual({ id, ...node });
      });
    }
    return ids.length;
  }

  it("search hits, list pages and the org chart", async () => {
    let n = await agreesWithNodes(`{ a: search(text: "Millennium", first: 100) { node { ${everything("Node")} } }
      b: search(text: "VGR", first: 100) { node { ${everything("Node")} } } }`);
    const lists = ["organizations", "persons", "decisions", "events", "agreements", "documents", "legalCases", "mandates", "posts", "appointments", "figures", "risks", "options"];
    for (const list of lists) {
      const connection = named((types.get("Query")!.fields ?? []).find((f) => f.name === list)!.type).name!;
      const nodeType = named((types.get(connection)!.fields ?? []).find((f) => f.name === "nodes")!.type).name!;
      n += await agreesWithNodes(`{ ${list}(first: 100) { nodes { ${everything(nodeType)} } } }`);
    }
    for (const [root, asOf] of [["org:vgr", "2025-04-11"], ["org:program-millennium", "2024-11-05"], ["org:samordningsgruppen", "2025-03-01"]]) {
      n += await agreesWithNodes(`{ orgChart(rootId: "${root}", asOf: "${asOf}", depth: 4) { nodes { subject { ${everything("Node")} } } } }`);
    }
    expect(n).toBeGreaterThan(400);
  });

  it("decision traces, agreement histories and states, and the timeline", async () => {
    const actor = everything("Actor");
    let n = await agreesWithNodes(`{ decisions(first: 100) { nodes { id
      deciders { actor { ${actor} } capacities { __typename } }
      mandateChain { steps { mandate { ${everything("Mandate")} } grantedBy { ${actor} } heldBy { ${actor} } } } } } }`);
    const agreements = await api.gql<{ agreements: { nodes: Array<{ id: string }> } }>(`{ agreements(first: 100) { nodes { id } } }`);
    for (const { id } of agreements.data!.agreements.nodes) {
      n += await agreesWithNodes(`{ agreementHistory(id: "${id}") { subject { ${everything("Node")} } }
        agreement(id: "${id}") { s1: stateOn(date: "2025-01-10") { basis { ${everything("AgreementEvent")} } } s2: stateOn(date: "2025-04-28") { basis { ${everything("AgreementEvent")} } } } }`);
    }
    n += await agreesWithNodes(`{ timeline(from: "2024-01-01", to: "2025-12-31") { subject { ${everything("Node")} } } }`);
    expect(n).toBeGreaterThan(100);
  });

  it("every relationship field of every node type, and the wrappers around them (a decision's effects, what concerns a fact)", async () => {
    /** The selection that reaches nodes through a field of type `target`: the nodes themselves, or one level into a wrapper object. */
    const reach = (target: string, depth: number): string | null => {
      const t = types.get(target)!;
      if (t.kind === "OBJECT" ? nodeTypes.includes(target) : (t.possibleTypes ?? []).some((p) => nodeTypes.includes(p.name))) return everything(target);
      if (t.kind !== "OBJECT" || depth === 0) return null;
      const inner = (t.fields ?? []).flatMap((f) => {
        if (f.args.length > 0 || isLeaf(named(f.type))) return [];
        const sel = reach(named(f.type).name!, depth - 1);
        return sel ? [`${f.name} { ${sel} }`] : [];
      });
      return inner.length ? inner.join(" ") : null;
    };
    let n = 0;
    let paths = 0;
    for (const typeName of nodeTypes) {
      // Up to 25 current seed nodes of the type (the label is the type's name), whatever their relationships.
      const sample = await api.db.driver.executeQuery(
        "MATCH (n) WHERE $label IN labels(n) AND n.seeded AND NOT n.id CONTAINS '@' RETURN n.id AS id ORDER BY id LIMIT 25",
        { label: typeName },
        { database: api.db.database },
      );
      const ids = sample.records.map((r) => r.get("id") as string);
      expect(ids.length).toBeGreaterThan(0);
      for (const rel of (types.get(typeName)!.fields ?? []).filter((f) => f.args.length === 0 && !isLeaf(named(f.type)))) {
        const selection = reach(named(rel.type).name!, 1);
        if (!selection) continue;
        paths += 1;
        n += await agreesWithNodes(`{ nodes(ids: ${JSON.stringify(ids)}) { ... on ${typeName} { ${rel.name} { ${selection} } } } }`);
      }
    }
    expect(paths).toBeGreaterThan(100);
    expect(n).toBeGreaterThan(400);
  });
});
