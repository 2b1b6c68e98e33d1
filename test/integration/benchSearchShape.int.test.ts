/**
 * The bench's `searchSameIndex` shape (bench/shapes.ts) claims the same work
 * on its three paths: this API's search, @neo4j/graphql's `@cypher` field and
 * the raw statement, all asking this API's full-text index with the Lucene
 * query this API builds. This runs the three against the test Neo4j, over a
 * synthetic block loaded for it, and requires the same hits in the same order
 * with the same scores.
 */
import { clearPrefix, generateGraph, NODES_PER_BLOCK } from "../../bench/generate";
import { type AnchorServer, startNeo4jGraphqlServer } from "../../bench/neo4jGraphqlServer";
import { type RawServer, startRawServer } from "../../bench/rawServer";
import { bodyOf } from "../../bench/servers";
import { SHAPES } from "../../bench/shapes";
import { type TestApi, startTestApi, testDriver } from "../helpers/api";

const PREFIX = "shapetest";
const shape = SHAPES.find((s) => s.name === "searchSameIndex")!;

interface Hit {
  id: string;
  score: number;
}

async function post(url: string, body: string): Promise<{ data?: unknown; errors?: unknown }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return (await res.json()) as { data?: unknown; errors?: unknown };
}

describe("the bench's searchSameIndex shape", () => {
  let api: TestApi;
  let anchor: AnchorServer;
  let raw: RawServer;
  const driver = testDriver();
  beforeAll(async () => {
    api = await startTestApi();
    await clearPrefix(api.scope, PREFIX);
    await generateGraph(api.scope, { scale: NODES_PER_BLOCK, seed: 42, prefix: PREFIX, batchSize: 500 });
    anchor = await startNeo4jGraphqlServer(driver);
    raw = await startRawServer(driver, SHAPES);
  });
  afterAll(async () => {
    await anchor.close();
    await raw.close();
    await clearPrefix(api.scope, PREFIX);
    await api.close();
    await driver.close();
  });

  it("gets the same hits, order and scores from this API, @neo4j/graphql and raw Cypher", async () => {
    let compared = 0;
    for (let i = 0; i < 5; i++) {
      const vars = shape.params(i, 1);
      const ours = await api.gql<{ search: Array<{ score: number; node: { id: string } }> }>(shape.ours, vars);
      expect(ours.errors).toBeUndefined();
      const viaAnchor = await post(anchor.url, bodyOf("neo4jGraphql", shape, vars));
      expect(viaAnchor.errors).toBeUndefined();
      const viaRaw = await post(`${raw.url}/${shape.name}`, bodyOf("raw", shape, vars));
      expect(viaRaw.errors).toBeUndefined();

      const paths: Record<string, Hit[]> = {
        ours: ours.data!.search.map((h) => ({ id: h.node.id, score: h.score })),
        neo4jGraphql: (viaAnchor.data as { searchEntitiesSameIndex: Hit[] }).searchEntitiesSameIndex,
        raw: viaRaw.data as Hit[],
      };
      const [first, ...others] = Object.values(paths);
      expect(first!.length).toBeGreaterThan(0);
      // Other suites write to the same database meanwhile, which can move Lucene's statistics
      // a little between the three requests: scores within 2 %, and every hit scoring clearly
      // (5 %) above the last of the page on every path, in the same order.
      const floor = Math.max(...Object.values(paths).map((hits) => hits[hits.length - 1]?.score ?? 0)) * 1.05;
      const clear = (hits: Hit[]) => hits.filter((h) => h.score > floor);
      for (const other of others) {
        expect(other).toHaveLength(first!.length);
        expect(clear(other).map((h) => h.id)).toEqual(clear(first!).map((h) => h.id));
        for (const h of clear(other)) {
          const mine = first!.find((x) => x.id === h.id)!;
          expect(Math.abs(h.score - mine.score)).toBeLessThanOrEqual(0.02 * mine.score);
        }
      }
      compared += clear(first!).length;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });
});
