/**
 * Query documents that the limits must let through (what analysts write) or
 * refuse (what an attacker sends), shared by the unit and HTTP tests.
 */

/** A mandate and `steps` more up its delegation chain, each with its citations. */
function mandateChain(steps: number): string {
  const mandate = "id scope basis validFrom { text } heldBy { __typename ... on Organization { id name } } citations { quote locator document { id title } }";
  return steps === 0 ? mandate : `${mandate} delegatedFrom { ${mandateChain(steps - 1)} }`;
}

/**
 * The analyst's decision trace written by hand (depth 11): a decision, its
 * mandate and six delegations up the chain, each with its sources.
 */
export const DECISION_TRACE = `query Trace($id: ID!) {
  decision(id: $id) {
    id title summary status decidedOn { text precision earliest latest }
    decidedBy { __typename ... on Organization { id name kind } ... on Person { id name } }
    requestedBy { __typename ... on Organization { id name } }
    citations { quote locator nameAsWritten document { id title } }
    underMandate { ${mandateChain(6)} }
  }
}`;

/** `parent { parent { … } }` `levels` deep: a depth bomb. */
export function depthBomb(levels: number): string {
  return `{ organization(id: "org:vgr") { ${"parent { ".repeat(levels)}id${" }".repeat(levels)} } }`;
}

/** The same field under `count` aliases: an alias bomb (one request, `count` resolutions). */
export function aliasBomb(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: organization(id: "org:vgr") { id name }`).join(" ")} }`;
}

/** `count` directives in one operation, one per field so no other rule objects. */
export function directiveBomb(count: number): string {
  return `{ organization(id: "org:vgr") { ${"id @include(if: true) ".repeat(count)}} }`;
}

/**
 * A tree that doubles at every level (parent and children of parent and
 * children …): shallow enough for the depth limit, few enough tokens, no
 * aliases, but its cost explodes. A cost bomb.
 */
export function costBomb(levels: number): string {
  const tree = (d: number): string => (d === 0 ? "id" : `id parent { ${tree(d - 1)} } children { ${tree(d - 1)} }`);
  return `{ organization(id: "org:vgr") { ${tree(levels)} } }`;
}

/** A syntactically valid document of about `count` tokens, far under the body limit. */
export function tokenFlood(count: number): string {
  return `{ ${"id ".repeat(count)}}`;
}

/** A full page (`first: 100`, the largest the list queries serve) of decisions, each with its deciders, mandate and sources. */
export const DECISION_PAGE = `{
  decisions(first: 100) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id title status decidedOn { text earliest }
      decidedBy { __typename ... on Organization { id name } ... on Person { id name } }
      underMandate { id scope }
      citations { quote locator document { id title } }
    } }
  }
}`;
