/**
 * The browser side, served by the API itself from web/dist (built by
 * web/build.mjs at `npm start` / `npm test`, never committed): the demo page
 * at /, GraphiQL at /graphiql with its Monaco workers, the widget scripts at
 * /widgets/*.js, their iframe pages at /widgets/*, the decision view at
 * /views/decision, the README at /docs. Nothing is loaded from elsewhere, and
 * each page's Content-Security-Policy says so to the browser.
 */
import fs from "node:fs";
import path from "node:path";
import express, { type Response, Router } from "express";
import type { Logger } from "pino";
import { PROJECT_ROOT } from "../lib/projectRoot";

export const WEB_ROOT = path.join(PROJECT_ROOT, "web");
export const WEB_DIST = path.join(WEB_ROOT, "dist");
export const PERSISTED_DOCUMENTS_FILE = path.join(WEB_DIST, "persisted-documents.json");

export interface WebOptions {
  /** Origins that may embed the iframe pages (the CORS allowlist, CORS_ORIGINS). */
  corsOrigins: string[];
  log: Logger;
}

/** Content-Security-Policy per kind of page: only this origin, ever. */
function csp(kind: "page" | "ide" | "embed", corsOrigins: string[]): string {
  const embedders = ["'self'", ...corsOrigins].join(" ");
  const base = ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "img-src 'self' data:", "base-uri 'none'", "form-action 'none'"];
  if (kind === "ide") {
    // Monaco and GraphiQL inject style elements and inline their fonts; the workers are ours.
    return [...base, "style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "worker-src 'self'", "frame-ancestors 'self'"].join("; ");
  }
  if (kind === "embed") return [...base, "style-src 'self'", `frame-ancestors ${embedders}`].join("; ");
  return [...base, "style-src 'self'", "frame-src 'self'", "frame-ancestors 'self'"].join("; ");
}

/** Only on our own responses: the API's other routes keep their headers. */
function hardening(res: Response): void {
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "same-origin");
}

export function webRoutes(options: WebOptions): Router {
  const router = Router();
  const built = fs.existsSync(path.join(WEB_DIST, "pages", "index.html"));
  if (!built) options.log.warn({ dir: WEB_DIST }, "browser bundles not built: run `npm run build:web` (npm start and npm test do it)");

  const page = (file: string, kind: "page" | "ide" | "embed") => (_req: unknown, res: Response) => {
    if (!built) {
      res.status(503).type("text/plain").send("The browser bundles are not built: run `npm run build:web`.\n");
      return;
    }
    hardening(res);
    res.setHeader("content-security-policy", csp(kind, options.corsOrigins));
    res.setHeader("cache-control", "no-cache");
    res.sendFile(path.join(WEB_DIST, "pages", file));
  };

  router.get("/", page("index.html", "page"));
  router.get("/graphiql", page("graphiql.html", "ide"));
  router.get("/widgets/org-chart", page("org-chart.html", "embed"));
  router.get("/widgets/agreement-timeline", page("agreement-timeline.html", "embed"));
  router.get("/views/decision", page("decision.html", "page"));
  router.get("/docs", (_req, res) => {
    hardening(res);
    res.type("text/plain; charset=utf-8").sendFile(path.join(WEB_ROOT, "..", "README.md"));
  });

  // The build wrote a .gz beside each script and stylesheet; send it to browsers that take gzip.
  router.use(["/graphiql", "/widgets"], (req, res, next) => {
    if (req.method !== "GET" || !/\.(js|css)$/.test(req.path) || !/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) return next();
    const dir = req.baseUrl === "/widgets" ? "widgets" : "graphiql";
    const file = path.join(WEB_DIST, dir, path.normalize(req.path));
    if (!file.startsWith(path.join(WEB_DIST, dir) + path.sep) || !fs.existsSync(`${file}.gz`)) return next();
    hardening(res);
    if (dir === "widgets") res.setHeader("cross-origin-resource-policy", "cross-origin");
    res.setHeader("content-encoding", "gzip");
    res.setHeader("vary", "accept-encoding");
    res.type(path.extname(file));
    res.sendFile(`${file}.gz`);
  });
  const statics = { index: false, redirect: false, setHeaders: hardening } as const;
  router.use("/graphiql", express.static(path.join(WEB_DIST, "graphiql"), statics));
  router.use("/static", express.static(path.join(WEB_DIST, "pages"), { ...statics, extensions: false }));
  router.use(
    "/widgets",
    express.static(path.join(WEB_DIST, "widgets"), {
      ...statics,
      // Host pages of other origins load these with <script src>, also under COEP.
      setHeaders: (res) => {
        hardening(res);
        res.setHeader("cross-origin-resource-policy", "cross-origin");
      },
    }),
  );
  return router;
}
