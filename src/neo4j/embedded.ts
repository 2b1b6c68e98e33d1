/**
 * Builds (once, cached) and runs the embedded Neo4j of `neo4j/` as a child
 * process: development, tests, CI and the demo. Production sets NEO4J_URI and
 * never reaches this file.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { PROJECT_ROOT } from "../lib/projectRoot";

const MODULE_DIR = path.join(PROJECT_ROOT, "neo4j");
const TARGET = path.join(MODULE_DIR, "target");
const STAMP = path.join(TARGET, "beslutsgraf-build.stamp");
const MAIN_CLASS = "se.beslutsgraf.neo4j.EmbeddedNeo4j";

/** The flags the stock Neo4j 5 distribution passes its JVM (neo4j.conf, server.jvm.additional). */
const STOCK_JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+AlwaysPreTouch",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "-XX:FlightRecorderOptions=stackdepth=256",
  "-XX:+UnlockDiagnosticVMOptions",
  "-XX:+DebugNonSafepoints",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
];

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  pageCacheMiB: number;
  heapMiB: number;
  startTimeoutMs: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  logFile: string;
  /** SIGTERM, wait for a clean shutdown, SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>;
}

export class EmbeddedNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedNeo4jError";
  }
}

function sourceHash(): string {
  const h = createHash("sha256");
  const files = [path.join(MODULE_DIR, "pom.xml")];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".java")) files.push(p);
    }
  };
  walk(path.join(MODULE_DIR, "src"));
  for (const f of files.sort()) h.update(f).update(fs.readFileSync(f));
  return h.digest("hex");
}

/** Runs `mvn -q -B package` unless the sources are unchanged since the last build. */
export function ensureLauncherBuilt(log: (msg: string) => void = () => {}): void {
  const hash = sourceHash();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash && fs.existsSync(path.join(TARGET, "lib"))) return;
  log("building the embedded Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)");
  const r = spawnSync("mvn", ["-q", "-B", "-f", path.join(MODULE_DIR, "pom.xml"), "package"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (r.error) throw new EmbeddedNeo4jError(`could not run Maven (mvn): ${r.error.message}`);
  if (r.status !== 0) {
    throw new EmbeddedNeo4jError(`Maven build of neo4j/ failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  }
  fs.writeFileSync(STAMP, hash);
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log written)";
  }
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt();
  fs.mkdirSync(path.join(opts.dataDir, "logs"), { recursive: true });
  const logFile = path.join(opts.dataDir, "logs", "launcher.log");
  const logFd = fs.openSync(logFile, "a");
  const classpath = [path.join(TARGET, "classes"), path.join(TARGET, "lib", "*")].join(path.delimiter);
  const child: ChildProcess = spawn(
    "java",
    [
      `-Xmx${opts.heapMiB}m`,
      `-Xms${Math.min(opts.heapMiB, 256)}m`,
      ...STOCK_JVM_FLAGS,
      "-cp",
      classpath,
      MAIN_CLASS,
      "--data-dir",
      opts.dataDir,
      "--port",
      String(opts.port),
      "--pagecache",
      String(opts.pageCacheMiB),
      "--watch-stdin",
    ],
    { stdio: ["pipe", "pipe", logFd] },
  );
  fs.closeSync(logFd);

  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new EmbeddedNeo4jError(`embedded Neo4j was not ready within ${opts.startTimeoutMs} ms; see ${logFile}:\n${tail(logFile)}`));
    }, opts.startTimeoutMs);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const m = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`could not start java: ${err.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`embedded Neo4j exited (code ${code}) before it was ready; see ${logFile}:\n${tail(logFile)}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid!,
    logFile,
    stop(graceMs = 30_000) {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
