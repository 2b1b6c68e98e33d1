/**
 * What the widgets and the decision view show beyond the happy path
 * (widgets.browser.test.ts has that; the decision view has decisionView.browser.test.ts): dates in words as precise as the
 * source, the box styles the README promises, a clear message for a date or
 * organisation the embedder got wrong (never some other chart), and what
 * the widgets do when the API cannot be reached (widgetAccess.browser.test.ts
 * has what assistive technology needs). Against the real API
 * and the seeded embedded Neo4j; the custom elements run on a host page of
 * another origin, as an intranet embeds them.
 */
import net from "node:net";
import type { Locator, Page } from "playwright-core";
import { PAUSE_AGREEMENT, useWidgetStage } from "../helpers/widgetStage";

const DATE_HELP = "is not a date: give a day that exists, in the years 1000–9999, as YYYY-MM-DD (e.g. 2025-04-11).";

const stage = useWidgetStage();

/** A page that counts its GraphQL requests, so a test can say none was made. */
async function pageCountingRequests(): Promise<{ page: Page; graphqlRequests: () => number }> {
  const page = await stage.browser.newPage();
  let n = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/graphql")) n++;
  });
  return { page, graphqlRequests: () => n };
}

/** The computed style of a tree item's own box. */
function boxStyle(item: Locator): Promise<{ borderStyle: string; background: string }> {
  return item.locator(":scope > .box").evaluate((el) => {
    const s = getComputedStyle(el);
    return { borderStyle: s.borderTopStyle, background: s.backgroundColor };
  });
}

/** The message a widget shows in red, once it shows one. */
async function errorMessage(widget: Locator): Promise<string | null> {
  const status = widget.locator(".status.error");
  await status.waitFor({ timeout: 10_000 });
  return status.textContent();
}

beforeAll(() => {
  stage.serve((url) => {
    if (url.pathname === "/org-chart") return stage.hostPage(`<beslutsgraf-org-chart root="org:program-millennium" as-of="2025-04-11"></beslutsgraf-org-chart>`, ["org-chart"]);
    // The element pointed at an API that is not there (its `api` attribute, a port nothing listens on).
    const api = url.searchParams.get("api");
    if (url.pathname === "/no-api" && api) {
      return stage.hostPage(
        `<beslutsgraf-org-chart root="org:program-millennium" as-of="2025-04-11" api="${api}"></beslutsgraf-org-chart>
         <beslutsgraf-agreement-timeline agreement="${PAUSE_AGREEMENT}" api="${api}"></beslutsgraf-agreement-timeline>`,
        ["org-chart", "agreement-timeline"],
      );
    }
    return null;
  });
});

