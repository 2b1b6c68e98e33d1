/**
 * Who may read: a role × caller matrix over a real read query, with anonymous
 * reads off (the default outside the demo) and on; tokens verified by jose
 * against the configured secret, or against a JWKS served on loopback.
 */
import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import pino from "pino";
import { ForbiddenError, UnauthenticatedError } from "../../src/lib/errors";
import { requireRole } from "../../src/server/auth";
import { createAuthenticator } from "../../src/server/authenticate";
import { signToken } from "../../src/server/signToken";
import { loadConfig } from "../../src/config";
import { startTestApi, type TestApi } from "../helpers/api";
import { LEAK, tokenFor } from "./securityClient";

const READ = '{ organization(id: "org:vgr") { id name } }';

type Caller = "anonymous" | "reader" | "editor" | "admin" | "no role" | "expired" | "garbage" | "wrong secret";

async function authorizationFor(api: TestApi, caller: Caller): Promise<string> {
  switch (caller) {
    case "anonymous":
      return "";
    case "reader":
    case "editor":
    case "admin":
      return `Bearer ${await tokenFor(api, [caller])}`;
    case "no role":
      return `Bearer ${await tokenFor(api, [])}`;
    case "expired":
      return `Bearer ${await tokenFor(api, ["admin"], { ttl: Math.floor(Date.now() / 1000) - 600 })}`;
    case "garbage":
      return "Bearer eyJhbGciOiJIUzI1NiJ9.garbage.garbage";
    case "wrong secret": {
      const jwt = new SignJWT({ roles: ["admin"] }).setProtectedHeader({ alg: "HS256" }).setSubject("mallory").setExpirationTime("5m");
      return `Bearer ${await jwt.sign(new TextEncoder().encode("not-the-servers-secret-0123456789abcdef"))}`;
    }
  }
}

describe.each([
  [
    "anonymous reads off",
    false,
    {
      anonymous: [401, "UNAUTHENTICATED"],
      reader: [200, null],
      editor: [200, null],
      admin: [200, null],
      "no role": [403, "FORBIDDEN"],
      expired: [401, "UNAUTHENTICATED"],
      garbage: [401, "UNAUTHENTICATED"],
      "wrong secret": [401, "UNAUTHENTICATED"],
    },
  ],
  [
    "anonymous reads on",
    true,
    {
      anonymous: [200, null],
      reader: [200, null],
      editor: [200, null],
      admin: [200, null],
      "no role": [200, null],
      // A bad token is an error, never silently downgraded to anonymous.
      expired: [401, "UNAUTHENTICATED"],
      garbage: [401, "UNAUTHENTICATED"],
      "wrong secret": [401, "UNAUTHENTICATED"],
    },
  ],
] as const)("a read query with %s", (_title, allowAnonymousReads, expected) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ auth: { ...loadConfig().auth, allowAnonymousReads } });
  });
  afterAll(() => api.close());

  it.each(Object.entries(expected) as Array<[Caller, readonly [number, string | null]]>)("%s gets HTTP %j", async (caller, [status, code]) => {
    const res = await api.gql<{ organization: { id: string } | null }>(READ, undefined, { authorization: await authorizationFor(api, caller) });
    expect(res.status).toBe(status);
    if (code === null) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.organization?.id).toBe("org:vgr");
    } else {
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
      expect(JSON.stringify(res)).not.toMatch(LEAK);
    }
  });
});

describe("a refused request", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("says how to authenticate: 401 with a WWW-Authenticate Bearer challenge", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: READ }) });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="beslutsgraf"/);
    const expired = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: await authorizationFor(api, "expired") },
      body: JSON.stringify({ query: READ }),
    });
    expect(expired.headers.get("www-authenticate")).toMatch(/error="invalid_token"/);
    expect(((await expired.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe("The bearer token has expired.");
  });
});

