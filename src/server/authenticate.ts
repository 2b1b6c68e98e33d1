/**
 * Bearer-token verification with jose: HS256 against JWT_SECRET, or the
 * identity provider's public keys from JWT_JWKS_URL (both may be configured;
 * the token's `alg` picks one). No token is the anonymous principal; a token
 * that does not verify fails the request with 401, never a 500.
 */
import { createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { Logger } from "pino";
import type { AuthConfig } from "../config";
import { ServiceUnavailableError, UnauthenticatedError } from "../lib/errors";
import { ANONYMOUS, type Principal, rolesFromClaims } from "./auth";
import { requestError } from "./requestError";

/** What an identity provider signs with; HS256 is kept for the shared secret only (no alg confusion). */
const ASYMMETRIC_ALGS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];
/** Seconds of clock skew tolerated between this server and the token issuer. */
const CLOCK_TOLERANCE_S = 30;

export type Authenticate = (authorization: string | undefined) => Promise<Principal>;

function unauthenticated(message: string, error: "invalid_request" | "invalid_token") {
  return requestError(new UnauthenticatedError(message), 401, {
    "www-authenticate": `Bearer realm="beslutsgraf", error="${error}"`,
  });
}

export function createAuthenticator(config: AuthConfig, log: Logger): Authenticate {
  const secret = config.jwtSecret === undefined ? undefined : new TextEncoder().encode(config.jwtSecret);
  const jwks = config.jwksUrl === undefined ? undefined : createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000 });
  const algorithms = [...(secret ? ["HS256"] : []), ...(jwks ? ASYMMETRIC_ALGS : [])];
  const getKey: JWTVerifyGetKey = (header, token) => {
    // `algorithms` has already refused an alg whose key source is not configured.
    if (header.alg === "HS256") return secret!;
    return jwks!(header, token);
  };

  return async (authorization) => {
    if (authorization === undefined || authorization === "") return ANONYMOUS;
    const match = /^Bearer +([A-Za-z0-9_.~+/=-]+) *$/i.exec(authorization);
    if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`.", "invalid_request");
    if (algorithms.length === 0) throw unauthenticated("This server accepts no tokens.", "invalid_token");
    try {
      const { payload } = await jwtVerify(match[1]!, getKey, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ["sub", "exp"],
        clockTolerance: CLOCK_TOLERANCE_S,
      });
      if (typeof payload.sub !== "string" || payload.sub === "") throw new joseErrors.JWTClaimValidationFailed("sub must be a string", payload, "sub");
      return { kind: "user", subject: payload.sub, roles: rolesFromClaims(payload) };
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated("The bearer token has expired.", "invalid_token");
      // The key server being down or answering garbage is our outage, not a bad token.
      const keyServerFailed =
        err instanceof joseErrors.JWKSTimeout || err instanceof joseErrors.JWKSInvalid || (jwks !== undefined && !(err instanceof joseErrors.JOSEError));
      if (keyServerFailed) {
        log.error({ err }, "cannot fetch the JWKS to verify a token");
        throw requestError(new ServiceUnavailableError("Tokens cannot be verified right now; try again later."), 503);
      }
      log.debug({ reason: err instanceof joseErrors.JOSEError ? err.code : "unknown" }, "token refused");
      throw unauthenticated("The bearer token is invalid.", "invalid_token");
    }
  };
}
