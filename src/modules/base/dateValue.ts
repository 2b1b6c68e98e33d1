import type { Plain } from "../../neo4j/values";

/** The stored shape of a partial date `f`: `f`, `fEarliest`, `fLatest`, `fPrecision`, `fApproximate` (see seed/load). */
export interface DateValueModel {
  text: string;
  precision: "YEAR" | "MONTH" | "DAY" | "WEEK" | "PART_OF_MONTH" | "SPAN";
  earliest: string | null;
  latest: string | null;
  approximate: boolean;
}

/** Reads the partial date stored under `field` on a node's properties; null when absent. */
export function toDateValue(props: Record<string, Plain>, field: string): DateValueModel | null {
  const text = props[field];
  if (typeof text !== "string") return null;
  return {
    text,
    precision: props[`${field}Precision`] as DateValueModel["precision"],
    earliest: (props[`${field}Earliest`] as string | null) ?? null,
    latest: (props[`${field}Latest`] as string | null) ?? null,
    approximate: props[`${field}Approximate`] === true,
  };
}
