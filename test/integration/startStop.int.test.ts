/**
 * The demo's life cycle, as a newcomer runs it: `npm start` launches the
 * embedded Neo4j and the API from the compiled build (dist/src/main.js); SIGTERM
 * stops both and leaves no java process.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { startEmbeddedNeo4j } from "../../src/neo4j/embedded";

const ROOT = path.resolve(__dirname, "..", "..");

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
}

describe("npm start", () => {
  it("serves GraphQL from the embedded Neo4j and stops everything on SIGTERM", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beslutsgraf-start-"));
    // Exactly what `npm start` runs once its prestart step has built dist/ (npm test's pretest builds it too).
    const [node, ...args] = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start.split(" ");
    expect(node).toBe("node");
    const entry = args.find((a) => a.endsWith(".js"))!;
    if (!fs.existsSync(path.join(ROOT, entry))) throw new Error(`${entry} is missing: run \`npm run build\` (npm start and npm test build it first)`);
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: "", PORT: "0", NEO4J_EMBEDDED_PORT: "0", NEO4J_EMBEDDED_DATA_DIR: dataDir, SEED_ON_START: "false", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: Array<Record<string, unknown>> = [];
    const ready = new Promise<{ url: string; neo4jPid: number; bolt: string }>((resolve, reject) => {
      let neo4jPid = 0;
      let bolt = "";
      readline.createInterface({ input: child.stdout! }).on("line", (line) => {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === "embedded Neo4j ready") {
          neo4jPid = entry.pid as number;
          bolt = entry.uri as string;
        }
        if (entry.msg === "Beslutsgraf API ready") resolve({ url: entry.url as string, neo4jPid, bolt });
      });
      child.once("exit", (code) => reject(new Error(`npm start exited early with ${code}`)));
    });
    try {
      const { url, neo4jPid, bolt } = await ready;
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ __typename organization(id: "org:nowhere") { id } }' }),
      });
      expect(await res.json()).toEqual({ data: { __typename: "Query", organization: null } });

      const boltPort = Number(new URL(bolt.replace("bolt:", "http:")).port);
      expect(await portOpen(boltPort)).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(processAlive(neo4jPid)).toBe(false);
      expect(await portOpen(boltPort)).toBe(false);
      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["shutting down", "stopped"]));
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // A cold JVM start, migrations on an empty store and Neo4j's checkpoint at shutdown, beside the
    // other suites on two cores: 50-80 s on a busy machine, past the suites' 60 s default.
  }, 180_000);
});

describe("startEmbeddedNeo4j", () => {
  it("fails with an error that points at the log when Bolt cannot bind", async () => {
    const blocker = net.createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beslutsgraf-busy-"));
    try {
      await expect(
        startEmbeddedNeo4j({ port, dataDir, pageCacheMiB: 32, heapMiB: 512, startTimeoutMs: 90_000 }),
      ).rejects.toThrow(new RegExp(`exited \\(code \\d+\\) before it was ready; see ${dataDir}/logs/launcher.log`));
    } finally {
      blocker.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
