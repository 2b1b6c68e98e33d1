/**
 * The benchmarks' synthetic graph generator (bench/generate.ts) on a tiny
 * scale against the test Neo4j: the same seed gives the same graph, the graph
 * is in the storage shape the API reads, and the API answers over it.
 */
import { blocksFor, clearPrefix, generateGraph, NODES_PER_BLOCK } from "../../bench/generate";
import { buildBlock } from "../../bench/syntheticBlock";
import { readQuery } from "../../src/neo4j/funnel";
import { type TestApi, startTestApi } from "../helpers/api";

const PREFIX = "gentest";

describe("the synthetic graph generator", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearPrefix(api.scope, PREFIX);
  });
  afterAll(async () => {
    await clearPrefix(api.scope, PREFIX);
    await api.close();
  });

  it("builds the same rows from the same seed and different rows from another", () => {
    const a = JSON.stringify(buildBlock(42, 3, PREFIX));
    expect(JSON.stringify(buildBlock(42, 3, PREFIX))).toBe(a);
    expect(JSON.stringify(buildBlock(43, 3, PREFIX))).not.toBe(a);
  });

  it("loads one block under its prefix, once, and the API reads it like curated data", async () => {
    const expected = buildBlock(42, 0, PREFIX);
    const first = await generateGraph(api.scope, { scale: NODES_PER_BLOCK, seed: 42, prefix: PREFIX, batchSize: 500 });
    expect(blocksFor(NODES_PER_BLOCK)).toBe(1);
    expect(first).toMatchObject({ status: "loaded", blocks: 1, nodes: expected.nodes.length, relationships: expected.edges.length });
    const again = await generateGraph(api.scope, { scale: NODES_PER_BLOCK, seed: 42, prefix: PREFIX });
    expect(again).toMatchObject({ status: "present", nodes: first.nodes, relationships: first.relationships });

    const [counts] = await readQuery(api.scope, "gentest-counts", (tx) =>
      tx.run<{ nodes: number; uncited: number }>(
        `MATCH (n:Entity) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $prefix + '-'
         RETURN count(n) AS nodes, sum(CASE WHEN NOT n:Document AND NOT EXISTS { (n)-[:SUPPORTED_BY]->(:Document) } THEN 1 ELSE 0 END) AS uncited`,
        { prefix: PREFIX },
      ),
    );
    expect(counts).toEqual({ nodes: expected.nodes.length, uncited: 0 });
    // Mandate chains 1–6 deep: UNDER_MANDATE, then 0–5 DELEGATED_FROM steps to a root.
    const [chains] = await readQuery(api.scope, "gentest-chains", (tx) =>
      tx.run<{ shortest: number; longest: number }>(
        `MATCH p = (d:Decision)-[:UNDER_MANDATE]->(:Mandate)-[:DELEGATED_FROM*0..]->(:Mandate {root: true})
         WHERE d.id STARTS WITH 'decision:' + $prefix + '-'
         RETURN min(length(p)) AS shortest, max(length(p)) AS longest`,
        { prefix: PREFIX },
      ),
    );
    expect(chains).toEqual({ shortest: 1, longest: 6 });

    const trace = await api.gql<{ decision: { deciders: unknown[]; mandateChain: { recorded: boolean; steps: Array<{ level: number }>; endsAtRoot: boolean } } }>(
      `{ decision(id: "decision:${PREFIX}-0-d0") { deciders { actor { __typename } } mandateChain { recorded steps { level } endsAtRoot } } }`,
    );
    expect(trace.errors).toBeUndefined();
    expect(trace.data!.decision.deciders.length).toBeGreaterThan(0);
    if (trace.data!.decision.mandateChain.recorded) expect(trace.data!.decision.mandateChain.endsAtRoot).toBe(true);

    const chart = await api.gql<{ orgChart: { nodes: Array<{ kind: string }> } }>(
      `{ orgChart(rootId: "org:${PREFIX}-0-region", asOf: "2024-06-01", depth: 4) { nodes { kind } } }`,
    );
    expect(chart.errors).toBeUndefined();
    const kinds = new Set(chart.data!.orgChart.nodes.map((n) => n.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(["UNIT", "POST", "HOLDER"]));

    const history = await api.gql<{ agreementHistory: Array<{ kind: string }> }>(`{ agreementHistory(id: "agreement:${PREFIX}-0-g0") { kind } }`);
    expect(history.data!.agreementHistory.filter((e) => e.kind === "AGREEMENT_EVENT").length).toBeGreaterThanOrEqual(2);
  });
});
