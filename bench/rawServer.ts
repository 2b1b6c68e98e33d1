/**
 * The floor: each shape as one hand-written Cypher statement through
 * neo4j-driver, as an auto-commit read in a READ session (the cheapest way
 * to send one statement; the API's reads go the same way, src/neo4j/funnel.ts),
 * behind a minimal HTTP endpoint
 * (`POST /<shape>` with the variables as JSON) so it is measured through the
 * same HTTP client as the two GraphQL servers.
 */
import http from "node:http";
import type { Driver } from "neo4j-driver";
import { toPlain } from "../src/neo4j/values";
import type { Shape } from "./shapes";

export interface RawServer {
  url: string;
  close(): Promise<void>;
}

export async function startRawServer(driver: Driver, shapes: Shape[]): Promise<RawServer> {
  const byName = new Map(shapes.map((s) => [s.name, s.raw]));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const cypher = byName.get((req.url ?? "").slice(1));
      if (req.method !== "POST" || !cypher) {
        res.writeHead(404).end();
        return;
      }
      const session = driver.session({ defaultAccessMode: "READ" });
      try {
        const params = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
        const result = await session.run(cypher, params);
        const body = JSON.stringify({ data: result.records.map((r) => toPlain(r.toObject())) });
        res.writeHead(200, { "content-type": "application/json" }).end(body);
      } catch (err) {
        res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: String(err) }] }));
      } finally {
        await session.close();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
