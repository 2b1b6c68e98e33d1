/**
 * The five query shapes of issue 7 (search twice: each path with the index
 * its user would make, and all three with this API's index and query), each as the same work through three
 * paths: this API's GraphQL, @neo4j/graphql's generated GraphQL
 * (bench/neo4jGraphqlServer.ts), and one hand-written Cypher statement behind
 * bench/rawServer.ts. Parameters rotate over ids spread across the synthetic
 * graph's blocks, so a run does not hit one cached node.
 */
import { bandRanges } from "../src/domain/storedDate";
import { searchQueries, searchWords } from "../src/modules/search/luceneQuery";
import { SEARCH_INDEX } from "../src/modules/search/search.cypher";
import { ANCHOR_SEARCH_INDEX, BENCH_PREFIX } from "./benchDb";

export interface ShapeParams {
  [key: string]: string | number;
}

export interface Shape {
  name: string;
  params: (i: number, blocks: number) => ShapeParams;
  ours: string;
  neo4jGraphql: string;
  raw: string;
  /** The raw statement's parameters, when they are more than the GraphQL variables. */
  rawParams?: (vars: ShapeParams) => Record<string, unknown>;
  /** The anchor's GraphQL variables, when they are not this API's. */
  anchorParams?: (vars: ShapeParams) => ShapeParams;
}

const P = BENCH_PREFIX;
const block = (i: number, blocks: number) => (i * 7919) % blocks;
const ACTOR = `... on Organization { name } ... on Person { name } ... on Post { title }`;

/** What the two search shapes search for, in turn. */
const SEARCH_TEXTS = (i: number): ShapeParams => ({ text: ["Lindqvist", "Kullbratt", "journalsystem", "Järnström", "upphandling"][i % 5]! });
/** This API's two Lucene queries for a search shape's text (src/modules/search/luceneQuery.ts). */
const luceneOf = (vars: ShapeParams): ShapeParams => ({ ...searchQueries(searchWords(String(vars.text))) });

/**
 * By hand, what this API's search statement does (src/modules/search/search.cypher.ts) when
 * nothing is retracted among the best 30 hits: the best `first` current nodes for `$exact`, or,
 * when it has fewer, for `$fuzzy`; rows `node` and `score`, best first. Raw Cypher and the
 * anchor's `@cypher` field both run it.
 */
export function sameIndexSearch(first: string): string {
  const answer = (q: string) =>
    `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', ${q}, {limit: 30}) YIELD node, score
       WITH node, score WHERE node.retractedAt IS NULL RETURN collect({ node: node, score: score }) AS hits`;
  return `CALL () { ${answer("$exact")} }
    CALL (hits) {
      WITH hits WHERE size(hits) >= ${first} RETURN hits AS page
      UNION ALL
      WITH hits WHERE size(hits) < ${first} ${answer("$fuzzy").replace("AS hits", "AS page")}
    }
    UNWIND page AS hit
    WITH hit.node AS node, hit.score AS score ORDER BY score DESC, node.id LIMIT ${first}`;
}

