/**
 * The only reader of process.env. Everything is validated once at boot; a bad
 * value fails fast with a message naming the variable, and the rest of the code
 * receives a typed, frozen Config.
 */
import path from "node:path";

export interface Neo4jExternal {
  mode: "external";
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Neo4jEmbedded {
  mode: "embedded";
  /** Bolt port; 0 picks any free port (tests). */
  port: number;
  dataDir: string;
  pageCacheMiB: number;
  heapMiB: number;
  startTimeoutMs: number;
}

export interface Config {
  host: string;
  port: number;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  nodeEnv: string;
  neo4j: Neo4jExternal | Neo4jEmbedded;
  /** Seed an empty database with the curated seed graph at start (the demo). */
  seedOnStart: boolean;
  /** Allow `extensions.debug.roundTrips` when the request asks for it. */
  debugExtensions: boolean;
  introspection: boolean;
  /** Who executes operations: graphql-jit's compiled functions (src/server/jitExecutor.ts), or graphql-js's interpreter. */
  executor: (typeof EXECUTORS)[number];
  auth: AuthConfig;
  http: HttpConfig;
  limits: QueryLimits;
  web: WebConfig;
  writes: WriteConfig;
  reads: ReadConfig;
}

/** Reads of a statement not yet answered (neo4j/firstRunGate.ts), per API process. */
export interface ReadConfig {
  /** How long a read waits for another request's first run of the same statement; 0: no waiting. */
  firstRunMaxWaitMs: number;
}

/** Admission control for writes (neo4j/writeGate.ts), per API process. */
export interface WriteConfig {
  /** Write transactions this process runs in Neo4j at once; 0: no limit. */
  maxConcurrent: number;
  /** How long a write may wait for its turn before it is refused (SERVICE_UNAVAILABLE). */
  maxWaitMs: number;
}

/** The browser side: GraphiQL, widgets, views (src/server/web.ts). */
export interface WebConfig {
  /** Widget clients (header `x-beslutsgraf-client: widget`) may run persisted documents only. */
  widgetPersistedOnly: boolean;
}

/** Bearer-token verification and the anonymous-read switch (README "Security"). */
export interface AuthConfig {
  /** HS256 shared secret; undefined when tokens are verified only against a JWKS. */
  jwtSecret: string | undefined;
  /** True when jwtSecret is the built-in demo secret (never in production). */
  devSecret: boolean;
  /** Public keys of an identity provider (RS256, ES256, …). */
  jwksUrl: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
  /** Queries without a token (or without the reader role) are allowed. */
  allowAnonymousReads: boolean;
}

export interface HttpConfig {
  /** Origins a browser may call /graphql from (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Largest request body accepted; larger gets 413. */
  maxBodyBytes: number;
}

/** Static limits on an operation, checked before it runs (server/limits.ts). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/**
 * The demo's signing secret: public by design (it is in this file), so it is
 * refused in production. It lets `npm start` and `npm run token` work with no
 * setup.
 */
export const DEV_JWT_SECRET = "beslutsgraf-demo-secret-not-for-production-use";
const MIN_SECRET_LENGTH = 32;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const EXECUTORS = ["jit", "graphql-js"] as const;
const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

function neo4jConfig(env: Env, cwd: string): Neo4jExternal | Neo4jEmbedded {
  const uri = env.NEO4J_URI;
  if (uri !== undefined && uri !== "") {
    const scheme = uri.split("://")[0] ?? "";
    if (!uri.includes("://") || !NEO4J_SCHEMES.includes(scheme)) {
      throw new ConfigError("NEO4J_URI", `must start with one of ${NEO4J_SCHEMES.map((s) => s + "://").join(", ")}, got "${uri}"`);
    }
    return {
      mode: "external",
      uri,
      user: env.NEO4J_USER ?? "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE || undefined,
    };
  }
  return {
    mode: "embedded",
    port: intVar(env, "NEO4J_EMBEDDED_PORT", 7687, 0, 65535),
    dataDir: path.resolve(cwd, env.NEO4J_EMBEDDED_DATA_DIR || ".data/neo4j"),
    pageCacheMiB: intVar(env, "NEO4J_EMBEDDED_PAGECACHE_MB", 256, 16, 65536),
    heapMiB: intVar(env, "NEO4J_EMBEDDED_HEAP_MB", 768, 128, 65536),
    startTimeoutMs: intVar(env, "NEO4J_EMBEDDED_START_TIMEOUT_MS", 120_000, 1000, 600_000),
  };
}

function optionalUrl(env: Env, name: string, production: boolean): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute URL, got "${raw}"`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (!production || loopback))) {
    throw new ConfigError(name, `must be an https:// URL in production, got "${raw}"`);
  }
  return url.toString();
}

