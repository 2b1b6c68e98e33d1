/**
 * Signs an HS256 token the API accepts: the demo's `npm run token` and the
 * tests use it. Production tokens come from an identity provider instead.
 */
import { SignJWT } from "jose";
import type { Role } from "./auth";

export interface TokenRequest {
  secret: string;
  subject: string;
  roles: readonly Role[];
  /** Lifetime as jose reads it: "90s", "15m", "1h", "7d"; or an absolute expiry in epoch seconds. */
  ttl: string | number;
  issuer?: string | undefined;
  audience?: string | undefined;
}

export async function signToken(req: TokenRequest): Promise<string> {
  let jwt = new SignJWT({ roles: [...req.roles] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(req.subject)
    .setIssuedAt()
    .setExpirationTime(req.ttl);
  if (req.issuer) jwt = jwt.setIssuer(req.issuer);
  if (req.audience) jwt = jwt.setAudience(req.audience);
  return jwt.sign(new TextEncoder().encode(req.secret));
}
