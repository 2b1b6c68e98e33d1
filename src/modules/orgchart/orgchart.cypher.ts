import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";

type Props = Record<string, Plain>;

export interface OrgChartRows {
  root: Props | null;
  units: Array<{ props: Props; parentId: string | null; depth: number }>;
  posts: Array<{ props: Props; orgId: string }>;
  appointments: Array<{ props: Props; person: Props; postId: string | null; orgId: string | null }>;
  memberships: Array<{ props: Props; member: Props; memberLabel: string; groupId: string }>;
}

/** Excludes facts that certainly did not hold on $asOf; the caller grades the rest (certain / uncertain). */
const MAY_HOLD = (v: string) =>
  `(${v}.validFromEarliest IS NULL OR ${v}.validFromEarliest <= date($asOf)) AND (${v}.validToLatest IS NULL OR ${v}.validToLatest > date($asOf)) AND ${v}.retractedAt IS NULL`;

/**
 * The org chart's raw material in one round trip. Strategy: walk PART_OF down
 * from the root (depth is an integer 1–8 checked by the caller, spliced in because
 * Cypher cannot parameterise a path length), keeping the shortest depth and the
 * direct parent of each unit; then, for all units at once, their posts, the
 * appointments to those posts or roles in those units, and group memberships,
 * each pre-filtered to what may hold on $asOf.
 */
export async function findOrgChartRows(tx: Tx, rootId: string, asOf: string, depth: number): Promise<OrgChartRows> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 8) throw new Error(`depth out of range: ${depth}`);
  const rows = await tx.run<OrgChartRows>(
    `MATCH (root:Organization {id: $rootId}) WHERE ${MAY_HOLD("root")}
     OPTIONAL MATCH path = (root)<-[:PART_OF*1..${depth}]-(u:Organization)
     WHERE all(n IN nodes(path) WHERE ${MAY_HOLD("n")})
     WITH root, u, path ORDER BY length(path)
     WITH root, u, collect(path)[0] AS shortest
     WITH root, collect(CASE WHEN u IS NULL THEN null
                        ELSE { props: properties(u), parentId: nodes(shortest)[-2].id, depth: length(shortest) } END) AS found
     WITH root, [{ props: properties(root), parentId: null, depth: 0 }] + found AS units
     WITH root, units, [x IN units | x.props.id] AS unitIds
     CALL {
       WITH unitIds
       UNWIND unitIds AS uid
       MATCH (p:Post)-[:IN_ORGANIZATION]->(:Organization {id: uid}) WHERE p.retractedAt IS NULL
       RETURN collect({ props: properties(p), orgId: uid }) AS posts
     }
     CALL {
       WITH unitIds
       UNWIND unitIds AS uid
       MATCH (o:Organization {id: uid})
       CALL {
         WITH o MATCH (a:Appointment)-[:IN_ORGANIZATION]->(o) RETURN a
         UNION
         WITH o MATCH (a:Appointment)-[:TO_POST]->(:Post)-[:IN_ORGANIZATION]->(o) RETURN a
       }
       WITH DISTINCT a WHERE ${MAY_HOLD("a")}
       MATCH (a)-[:OF_PERSON]->(person:Person)
       OPTIONAL MATCH (a)-[:TO_POST]->(post:Post)
       OPTIONAL MATCH (a)-[:IN_ORGANIZATION]->(org:Organization)
       OPTIONAL MATCH (post)-[:IN_ORGANIZATION]->(postOrg:Organization)
       RETURN collect({ props: properties(a), person: properties(person), postId: post.id, orgId: coalesce(org.id, postOrg.id) }) AS appointments
     }
     CALL {
       WITH unitIds
       UNWIND unitIds AS gid
       MATCH (m:Membership)-[:IN_GROUP]->(:Organization {id: gid})
       MATCH (m)-[:OF_MEMBER]->(member:Entity)
       WHERE ${MAY_HOLD("m")}
       RETURN collect({ props: properties(m), member: properties(member), memberLabel: [l IN labels(member) WHERE l <> 'Entity'][0], groupId: gid }) AS memberships
     }
     RETURN properties(root) AS root, units, posts, appointments, memberships`,
    { rootId, asOf },
  );
  return rows[0] ?? { root: null, units: [], posts: [], appointments: [], memberships: [] };
}

export interface HoldingRow {
  appointment: Props;
  person: Props;
  post: Props | null;
  organization: Props | null;
}

/**
 * Appointments to a post (by id) or whose post title or role contains the words
 * asked for, optionally in one organisation, that may hold on $asOf.
 */
export function findHoldings(tx: Tx, post: string, organizationId: string | null, asOf: string): Promise<HoldingRow[]> {
  return tx.run<HoldingRow>(
    `MATCH (a:Appointment)-[:OF_PERSON]->(person:Person)
     WHERE ${MAY_HOLD("a")}
     OPTIONAL MATCH (a)-[:TO_POST]->(p:Post)
     OPTIONAL MATCH (a)-[:IN_ORGANIZATION]->(o:Organization)
     OPTIONAL MATCH (p)-[:IN_ORGANIZATION]->(po:Organization)
     WITH a, person, p, coalesce(o, po) AS org
     WHERE (p.id = $post OR toLower(coalesce(p.title, '')) CONTAINS toLower($post) OR toLower(a.role) CONTAINS toLower($post))
       AND ($organizationId IS NULL OR org.id = $organizationId OR EXISTS { (p)-[:IN_ORGANIZATION]->(:Organization {id: $organizationId}) })
     RETURN properties(a) AS appointment, properties(person) AS person, properties(p) AS post, properties(org) AS organization
     ORDER BY person.name`,
    { post, organizationId, asOf },
  );
}
