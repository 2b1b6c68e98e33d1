import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { nodeProps, pick } from "../../neo4j/project";
import { type KnownAt, matchStable, visible } from "./recordTime";

export type Direction = "OUT" | "IN";

export interface RelatedRow {
  key: string;
  value: Array<{ label: string; props: Record<string, Plain>; edge: Record<string, Plain> }>;
}

const REL_TYPE = /^[A-Z][A-Z_]*$/;

/**
 * The neighbours of node variable `n` over one relationship type, as a Cypher
 * list expression: current ones, or with `at` those the graph recorded then,
 * in stable-id order, each as `{ label, props, edge }`. The type comes from the
 * storage contract (src/domain/concepts.ts), never from user input; Cypher
 * cannot take it as a parameter, so it is checked against a strict pattern
 * before it is spliced in. Shared by `findRelated` and by statements that
 * fetch a page together with its nodes' neighbours (list.cypher.ts), so a
 * loader primed from either holds the same value. With `fields`, each
 * neighbour's props are just those properties, as `pick` sends them.
 */
export function relatedCollect(n: string, rel: string, direction: Direction, at: KnownAt = null, fields: readonly string[] | null = null): string {
  if (!REL_TYPE.test(rel)) throw new Error(`not a relationship type: ${rel}`);
  const m = `${n}_${rel}_m`;
  const r = `${n}_${rel}_r`;
  const pattern = direction === "OUT" ? `(${n})-[${r}:${rel}]->(${m}:Entity)` : `(${n})<-[${r}:${rel}]-(${m}:Entity)`;
  return `COLLECT { MATCH ${pattern} WHERE ${visible(m, at)} AND ${visible(r, at)}
       WITH ${m}, ${r} ORDER BY coalesce(${m}.versionOf, ${m}.id)
       RETURN { label: [l IN labels(${m}) WHERE l <> 'Entity'][0], props: ${fields ? pick(m, fields) : nodeProps(m)}, edge: properties(${r}) } }`;
}

/**
 * The neighbours of many nodes over one relationship type, in one statement:
 * current ones, or with `at` those the graph recorded then (the node's version
 * then, its relationships then, their other ends then).
 */
export function findRelated(tx: Tx, ids: readonly string[], rel: string, direction: Direction, at: KnownAt = null): Promise<RelatedRow[]> {
  const start = at === null ? "MATCH (n:Entity {id: id})" : `${matchStable("n", "id", at)} WITH id, n WHERE ${visible("n", at)}`;
  return tx.run<RelatedRow>(
    `UNWIND $ids AS id
     ${start}
     RETURN id AS key, ${relatedCollect("n", rel, direction, at)} AS value`,
    { ids, at },
  );
}
