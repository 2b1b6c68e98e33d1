/**
 * The request-wide access rule, applied once the operation is known and before
 * any resolver runs: a query needs `reader` (unless anonymous reads are on), a
 * mutation needs `editor`. Mutations that need more (`admin`) say so in their
 * resolver with `requireRole`. A refusal fails the request with 401 or 403.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { DomainError, ErrorCode } from "../lib/errors";
import { requireReadAccess, requireRole } from "./auth";
import type { GraphQLContext } from "./context";
import { requestError } from "./requestError";

export function accessPlugin(allowAnonymousReads: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          try {
            // No operation: the request's operationName is not in the document. The read
            // rule still applies (a caller without access learns nothing more); past it,
            // execution refuses the request with OPERATION_RESOLUTION_FAILURE (400) and
            // nothing runs, whichever executor (jitExecutor.ts).
            if (operation?.operation === "mutation") requireRole(contextValue, "editor");
            else requireReadAccess(contextValue, allowAnonymousReads);
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            const status = err.code === ErrorCode.UNAUTHENTICATED ? 401 : 403;
            const headers: Record<string, string> = status === 401 ? { "www-authenticate": 'Bearer realm="beslutsgraf"' } : {};
            throw requestError(err, status, headers);
          }
        },
      };
    },
  };
}
