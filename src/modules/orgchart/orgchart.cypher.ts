import type { Tx } from "../../neo4j/funnel";
import type { Plain } from "../../neo4j/values";
import { nodeProps, partialDate, pick, unpick } from "../../neo4j/project";
import { Params } from "../list/list.cypher";
import { textContains } from "../list/list.filters";
import { type KnownAt, matchStable, stableId, visible } from "../node/recordTime";

type Props = Record<string, Plain>;

export interface OrgChartRows {
  root: Props | null;
  /** The validity (VALIDITY) of every organisation the root is part of, directly or further up (PART_OF). */
  ancestors: Props[];
  units: Array<{ props: Props; parentId: string | null; depth: number }>;
  posts: Array<{ props: Props; orgId: string }>;
  appointments: Array<{ props: Props; person: Props; postId: string | null; orgId: string | null }>;
  memberships: Array<{ props: Props; member: Props; memberLabel: string; groupId: string }>;
  /** Decisions (status TAKEN) pausing or resuming a unit: `(decision)-[:AFFECTS {effect: PAUSES|RESUMES}]->(unit)`. */
  pauses: Array<{ decision: Props; effect: "PAUSES" | "RESUMES"; note: string | null; orgId: string }>;
}

/**
 * Excludes facts that certainly did not hold on $asOf (valid time) or were not
 * recorded as current at `at` (record time, null for now); the caller grades
 * the rest (certain / uncertain).
 */
const MAY_HOLD = (v: string, at: KnownAt) =>
  `(${v}.validFromEarliest IS NULL OR ${v}.validFromEarliest <= date($asOf)) AND (${v}.validToLatest IS NULL OR ${v}.validToLatest > date($asOf)) AND ${visible(v, at)}`;

/**
 * At a past moment the versions then current may be older ones (`<id>@v<n>`):
 * the statements traverse them by their own ids, and the rows report the
 * stable ids (`versionOf`), as every other read does.
 */
function stabilise(rows: OrgChartRows): OrgChartRows {
  const stable = new Map<string, string>();
  const note = (p: Props | null) => {
    if (p && typeof p.versionOf === "string") stable.set(p.id as string, p.versionOf);
  };
  rows.units.forEach((u) => note(u.props));
  rows.posts.forEach((p) => note(p.props));
  const id = <T extends string | null>(x: T): T => (x === null ? x : ((stable.get(x) ?? x) as T));
  const props = (p: Props): Props => (typeof p.versionOf === "string" ? { ...p, id: p.versionOf } : p);
  return {
    root: rows.root && props(rows.root),
    ancestors: rows.ancestors,
    units: rows.units.map((u) => ({ ...u, props: props(u.props), parentId: id(u.parentId) })),
    posts: rows.posts.map((p) => ({ props: props(p.props), orgId: id(p.orgId) })),
    appointments: rows.appointments.map((a) => ({ props: props(a.props), person: props(a.person), postId: id(a.postId), orgId: id(a.orgId) })),
    memberships: rows.memberships.map((m) => ({ ...m, props: props(m.props), member: props(m.member), groupId: id(m.groupId) })),
    pauses: rows.pauses.map((x) => ({ ...x, decision: props(x.decision), orgId: id(x.orgId) })),
  };
}

const VALIDITY = [...partialDate("validFrom"), ...partialDate("validTo")];

/** What drawing the chart reads of each node (orgchart.assemble.ts), when no box's `subject` is asked for. */
const CHART_FIELDS = {
  Organization: ["name", "kind", ...VALIDITY],
  Post: ["title", ...VALIDITY],
  Appointment: ["role", "capacity", "attestedOn", ...VALIDITY],
  Person: ["name"],
  Membership: ["role", ...VALIDITY],
  member: ["name", "title"],
} as const;

/**
 * `full`: each box's subject is asked for, so its node comes with all its
 * properties; otherwise only what the chart draws, as lists (project.ts).
 */
export interface OrgChartDetail {
  full: boolean;
  /** Whether the boxes' `pausedBy` is asked for: the decisions pausing a unit are read only then. */
  pauses?: boolean;
}

/**
 * The org chart's raw material in one round trip. Strategy: walk PART_OF down
 * from the root (depth is an integer 1–8 checked by the caller, spliced in because
 * Cypher cannot parameterise a path length), keeping the shortest depth and the
 * direct parent of each unit; then, for all units at once, their posts, the
 * appointments to those posts or roles in those units, and group memberships,
 * each pre-filtered to what may hold on $asOf, from the unit nodes the walk
 * found (not looked up again by id). The root always comes whole (it is `OrgChart.root`);
 * beside it, the validity of the organisations it is part of (PART_OF upwards, any
 * length), which cap the root's certainty (orgchart.assemble.ts).
 */
