import { ConfigError, DEV_JWT_SECRET, loadConfig } from "./config";

describe("loadConfig", () => {
  it("defaults to the embedded Neo4j and the API on 127.0.0.1:4000", () => {
    const c = loadConfig({}, "/srv/app");
    expect(c.host).toBe("127.0.0.1");
    expect(c.port).toBe(4000);
    expect(c.neo4j).toMatchObject({ mode: "embedded", port: 7687, dataDir: "/srv/app/.data/neo4j", pageCacheMiB: 256 });
  });

  it("connects to an external Neo4j when NEO4J_URI is set, with its credentials", () => {
    const c = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.example", NEO4J_USER: "u", NEO4J_PASSWORD: "p" });
    expect(c.neo4j).toEqual({ mode: "external", uri: "neo4j+s://abc.databases.example", user: "u", password: "p", database: undefined });
  });

  it.each([
    [{ PORT: "80a" }, /PORT must be a whole number, got "80a"/],
    [{ PORT: "70000" }, /PORT must be between 0 and 65535/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must start with one of bolt:\/\//],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of/],
    [{ GRAPHQL_EXECUTOR: "fast" }, /GRAPHQL_EXECUTOR must be one of jit, graphql-js, got "fast"/],
    [{ SEED_ON_START: "maybe" }, /SEED_ON_START must be true or false/],
  ])("fails fast naming the bad variable (%o)", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    [{ JWT_SECRET: "short" }, /JWT_SECRET must be at least 32 characters/],
    [{ NODE_ENV: "production", JWT_SECRET: DEV_JWT_SECRET }, /JWT_SECRET is the public demo secret/],
    [{ JWT_JWKS_URL: "not a url" }, /JWT_JWKS_URL must be an absolute URL/],
    [{ NODE_ENV: "production", JWT_JWKS_URL: "http://idp.example.org/jwks" }, /JWT_JWKS_URL must be an https:\/\/ URL in production/],
    [{ ALLOW_ANONYMOUS_READS: "sometimes" }, /ALLOW_ANONYMOUS_READS must be true or false/],
    [{ CORS_ORIGINS: "*" }, /CORS_ORIGINS must be a comma-separated list of origins/],
    [{ CORS_ORIGINS: "https://ok.example.org, https://bad.example.org/path" }, /CORS_ORIGINS .* got "https:\/\/bad.example.org\/path"/],
    [{ MAX_BODY_BYTES: "10" }, /MAX_BODY_BYTES must be between 1024/],
    [{ MAX_QUERY_DEPTH: "deep" }, /MAX_QUERY_DEPTH must be a whole number/],
    [{ MAX_CONCURRENT_WRITES: "two" }, /MAX_CONCURRENT_WRITES must be a whole number, got "two"/],
    [{ WRITE_QUEUE_TIMEOUT_MS: "0" }, /WRITE_QUEUE_TIMEOUT_MS must be between 1 and 600000/],
    [{ FIRST_RUN_MAX_WAIT_MS: "900000" }, /FIRST_RUN_MAX_WAIT_MS must be between 0 and 600000, got 900000/],
  ])("fails fast on a bad security setting (%o)", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe("loadConfig: security defaults", () => {
  it("is closed by default outside the demo: anonymous reads off, the demo secret to sign and verify, no CORS", () => {
    const c = loadConfig({ NODE_ENV: "test" });
    expect(c.auth).toMatchObject({ allowAnonymousReads: false, jwtSecret: DEV_JWT_SECRET, devSecret: true });
    expect(c.http).toEqual({ corsOrigins: [], maxBodyBytes: 1_048_576 });
    expect(c.introspection).toBe(true);
    expect(c.limits).toEqual({ maxDepth: 12, maxCost: 25_000, maxAliases: 30, maxDirectives: 50, maxTokens: 5_000 });
  });

  it("opens anonymous reads for the demo (npm start outside production) unless told otherwise", () => {
    expect(loadConfig({}, "/srv", { demo: true }).auth.allowAnonymousReads).toBe(true);
    expect(loadConfig({ ALLOW_ANONYMOUS_READS: "false" }, "/srv", { demo: true }).auth.allowAnonymousReads).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: "s".repeat(32) }, "/srv", { demo: true }).auth.allowAnonymousReads).toBe(false);
  });

  it("refuses to start in production with nothing to verify tokens with and anonymous reads off, naming the variables", () => {
    expect(() => loadConfig({ NODE_ENV: "production" }, "/srv", { demo: true })).toThrow(/JWT_SECRET or JWT_JWKS_URL must be set in production/);
  });

  it("in production never falls back to the demo secret, and turns introspection off", () => {
    const jwks = loadConfig({ NODE_ENV: "production", JWT_JWKS_URL: "https://idp.example.org/jwks.json", JWT_ISSUER: "https://idp.example.org", JWT_AUDIENCE: "beslutsgraf" });
    expect(jwks.auth).toEqual({
      jwtSecret: undefined,
      devSecret: false,
      jwksUrl: "https://idp.example.org/jwks.json",
      issuer: "https://idp.example.org",
      audience: "beslutsgraf",
      allowAnonymousReads: false,
    });
    expect(jwks.introspection).toBe(false);
    const publicReadOnly = loadConfig({ NODE_ENV: "production", ALLOW_ANONYMOUS_READS: "true" });
    expect(publicReadOnly.auth).toMatchObject({ jwtSecret: undefined, allowAnonymousReads: true });
  });

  it("reads the CORS allowlist and the size limits", () => {
    const c = loadConfig({ CORS_ORIGINS: "https://intranet.example.org, http://localhost:8080", MAX_BODY_BYTES: "65536", MAX_QUERY_COST: "5000" });
    expect(c.http).toEqual({ corsOrigins: ["https://intranet.example.org", "http://localhost:8080"], maxBodyBytes: 65536 });
    expect(c.limits.maxCost).toBe(5000);
  });
});
