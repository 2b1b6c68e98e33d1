import type { Request, Response } from "express";
import { GraphQLError } from "graphql";
import pino from "pino";
import { NotFoundError, UnauthenticatedError } from "../lib/errors";
import { createFormatError, httpErrorHandler } from "./formatError";
import { requestError } from "./requestError";

function recordingLogger() {
  const lines: unknown[] = [];
  const log = pino({ level: "error" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

describe("createFormatError", () => {
  it("shows a request-level domain error (401 from the token check) with its own code and message", () => {
    const { log } = recordingLogger();
    const error = requestError(new UnauthenticatedError("The bearer token has expired."), 401);
    const formatted = createFormatError(log)({ message: error.message, extensions: { code: "UNAUTHENTICATED" } }, error);
    expect(formatted).toEqual({ message: "The bearer token has expired.", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("shows a resolver's domain error with its details", () => {
    const { log } = recordingLogger();
    const error = new GraphQLError("wrapped", { path: ["decision"], originalError: new NotFoundError("No decision x", { id: "x" }) });
    expect(createFormatError(log)({ message: "wrapped", path: ["decision"] }, error)).toEqual({
      message: "No decision x",
      path: ["decision"],
      extensions: { code: "NOT_FOUND", id: "x" },
    });
  });

  it("masks anything else, and logs it under the correlation id it returns", () => {
    const { log, lines } = recordingLogger();
    const secret = new Error("connect ECONNREFUSED 10.0.0.7:7687 password=hunter2");
    const error = new GraphQLError(secret.message, { path: ["x"], originalError: secret });
    const formatted = createFormatError(log)({ message: secret.message, path: ["x"], extensions: { code: "INTERNAL_SERVER_ERROR" } }, error);
    expect(formatted.message).toBe("Internal server error. Quote the correlation id when you report it.");
    expect(JSON.stringify(formatted)).not.toMatch(/ECONNREFUSED|hunter2/);
    expect(lines).toEqual([expect.objectContaining({ correlationId: formatted.extensions!.correlationId, msg: "unexpected error" })]);
  });
});

describe("httpErrorHandler", () => {
  function run(err: unknown) {
    const { log, lines } = recordingLogger();
    const res = { headersSent: false, statusCode: 0, body: undefined as unknown };
    const response = {
      ...res,
      status(code: number) {
        res.statusCode = code;
        return this;
      },
      json(body: unknown) {
        res.body = body;
        return this;
      },
    } as unknown as Response;
    httpErrorHandler(log, 1024)(err, {} as Request, response, () => undefined);
    return { res, lines };
  }

  it("answers body-parser's too-large error with 413 and the limit", () => {
    const { res } = run(Object.assign(new Error("request entity too large"), { type: "entity.too.large", status: 413 }));
    expect(res).toMatchObject({ statusCode: 413, body: { errors: [{ message: "The request body is larger than 1024 bytes.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] } });
  });

  it("answers an unexpected error with a masked 500 and logs it", () => {
    const { res, lines } = run(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    expect(res.statusCode).toBe(500);
    expect(JSON.stringify(res.body)).not.toMatch(/secret|TypeError/);
    expect(lines).toHaveLength(1);
  });
});
