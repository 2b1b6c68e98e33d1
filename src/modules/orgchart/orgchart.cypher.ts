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
     WHERE all(n IN nodes(path) WHERE ${MAY_HOLD("n")}) AND all(r IN relationships(path) WHERE r.retractedAt IS NULL)
     WITH root, u, path ORDER BY length(path)
     WITH root, u, collect(path)[0] AS shortest
     WITH root, collect(CASE WHEN u IS NULL THEN null
                        ELSE { props: properties(u), parentId: nodes(shortest)[-2].id, depth: length(shortest) } END) AS found
     WITH root, [{ props: properties(root), parentId: null, depth: 0 }] + found AS units
     WITH root, units, [x IN units | x.props.id] AS unitIds
     CALL {
       WITH unitIds
       UNWIND unitIds AS uid
       MATCH (p:Post)-[pr:IN_ORGANIZATION]->(:Organization {id: uid}) WHERE p.retractedAt IS NULL AND pr.retractedAt IS NULL
       RETURN collect({ props: properties(p), orgId: uid }) AS posts
     }
     CALL {
       WITH unitIds
       UNWIND unitIds AS uid
       MATCH (o:Organization {id: uid})
       CALL {
         WITH o MATCH (a:Appointment)-[r:IN_ORGANIZATION]->(o) WHERE r.retractedAt IS NULL RETURN a
         UNION
         WITH o MATCH (a:Appointment)-[r1:TO_POST]->(p:Post)-[r2:IN_ORGANIZATION]->(o)
         WHERE r1.retractedAt IS NULL AND r2.retractedAt IS NULL AND p.retractedAt IS NULL RETURN a
       }
       WITH DISTINCT a WHERE ${MAY_HOLD("a")}
       MATCH (a)-[r1:OF_PERSON]->(person:Person) WHERE r1.retractedAt IS NULL AND person.retractedAt IS NULL
       OPTIONAL MATCH (a)-[r2:TO_POST]->(post:Post) WHERE r2.retractedAt IS NULL AND post.retractedAt IS NULL
       OPTIONAL MATCH (a)-[r3:IN_ORGANIZATION]->(org:Organization) WHERE r3.retractedAt IS NULL AND org.retractedAt IS NULL
       OPTIONAL MATCH (post)-[r4:IN_ORGANIZATION]->(postOrg:Organization) WHERE r4.retractedAt IS NULL AND postOrg.retractedAt IS NULL
       RETURN collect({ props: properties(a), person: properties(person), postId: post.id, orgId: coalesce(org.id, postOrg.id) }) AS appointments
     }
     CALL {
       WITH unitIds
       UNWIND unitIds AS gid
       MATCH (m:Membership)-[r1:IN_GROUP]->(:Organization {id: gid})
       MATCH (m)-[r2:OF_MEMBER]->(member:Entity)
       WHERE ${MAY_HOLD("m")} AND r1.retractedAt IS NULL AND r2.retractedAt IS NULL AND member.retractedAt IS NULL
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
    `MATCH (a:Appointment)-[r1:OF_PERSON]->(person:Person)
     WHERE ${MAY_HOLD("a")} AND r1.retractedAt IS NULL AND person.retractedAt IS NULL
     OPTIONAL MATCH (a)-[r2:TO_POST]->(p:Post) WHERE r2.retractedAt IS NULL AND p.retractedAt IS NULL
     OPTIONAL MATCH (a)-[r3:IN_ORGANIZATION]->(o:Organization) WHERE r3.retractedAt IS NULL AND o.retractedAt IS NULL
     OPTIONAL MATCH (p)-[r4:IN_ORGANIZATION]->(po:Organization) WHERE r4.retractedAt IS NULL AND po.retractedAt IS NULL
     WITH a, person, p, coalesce(o, po) AS org
     WHERE (p.id = $post OR toLower(coalesce(p.title, '')) CONTAINS toLower($post) OR toLower(a.role) CONTAINS toLower($post))
       AND ($organizationId IS NULL OR org.id = $organizationId OR EXISTS { (p)-[r5:IN_ORGANIZATION]->(:Organization {id: $organizationId}) WHERE r5.retractedAt IS NULL })
     RETURN properties(a) AS appointment, properties(person) AS person, properties(p) AS post, properties(org) AS organization
     ORDER BY person.name`,
    { post, organizationId, asOf },
  );
}