export async function findOrgChartRows(tx: Tx, rootId: string, asOf: string, depth: number, at: KnownAt = null, detail: OrgChartDetail = { full: true }): Promise<OrgChartRows> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 8) throw new Error(`depth out of range: ${depth}`);
  const p = (v: string, label: keyof typeof CHART_FIELDS, labels: string | string[] = label) =>
    detail.full ? nodeProps(v, labels) : pick(v, CHART_FIELDS[label]);
  const rows = await tx.run<OrgChartRows>(
    `${at === null ? "MATCH (root:Organization {id: $rootId})" : `WITH $rootId AS rootId ${matchStable("root", "rootId", at, "Organization")} WITH root`} WHERE ${MAY_HOLD("root", at)}
     OPTIONAL MATCH path = (root)<-[:PART_OF*1..${depth}]-(u:Organization)
     WHERE all(n IN nodes(path) WHERE ${MAY_HOLD("n", at)}) AND all(r IN relationships(path) WHERE ${visible("r", at)})
     WITH root, u, path ORDER BY length(path)
     WITH root, u, collect(path)[0] AS shortest
     WITH root, collect(CASE WHEN u IS NULL THEN null
                        ELSE { props: ${p("u", "Organization")}, parentId: nodes(shortest)[-2].id, depth: length(shortest) } END) AS found, collect(u) AS below
     WITH root, [{ props: ${p("root", "Organization")}, parentId: null, depth: 0 }] + found AS units, [root] + below AS unitNodes
     CALL (unitNodes) {
       UNWIND unitNodes AS o
       MATCH (p:Post)-[pr:IN_ORGANIZATION]->(o) WHERE ${visible("p", at)} AND ${visible("pr", at)}
       RETURN collect({ props: ${p("p", "Post")}, orgId: o.id }) AS posts
     }
     CALL (unitNodes) {
       UNWIND unitNodes AS o
       CALL {
         WITH o MATCH (a:Appointment)-[r:IN_ORGANIZATION]->(o) WHERE ${visible("r", at)} RETURN a
         UNION
         WITH o MATCH (a:Appointment)-[r1:TO_POST]->(p:Post)-[r2:IN_ORGANIZATION]->(o)
         WHERE ${visible("r1", at)} AND ${visible("r2", at)} AND ${visible("p", at)} RETURN a
       }
       WITH DISTINCT a WHERE ${MAY_HOLD("a", at)}
       MATCH (a)-[r1:OF_PERSON]->(person:Person) WHERE ${visible("r1", at)} AND ${visible("person", at)}
       OPTIONAL MATCH (a)-[r2:TO_POST]->(post:Post) WHERE ${visible("r2", at)} AND ${visible("post", at)}
       OPTIONAL MATCH (a)-[r3:IN_ORGANIZATION]->(org:Organization) WHERE ${visible("r3", at)} AND ${visible("org", at)}
       OPTIONAL MATCH (post)-[r4:IN_ORGANIZATION]->(postOrg:Organization) WHERE ${visible("r4", at)} AND ${visible("postOrg", at)}
       RETURN collect({ props: ${p("a", "Appointment")}, person: ${p("person", "Person")}, postId: post.id, orgId: coalesce(org.id, postOrg.id) }) AS appointments
     }
     CALL (unitNodes) {
       UNWIND unitNodes AS g
       MATCH (m:Membership)-[r1:IN_GROUP]->(g)
       MATCH (m)-[r2:OF_MEMBER]->(member:Entity)
       WHERE ${MAY_HOLD("m", at)} AND ${visible("r1", at)} AND ${visible("r2", at)} AND ${visible("member", at)}
       RETURN collect({ props: ${p("m", "Membership")}, member: ${p("member", "member", ["Organization", "Person"])}, memberLabel: [l IN labels(member) WHERE l <> 'Entity'][0], groupId: g.id }) AS memberships
     }
     ${detail.pauses === false ? "WITH *, [] AS pauses" : `CALL (unitNodes) {
       UNWIND unitNodes AS o
       MATCH (d:Decision)-[e:AFFECTS]->(o)
       WHERE e.effect IN ['PAUSES', 'RESUMES'] AND coalesce(d.status, 'TAKEN') = 'TAKEN' AND ${visible("d", at)} AND ${visible("e", at)}
       RETURN collect({ decision: ${nodeProps("d", "Decision")}, effect: e.effect, note: e.note, orgId: o.id }) AS pauses
     }`}
     CALL (root) {
       OPTIONAL MATCH up = (root)-[:PART_OF*1..]->(anc:Organization)
       WHERE all(n IN nodes(up) WHERE ${visible("n", at)}) AND all(r IN relationships(up) WHERE ${visible("r", at)})
       RETURN collect(DISTINCT ${pick("anc", VALIDITY)}) AS ancestors
     }
     RETURN ${nodeProps("root", "Organization")} AS root, ancestors, units, posts, appointments, memberships, pauses`,
    at === null ? { rootId, asOf } : { rootId, asOf, at },
  );
  const raw = rows[0] ?? { root: null, ancestors: [], units: [], posts: [], appointments: [], memberships: [], pauses: [] };
  const found = { ...(detail.full ? raw : unpickRows(raw)), ancestors: raw.ancestors.map((a) => unpick(VALIDITY, a) ?? {}) };
  return at === null ? found : stabilise(found);
}