describe("requireRole with verified tokens (the one line every mutation resolver starts with)", () => {
  const secret = "requireRole-test-secret-0123456789abcdef";
  const authenticate = createAuthenticator(
    { jwtSecret: secret, devSecret: false, jwksUrl: undefined, issuer: undefined, audience: undefined, allowAnonymousReads: false },
    pino({ level: "silent" }),
  );
  const principalOf = async (caller: "anonymous" | "reader" | "editor" | "admin") => {
    if (caller === "anonymous") return authenticate(undefined);
    return authenticate(`Bearer ${await signToken({ secret, subject: `sub-${caller}`, roles: [caller], ttl: "5m" })}`);
  };

  it.each([
    ["anonymous", "editor", UnauthenticatedError],
    ["reader", "editor", ForbiddenError],
    ["editor", "editor", "sub-editor"],
    ["admin", "editor", "sub-admin"],
    ["anonymous", "admin", UnauthenticatedError],
    ["reader", "admin", ForbiddenError],
    ["editor", "admin", ForbiddenError],
    ["admin", "admin", "sub-admin"],
  ] as const)("%s asking for %s → %p", async (caller, role, outcome) => {
    const ctx = { principal: await principalOf(caller) };
    if (typeof outcome === "string") expect(requireRole(ctx, role).subject).toBe(outcome);
    else expect(() => requireRole(ctx, role)).toThrow(outcome);
  });
});

describe("tokens from an identity provider's JWKS", () => {
  let jwksServer: http.Server;
  let jwksUrl: string;
  let privateKey: CryptoKey | Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
  let publicJwk: Record<string, unknown>;
  let api: TestApi;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    privateKey = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    jwksServer = http.createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
    api = await startTestApi({ auth: { ...loadConfig().auth, jwtSecret: undefined, jwksUrl, issuer: "https://idp.test", audience: "beslutsgraf", allowAnonymousReads: false } });
  });
  afterAll(async () => {
    await api.close();
    jwksServer.close();
  });

  const rs256 = (claims: Record<string, unknown>, issuer = "https://idp.test") =>
    new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("carol").setIssuer(issuer).setAudience("beslutsgraf").setExpirationTime("5m").sign(privateKey);

  it("accepts an RS256 token signed by the provider, reading roles from the OAuth scope", async () => {
    const res = await api.gql(READ, undefined, { authorization: `Bearer ${await rs256({ scope: "openid reader" })}` });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ organization: { id: "org:vgr", name: expect.any(String) } });
  });

  it("refuses a token from another issuer, and an HS256 token keyed with the public key (algorithm confusion)", async () => {
    const other = await api.gql(READ, undefined, { authorization: `Bearer ${await rs256({ roles: ["reader"] }, "https://evil.test")}` });
    expect(other.status).toBe(401);
    const confused = await new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256", kid: "k1" })
      .setSubject("mallory")
      .setIssuer("https://idp.test")
      .setAudience("beslutsgraf")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
    const res = await api.gql(READ, undefined, { authorization: `Bearer ${confused}` });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers 503 SERVICE_UNAVAILABLE, not 401 or 500, when the key server is down", async () => {
    const down = await startTestApi({ auth: { ...api.config.auth, jwksUrl: "http://127.0.0.1:1/jwks.json" } });
    try {
      const res = await down.gql(READ, undefined, { authorization: `Bearer ${await rs256({ roles: ["reader"] })}` });
      expect(res.status).toBe(503);
      expect(res.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(JSON.stringify(res)).not.toMatch(LEAK);
    } finally {
      await down.close();
    }
  });
});

describe("npm run token", () => {
  const ROOT = path.resolve(__dirname, "..", "..");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/server/tokenCli.ts", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, JWT_SECRET: "" } });

  it("prints, as its last line, a token the server accepts with the asked role and subject", async () => {
    const out = run("--role", "editor", "--sub", "alice", "--ttl", "1h");
    expect(out.status).toBe(0);
    const token = out.stdout.trim().split("\n").at(-1)!;
    const authenticate = createAuthenticator(loadConfig({ ...process.env, JWT_SECRET: "" }).auth, pino({ level: "silent" }));
    expect(await authenticate(`Bearer ${token}`)).toEqual({ kind: "user", subject: "alice", roles: ["reader", "editor"] });
  });

  it("refuses an unknown role with exit code 2 and prints no token", () => {
    const out = run("--role", "superuser");
    expect(out.status).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/unknown role "superuser"/);
  });
});
