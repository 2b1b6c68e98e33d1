import type { Resolvers } from "../../__generated__/resolvers-types";
import { DateScalar, DateTimeScalar, DurationScalar, PartialDateScalar } from "./scalars";

export const baseResolvers: Resolvers = {
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  Duration: DurationScalar,
  DateTime: DateTimeScalar,
};
