#!/usr/bin/env node
/**
 * Builds everything the API serves to browsers into web/dist (git-ignored,
 * never committed), from npm packages only: no CDN, so it works on an
 * intranet with no internet access. Run by `npm start` and `npm test`
 * (prestart/pretest) and by `npm run build:web`.
 *
 *   dist/graphiql/     GraphiQL 5 (React, Monaco) + its three Monaco workers
 *   dist/widgets/      the custom elements and the decision view, one classic script each
 *   dist/pages/        the HTML pages (/, /graphiql, /widgets/*, /views/*)
 *   dist/persisted-documents.json   the trusted operations: sha256 of each
 *                      widget query, in Apollo's persisted query manifest format
 *   dist/sizes.json    bytes and gzip bytes of each bundle (README figures)
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, "dist");
// Built aside and swapped in at the end, so a running server never serves a half-built folder.
const dist = path.join(here, `.dist-${process.pid}`);
const started = Date.now();

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const production = { "process.env.NODE_ENV": '"production"' };

/**
 * The persisted documents: each widget operation's exact text, hashed as APQ
 * hashes it (sha256 hex of the query string), so a hash is also a valid
 * `extensions.persistedQuery.sha256Hash`.
 */
function persistedDocuments() {
  const dir = path.join(here, "queries");
  const operations = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const body = fs.readFileSync(path.join(dir, file), "utf8").replace(/^#.*\n/gm, "").trim();
      const name = /^query\s+(\w+)/m.exec(body)?.[1];
      if (!name || name !== path.basename(file, ".graphql")) throw new Error(`${file}: one query named like the file expected`);
      return { id: createHash("sha256").update(body).digest("hex"), name, type: "query", body };
    });
  return { format: "apollo-persisted-query-manifest", version: 1, operations };
}

const manifest = persistedDocuments();
fs.writeFileSync(path.join(dist, "persisted-documents.json"), JSON.stringify(manifest, null, 2));

/** `import { documentIds } from "virtual:persisted-documents"`: the widgets ship hashes, not query text. */
const persistedPlugin = {
  name: "persisted-documents",
  setup(build) {
    build.onResolve({ filter: /^virtual:persisted-documents$/ }, (args) => ({ path: args.path, namespace: "persisted" }));
    build.onLoad({ filter: /.*/, namespace: "persisted" }, () => ({
      contents: `export const documentIds = ${JSON.stringify(Object.fromEntries(manifest.operations.map((o) => [o.name, o.id])))};`,
      loader: "js",
    }));
  },
};

const common = { bundle: true, minify: true, sourcemap: "linked", target: "es2022", define: production, logLevel: "warning", legalComments: "none" };

await Promise.all([
  // GraphiQL: the page script (ES module, split so Monaco's language chunks load on demand) and its CSS.
  esbuild.build({
    ...common,
    entryPoints: { graphiql: path.join(here, "src/graphiql/main.js") },
    outdir: path.join(dist, "graphiql"),
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    loader: { ".ttf": "file", ".graphql": "text" },
  }),
  // Monaco's workers, each a classic script the page starts with `new Worker(url)`.
  esbuild.build({
    ...common,
    entryPoints: {
      "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
      "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
      "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
    },
    outdir: path.join(dist, "graphiql/workers"),
    format: "iife",
  }),
  // Widgets and views: classic scripts, so a host page of another origin can load them with <script src>.
  esbuild.build({
    ...common,
    entryPoints: {
      "org-chart": path.join(here, "src/widgets/orgChart.ts"),
      "agreement-timeline": path.join(here, "src/widgets/agreementTimeline.ts"),
      decision: path.join(here, "src/views/decisionView.ts"),
    },
    outdir: path.join(dist, "widgets"),
    format: "iife",
    plugins: [persistedPlugin],
  }),
]);

fs.cpSync(path.join(here, "pages"), path.join(dist, "pages"), { recursive: true });

/** Bundle sizes, raw and gzip, for the README and the closing note. */
function sizes() {
  const out = {};
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|css)$/.test(entry.name)) {
        const bytes = fs.readFileSync(full);
        out[path.relative(dist, full)] = { bytes: bytes.length, gzip: gzipSync(bytes).length };
      }
    }
  };
  walk(dist);
  return out;
}

const figures = sizes();
fs.writeFileSync(path.join(dist, "sizes.json"), JSON.stringify(figures, null, 2));
// Precompressed copies for the server to send to browsers that accept gzip (src/server/web.ts).
for (const file of Object.keys(figures)) {
  fs.writeFileSync(path.join(dist, `${file}.gz`), gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }));
}
const old = path.join(here, `.dist-old-${process.pid}`);
if (fs.existsSync(target)) fs.renameSync(target, old);
fs.renameSync(dist, target);
fs.rmSync(old, { recursive: true, force: true });
const total = (prefix) =>
  Object.entries(figures)
    .filter(([f]) => f.startsWith(prefix))
    .reduce((a, [, s]) => ({ bytes: a.bytes + s.bytes, gzip: a.gzip + s.gzip }), { bytes: 0, gzip: 0 });
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const lines = [
  ["graphiql (page, chunks, css)", sumOf(["graphiql/graphiql", "graphiql/chunks"])],
  ["graphiql workers", total("graphiql/workers")],
  ...["org-chart", "agreement-timeline", "decision"].map((w) => [`widgets/${w}.js`, figures[`widgets/${w}.js`]]),
];
function sumOf(prefixes) {
  return prefixes.map(total).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip }));
}
process.stdout.write(
  `web: built in ${Date.now() - started} ms, ${manifest.operations.length} persisted documents\n` +
    lines.map(([name, s]) => `  ${name.padEnd(34)} ${kb(s.bytes).padStart(11)}  gzip ${kb(s.gzip).padStart(10)}`).join("\n") +
    "\n",
);
