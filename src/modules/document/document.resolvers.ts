import type { Resolvers } from "../../__generated__/resolvers-types";
import { PARTY_TYPES } from "../fact/actor.model";
import { citationsField, subjectFields } from "../fact/fact.fields";
import { loadTyped } from "../node/node.resolvers";
import { relatedNode, relOf } from "../node/relation";
import { seedDocumentTexts } from "./documentTexts";

const PUBLISHED_BY = relOf("Document", "publishedBy");
const COMMISSIONED_BY = relOf("Document", "commissionedBy");

export const documentResolvers: Resolvers = {
  Query: {
    document: (_p, { id, knownAt }, ctx) => loadTyped(ctx, id, "Document", knownAt),
  },
  Document: {
    text: (d) => (d.fileName ? seedDocumentTexts.read(d.fileName) : null),
    publishedBy: (d, _x, ctx) => relatedNode(ctx, d, PUBLISHED_BY, "OUT", PARTY_TYPES),
    commissionedBy: (d, _x, ctx) => relatedNode(ctx, d, COMMISSIONED_BY, "OUT", PARTY_TYPES),
    ...citationsField,
    ...subjectFields,
  },
};
