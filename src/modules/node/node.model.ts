import type { Plain } from "../../neo4j/values";
import { type DocumentModel, toDocumentModel } from "../document/document.model";
import { type OrganizationModel, toOrganizationModel } from "../organization/organization.model";
import { type PersonModel, toPersonModel } from "../person/person.model";

/** Every model that implements the GraphQL `Node` interface; `__typename` resolves the type. */
export type NodeModel = OrganizationModel | PersonModel | DocumentModel;

const MAPPERS: Record<string, (p: Record<string, Plain>) => NodeModel> = {
  Organization: toOrganizationModel,
  Person: toPersonModel,
  Document: toDocumentModel,
};

/** Maps a stored node to its model; null for labels the API does not expose yet. */
export function toNodeModel(label: string, props: Record<string, Plain>): NodeModel | null {
  const mapper = MAPPERS[label];
  return mapper ? mapper(props) : null;
}
