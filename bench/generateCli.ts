/**
 * `npm run bench:generate -- --scale 10000`: loads the synthetic graph of that
 * scale into the embedded Neo4j of `.data/bench-<scale>` (once; a second run
 * finds it) and prints the load rate.
 */
import { openBenchDb, flags } from "./benchDb";

async function main(): Promise<void> {
  const { scale } = flags({ scale: 10_000 });
  const bench = await openBenchDb({ scale });
  try {
    process.stdout.write(`${JSON.stringify(bench.generated)}\n`);
  } finally {
    await bench.close();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:generate failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
