/**
 * A domain error that fails the whole request with an HTTP status (401, 403,
 * 503) instead of a 200 with `errors`. Apollo reads the status from
 * `extensions.http`; formatError.ts still shapes the body from the domain error.
 */
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { DomainError } from "../lib/errors";

export function requestError(error: DomainError, status: number, headers: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status, headers: new HeaderMap(Object.entries(headers)) } },
  });
}
