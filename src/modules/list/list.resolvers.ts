import type { Resolvers } from "../../__generated__/resolvers-types";
import { type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from "graphql";
import { CONCEPTS, type ConceptSpec, type RefField } from "../../domain/concepts";
import { fieldsUnder, selects } from "../../lib/lookahead";
import { partialDate, unpick } from "../../neo4j/project";
import { readQuery } from "../../neo4j/funnel";
import type { GraphQLContext } from "../../server/context";
import { type NodeModel, type Typename, toNodeModel } from "../node/node.model";
import { orderFields } from "../node/node.order";
import { atKey, tagKnownAt } from "../node/recordTime";
import { toRelated } from "../node/related.loaders";
import { countListItems, countStatement, findListPage, pageStatement, type RelatedFetch } from "./list.cypher";
import type { ConnectionModel } from "./list.model";
import {
  agreementList, appointmentList, decisionList, documentList, eventList, figureList, legalCaseList, type ListSpec, mandateList,
  optionList, organizationList, personList, postList, riskList,
} from "./list.specs";
import { assemblePage, type PageArgs, toPageRequest } from "./page";

type ListArgs<F, O> = PageArgs & { filter?: F | null; orderBy?: O | null; knownAt?: string | null };

/**
 * The stored references of the list's concept (the fields the storage
 * contract keeps as outgoing relationships, which the SDL exposes under the
 * same names) that the client selected on the page's nodes: the page
 * statement brings their neighbours along, so a page with, say, each
 * decision's `decidedBy` is one round trip, not two. With `fields`, the
 * neighbours come with only those properties (relatedFieldsAsked).
 */
function relatedAsked(label: string, info: GraphQLResolveInfo): Array<RelatedFetch & { field: string }> {
  return Object.entries(CONCEPTS[label]?.refs ?? {})
    .filter(([field]) => selects(info, ["edges", "node", field]) || selects(info, ["nodes", field]))
    .map(([field, ref]) => {
      const asked = new Set([...(fieldsUnder(info, ["edges", "node", field]) ?? []), ...(fieldsUnder(info, ["nodes", field]) ?? [])]);
      return { field, rel: ref.rel, direction: "OUT" as const, fields: relatedFieldsAsked(ref, asked, info.schema) };
    });
}

/**
 * The stored properties a reference's neighbours need when the client asks
 * them for nothing but stored fields of their types (a field asked in a
 * fragment on another type does not count), plus what the field's list order
 * reads (node.order.ts); null (whole nodes) when anything else is asked for.
 */
function relatedFieldsAsked(ref: RefField, asked: Set<string>, schema: GraphQLSchema): string[] | null {
  if (ref.targets === "any" || ref.objectKey) return null;
  const props = new Set<string>();
  const add = (spec: ConceptSpec, f: string) => (spec.fields[f]?.kind === "date" ? partialDate(f) : [f]).forEach((p) => props.add(p));
  for (const label of ref.targets) {
    const spec = CONCEPTS[label];
    const type = schema.getType(label);
    if (!spec || !isObjectType(type)) return null;
    const order = orderFields(label as Typename);
    [order.date, order.name].forEach((f) => f && add(spec, f));
    for (const f of asked) {
      if (f === "id" || f === "__typename" || !(f in type.getFields())) continue;
      const kind = spec.fields[f]?.kind;
      if (!kind || kind === "dates" || kind === "duration") return null;
      add(spec, f);
    }
  }
  return [...props].sort();
}

/**
 * The stored properties the page's nodes need when the client asked them for
 * nothing but stored fields of the concept (same names as the storage
 * contract; a date field is its five stored properties), their id, and
 * references followed by id alone; null (whole nodes) when anything else is
 * asked for, since other fields may read any property. References with edge
 * objects (`affects`) hand the node itself on, so they take whole nodes too.
 */
function storedFieldsAsked(label: string, info: GraphQLResolveInfo): string[] | null {
  const spec = CONCEPTS[label];
  if (!spec) return null;
  const asked = new Set([...(fieldsUnder(info, ["edges", "node"]) ?? []), ...(fieldsUnder(info, ["nodes"]) ?? [])]);
  const props: string[] = [];
  for (const f of asked) {
    if (f === "id" || f === "__typename") continue;
    const field = spec.fields[f];
    const ref = spec.refs[f];
    if (field && field.kind !== "dates" && field.kind !== "duration") props.push(...(field.kind === "date" ? partialDate(f) : [f]));
    else if (!(ref && !ref.objectKey)) return null;
  }
  return props;
}

/**
 * One page of a list: read the arguments, run the page statement, assemble
 * edges and pageInfo. With `knownAt` the page, its count and its nodes' fields
 * read that moment, and its cursors are bound to it.
 */
async function listPage<F, O extends string>(ctx: GraphQLContext, spec: ListSpec<F, O>, args: ListArgs<F, O>, info: GraphQLResolveInfo): Promise<ConnectionModel> {
  const at = args.knownAt ?? null;
  const orderName = args.orderBy ?? spec.defaultOrder;
  const where = { list: spec.field, order: orderName, knownAt: at };
  const req = toPageRequest(where, args);
  const filters = spec.filters(args.filter ?? ({} as F));
  const related = relatedAsked(spec.label, info);
  const fields = storedFieldsAsked(spec.label, info);
  const found = await readQuery(ctx.scope, `list:${spec.field}`, (tx) => findListPage(tx, pageStatement(spec.label, filters, spec.orders[orderName], req, at, related, fields), fields));
  const rows = found.rows.map((r) => {
    const node = tagKnownAt(toNodeModel(spec.label, r.props) as NodeModel, at);
    related.forEach((x, i) => {
      const fields = x.fields;
      if (fields) {
        const value = (r.related[i] ?? []).map((v) => ({ ...v, props: unpick(fields, v.props) ?? {} }));
        ctx.loaders.related.prefetch(node, x.rel, x.direction, toRelated(value, at));
      } else ctx.loaders.related.get(x.rel, x.direction).prime(atKey(node.id, at), toRelated(r.related[i] ?? [], at));
    });
    // The model's id is the stable one (an older version reads as its `versionOf`).
    return { key: r.key, id: at === null ? (r.props.id as string) : node.id, node };
  });
  const page = assemblePage(where, req, rows, found.beyond);
  return { ...page, nodes: page.edges.map((e) => e.node), list: spec.field, count: countStatement(spec.label, filters, at) };
}

/** `totalCount` is a field resolver, so the count statement runs only when a client selects it. */
const connection = {
  totalCount: (c: ConnectionModel, _a: unknown, ctx: GraphQLContext) => readQuery(ctx.scope, `count:${c.list}`, (tx) => countListItems(tx, c.count)),
};

/** The root field resolver of one list: a page of that spec's nodes. */
const pageOf =
  <F, O extends string>(spec: ListSpec<F, O>) =>
  (_p: unknown, args: ListArgs<F, O>, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    listPage(ctx, spec, args, info);

export const listResolvers: Resolvers = {
  Query: {
    organizations: pageOf(organizationList),
    persons: pageOf(personList),
    decisions: pageOf(decisionList),
    events: pageOf(eventList),
    agreements: pageOf(agreementList),
    documents: pageOf(documentList),
    legalCases: pageOf(legalCaseList),
    mandates: pageOf(mandateList),
    posts: pageOf(postList),
    appointments: pageOf(appointmentList),
    figures: pageOf(figureList),
    risks: pageOf(riskList),
    options: pageOf(optionList),
  },
  OrganizationConnection: connection,
  PersonConnection: connection,
  DecisionConnection: connection,
  EventConnection: connection,
  AgreementConnection: connection,
  DocumentConnection: connection,
  LegalCaseConnection: connection,
  MandateConnection: connection,
  PostConnection: connection,
  AppointmentConnection: connection,
  FigureConnection: connection,
  RiskConnection: connection,
  OptionConnection: connection,
};
