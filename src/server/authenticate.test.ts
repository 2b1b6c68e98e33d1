import { GraphQLError } from "graphql";
import { SignJWT, UnsecuredJWT } from "jose";
import pino from "pino";
import type { AuthConfig } from "../config";
import { createAuthenticator } from "./authenticate";
import { signToken } from "./signToken";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";
const config: AuthConfig = { jwtSecret: SECRET, devSecret: false, jwksUrl: undefined, issuer: undefined, audience: undefined, allowAnonymousReads: false };
const log = pino({ level: "silent" });

async function refusal(promise: Promise<unknown>): Promise<{ status: unknown; code: unknown; message: string }> {
  try {
    await promise;
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    const http = e.extensions.http as { status: number };
    return { status: http.status, code: e.extensions.code, message: e.message };
  }
  throw new Error("expected a refusal");
}

describe("createAuthenticator (HS256 secret)", () => {
  const authenticate = createAuthenticator(config, log);

  it("treats a request without Authorization as anonymous", async () => {
    expect(await authenticate(undefined)).toEqual({ kind: "anonymous", roles: [] });
  });

  it("turns a valid token into the subject and its roles", async () => {
    const token = await signToken({ secret: SECRET, subject: "alice", roles: ["editor"], ttl: "5m" });
    expect(await authenticate(`Bearer ${token}`)).toEqual({ kind: "user", subject: "alice", roles: ["reader", "editor"] });
  });

  it.each([
    ["an expired token", async () => `Bearer ${await signToken({ secret: SECRET, subject: "a", roles: ["admin"], ttl: Math.floor(Date.now() / 1000) - 3600 })}`, /expired/],
    ["another secret's signature", async () => `Bearer ${await signToken({ secret: `${SECRET}x`, subject: "a", roles: ["admin"], ttl: "5m" })}`, /invalid/],
    ["garbage", async () => "Bearer not.a.jwt", /invalid/],
    ["an unsigned (alg none) token", async () => `Bearer ${new UnsecuredJWT({ roles: ["admin"] }).setSubject("a").setExpirationTime("5m").encode()}`, /invalid/],
    ["a token without sub", async () => `Bearer ${await new SignJWT({ roles: ["admin"] }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET))}`, /invalid/],
    ["a token without exp", async () => `Bearer ${await new SignJWT({ roles: ["admin"] }).setProtectedHeader({ alg: "HS256" }).setSubject("a").sign(new TextEncoder().encode(SECRET))}`, /invalid/],
    ["a Basic header", async () => "Basic YWxpY2U6c2VjcmV0", /Bearer <token>/],
  ])("refuses %s with 401 UNAUTHENTICATED", async (_what, header, message) => {
    const r = await refusal(authenticate(await header()));
    expect(r).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(r.message).toMatch(message);
  });
});

describe("createAuthenticator (issuer and audience)", () => {
  const authenticate = createAuthenticator({ ...config, issuer: "https://idp.example", audience: "beslutsgraf" }, log);

  it("accepts a token for this audience from this issuer", async () => {
    const token = await signToken({ secret: SECRET, subject: "bob", roles: ["reader"], ttl: "5m", issuer: "https://idp.example", audience: "beslutsgraf" });
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ subject: "bob" });
  });

  it("refuses a token for another audience or from another issuer", async () => {
    const otherAud = await signToken({ secret: SECRET, subject: "bob", roles: ["reader"], ttl: "5m", issuer: "https://idp.example", audience: "other" });
    const otherIss = await signToken({ secret: SECRET, subject: "bob", roles: ["reader"], ttl: "5m", issuer: "https://evil.example", audience: "beslutsgraf" });
    expect(await refusal(authenticate(`Bearer ${otherAud}`))).toMatchObject({ status: 401 });
    expect(await refusal(authenticate(`Bearer ${otherIss}`))).toMatchObject({ status: 401 });
  });
});

describe("createAuthenticator (no key configured)", () => {
  it("refuses every token but still lets anonymous requests through", async () => {
    const authenticate = createAuthenticator({ ...config, jwtSecret: undefined, allowAnonymousReads: true }, log);
    const token = await signToken({ secret: SECRET, subject: "a", roles: ["admin"], ttl: "5m" });
    expect(await refusal(authenticate(`Bearer ${token}`))).toMatchObject({ status: 401 });
    expect(await authenticate(undefined)).toMatchObject({ kind: "anonymous" });
  });
});
