import fs from "node:fs";
import type { EmbeddedNeo4j } from "../../src/neo4j/embedded";

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as Record<string, unknown>).__BESLUTSGRAF_NEO4J__ as { neo: EmbeddedNeo4j; dataDir: string } | undefined;
  if (!handle) return;
  await handle.neo.stop();
  fs.rmSync(handle.dataDir, { recursive: true, force: true });
}
