/**
 * The three servers every comparison runs side by side in one process, on
 * the bench database of a scale: this API (createApp, in-process, own port),
 * @neo4j/graphql 7 (bench/neo4jGraphqlServer.ts) and hand-written Cypher
 * (bench/rawServer.ts). `urlOf` and `bodiesOf` give each path's endpoint and
 * its 64 request bodies for a shape (parameters rotating over the graph).
 */
import { createApp } from "../src/server/app";
import { createLogger } from "../src/server/logger";
import { type BenchDb, benchApiConfig, openBenchDb } from "./benchDb";
import { type AnchorServer, startNeo4jGraphqlServer } from "./neo4jGraphqlServer";
import { startRawServer } from "./rawServer";
import { SHAPES, type Shape, type ShapeParams } from "./shapes";

export type Target = "ours" | "neo4jGraphql" | "raw";
export const TARGETS: Target[] = ["ours", "neo4jGraphql", "raw"];

/** What a path is sent for a shape with these variables: a GraphQL request, or the raw statement's parameters. */
export function bodyOf(target: Target, shape: Shape, vars: ShapeParams): string {
  if (target === "raw") return JSON.stringify(shape.rawParams ? shape.rawParams(vars) : vars);
  if (target === "ours") return JSON.stringify({ query: shape.ours, variables: vars });
  return JSON.stringify({ query: shape.neo4jGraphql, variables: shape.anchorParams ? shape.anchorParams(vars) : vars });
}

export interface BenchServers {
  bench: BenchDb;
  anchor: AnchorServer;
  urlOf(target: Target, shape: Shape): string;
  bodiesOf(target: Target, shape: Shape): string[];
  close(): Promise<void>;
}

export async function startBenchServers(scale: number): Promise<BenchServers> {
  const bench = await openBenchDb({ scale });
  const blocks = bench.generated.blocks;
  const config = benchApiConfig(bench.uri);
  const ours = await createApp(config, bench.db, createLogger(config));
  const oursUrl = `${await ours.listen()}/graphql`;
  const anchor = await startNeo4jGraphqlServer(bench.driver);
  const raw = await startRawServer(bench.driver, SHAPES);
  return {
    bench,
    anchor,
    urlOf: (target, shape) => (target === "ours" ? oursUrl : target === "neo4jGraphql" ? anchor.url : `${raw.url}/${shape.name}`),
    bodiesOf: (target, shape) => Array.from({ length: 64 }, (_, i) => bodyOf(target, shape, shape.params(i, blocks))),
    async close() {
      await ours.stop();
      await anchor.close();
      await raw.close();
      await bench.close();
    },
  };
}
