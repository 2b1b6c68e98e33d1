import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { CONCEPTS } from "./domain/concepts";
import { EXPOSED_LABELS } from "./modules/node/node.model";
import { loadTypeDefs, mergeResolvers } from "./schema";

const schema = buildSchema(loadTypeDefs());
const BUILT_IN = new Set(["String", "Int", "Float", "Boolean", "ID"]);
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

describe("the schema", () => {
  it("describes every type and every field (issue 3: the SDL documents the whole domain)", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || BUILT_IN.has(type.name)) continue;
      if (!type.description && type.name !== "Query") missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
      }
    }
    for (const f of Object.values(schema.getQueryType()!.getFields())) if (!f.description) missing.push(`Query.${f.name}`);
    expect(missing).toEqual([]);
  });

  it("exposes every concept of the storage contract as a Node type with a root field and a mapper", () => {
    for (const { label } of Object.values(CONCEPTS)) {
      const type = schema.getType(label);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(["Node", "Subject"]));
      expect(schema.getQueryType()!.getFields()[lowerFirst(label)]?.type.toString()).toBe(label);
      expect(EXPOSED_LABELS).toContain(label);
    }
  });

  it("makes every concept but Document a Fact", () => {
    const facts = schema.getPossibleTypes(schema.getType("Fact") as never).map((t) => t.name).sort();
    expect(facts).toEqual(Object.values(CONCEPTS).map((c) => c.label).filter((l) => l !== "Document").sort());
  });

  it("resolves every field that has no default (parent property) resolver", () => {
    const resolvers = mergeResolvers() as Record<string, Record<string, unknown>>;
    for (const type of ["Actor", "Party", "Concerning", "Fact", "Subject", "Node"]) expect(resolvers[type]?.__resolveType).toBeDefined();
    for (const { label } of Object.values(CONCEPTS)) {
      const fieldNames = Object.keys((schema.getType(label) as import("graphql").GraphQLObjectType).getFields());
      for (const rel of ["citations", "affectedBy", "concernedBy", "figures", "breakdownFigures", "risks"]) {
        if (fieldNames.includes(rel)) expect([label, rel, typeof resolvers[label]?.[rel]]).toEqual([label, rel, "function"]);
      }
    }
    expect(isUnionType(schema.getType("Actor")) && isEnumType(schema.getType("DecisionEffectKind"))).toBe(true);
  });
});