/** The chart-only rows as the same maps the full rows carry. */
function unpickRows(rows: OrgChartRows): OrgChartRows {
  const as = (label: keyof typeof CHART_FIELDS, x: Plain) => unpick(CHART_FIELDS[label], x) ?? {};
  return {
    root: rows.root,
    ancestors: rows.ancestors,
    units: rows.units.map((u) => ({ ...u, props: as("Organization", u.props) })),
    posts: rows.posts.map((x) => ({ ...x, props: as("Post", x.props) })),
    appointments: rows.appointments.map((a) => ({ ...a, props: as("Appointment", a.props), person: as("Person", a.person) })),
    memberships: rows.memberships.map((m) => ({ ...m, props: as("Membership", m.props), member: as("member", m.member) })),
    pauses: rows.pauses,
  };
}

export interface HoldingRow {
  appointment: Props;
  person: Props;
  post: Props | null;
  organization: Props | null;
}

/**
 * Appointments to a post (by id) or whose post title or role contains the words
 * asked for, optionally in one organisation, that may hold on $asOf; with
 * `at`, as recorded at that moment (ids compared as stable ids). Words match
 * ignoring case and diacritics (SDL `Query.whoHeld`) as the list text filters
 * do: a post's title through its stored folded search text, an appointment's
 * role (which has none) folded in the statement.
 */
export function findHoldings(tx: Tx, post: string, organizationId: string | null, asOf: string, at: KnownAt = null): Promise<HoldingRow[]> {
  const orgById =
    at === null
      ? "EXISTS { (p)-[r5:IN_ORGANIZATION]->(:Organization {id: $organizationId}) WHERE r5.retractedAt IS NULL }"
      : `EXISTS { MATCH (p)-[r5:IN_ORGANIZATION]->(o5:Organization) WHERE ${stableId("o5", at)} = $organizationId AND ${visible("r5", at)} AND ${visible("o5", at)} }`;
  const params = new Params();
  const words = (v: string, fallback: string) => textContains(post, fallback)?.(params)(v) ?? "false";
  return tx.run<HoldingRow>(
    `MATCH (a:Appointment)-[r1:OF_PERSON]->(person:Person)
     WHERE ${MAY_HOLD("a", at)} AND ${visible("r1", at)} AND ${visible("person", at)}
     OPTIONAL MATCH (a)-[r2:TO_POST]->(p:Post) WHERE ${visible("r2", at)} AND ${visible("p", at)}
     OPTIONAL MATCH (a)-[r3:IN_ORGANIZATION]->(o:Organization) WHERE ${visible("r3", at)} AND ${visible("o", at)}
     OPTIONAL MATCH (p)-[r4:IN_ORGANIZATION]->(po:Organization) WHERE ${visible("r4", at)} AND ${visible("po", at)}
     WITH a, person, p, coalesce(o, po) AS org
     WHERE (${stableId("p", at)} = $post OR ${words("p", "title")} OR ${words("a", "role")})
       AND ($organizationId IS NULL OR ${stableId("org", at)} = $organizationId OR ${orgById})
     RETURN ${nodeProps("a", "Appointment")} AS appointment, ${nodeProps("person", "Person")} AS person, ${nodeProps("p", "Post")} AS post, ${nodeProps("org", "Organization")} AS organization
     ORDER BY person.name`,
    { ...params.values, ...(at === null ? { post, organizationId, asOf } : { post, organizationId, asOf, at }) },
  );
}