export const SHAPES: Shape[] = [
  {
    name: "decisionsPage",
    params: (i) => ({ from: `${2019 + (i % 6)}-01-01`, to: `${2019 + (i % 6)}-06-30` }),
    ours: `query DecisionsPage($from: Date, $to: Date) { decisions(filter: { from: $from, to: $to }, orderBy: DATE_ASC, first: 20) {
      edges { node { id title status decidedOn { text } decidedBy { ${ACTOR} } } } } }`,
    neo4jGraphql: `query DecisionsPage($from: Date, $to: Date) { decisions(where: { decidedOnLatest: { gte: $from }, decidedOnEarliest: { lte: $to } },
      sort: [{ decidedOnEarliest: ASC }, { id: ASC }], limit: 20) { id title status decidedOn decidedBy { ${ACTOR} } } }`,
    // By hand as the API reads it: each band of the banded date key (src/domain/storedDate.ts) is one index range.
    raw: `UNWIND $bands AS b
      CALL (b) { MATCH (d:Decision) WHERE d.decidedOnBand >= b.lo AND d.decidedOnBand <= b.hi AND d.retractedAt IS NULL
          AND coalesce(d.decidedOnEarliest <= date($to), true) AND coalesce(d.decidedOnLatest >= date($from), true)
        WITH d ORDER BY d.decidedOnBand, d.id LIMIT 20 RETURN d }
      WITH d ORDER BY d.decidedOnKey, d.id LIMIT 20
      RETURN d.id AS id, d.title AS title, d.status AS status, d.decidedOn AS decidedOn,
        COLLECT { MATCH (d)-[:DECIDED_BY]->(a) RETURN coalesce(a.name, a.title) } AS decidedBy`,
    rawParams: (v) => ({ ...v, bands: bandRanges(String(v.from), String(v.to)) }),
  },
  {
    name: "decisionTrace",
    params: (i, blocks) => ({ id: `decision:${P}-${block(i, blocks)}-d${(i * 31) % 250}` }),
    ours: `query DecisionTrace($id: ID!) { decision(id: $id) { id title decidedOn { text }
      deciders { actor { ${ACTOR} } capacities { role capacity certainty } }
      mandateChain { recorded endsAtRoot steps { level scope inForceOnDecisionDate heldBy { ${ACTOR} } } } } }`,
    neo4jGraphql: `query DecisionTrace($id: ID!) { decisions(where: { id: { eq: $id } }) { id title decidedOn
      decidedBy { ... on Organization { name } ... on Post { title } ... on Person { name appointments { role capacity validFrom validTo } } }
      underMandate { scope validFrom validTo root heldBy { ${ACTOR} }
        delegatedFrom { scope validFrom validTo root heldBy { ${ACTOR} }
          delegatedFrom { scope validFrom validTo root heldBy { ${ACTOR} }
            delegatedFrom { scope validFrom validTo root heldBy { ${ACTOR} }
              delegatedFrom { scope validFrom validTo root heldBy { ${ACTOR} }
                delegatedFrom { scope validFrom validTo root heldBy { ${ACTOR} } } } } } } } } }`,
    raw: `MATCH (d:Decision {id: $id})
      CALL (d) { OPTIONAL MATCH (d)-[:DECIDED_BY]->(x)
        RETURN collect({ name: coalesce(x.name, x.title),
          holdings: COLLECT { MATCH (a:Appointment)-[:OF_PERSON|TO_POST]->(x) RETURN a { .role, .capacity, .validFrom, .validTo } } }) AS deciders }
      CALL (d) { OPTIONAL MATCH p = (d)-[:UNDER_MANDATE]->(:Mandate)-[:DELEGATED_FROM*0..10]->(m:Mandate)
        WITH m, length(p) AS level ORDER BY level
        OPTIONAL MATCH (m)-[:HELD_BY]->(h)
        RETURN collect({ level: level, scope: m.scope, validFrom: m.validFrom, root: m.root, heldBy: coalesce(h.name, h.title) }) AS steps }
      RETURN d.id AS id, d.title AS title, d.decidedOn AS decidedOn, deciders, steps`,
  },
  {
    name: "orgChart",
    params: (i, blocks) => ({ id: `org:${P}-${block(i, blocks)}-region`, asOf: `${2020 + (i % 6)}-06-01` }),
    ours: `query OrgChart($id: ID!, $asOf: Date!) { orgChart(rootId: $id, asOf: $asOf, depth: 4) { nodes { id parentId kind label role capacity certainty depth } } }`,
    neo4jGraphql: `query OrgChart($id: ID!, $asOf: Date!) { organizations(where: { id: { eq: $id } }) { ...Unit
      children(where: { OR: [{ validToLatest: { gt: $asOf } }, { validToLatest: { eq: null } }] }) { ...Unit
        children(where: { OR: [{ validToLatest: { gt: $asOf } }, { validToLatest: { eq: null } }] }) { ...Unit
          children(where: { OR: [{ validToLatest: { gt: $asOf } }, { validToLatest: { eq: null } }] }) { ...Unit
            children(where: { OR: [{ validToLatest: { gt: $asOf } }, { validToLatest: { eq: null } }] }) { ...Unit } } } } } }
      fragment Unit on Organization { id name kind
        posts { id title appointments(where: { AND: [{ OR: [{ validFromEarliest: { lte: $asOf } }, { validFromEarliest: { eq: null } }] },
          { OR: [{ validToLatest: { gt: $asOf } }, { validToLatest: { eq: null } }] }] }) { id role capacity person { name } } }
        members(where: { OR: [{ validFromEarliest: { lte: $asOf } }, { validFromEarliest: { eq: null } }] }) { id role member { ... on Organization { name } ... on Person { name } } } }`,
    raw: `MATCH (root:Organization {id: $id})
      OPTIONAL MATCH path = (root)<-[:PART_OF*1..4]-(u:Organization)
      WHERE all(n IN nodes(path) WHERE n.validToLatest IS NULL OR n.validToLatest > date($asOf))
      WITH root, collect(DISTINCT u) + root AS units
      UNWIND units AS unit
      RETURN unit.id AS id, unit.name AS name,
        COLLECT { MATCH (p:Post)-[:IN_ORGANIZATION]->(unit)
          RETURN p { .id, .title, holders: COLLECT { MATCH (a:Appointment)-[:TO_POST]->(p)-[:IN_ORGANIZATION]->(unit), (a)-[:OF_PERSON]->(person)
            WHERE (a.validFromEarliest IS NULL OR a.validFromEarliest <= date($asOf)) AND (a.validToLatest IS NULL OR a.validToLatest > date($asOf))
            RETURN { role: a.role, capacity: a.capacity, person: person.name } } } } AS posts,
        COLLECT { MATCH (m:Membership)-[:IN_GROUP]->(unit), (m)-[:OF_MEMBER]->(who)
          WHERE m.validFromEarliest IS NULL OR m.validFromEarliest <= date($asOf) RETURN { role: m.role, name: who.name } } AS members`,
  },
  {
    name: "agreementHistory",
    params: (i, blocks) => ({ id: `agreement:${P}-${block(i, blocks)}-g${i % 5}` }),
    ours: `query AgreementHistory($id: ID!) { agreementHistory(id: $id) { date { text } kind eventKind effect title summary } }`,
    neo4jGraphql: `query AgreementHistory($id: ID!) { agreements(where: { id: { eq: $id } }) { id title
      events { kind date dateEarliest summary } affectedBy { title decidedOn decidedOnEarliest } concernedBy { title date dateEarliest } } }`,
    raw: `MATCH (ag:Agreement {id: $id})
      CALL (ag) {
        MATCH (e:AgreementEvent)-[:EVENT_OF]->(ag) RETURN 'AGREEMENT_EVENT' AS kind, e.kind AS what, e.date AS date, e.dateEarliest AS sort, e.summary AS title
        UNION ALL
        MATCH (d:Decision)-[r:AFFECTS]->(ag) RETURN 'DECISION' AS kind, r.effect AS what, d.decidedOn AS date, d.decidedOnEarliest AS sort, d.title AS title
        UNION ALL
        MATCH (ev:Event)-[:CONCERNS]->(ag) RETURN 'EVENT' AS kind, ev.kind AS what, ev.date AS date, ev.dateEarliest AS sort, ev.title AS title }
      RETURN kind, what, date, title ORDER BY sort`,
  },
  {
    name: "search",
    params: SEARCH_TEXTS,
    ours: `query Search($text: String!) { search(text: $text, first: 20) { score text node { id } } }`,
    neo4jGraphql: `query Search($text: String!) { searchEntities(text: $text, first: 20) { id label score } }`,
    raw: `CALL db.index.fulltext.queryNodes('${ANCHOR_SEARCH_INDEX}', $text, {limit: 20}) YIELD node, score
      RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, score`,
  },
  {
    // The same search with the same index work on every path: the anchor and raw Cypher ask this
    // API's index (entity_search_v2) with the Lucene queries this API builds from the text (the word,
    // its prefix and its stem, accents folded; and one edit away, asked only when the first answer
    // does not fill the page), which the client builds for them here, and keep, as this API does,
    // the current version of each node, best first, from an answer of 30.
    name: "searchSameIndex",
    params: SEARCH_TEXTS,
    ours: `query Search($text: String!) { search(text: $text, first: 20) { score text node { id } } }`,
    neo4jGraphql: `query Search($exact: String!, $fuzzy: String!) { searchEntitiesSameIndex(exact: $exact, fuzzy: $fuzzy, first: 20) { id label score } }`,
    anchorParams: luceneOf,
    raw: `${sameIndexSearch("20")}
      RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, score`,
    rawParams: luceneOf,
  },
];
