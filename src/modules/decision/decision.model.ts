import type { DecisionEffectKind, DecisionStatus } from "../../__generated__/resolvers-types";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import type { NodeModel } from "../node/node.model";
import { type Props, stableId, enumValue, optionalString, requiredString } from "../node/props";

/** A Decision node as resolvers receive it. */
export interface DecisionModel extends FactFields {
  __typename: "Decision";
  id: string;
  title: string;
  summary: string | null;
  decidedOn: DateValueModel | null;
  status: DecisionStatus;
}

export function toDecisionModel(p: Props): DecisionModel {
  return {
    __typename: "Decision",
    id: stableId(p),
    title: requiredString(p, "title"),
    summary: optionalString(p, "summary"),
    decidedOn: toDateValue(p, "decidedOn"),
    status: enumValue<DecisionStatus>(p, "status", "TAKEN"),
    ...toFactFields(p),
  };
}

/** An AFFECTS relationship `(decision)-[:AFFECTS {effect, note}]->(target)` with both ends. */
export interface DecisionEffectModel {
  decision: DecisionModel;
  target: NodeModel;
  effect: DecisionEffectKind;
  note: string | null;
}

export function toDecisionEffect(decision: DecisionModel, target: NodeModel, edge: Props): DecisionEffectModel {
  return { decision, target, effect: enumValue<DecisionEffectKind>(edge, "effect", "OTHER"), note: optionalString(edge, "note") };
}
