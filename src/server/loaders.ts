/** Every module's DataLoaders, created fresh for each request (no cross-request cache). */
import type { QueryScope } from "../neo4j/funnel";
import { createCitationLoaders } from "../modules/citation/citation.loaders";
import { createNodeLoaders } from "../modules/node/node.loaders";
import { createOrganizationLoaders } from "../modules/organization/organization.loaders";
import { createRelatedLoaders } from "../modules/node/related.loaders";

export function createLoaders(scope: QueryScope) {
  return {
    node: createNodeLoaders(scope),
    organization: createOrganizationLoaders(scope),
    citation: createCitationLoaders(scope),
    related: createRelatedLoaders(scope),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
