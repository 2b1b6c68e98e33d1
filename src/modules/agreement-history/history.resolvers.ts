import type { Resolvers } from "../../__generated__/resolvers-types";
import { atKey, knownAtOf } from "../node/recordTime";
import { agreementStateOn, assembleHistory } from "./history.assemble";

export const historyResolvers: Resolvers = {
  Query: {
    agreementHistory: async (_p, { id, knownAt }, ctx) => {
      const raw = await ctx.loaders.history.byAgreementId.load(atKey(id, knownAt));
      return raw ? assembleHistory(raw, knownAt ?? null) : null;
    },
  },
  Agreement: {
    history: async (agreement, _a, ctx) => {
      const at = knownAtOf(agreement);
      const raw = await ctx.loaders.history.byAgreementId.load(atKey(agreement.id, at));
      return raw ? assembleHistory(raw, at) : [];
    },
    stateOn: async (agreement, { date }, ctx) => {
      const raw = await ctx.loaders.history.byAgreementId.load(atKey(agreement.id, knownAtOf(agreement)));
      return agreementStateOn(raw?.events ?? [], agreement.noticePeriod ?? null, date);
    },
  },
  HistoryEntry: {
    citations: (entry, _a, ctx) => ctx.loaders.citation.byFactId.load(atKey(entry.citedId, knownAtOf(entry.subject))),
  },
};
