import type { Router } from "express";
import express from "express";
import type { Db } from "../neo4j/funnel";

/**
 * `GET /healthz`: the process is alive. `GET /readyz`: Neo4j answers a trivial
 * query within two seconds; 503 otherwise, so a load balancer stops routing here.
 */
export function healthRoutes(db: Db): Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const session = db.driver.session({ database: db.database });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run("RETURN 1"),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), 2000))),
      ]);
      res.json({ status: "ready", neo4j: "up" });
    } catch {
      res.status(503).json({ status: "unavailable", neo4j: "down" });
    } finally {
      // A check answered in time must not leave its 2 s timer holding the process (a test's worker, a shutdown).
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  });
  return router;
}
