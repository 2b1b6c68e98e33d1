import type { Certainty, Rank } from "../../__generated__/resolvers-types";
import { type Props, type RecordFields, optionalString, stringList, versionNumber } from "../node/props";

/** The fields every Fact carries (schema/fact.graphql; domain model rules 1 and 8). */
export interface FactFields extends RecordFields {
  certainty: Certainty;
  inferenceReason: string | null;
  rank: Rank;
  note: string | null;
}

const RANKS: Record<string, Rank> = { preferred: "PREFERRED", normal: "NORMAL", deprecated: "DEPRECATED" };

/** STATED unless the node says `certainty: "inferred"`; rank NORMAL unless set. */
export function toFactFields(p: Props): FactFields {
  // Spelled out rather than spread from toRecordFields: this runs for every node a request reads.
  return {
    version: versionNumber(p),
    recordedAt: optionalString(p, "recordedAt"),
    certainty: p.certainty === "inferred" ? "INFERRED" : "STATED",
    inferenceReason: optionalString(p, "reason"),
    rank: RANKS[optionalString(p, "rank") ?? "normal"] ?? "NORMAL",
    note: optionalString(p, "note"),
  };
}

export interface InferredAliasModel {
  alias: string;
  reason: string | null;
}

/** Zips the parallel lists `inferredAliases` / `inferredAliasReasons` the seed loader stores (rule 7). */
export function toInferredAliases(p: Props): InferredAliasModel[] {
  const reasons = stringList(p, "inferredAliasReasons");
  return stringList(p, "inferredAliases").map((alias, i) => ({ alias, reason: reasons[i] ?? null }));
}
