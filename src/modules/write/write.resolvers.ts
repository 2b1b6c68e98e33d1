/**
 * SDL `Mutation` (schema/mutations.graphql): `recordX` and `correctX` for every
 * concept of the storage contract, `addCitation`, `retract`. Thin: each calls
 * one write (recordFact.ts, correctFact.ts, retractFact.ts), which checks the
 * editor role, validates, and writes in one transaction and one change set.
 * `reloadSeed` (admin only) runs the seed loader with the request's scope.
 */
import type { MutationResolvers, Resolvers } from "../../__generated__/resolvers-types";
import { SeedValidationError, loadSeed } from "../../../seed/load";
import { CONCEPTS } from "../../domain/concepts";
import { InputError } from "../../lib/errors";
import { requireRole } from "../../server/auth";
import { atKey } from "../node/recordTime";
import { addCitation, correctFact } from "./correctFact";
import { recordFact } from "./recordFact";
import { retractFact } from "./retractFact";

type Input = Record<string, unknown>;

const perConcept: Record<string, unknown> = {};
for (const concept of Object.keys(CONCEPTS)) {
  perConcept[`record${concept}`] = (_p: unknown, args: { input: Input; reason: string }, ctx: Parameters<typeof recordFact>[0]) =>
    recordFact(ctx, concept, args.input, args.reason);
  perConcept[`correct${concept}`] = (_p: unknown, args: { id: string; input: Input; expectedVersion: number; reason: string }, ctx: Parameters<typeof recordFact>[0]) =>
    correctFact(ctx, concept, args.id, args.input, args.expectedVersion, args.reason);
}

export const writeResolvers: Resolvers = {
  Mutation: {
    ...(perConcept as MutationResolvers),
    addCitation: (_p, { factId, citation, reason }, ctx) => addCitation(ctx, factId, citation as Input, reason),
    retract: (_p, { id, expectedVersion, reason }, ctx) => retractFact(ctx, id, expectedVersion, reason),
    // SDL Mutation.reloadSeed: schema and seed administration is the admin's, not an editor's.
    reloadSeed: async (_p, { force }, ctx) => {
      requireRole(ctx, "admin");
      try {
        return await loadSeed(ctx.scope, { force: force ?? false });
      } catch (e) {
        if (e instanceof SeedValidationError) throw new InputError(e.message, { problems: e.problems.length });
        throw e;
      }
    },
  },
  WriteResult: {
    node: (r, _a, ctx) => (r.retracted ? null : ctx.loaders.node.byId.load(atKey(r.id, null))),
    changes: (r) => r.changes ?? [],
  },
};
