/**
 * The stage the widget browser suites play on: an intranet page of another
 * origin (a local HTTP server), the API as an intranet embeds it (that origin
 * allowed by CORS, widgets held to persisted documents, anonymous reads on),
 * and Chromium guarded against requests leaving the machine and console
 * errors, checked after every test so a failure names the page that caused it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../src/config";
import { type TestApi, startTestApi } from "./api";
import { type GuardedBrowser, expectNoStrayTrafficAfterEach, launchGuardedBrowser } from "./browser";

export const PAUSE_AGREEMENT = "agreement:pausoverenskommelse-vgr-oracle";

export interface WidgetStage {
  readonly api: TestApi;
  readonly apiOrigin: string;
  /** The intranet's origin: its pages are what `serve` answers. */
  readonly hostOrigin: string;
  readonly browser: GuardedBrowser;
  /** What the intranet answers for a path: an HTML page, or null for 404. */
  serve(page: (url: URL) => string | null): void;
  /** An intranet page that loads these widget scripts from the API and holds `body`. */
  hostPage(body: string, scripts: string[]): string;
}

/**
 * Sets the stage up before the suite's tests and takes it down after them.
 * `beforeClose` runs while the API is still up (to remove the suite's fixtures).
 * Valid inside the suite's tests and hooks.
 */
export function useWidgetStage(opts: { beforeClose?: (stage: WidgetStage) => Promise<void> } = {}): WidgetStage {
  let api: TestApi | undefined;
  let apiOrigin = "";
  let hostOrigin = "";
  let browser: GuardedBrowser | undefined;
  let page: (url: URL) => string | null = () => null;
  const host = http.createServer((req, res) => {
    const html = page(new URL(req.url ?? "/", hostOrigin));
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (html === null) res.statusCode = 404;
    res.end(html ?? undefined);
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useWidgetStage: the ${what} runs only inside the suite's tests and hooks`);
    return value;
  };
  const stage: WidgetStage = {
    get api() { return ready(api, "API"); },
    get apiOrigin() { return ready(api, "API") && apiOrigin; },
    get hostOrigin() { return hostOrigin; },
    get browser() { return ready(browser, "browser"); },
    serve: (next) => { page = next; },
    hostPage: (body, scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,">
${scripts.map((s) => `<script src="${apiOrigin}/widgets/${s}.js"></script>`).join("\n")}</head><body>${body}</body></html>`,
  };

  beforeAll(async () => {
    hostOrigin = await new Promise((resolve) => host.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(host.address() as AddressInfo).port}`)));
    const base = loadConfig();
    api = await startTestApi({
      auth: { ...base.auth, allowAnonymousReads: true },
      http: { ...base.http, corsOrigins: [hostOrigin] },
      web: { widgetPersistedOnly: true },
    });
    apiOrigin = new URL(api.url).origin;
    browser = await launchGuardedBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (api && opts.beforeClose) await opts.beforeClose(stage);
    await api?.close();
    await new Promise((resolve) => host.close(resolve));
  });

  // A refused request (a 400 for a date the server rejects) would show as a console error.
  expectNoStrayTrafficAfterEach(() => browser);
  return stage;
}
