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

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
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

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const logLevel = (env.LOG_LEVEL || "info") as Config["logLevel"];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
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
    introspection: boolVar(env, "INTROSPECTION", true),
  });
}
