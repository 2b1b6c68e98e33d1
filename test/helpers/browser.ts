/**
 * The system Chromium (Debian's, /usr/bin/chromium) driven by playwright-core,
 * shut off from everything but loopback: every request to another host is
 * aborted and recorded, so a test can assert that nothing left the machine.
 * Console errors and page errors are recorded too. Screenshots go to
 * test-artifacts/browser/ (git-ignored) for people to look at.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/browser");

/** The flags the machine needs: no sandbox as root, no GPU, and no background calls home. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface GuardedBrowser {
  context: BrowserContext;
  /** Requests to anything but 127.0.0.1 / localhost / [::1], all aborted. */
  outsideRequests: string[];
  /** console.error messages and uncaught page errors, with the page URL. */
  consoleErrors: string[];
  newPage(): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

function isLoopback(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
    return LOOPBACK.has(u.hostname);
  } catch {
    return false;
  }
}

export async function launchGuardedBrowser(): Promise<GuardedBrowser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does it)`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beslutsgraf-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1200, height: 900 },
  });
  const outsideRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const watch = (page: Page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on("pageerror", (err) => consoleErrors.push(`${page.url()}: uncaught ${err.message}`));
  };
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    outsideRequests,
    consoleErrors,
    newPage: () => context.newPage(),
    async screenshot(page, name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers, for the suite, the check after every test that nothing left the
 * machine and the page logged no console error (a request the server refused
 * shows as one): checked per test, so a failure names the page that caused it.
 */
export function expectNoStrayTrafficAfterEach(browser: () => GuardedBrowser | undefined): void {
  afterEach(() => {
    const b = browser();
    if (!b) return;
    expect(b.outsideRequests.splice(0)).toEqual([]);
    expect(b.consoleErrors.splice(0)).toEqual([]);
  });
}
