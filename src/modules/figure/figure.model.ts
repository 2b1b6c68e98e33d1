import { type DateValueModel, toDateValue } from "../base/dateValue";
import { type FactFields, toFactFields } from "../fact/fact.model";
import { type Props, stableId, optionalString, requiredString } from "../node/props";

/** A Figure node (a number a source reports) as resolvers receive it. */
export interface FigureModel extends FactFields {
  __typename: "Figure";
  id: string;
  label: string;
  value: number;
  unit: string | null;
  approximate: boolean;
  asOf: DateValueModel | null;
}

export function toFigureModel(p: Props): FigureModel {
  return {
    __typename: "Figure",
    id: stableId(p),
    label: requiredString(p, "label"),
    value: Number(p.value),
    unit: optionalString(p, "unit"),
    approximate: p.approximate === true,
    asOf: toDateValue(p, "asOf"),
    ...toFactFields(p),
  };
}
