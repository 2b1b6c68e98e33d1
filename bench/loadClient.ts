/**
 * autocannon in its own process, so the load generator does not share the
 * servers' event loop: `runLoad(url, bodies, connections, seconds)` forks this
 * file, which posts the bodies round-robin for the given time and sends back
 * rps, latency percentiles and the count of non-200 or GraphQL-error answers.
 */
import { fork } from "node:child_process";
import autocannon from "autocannon";

export interface LoadJob {
  url: string;
  bodies: string[];
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  /** Transport errors, non-2xx answers and answers carrying GraphQL `errors`. */
  errors: number;
}

async function measure(job: LoadJob): Promise<LoadResult> {
  let i = 0;
  let graphqlErrors = 0;
  const r = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", ...job.headers },
        setupRequest: (req) => ({ ...req, body: job.bodies[i++ % job.bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    errors: r.errors + r.non2xx + graphqlErrors,
  };
}

/** Runs one load job in a child process and resolves its figures. */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The same runtime as this file: tsx for the TypeScript source, plain Node for the build (dist/bench).
    const execArgv = __filename.endsWith(".ts") ? ["--import", "tsx"] : [];
    const child = fork(__filename, ["--child"], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: LoadResult | undefined;
    child.on("message", (m) => (result = m as LoadResult));
    child.on("error", reject);
    child.on("exit", (code) => (result ? resolve(result) : reject(new Error(`load client exited with ${code} and no result`))));
    child.send(job);
  });
}

if (process.argv.includes("--child")) {
  process.once("message", (job) => {
    measure(job as LoadJob).then(
      (r) => process.send!(r, () => process.exit(0)),
      (err) => {
        process.stderr.write(`load client failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  });
}
