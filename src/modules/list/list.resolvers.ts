import type { Resolvers } from "../../__generated__/resolvers-types";
import { readQuery } from "../../neo4j/funnel";
import type { GraphQLContext } from "../../server/context";
import { type NodeModel, toNodeModel } from "../node/node.model";
import { tagKnownAt } from "../node/recordTime";
import { countListItems, countStatement, findListPage, pageStatement } from "./list.cypher";
import type { ConnectionModel } from "./list.model";
import {
  agreementList, appointmentList, decisionList, documentList, eventList, figureList, legalCaseList, type ListSpec, mandateList,
  optionList, organizationList, personList, postList, riskList,
} from "./list.specs";
import { assemblePage, type PageArgs, toPageRequest } from "./page";

type ListArgs<F, O> = PageArgs & { filter?: F | null; orderBy?: O | null; knownAt?: string | null };

/**
 * One page of a list: read the arguments, run the page statement, assemble
 * edges and pageInfo. With `knownAt` the page, its count and its nodes' fields
 * read that moment, and its cursors are bound to it.
 */
async function listPage<F, O extends string>(ctx: GraphQLContext, spec: ListSpec<F, O>, args: ListArgs<F, O>): Promise<ConnectionModel> {
  const at = args.knownAt ?? null;
  const orderName = args.orderBy ?? spec.defaultOrder;
  const where = { list: spec.field, order: orderName, knownAt: at };
  const req = toPageRequest(where, args);
  const filters = spec.filters(args.filter ?? ({} as F));
  const found = await readQuery(ctx.scope, `list:${spec.field}`, (tx) => findListPage(tx, pageStatement(spec.label, filters, spec.orders[orderName], req, at)));
  const rows = found.rows.map((r) => {
    const node = tagKnownAt(toNodeModel(spec.label, r.props) as NodeModel, at);
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

export const listResolvers: Resolvers = {
  Query: {
    organizations: (_p, args, ctx) => listPage(ctx, organizationList, args),
    persons: (_p, args, ctx) => listPage(ctx, personList, args),
    decisions: (_p, args, ctx) => listPage(ctx, decisionList, args),
    events: (_p, args, ctx) => listPage(ctx, eventList, args),
    agreements: (_p, args, ctx) => listPage(ctx, agreementList, args),
    documents: (_p, args, ctx) => listPage(ctx, documentList, args),
    legalCases: (_p, args, ctx) => listPage(ctx, legalCaseList, args),
    mandates: (_p, args, ctx) => listPage(ctx, mandateList, args),
    posts: (_p, args, ctx) => listPage(ctx, postList, args),
    appointments: (_p, args, ctx) => listPage(ctx, appointmentList, args),
    figures: (_p, args, ctx) => listPage(ctx, figureList, args),
    risks: (_p, args, ctx) => listPage(ctx, riskList, args),
    options: (_p, args, ctx) => listPage(ctx, optionList, args),
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
