/**
 * Domain errors. Code inside the API throws these; server/formatError.ts maps
 * them to one ErrorCode each and masks everything else.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  /** HTTP-level refusals before GraphQL runs (malformed JSON, wrong charset). */
  BAD_REQUEST: "BAD_REQUEST",
  /** The request body is over MAX_BODY_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, safe-to-show detail (e.g. which field or id is wrong). */
  readonly details: Record<string, unknown> | undefined;
  constructor(message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class InputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
}
export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}
export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}
export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}
export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}
/** Neo4j cannot be reached (down, restarting, network). Safe to retry later. */
export class ServiceUnavailableError extends DomainError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
}

/**
 * The error for an id argument that names no fact of the expected kind: never
 * recorded at all, or recorded as something else (`expected` with its article).
 */
export function unknownId(argument: string, id: string, recordedAs: string | null, expected: string): InputError {
  const what = recordedAs === null ? "names nothing ever recorded in the graph" : `names ${/^[AEIOU]/.test(recordedAs) ? "an" : "a"} ${recordedAs}, not ${expected}`;
  return new InputError(`${argument}: ${id} ${what}`, { argument });
}
