import type { Resolvers } from "../../__generated__/resolvers-types";
import { DateScalar, DurationScalar, PartialDateScalar } from "./scalars";

export const baseResolvers: Resolvers = {
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  Duration: DurationScalar,
};
