import type { GraphQLResolveInfo } from "graphql";
import type { Resolvers } from "../../__generated__/resolvers-types";
import { selects } from "../../lib/lookahead";
import type { GraphQLContext } from "../../server/context";
import { atKey, knownAtOf } from "../node/recordTime";
import { agreementStateOn, assembleHistory } from "./history.assemble";

/** Whole subjects only when an entry's `subject` is asked for; otherwise the lighter statement. */
const loaderFor = (ctx: GraphQLContext, info: GraphQLResolveInfo) => (selects(info, ["subject"]) ? ctx.loaders.history.byAgreementId : ctx.loaders.history.entriesByAgreementId);

export const historyResolvers: Resolvers = {
  Query: {
    agreementHistory: async (_p, { id, knownAt }, ctx, info) => {
      const raw = await loaderFor(ctx, info).load(atKey(id, knownAt));
      return raw ? assembleHistory(raw, knownAt ?? null) : null;
    },
  },
  Agreement: {
    history: async (agreement, _a, ctx, info) => {
      const at = knownAtOf(agreement);
      const raw = await loaderFor(ctx, info).load(atKey(agreement.id, at));
      return raw ? assembleHistory(raw, at) : [];
    },
    stateOn: async (agreement, { date }, ctx, info) => {
      // The basis is a whole AgreementEvent: with it, the events come whole too.
      const loader = selects(info, ["basis"]) ? ctx.loaders.history.byAgreementId : ctx.loaders.history.entriesByAgreementId;
      const raw = await loader.load(atKey(agreement.id, knownAtOf(agreement)));
      return agreementStateOn(raw?.events ?? [], agreement.noticePeriod ?? null, date);
    },
  },
  HistoryEntry: {
    citations: (entry, _a, ctx) => entry.passages ?? ctx.loaders.citation.byFactId.load(atKey(entry.citedId, knownAtOf(entry.subject))),
  },
};
