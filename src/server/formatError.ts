/**
 * The one place errors leave the API. Domain errors map to their ErrorCode with
 * their own message; GraphQL's own request errors (syntax, validation, bad
 * variables) pass through; everything else becomes INTERNAL_SERVER_ERROR with a
 * correlation id that is also in the log. No stack trace or internal message
 * leaves, whatever NODE_ENV is. `httpErrorHandler` does the same for what fails
 * before GraphQL (body too large, malformed JSON).
 */
import { randomUUID } from "node:crypto";
import { unwrapResolverError } from "@apollo/server/errors";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { DomainError, ErrorCode } from "../lib/errors";
import { tokenLimitMessage } from "./limits";
import { literalValuePath } from "./valuePath";

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/** The domain error behind a resolver error or a request-level error (server/requestError.ts). */
function domainErrorOf(error: unknown): DomainError | undefined {
  let current = unwrapResolverError(error);
  for (let i = 0; i < 3; i++) {
    if (current instanceof DomainError) return current;
    if (!(current instanceof GraphQLError)) return undefined;
    current = current.originalError;
  }
  return undefined;
}

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = { locations: formatted.locations, path: formatted.path };
    const domain = domainErrorOf(error);
    if (domain) {
      return { ...base, message: domain.message, extensions: { code: domain.code, ...(domain.details ?? {}) } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PASS_THROUGH.has(code)) {
      // A bad literal value: name where it is, as a bad variable is named ("recordDecision(input.decidedOn): …").
      const at = code === "GRAPHQL_VALIDATION_FAILED" && error instanceof GraphQLError ? literalValuePath(error) : null;
      if (at) return { ...base, message: `${at}: ${formatted.message}`, extensions: { code, at } };
      const message = (code === "GRAPHQL_PARSE_FAILED" && tokenLimitMessage(formatted.message)) || formatted.message;
      return { ...base, message, extensions: { code } };
    }
    const correlationId = randomUUID();
    log.error({ err: unwrapResolverError(error), correlationId, path: formatted.path }, "unexpected error");
    return {
      ...base,
      message: "Internal server error. Quote the correlation id when you report it.",
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}

/** What body-parser reports, by its `type` (never by message text). */
const BODY_ERRORS: Record<string, { status: number; code: ErrorCode; message: (limit: number) => string }> = {
  "entity.too.large": { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: (limit) => `The request body is larger than ${limit} bytes.` },
  "entity.parse.failed": { status: 400, code: ErrorCode.BAD_REQUEST, message: () => "The request body is not valid JSON." },
  "charset.unsupported": { status: 415, code: ErrorCode.BAD_REQUEST, message: () => "The request body must be UTF-8." },
  "encoding.unsupported": { status: 415, code: ErrorCode.BAD_REQUEST, message: () => "The request body's content encoding is not supported." },
};

/** Express's last error handler: a JSON `errors` body instead of Express's HTML page (which shows stacks outside production). */
export function httpErrorHandler(log: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const type = (err as { type?: unknown } | null)?.type;
    const known = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    const status = (err as { status?: unknown } | null)?.status;
    if (known) {
      res.status(known.status).json({ errors: [{ message: known.message(maxBodyBytes), extensions: { code: known.code } }] });
    } else if (typeof status === "number" && status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: "Bad request.", extensions: { code: ErrorCode.BAD_REQUEST } }] });
    } else {
      const correlationId = randomUUID();
      log.error({ err, correlationId }, "unexpected HTTP error");
      res.status(500).json({
        errors: [{ message: "Internal server error. Quote the correlation id when you report it.", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId } }],
      });
    }
  };
}

/** What a client may ask of this server, named in a 404 (src/server/app.ts, web.ts, health.ts, metrics.ts). */
export const ROUTES =
  "POST or GET /graphql (the API), /graphiql (the IDE), /widgets/org-chart and /widgets/agreement-timeline (widgets), " +
  "/views/decision, /healthz, /readyz, /metrics, /docs (the README)";

/** Express's last handler for a path nothing answered: a JSON 404 naming what is served, instead of Express's "Cannot GET". */
export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res.setHeader("x-content-type-options", "nosniff");
    res.status(404).json({
      errors: [{ message: `Nothing is served at ${req.method} ${req.path.slice(0, 200)}. This server answers ${ROUTES}.`, extensions: { code: ErrorCode.NOT_FOUND } }],
    });
  };
}
