import fs from "node:fs";
import path from "node:path";
import { buildASTSchema, parse, specifiedRules, validate } from "graphql";
import { aliasBomb, costBomb, DECISION_PAGE, DECISION_TRACE, depthBomb, directiveBomb, tokenFlood } from "../../test/integration/queryShapes";
import { loadConfig } from "../config";
import { loadTypeDefs } from "../schema";
import { queryLimits, tokenLimitMessage } from "./limits";

const schema = buildASTSchema(parse(loadTypeDefs()));
const limits = loadConfig({}).limits;
const rules = queryLimits(limits, { introspection: true }).validationRules;

function limitErrors(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => e.message);
}

/** The documented example queries (GraphiQL tabs, widget queries), wherever they are at the time. */
const ROOT = path.resolve(__dirname, "..", "..");
const documented = ["web/examples", "web/queries"]
  .map((dir) => path.join(ROOT, dir))
  .filter((dir) => fs.existsSync(dir))
  .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".graphql")).map((f) => path.relative(ROOT, path.join(dir, f))));

describe("queryLimits (default sizes against the real schema)", () => {
  (documented.length > 0 ? it.each(documented) : it.skip.each([["(none yet)"]]))("lets the documented query %s through", (file) => {
    expect(limitErrors(fs.readFileSync(path.join(ROOT, file), "utf8"))).toEqual([]);
  });

  it("lets the hand-written decision trace through: depth 11, six delegations, citations everywhere", () => {
    expect(limitErrors(DECISION_TRACE)).toEqual([]);
  });

  it("lets a full page of 100 decisions with their deciders, mandates and sources through", () => {
    expect(limitErrors(DECISION_PAGE)).toEqual([]);
  });

  it("lets through the largest shapes the sizes are meant for: depth 12, 30 aliases, 50 directives", () => {
    expect(limitErrors(depthBomb(limits.maxDepth - 2))).toEqual([]);
    expect(limitErrors(aliasBomb(limits.maxAliases))).toEqual([]);
    expect(limitErrors(directiveBomb(limits.maxDirectives))).toEqual([]);
  });

  it.each([
    ["a depth bomb", depthBomb(30), /^Query depth 32 exceeds the limit of 12 \(MAX_QUERY_DEPTH\)\.$/],
    ["a query one level too deep", depthBomb(11), /^Query depth 13 exceeds the limit of 12 \(MAX_QUERY_DEPTH\)\.$/],
    ["an alias bomb", aliasBomb(200), /^Alias count 200 exceeds the limit of 30 \(MAX_QUERY_ALIASES\)\.$/],
    ["a directive bomb", directiveBomb(500), /^Directive count 500 exceeds the limit of 50 \(MAX_QUERY_DIRECTIVES\)\.$/],
    ["a cost bomb", costBomb(8), /^Query cost \d+ exceeds the limit of 25000 \(MAX_QUERY_COST\)\.$/],
    ["a depth bomb, by its cost too (a whole number, though armor's is fractional)", depthBomb(30), /^Query cost \d+ exceeds the limit of 25000 \(MAX_QUERY_COST\)\.$/],
  ])("refuses %s, naming the limit and its setting", (_what, query, message) => {
    const errors = limitErrors(query);
    expect(errors).toContainEqual(expect.stringMatching(message));
    // The query is well-formed: no refusal calls itself a syntax error.
    expect(errors.filter((e) => /Syntax Error/.test(e))).toEqual([]);
    // Only limits object: the query is otherwise valid against the schema.
    expect(validate(schema, parse(query), specifiedRules)).toEqual([]);
  });

  it("words the parser's token limit as a limit, not a syntax error", () => {
    let message = "";
    try {
      parse(tokenFlood(10_000), { maxTokens: limits.maxTokens });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(tokenLimitMessage(message)).toBe("Token count exceeds the limit of 5000 (MAX_QUERY_TOKENS); parsing stopped.");
    expect(tokenLimitMessage('Syntax Error: Expected Name, found "}".')).toBeUndefined();
  });

  it("hides field suggestions only when introspection is off (they would describe the schema)", () => {
    expect(queryLimits(limits, { introspection: true }).plugins).toHaveLength(0);
    expect(queryLimits(limits, { introspection: false }).plugins).toHaveLength(1);
  });
});
