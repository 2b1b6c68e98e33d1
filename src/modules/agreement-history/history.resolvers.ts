import type { Resolvers } from "../../__generated__/resolvers-types";
import { agreementStateOn, assembleHistory } from "./history.assemble";

export const historyResolvers: Resolvers = {
  Query: {
    agreementHistory: async (_p, { id }, ctx) => {
      const raw = await ctx.loaders.history.byAgreementId.load(id);
      return raw ? assembleHistory(raw) : null;
    },
  },
  Agreement: {
    history: async (agreement, _a, ctx) => {
      const raw = await ctx.loaders.history.byAgreementId.load(agreement.id);
      return raw ? assembleHistory(raw) : [];
    },
    stateOn: async (agreement, { date }, ctx) => {
      const raw = await ctx.loaders.history.byAgreementId.load(agreement.id);
      return agreementStateOn(raw?.events ?? [], agreement.noticePeriod ?? null, date);
    },
  },
  HistoryEntry: {
    citations: (entry, _a, ctx) => ctx.loaders.citation.byFactId.load(entry.citedId),
  },
};
