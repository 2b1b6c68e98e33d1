/**
 * The one place errors leave the API. Domain errors map to their ErrorCode with
 * their own message; GraphQL's own request errors (syntax, validation, bad
 * variables) pass through; everything else becomes INTERNAL_SERVER_ERROR with a
 * correlation id that is also in the log. No stack trace or internal message
 * leaves, whatever NODE_ENV is.
 */
import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { DomainError, ErrorCode } from "../lib/errors";

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PASS_THROUGH.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    const correlationId = randomUUID();
    log.error({ err: original, correlationId, path: formatted.path }, "unexpected error");
    return {
      ...base,
      message: "Internal server error. Quote the correlation id when you report it.",
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}
