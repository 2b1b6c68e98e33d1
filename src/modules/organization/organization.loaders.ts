import { byKey, keyedLoader } from "../../neo4j/batch";
import type { QueryScope } from "../../neo4j/funnel";
import { findChildrenByOrgIds, findParentsByOrgIds } from "./organization.cypher";
import { type OrganizationModel, toOrganizationModel } from "./organization.model";

export function createOrganizationLoaders(scope: QueryScope) {
  return {
    parent: keyedLoader<string, OrganizationModel | null>(
      scope,
      "parentsByOrgIds",
      async (tx, ids) => byKey((await findParentsByOrgIds(tx, ids)).map((r) => ({ key: r.key, value: toOrganizationModel(r.value) }))),
      null,
    ),
    children: keyedLoader<string, OrganizationModel[]>(
      scope,
      "childrenByOrgIds",
      async (tx, ids) =>
        byKey((await findChildrenByOrgIds(tx, ids)).map((r) => ({ key: r.key, value: r.value.map(toOrganizationModel) }))),
      [],
    ),
  };
}