describe("the org chart's boxes", () => {
  it("draws uncertain holders dashed, each saying why (her end, his start), certain ones solid, and posts tinted", async () => {
    const page = await stage.browser.newPage();
    // Between 6 Nov 2024 and 10 Apr 2025 both programme chiefs are uncertain.
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=2024-12-15`);
    const chart = page.locator("beslutsgraf-org-chart");
    const post = chart.locator('li[role="treeitem"][aria-label^="programchef Millennium,"]');
    const uncertain = post.locator('li[role="treeitem"].uncertain');
    await uncertain.first().waitFor();
    await expect(uncertain.count()).resolves.toBe(2);
    for (const item of await uncertain.all()) await expect(boxStyle(item)).resolves.toMatchObject({ borderStyle: "dashed" });
    // Why, shown in the box (not a hover title) and read out with it.
    const why = await uncertain.evaluateAll((items) => items.map((li) => [li.querySelector(":scope > .box .label")?.textContent, li.querySelector(":scope > .box .why")?.textContent]));
    expect(why.sort()).toEqual([
      ["Annika Mortensen", "may have ended: ended between 6 Nov 2024 and 11 Apr 2025"],
      ["Bjarne Christiansson", "may not have begun yet: began between 6 Nov 2024 and 11 Apr 2025"],
    ]);
    await expect(uncertain.first().getAttribute("aria-label")).resolves.toMatch(/, uncertain on this date \((may have ended|may not have begun yet): \w+ between 6 Nov 2024 and 11 Apr 2025\)$/);
    await expect(boxStyle(post)).resolves.toEqual({ borderStyle: "solid", background: "rgb(238, 244, 251)" });
    await stage.browser.screenshot(page, "org-chart-uncertain-dashed");

    // From 11 Apr 2025 Bjarne Christiansson alone holds the post, certainly: his box is solid.
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=2025-04-11`);
    const bjarne = post.locator('li[role="treeitem"][aria-label^="Bjarne Christiansson,"]');
    await expect(bjarne.getAttribute("aria-label")).resolves.not.toContain("uncertain");
    await expect(bjarne.locator(":scope > .box .why").count()).resolves.toBe(0);
    await expect(boxStyle(bjarne)).resolves.toEqual({ borderStyle: "solid", background: "rgb(255, 255, 255)" });
    await page.close();
  });

  it("marks a paused unit with the pausing decision's words and date: the steering group perhaps paused in March 2025, paused in June", async () => {
    const page = await stage.browser.newPage();
    const chart = page.locator("beslutsgraf-org-chart");
    const group = chart.locator('li[role="treeitem"][aria-label^="programstyrgrupp Millennium,"]');
    const shown = async (asOf: string) => {
      await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=${asOf}`);
      await group.waitFor();
      return group.locator(":scope > .box").evaluate((box) => ({
        mark: box.querySelector(".paused-mark")?.textContent ?? null,
        why: box.querySelector(".paused-why")?.textContent ?? null,
        swedish: box.querySelector(".paused-why [lang=sv]")?.textContent ?? null,
      }));
    };
    await expect(shown("2025-06-01")).resolves.toEqual({ mark: "paused", why: "paused: på obestämd tid (on or before 11 Apr 2025)", swedish: "på obestämd tid" });
    await expect(group.getAttribute("aria-label")).resolves.toMatch(/, paused: på obestämd tid \(on or before 11 Apr 2025\)$/);
    await stage.browser.screenshot(page, "org-chart-paused-group");
    await expect(shown("2025-03-01")).resolves.toMatchObject({ mark: "perhaps paused", why: "perhaps paused: på obestämd tid (on or before 11 Apr 2025)" });
    // The programme's roll-out was paused in November 2024; its parts are not marked for it.
    const root = chart.locator('li[role="treeitem"][aria-level="1"]');
    await expect(root.locator(":scope > .box .paused-why").textContent()).resolves.toBe("paused: införandet av Millennium pausat (Nov 2024)");
    await expect(chart.locator(".paused-mark").count()).resolves.toBe(2);
    await page.close();
  });

  it("fits a 320 px phone with every branch open: long Swedish words wrap inside their boxes, nothing scrolls sideways", async () => {
    const page = await stage.browser.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:vgr&asOf=2025-04-11&depth=4`);
    const chart = page.locator("beslutsgraf-org-chart");
    await chart.locator('[role="tree"]').waitFor();
    const opened = await chart.evaluate((el) => {
      const groups = Array.from(el.shadowRoot!.querySelectorAll('ul[role="group"]'));
      for (const g of groups) g.removeAttribute("hidden");
      return groups.length;
    });
    expect(opened).toBeGreaterThan(5);
    await expect(chart.locator(".label", { hasText: "programstyrgruppsordförande" }).count()).resolves.toBeGreaterThan(0);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    const overflowing = await chart.evaluate((el) => Array.from(el.shadowRoot!.querySelectorAll(".box")).filter((b) => b.scrollWidth > b.clientWidth + 1).length);
    expect(overflowing).toBe(0);
    await stage.browser.screenshot(page, "org-chart-320px");
    await page.close();
  });

  it("dims the chart shown while another date loads, so it is not read as the new one", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.hostOrigin}/org-chart`);
    const chart = page.locator("beslutsgraf-org-chart");
    await chart.locator('[role="tree"]').waitFor();
    const body = () => chart.locator(".body").evaluate((el) => getComputedStyle(el).opacity);
    await expect(body()).resolves.toBe("1");
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/graphql", async (route) => {
      await held;
      await route.continue();
    });
    await chart.evaluate((el) => el.setAttribute("as-of", "2024-11-05"));
    await expect(chart.getAttribute("aria-busy")).resolves.toBe("true");
    await page.waitForFunction(() => getComputedStyle(document.querySelector("beslutsgraf-org-chart")!.shadowRoot!.querySelector(".body")!).opacity === "0.45");
    await expect(chart.locator(".title").textContent()).resolves.toBe("Program Millennium, 11 Apr 2025");
    release();
    await page.waitForFunction(() => document.querySelector("beslutsgraf-org-chart")?.shadowRoot?.querySelector(".title")?.textContent?.includes("5 Nov 2024"));
    await page.waitForFunction(() => getComputedStyle(document.querySelector("beslutsgraf-org-chart")!.shadowRoot!.querySelector(".body")!).opacity === "1");
    await page.close();
  });

  it("draws posts with no recorded holder dashed on amber, saying no holder is recorded (not that the post is vacant)", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:vgr&asOf=2024-11-05`);
    const vacancy = page.locator('beslutsgraf-org-chart li[role="treeitem"].kind-vacancy').first();
    await vacancy.waitFor({ state: "attached" });
    await expect(boxStyle(vacancy)).resolves.toEqual({ borderStyle: "dashed", background: "rgb(255, 248, 230)" });
    await expect(vacancy.locator(".label").first().textContent()).resolves.toMatch(/^No holder recorded: .+ \(ingen innehavare angiven\)$/);
    await page.close();
  });
});

