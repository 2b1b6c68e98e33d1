/**
 * Which properties the trace statement sends per position, read from the
 * whole operation (trace.fields.ts), on the real schema.
 */
import { buildSchema, type OperationDefinitionNode, type FragmentDefinitionNode, parse } from "graphql";
import { loadTypeDefs } from "../../schema";
import { partialDate } from "../../neo4j/project";
import { traceFieldsOf } from "./trace.fields";

const schema = buildSchema(loadTypeDefs());

function fieldsOf(doc: string) {
  const parsed = parse(doc);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((f) => [f.name.value, f]),
  );
  return traceFieldsOf({ operation, fragments, schema }).fields;
}

const APPOINTMENT_READS = ["attestedOn", "capacity", "role", ...partialDate("validFrom"), ...partialDate("validTo")].sort();
const MANDATE_READS = ["basis", "root", "scope", ...partialDate("validFrom"), ...partialDate("validTo")].sort();
const ACTOR = "... on Organization { name } ... on Person { name } ... on Post { title }";

describe("traceFieldsOf (what a trace statement sends of each node)", () => {
  it("sends the actors' asked stored fields and what the assembler reads, for the benchmark's trace", () => {
    const f = fieldsOf(`query { decision(id: "x") { id title decidedOn { text }
      deciders { actor { ${ACTOR} } capacities { role capacity certainty } }
      mandateChain { recorded endsAtRoot steps { level scope inForceOnDecisionDate heldBy { ${ACTOR} } } } } }`);
    expect(f).toEqual({
      actor: ["name", "title"],
      person: [],
      appointment: APPOINTMENT_READS,
      post: [],
      organization: [],
      mandate: MANDATE_READS,
      grantedBy: [],
      heldBy: ["name", "title"],
    });
  });

  it("takes a date field as its five stored properties and references as followed by id", () => {
    const f = fieldsOf(`{ decision(id: "x") { deciders { capacities { appointment { attestedOn { text } } post { title organization { id } } } } } }`);
    // attestedOn is a list of dates, which the contract does not pick: the appointment is sent whole
    expect(f.appointment).toBeNull();
    expect(f.post).toEqual(["title"]);
    const g = fieldsOf(`{ decision(id: "x") { mandateChain { steps { mandate { validFrom { text } } } } } }`);
    expect(g.mandate).toEqual(MANDATE_READS);
  });

  it("sends a node whole when a field asked of it is not a stored one", () => {
    const f = fieldsOf(`{ decision(id: "x") { deciders { actor { ... on Person { name citations { quote } } } } } }`);
    expect(f.actor).toBeNull();
    expect(f.heldBy).toEqual([]);
  });

  it("counts every deciders and mandateChain in the operation, through fragments, and the widest need wins", () => {
    const f = fieldsOf(`query { a: decision(id: "x") { ...T } b: decisions(first: 2) { nodes { deciders { actor { ... on Person { summary } } } } } }
      fragment T on Decision { deciders { actor { ... on Organization { name } } } mandateChain { steps { grantedBy { ... on Post { title summary } } } } }`);
    expect(f.actor).toEqual(["name", "summary"]);
    expect(f.grantedBy).toEqual(["summary", "title"]);
  });

  it("gives one answer, under one key, for one operation", () => {
    const doc = parse(`{ decision(id: "x") { deciders { actor { ... on Person { name } } } } }`);
    const operation = doc.definitions[0] as OperationDefinitionNode;
    const a = traceFieldsOf({ operation, fragments: {}, schema });
    expect(traceFieldsOf({ operation, fragments: {}, schema })).toBe(a);
    expect(a.key).toBe(JSON.stringify(a.fields));
  });
});
