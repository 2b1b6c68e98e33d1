/**
 * The analysts' IDE at /graphiql: GraphiQL 5 bundled from npm, with Monaco's
 * workers served by the API beside this script (no CDN), preloaded with the
 * documented example queries (web/examples, one tab each).
 */
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import decisionTrace from "../../examples/1-decision-trace.graphql";
import orgChartTwoDates from "../../examples/2-org-chart-two-dates.graphql";
import pauseAgreement from "../../examples/3-pause-agreement.graphql";
import search from "../../examples/4-search.graphql";
import timeline from "../../examples/5-timeline.graphql";

// Monaco asks for a worker per language; ours are bundled into ./workers by web/build.mjs.
const workers = new URL("./workers/", import.meta.url);
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name = label === "graphql" ? "graphql" : label === "json" ? "json" : "editor";
    return new Worker(new URL(`${name}.worker.js`, workers), { name: `monaco-${name}` });
  },
};

const endpoint = new URL("/graphql", window.location.href).toString();

/** GraphiQL's fetcher: one JSON POST, with the headers the analyst typed (a bearer token). */
async function fetcher(params, options) {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
}

const defaultTabs = [decisionTrace, orgChartTwoDates, pauseAgreement, search, timeline].map((query) => ({ query: query.trim() + "\n" }));

createRoot(document.getElementById("graphiql")).render(
  createElement(GraphiQL, { fetcher, defaultTabs, defaultEditorToolsVisibility: false, shouldPersistHeaders: false }),
);