describe("an API the widgets cannot reach", () => {
  /** A loopback port nothing listens on: one the system just gave out and took back. */
  const closedPort = () =>
    new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });

  it("say which API they could not reach and why that may be, under the requested root and agreement", async () => {
    const api = `http://127.0.0.1:${await closedPort()}/graphql`;
    const page = await stage.browser.newPage();
    await page.goto(`${stage.hostOrigin}/no-api?api=${encodeURIComponent(api)}`);
    const why = `Could not reach the API at ${api}: it is down, the network failed, or it does not let pages from ${stage.hostOrigin} call it (its CORS_ORIGINS).`;
    const chart = page.locator("beslutsgraf-org-chart");
    await expect(errorMessage(chart)).resolves.toBe(why);
    await expect(chart.locator(".title").textContent()).resolves.toBe("org:program-millennium, 11 Apr 2025");
    await expect(errorMessage(page.locator("beslutsgraf-agreement-timeline"))).resolves.toBe(why);
    await page.close();
    // The refused connections are the console errors this page was expected to log.
    const logged = stage.browser.consoleErrors.splice(0);
    expect(logged.length).toBeGreaterThan(0);
    for (const e of logged) expect(e).toMatch(/ERR_CONNECTION_REFUSED/);
  });

  it.each([
    ["org chart", "/widgets/org-chart?root=org:program-millennium&asOf=2025-04-11", "beslutsgraf-org-chart", '[role="tree"]'],
    ["agreement timeline", "/widgets/agreement-timeline?agreement=agreement:pausoverenskommelse-vgr-oracle", "beslutsgraf-agreement-timeline", ".entry"],
  ])("the %s offers to try again after a failed load, and draws itself when the API answers", async (_name, path, tag, drawn) => {
    const page = await stage.browser.newPage();
    let calls = 0;
    // The first request fails as if the API were down; later ones go through.
    await page.route("**/graphql", (route) => (calls++ === 0 ? route.abort("connectionrefused") : route.fallback()));
    await page.goto(`${stage.apiOrigin}${path}`);
    const widget = page.locator(tag);
    await expect(errorMessage(widget)).resolves.toMatch(/^Could not reach the API at /);
    await widget.locator("button.retry").click();
    await widget.locator(drawn).first().waitFor();
    await expect(widget.locator("button.retry").count()).resolves.toBe(0);
    expect(calls).toBe(2);
    await page.close();
    const logged = stage.browser.consoleErrors.splice(0);
    for (const e of logged) expect(e).toMatch(/ERR_CONNECTION_REFUSED|ERR_FAILED/);
  });

  it("offers no retry for an input the embedder got wrong, which asking again cannot mend", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=banana`);
    const chart = page.locator("beslutsgraf-org-chart");
    await expect(errorMessage(chart)).resolves.toMatch(/is not a date/);
    await expect(chart.locator("button.retry").count()).resolves.toBe(0);
    await page.close();
  });
});

describe("inputs the widgets cannot use", () => {
  it.each(["banana", "2024-13-45", "2025-02-30", "2024-02-30", "2025-04-31", "0999-12-31"])("the org chart page says asOf=%s is not a date, and asks the API nothing", async (asOf) => {
    const { page, graphqlRequests } = await pageCountingRequests();
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=${asOf}`);
    const chart = page.locator("beslutsgraf-org-chart");
    await expect(errorMessage(chart)).resolves.toBe(`asOf=${asOf} in the address ${DATE_HELP}`);
    await expect(chart.locator(".title").textContent()).resolves.toBe("org:program-millennium");
    await expect(chart.locator('[role="tree"]').count()).resolves.toBe(0);
    expect(graphqlRequests()).toBe(0);
    if (asOf === "banana") await stage.browser.screenshot(page, "org-chart-bad-date");
    await page.close();
  });

  it("typing a date into the chart's date field asks for one chart, the whole date's, not each day it passes through (day 01, year 0002, 0020, 0202)", async () => {
    const page = await stage.browser.newPage();
    const asked: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/graphql")) asked.push((JSON.parse(r.postData() ?? "{}") as { variables: { asOf: string } }).variables.asOf);
    });
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=2025-04-11`);
    const chart = page.locator("beslutsgraf-org-chart");
    await chart.locator('[role="tree"]').waitFor();
    expect(asked).toEqual(["2025-04-11"]);
    // What the field holds at each change, and what the chart shows then.
    await page.evaluate(() => {
      const w = window as unknown as { moves: string[]; seen: string[] };
      [w.moves, w.seen] = [[], []];
      const el = document.querySelector("beslutsgraf-org-chart")!;
      el.addEventListener("beslutsgraf-date-change", (e) => w.moves.push((e as CustomEvent<{ asOf: string }>).detail.asOf));
      const root = el.shadowRoot!;
      root.querySelector("input")!.addEventListener("change", (e) => {
        w.seen.push(`${(e.target as HTMLInputElement).value} | ${root.querySelector(".title")!.textContent} | ${root.querySelector(".status")!.className}`);
      });
    });
    // Chromium's date field (en-US: month, day, year), typed the way a reader types a date.
    const field = chart.locator('input[type="date"]');
    await field.focus();
    await page.keyboard.type("04112024");
    await page.waitForFunction(() => document.querySelector("beslutsgraf-org-chart")?.shadowRoot?.querySelector(".title")?.textContent?.includes("11 Apr 2024"));
    await expect(chart.locator('[role="tree"]').count()).resolves.toBe(1);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(expect.arrayContaining(["2025-04-01 | Program Millennium, 11 Apr 2025 | status", "0202-04-11 | Program Millennium, 11 Apr 2025 | status"]));
    expect(seen.at(-1)).toBe("2024-04-11 | Program Millennium, 11 Apr 2025 | status");
    expect(asked).toEqual(["2025-04-11", "2024-04-11"]);
    await expect(page.evaluate(() => (window as unknown as { moves: string[] }).moves)).resolves.toEqual(["2024-04-11"]);
    expect(new URL(page.url()).searchParams.get("asOf")).toBe("2024-04-11");
    // A year below 1000 is never asked for: Enter or leaving the field puts back the day shown.
    await chart.locator('button[aria-label="One month earlier"]').focus();
    for (let segment = 0; segment < 3; segment++) await page.keyboard.press("Tab"); // month, day, year
    await page.keyboard.type("3");
    await expect(field.inputValue()).resolves.toBe("0003-04-11");
    await page.keyboard.press("Enter");
    await expect(field.inputValue()).resolves.toBe("2024-04-11");
    await page.keyboard.type("5");
    await expect(field.inputValue()).resolves.toBe("0005-04-11");
    await chart.locator('button[aria-label="One month later"]').focus();
    await expect(field.inputValue()).resolves.toBe("2024-04-11");
    await expect(chart.locator(".title").textContent()).resolves.toBe("Program Millennium, 11 Apr 2024");
    expect(asked).toEqual(["2025-04-11", "2024-04-11"]);
    expect(stage.browser.consoleErrors).toEqual([]);
    await page.close();
  });

  it.each(["abc", "0", "9", "2.5"])("the org chart page says depth=%s is not a depth, and asks the API nothing", async (depth) => {
    const { page, graphqlRequests } = await pageCountingRequests();
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=2025-04-11&depth=${depth}`);
    await expect(errorMessage(page.locator("beslutsgraf-org-chart"))).resolves.toBe(`depth=${depth} in the address is not a depth: give a whole number from 1 to 8 (4 when left out).`);
    expect(graphqlRequests()).toBe(0);
    await page.close();
  });

  it.each([
    ["org:finns-inte", "root=org:finns-inte in the address names nothing ever recorded in the graph."],
    ["person:annika-mortensen", "root=person:annika-mortensen in the address names a Person, not an Organization."],
  ])("the org chart page says root=%s is wrong, not that it did not exist on the date", async (root, message) => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=${root}&asOf=2025-04-11`);
    const chart = page.locator("beslutsgraf-org-chart");
    await expect(errorMessage(chart)).resolves.toBe(message);
    await expect(chart.locator(".title").textContent()).resolves.toBe(root);
    // The refused request is the console error this page was expected to log.
    expect(stage.browser.consoleErrors.splice(0).every((e) => /status of 400/.test(e))).toBe(true);
    await page.close();
  });

  it("the org chart page still takes 29 Feb of a leap year", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=2024-02-29`);
    const title = page.locator("beslutsgraf-org-chart .title");
    await page.waitForFunction(() => document.querySelector("beslutsgraf-org-chart")?.shadowRoot?.querySelector(".title")?.textContent?.includes("29 Feb 2024"));
    await expect(title.textContent()).resolves.toBe("Program Millennium, 29 Feb 2024");
    await page.close();
  });

  it("the custom element replaces a chart with a message, under the requested root, when as-of or root goes wrong", async () => {
    const { page, graphqlRequests } = await pageCountingRequests();
    await page.goto(`${stage.hostOrigin}/org-chart`);
    const chart = page.locator("beslutsgraf-org-chart");
    await chart.locator('[role="tree"]').waitFor();
    const asked = graphqlRequests();
    await chart.evaluate((el) => el.setAttribute("as-of", "2025-04-31"));
    await expect(errorMessage(chart)).resolves.toBe(`as-of="2025-04-31" ${DATE_HELP}`);
    await expect(chart.locator(".title").textContent()).resolves.toBe("org:program-millennium");
    await expect(chart.locator('[role="tree"]').count()).resolves.toBe(0);
    await expect(chart.locator('input[type="date"]').inputValue()).resolves.toBe("");
    await stage.browser.screenshot(page, "org-chart-element-bad-date");
    await chart.evaluate((el) => el.removeAttribute("root"));
    await expect(chart.locator(".status.error").textContent()).resolves.toBe("No organisation given: set the root attribute.");
    await expect(chart.locator(".title").textContent()).resolves.toBe("Organisation chart");
    expect(graphqlRequests()).toBe(asked);
    // A good date and a root again give a chart.
    await chart.evaluate((el) => {
      el.setAttribute("as-of", "2024-11-05");
      el.setAttribute("root", "org:program-millennium");
    });
    await chart.locator('[role="tree"]').waitFor();
    await expect(chart.locator(".title").textContent()).resolves.toBe("Program Millennium, 5 Nov 2024");
    await page.close();
  });

  it.each(["2025-99-99", "2025-02-31", "idag", "0999-01-01"])("the agreement timeline page says today=%s is not a date, and asks the API nothing", async (day) => {
    const { page, graphqlRequests } = await pageCountingRequests();
    await page.goto(`${stage.apiOrigin}/widgets/agreement-timeline?agreement=${PAUSE_AGREEMENT}&today=${day}`);
    const widget = page.locator("beslutsgraf-agreement-timeline");
    await expect(errorMessage(widget)).resolves.toBe(`today=${day} in the address ${DATE_HELP}`);
    await expect(widget.locator(".state").count()).resolves.toBe(0);
    expect(graphqlRequests()).toBe(0);
    await page.close();
  });

  it.each([
    ["org chart", "/widgets/org-chart?asOf=2025-01-01", "beslutsgraf-org-chart", "No organisation given: add root=org:… to the address."],
    ["org chart", "/widgets/org-chart?rot=org:vgr", "beslutsgraf-org-chart", "No organisation given: add root=org:… to the address."],
    ["org chart", "/widgets/org-chart?root=", "beslutsgraf-org-chart", "No organisation given: add root=org:… to the address."],
    ["agreement timeline", "/widgets/agreement-timeline", "beslutsgraf-agreement-timeline", "No agreement given: add agreement=agreement:… to the address."],
    ["agreement timeline", "/widgets/agreement-timeline?agreement=", "beslutsgraf-agreement-timeline", "No agreement given: add agreement=agreement:… to the address."],
  ])("the %s page at %s shows no default, it says what is missing", async (_name, url, tag, message) => {
    const { page, graphqlRequests } = await pageCountingRequests();
    await page.goto(`${stage.apiOrigin}${url}`);
    await expect(errorMessage(page.locator(tag))).resolves.toBe(message);
    expect(graphqlRequests()).toBe(0);
    await page.close();
  });
});
