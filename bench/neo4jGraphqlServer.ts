/**
 * The anchor: @neo4j/graphql 7 over the same database, with type definitions
 * for the same labels and relationship types (`@node`, `@relationship`), served
 * by its own Apollo server. Each root field compiles to one Cypher statement;
 * full-text search, which the library only offers per label, is a `@cypher`
 * field: one over the Swedish-stemmed index its user would make, one over
 * this API's index (asked with this API's query, bench/shapes.ts). Round trips are counted by wrapping the driver's
 * transactions.
 */
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver } from "neo4j-driver";
import { ANCHOR_SEARCH_INDEX } from "./benchDb";
import { sameIndexSearch } from "./shapes";

const VALIDITY = "validFrom: String validTo: String validFromEarliest: Date validToLatest: Date";

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  union Actor = Organization | Person | Post
  union Member = Organization | Person

  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID! name: String! kind: String ${VALIDITY}
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Organization!]! @relationship(type: "PART_OF", direction: IN)
    posts: [Post!]! @relationship(type: "IN_ORGANIZATION", direction: IN)
    members: [Membership!]! @relationship(type: "IN_GROUP", direction: IN)
  }
  type Person @node(labels: ["Person", "Entity"]) {
    id: ID! name: String!
    appointments: [Appointment!]! @relationship(type: "OF_PERSON", direction: IN)
  }
  type Post @node(labels: ["Post", "Entity"]) {
    id: ID! title: String!
    organization: [Organization!]! @relationship(type: "IN_ORGANIZATION", direction: OUT)
    appointments: [Appointment!]! @relationship(type: "TO_POST", direction: IN)
  }
  type Appointment @node(labels: ["Appointment", "Entity"]) {
    id: ID! role: String! capacity: String ${VALIDITY}
    person: [Person!]! @relationship(type: "OF_PERSON", direction: OUT)
  }
  type Membership @node(labels: ["Membership", "Entity"]) {
    id: ID! role: String ${VALIDITY}
    member: [Member!]! @relationship(type: "OF_MEMBER", direction: OUT)
  }
  type Mandate @node(labels: ["Mandate", "Entity"]) {
    id: ID! scope: String! root: Boolean ${VALIDITY}
    heldBy: [Actor!]! @relationship(type: "HELD_BY", direction: OUT)
    delegatedFrom: [Mandate!]! @relationship(type: "DELEGATED_FROM", direction: OUT)
  }
  type Decision @node(labels: ["Decision", "Entity"]) {
    id: ID! title: String! status: String decidedOn: String decidedOnEarliest: Date decidedOnLatest: Date
    decidedBy: [Actor!]! @relationship(type: "DECIDED_BY", direction: OUT)
    underMandate: [Mandate!]! @relationship(type: "UNDER_MANDATE", direction: OUT)
  }
  type AgreementEvent @node(labels: ["AgreementEvent", "Entity"]) {
    id: ID! kind: String! date: String dateEarliest: Date summary: String
  }
  type Event @node(labels: ["Event", "Entity"]) {
    id: ID! title: String! date: String dateEarliest: Date
  }
  type Agreement @node(labels: ["Agreement", "Entity"]) {
    id: ID! title: String!
    events: [AgreementEvent!]! @relationship(type: "EVENT_OF", direction: IN)
    affectedBy: [Decision!]! @relationship(type: "AFFECTS", direction: IN)
    concernedBy: [Event!]! @relationship(type: "CONCERNS", direction: IN)
  }
  type SearchHit { id: ID! label: String! score: Float! }
  type Query {
    searchEntities(text: String!, first: Int!): [SearchHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('${ANCHOR_SEARCH_INDEX}', $text, {limit: $first}) YIELD node, score
        RETURN { id: node.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], score: score } AS hit
        """
        columnName: "hit"
      )
    searchEntitiesSameIndex(exact: String!, fuzzy: String!, first: Int!): [SearchHit!]!
      @cypher(
        statement: """
        ${sameIndexSearch("$first")}
        RETURN { id: node.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], score: score } AS hit
        """
        columnName: "hit"
      )
  }
`;

/** A driver whose transactions count the statements run through them. */
export function countingDriver(driver: Driver, counter: { statements: number }): Driver {
  const wrapTx = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (prop === "run" && typeof v === "function") {
          return (...args: unknown[]) => {
            counter.statements += 1;
            return (v as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  const wrapSession = <S extends object>(session: S): S =>
    new Proxy(session, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if ((prop === "executeRead" || prop === "executeWrite") && typeof v === "function") {
          return (work: (tx: object) => unknown, config?: unknown) =>
            (v as (w: unknown, c?: unknown) => unknown).call(target, (tx: object) => work(wrapTx(tx)), config);
        }
        if ((prop === "run" || prop === "beginTransaction") && typeof v === "function") {
          return (...args: unknown[]) => {
            const r = (v as (...a: unknown[]) => unknown).apply(target, args);
            if (prop === "run") counter.statements += 1;
            return prop === "beginTransaction" ? wrapTx(r as object) : r;
          };
        }
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (prop === "session" && typeof v === "function") return (...args: unknown[]) => wrapSession((v as (...a: unknown[]) => object).apply(target, args));
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}

export interface AnchorServer {
  url: string;
  counter: { statements: number };
  close(): Promise<void>;
}

export async function startNeo4jGraphqlServer(driver: Driver): Promise<AnchorServer> {
  const counter = { statements: 0 };
  const neoSchema = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver: countingDriver(driver, counter) });
  const schema = await neoSchema.getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, csrfPrevention: false });
  await apollo.start();
  app.use("/graphql", express.json(), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const addr = httpServer.address() as { port: number };
  return {
    url: `http://127.0.0.1:${addr.port}/graphql`,
    counter,
    async close() {
      await apollo.stop();
      await new Promise((r) => httpServer.close(r));
    },
  };
}
