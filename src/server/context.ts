import type { Logger } from "pino";
import type { QueryScope } from "../neo4j/funnel";
import type { Principal } from "./auth";
import type { Loaders } from "./loaders";

/** What every resolver receives. */
export interface GraphQLContext {
  scope: QueryScope;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** Who is asking (from the bearer token), or anonymous; check it with `requireRole` (server/auth.ts). */
  principal: Principal;
}
