import type { Logger } from "pino";
import type { QueryScope } from "../neo4j/funnel";
import type { Loaders } from "./loaders";

/** What every resolver receives. */
export interface GraphQLContext {
  scope: QueryScope;
  loaders: Loaders;
  log: Logger;
  requestId: string;
}