function authConfig(env: Env, nodeEnv: string, demo: boolean): AuthConfig {
  const production = nodeEnv === "production";
  const jwksUrl = optionalUrl(env, "JWT_JWKS_URL", production);
  let jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError("JWT_SECRET", `must be at least ${MIN_SECRET_LENGTH} characters (HS256 wants 256 bits), got ${jwtSecret.length}`);
  }
  if (jwtSecret === DEV_JWT_SECRET && production) {
    throw new ConfigError("JWT_SECRET", "is the public demo secret; set a secret of your own in production");
  }
  // The demo (npm start) and `npm run token` work with no setup; production never falls back.
  const devSecret = jwtSecret === undefined && jwksUrl === undefined && !production;
  if (devSecret) jwtSecret = DEV_JWT_SECRET;
  // `npm start` outside production is the demo: its README curl works without a token.
  const allowAnonymousReads = boolVar(env, "ALLOW_ANONYMOUS_READS", demo && !production);
  if (production && jwtSecret === undefined && jwksUrl === undefined && !allowAnonymousReads) {
    throw new ConfigError(
      "JWT_SECRET",
      "or JWT_JWKS_URL must be set in production (or ALLOW_ANONYMOUS_READS=true for a public read-only API): nothing could be authenticated",
    );
  }
  return {
    jwtSecret,
    devSecret,
    jwksUrl,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    allowAnonymousReads,
  };
}

function corsOrigins(env: Env): string[] {
  const raw = env.CORS_ORIGINS ?? "";
  const origins = raw.split(",").map((o) => o.trim()).filter((o) => o !== "");
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    // An origin is scheme://host[:port] exactly as a browser sends it: no path, no wildcard.
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
      throw new ConfigError("CORS_ORIGINS", `must be a comma-separated list of origins like https://intranet.example.org (no path, no "*"), got "${origin}"`);
    }
  }
  return origins;
}

export interface LoadOptions {
  /**
   * Set by main.ts, the `npm start` entry point: outside production it is the
   * demo, so anonymous reads default to on. Tests and tools leave it off.
   */
  demo?: boolean;
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd(), options: LoadOptions = {}): Config {
  const logLevel = (env.LOG_LEVEL || "info") as Config["logLevel"];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  }
  const executor = (env.GRAPHQL_EXECUTOR || "jit") as Config["executor"];
  if (!EXECUTORS.includes(executor)) {
    throw new ConfigError("GRAPHQL_EXECUTOR", `must be one of ${EXECUTORS.join(", ")}, got "${env.GRAPHQL_EXECUTOR}"`);
  }
  const host = env.HOST || "127.0.0.1";
  const nodeEnv = env.NODE_ENV || "development";
  return Object.freeze({
    host,
    port: intVar(env, "PORT", 4000, 0, 65535),
    logLevel,
    nodeEnv,
    neo4j: Object.freeze(neo4jConfig(env, cwd)),
    seedOnStart: boolVar(env, "SEED_ON_START", true),
    debugExtensions: boolVar(env, "DEBUG_EXTENSIONS", nodeEnv !== "production"),
    introspection: boolVar(env, "INTROSPECTION", nodeEnv !== "production"),
    executor,
    auth: Object.freeze(authConfig(env, nodeEnv, options.demo ?? false)),
    http: Object.freeze({
      corsOrigins: corsOrigins(env),
      maxBodyBytes: intVar(env, "MAX_BODY_BYTES", 1_048_576, 1024, 104_857_600),
    }),
    writes: Object.freeze({
      maxConcurrent: intVar(env, "MAX_CONCURRENT_WRITES", 2, 0, 10_000),
      maxWaitMs: intVar(env, "WRITE_QUEUE_TIMEOUT_MS", 10_000, 1, 600_000),
    }),
    reads: Object.freeze({ firstRunMaxWaitMs: intVar(env, "FIRST_RUN_MAX_WAIT_MS", 5_000, 0, 600_000) }),
    web: Object.freeze({ widgetPersistedOnly: boolVar(env, "WIDGET_PERSISTED_ONLY", nodeEnv === "production") }),
    limits: Object.freeze({
      maxDepth: intVar(env, "MAX_QUERY_DEPTH", 12, 2, 100),
      maxCost: intVar(env, "MAX_QUERY_COST", 25_000, 10, 10_000_000),
      maxAliases: intVar(env, "MAX_QUERY_ALIASES", 30, 0, 10_000),
      maxDirectives: intVar(env, "MAX_QUERY_DIRECTIVES", 50, 0, 10_000),
      maxTokens: intVar(env, "MAX_QUERY_TOKENS", 5_000, 100, 1_000_000),
    }),
  });
}
