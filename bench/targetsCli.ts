/**
 * `npm run bench:targets [-- --small bench/results-10000.json --large bench/results-1000000.json]`
 *
 * Judges issue 7's targets (bench/targets.ts) from two `npm run bench`
 * results: by default the smallest and the largest scale among
 * `bench/results-<scale>.json`. Prints the verdict and writes it to
 * `bench/results-targets.json`. Exits 0 whether the targets are met or not
 * (they are benchmarks); non-zero only when the results are missing or unreadable.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/lib/projectRoot";
import { flags } from "./benchDb";
import { type BenchResults, formatVerdict, judgeTargets } from "./targets";

const BENCH_DIR = path.join(PROJECT_ROOT, "bench");

function read(file: string): BenchResults {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new Error(`${file} does not exist: run \`npm run bench -- --scale <n>\` first`);
  }
  try {
    return JSON.parse(text) as BenchResults;
  } catch (err) {
    throw new Error(`${file} is not JSON: ${(err as Error).message}`);
  }
}

/** bench/results-<scale>.json files, by scale. */
function scaleFiles(): Array<{ scale: number; file: string }> {
  return fs
    .readdirSync(BENCH_DIR)
    .map((name) => /^results-(\d+)\.json$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ scale: Number(m[1]), file: path.join(BENCH_DIR, m[0]) }))
    .sort((a, b) => a.scale - b.scale);
}

function main(): void {
  const opts = flags({ small: "", large: "" });
  let small = opts.small;
  let large = opts.large;
  if (!small || !large) {
    const found = scaleFiles();
    if (found.length < 2) {
      throw new Error(`needs results at two scales; found ${found.length ? found.map((f) => path.relative(PROJECT_ROOT, f.file)).join(", ") : "none"} in bench/. Run \`npm run bench -- --scale 10000\` and \`npm run bench -- --scale 1000000\`, or pass --small and --large`);
    }
    small ||= found[0]!.file;
    large ||= found[found.length - 1]!.file;
  }
  const verdict = judgeTargets(read(small), read(large));
  process.stdout.write(`from ${path.relative(process.cwd(), small)} (${verdict.at[0] ?? "no time"}) and ${path.relative(process.cwd(), large)} (${verdict.at[1] ?? "no time"})\n`);
  process.stdout.write(formatVerdict(verdict));
  fs.writeFileSync(path.join(BENCH_DIR, "results-targets.json"), `${JSON.stringify(verdict, null, 2)}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`bench:targets failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
