/**
 * The widgets, the decision view, the demo page and GraphiQL in a real
 * Chromium against the real API and the seeded embedded Neo4j. The widgets
 * run on a host page of another origin (in the CORS allowlist) with the
 * server accepting only persisted documents from widgets, as an intranet
 * would embed them. Nothing may leave loopback, nothing may log an error.
 */
import type { Locator, Page } from "playwright-core";
import { loadPersistedDocuments } from "../../src/server/persistedDocuments";
import { PERSISTED_DOCUMENTS_FILE } from "../../src/server/web";
import { removePrefix, uniquePrefix, writeOrgTree } from "../helpers/fixtures";
import { PAUSE_AGREEMENT, useWidgetStage } from "../helpers/widgetStage";

const MARKUP_NAME = "<img src=x onerror=alert(1)>";
const prefix = uniquePrefix("web");
// The suite's fixtures go before the API closes.
const stage = useWidgetStage({ beforeClose: (s) => removePrefix(s.api.scope, prefix) });
let evilRoot: string;
const timings: Record<string, RenderTiming> = {};


interface RenderTiming {
  /** ms from navigation start to the widget's first render. */
  firstRender: number;
  /** ms the widget's GraphQL request took (resource timing), part of firstRender. */
  api: number;
}

/** Waits for a widget's first `beslutsgraf-rendered` event and reads how long it took. */
async function gotoAndTimeFirstRender(page: Page, url: string, selector: string): Promise<RenderTiming> {
  await page.addInitScript(() => {
    (window as unknown as { __rendered: Record<string, number> }).__rendered = {};
    document.addEventListener("beslutsgraf-rendered", (e) => {
      const { widget } = (e as CustomEvent<{ widget: string }>).detail;
      const store = (window as unknown as { __rendered: Record<string, number> }).__rendered;
      store[widget] ??= performance.now();
    });
  });
  await page.goto(url);
  const widget = selector.replace("beslutsgraf-", "");
  await page.waitForFunction((w) => (window as unknown as { __rendered: Record<string, number> }).__rendered[w] !== undefined, widget);
  return page.evaluate((w) => {
    const firstRender = Math.round((window as unknown as { __rendered: Record<string, number> }).__rendered[w]!);
    const call = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/graphql")) as PerformanceResourceTiming | undefined;
    return { firstRender, api: call ? Math.round(call.responseEnd - call.startTime) : -1 };
  }, widget);
}

/** The tree item for a box whose accessible label starts with `label` (Playwright pierces the open shadow root). */
function treeItem(chart: Locator, label: string): Locator {
  return chart.locator(`li[role="treeitem"][aria-label^="${label},"]`);
}

beforeAll(async () => {
  const { ids } = await writeOrgTree(stage.api.scope, prefix, [
    { slug: "root", name: MARKUP_NAME, kind: "ADMINISTRATION" },
    { slug: "child", name: `Enhet ${MARKUP_NAME} & "citat"`, kind: "STAFF", parent: "root" },
  ]);
  evilRoot = ids.root!;
  stage.serve((url) => {
    if (url.pathname === "/org-chart") {
      return stage.hostPage(`<beslutsgraf-org-chart root="${url.searchParams.get("root")}" as-of="${url.searchParams.get("asOf")}"></beslutsgraf-org-chart>`, ["org-chart"]);
    }
    if (url.pathname === "/timeline") {
      return stage.hostPage(`<beslutsgraf-agreement-timeline agreement="${PAUSE_AGREEMENT}" today="2025-06-01"></beslutsgraf-agreement-timeline>`, ["agreement-timeline"]);
    }
    if (url.pathname === "/iframe") {
      return stage.hostPage(`<iframe title="chart" style="width:900px;height:500px" src="${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=2025-04-11"></iframe>`, []);
    }
    return null;
  });
  // Warm Neo4j's query plans, so the first-render figures measure the widgets, not a cold start.
  const manifest = loadPersistedDocuments(PERSISTED_DOCUMENTS_FILE);
  expect(manifest.size).toBe(3);
  for (const doc of manifest.values()) {
    const variables = { rootId: "org:vgr", asOf: "2025-01-01", id: doc.name === "DecisionTrace" ? "decision:hanvisning-till-andra-akutmottagningar" : PAUSE_AGREEMENT, today: "2025-01-01" };
    await stage.api.gql(doc.body, Object.fromEntries(Object.entries(variables).filter(([k]) => doc.body.includes(`$${k}`))));
  }
}, 120_000);

afterAll(() => {
  process.stdout.write(`\nfirst render, ms after navigation start (of which the GraphQL call), warm API:\n${Object.entries(timings).map(([w, t]) => `  ${w}: ${t.firstRender} (${t.api})`).join("\n")}\n`);
});


describe("the org chart widget on a page of another origin", () => {
  it("shows Annika Mortensen as programme chief on 2024-11-05 and Bjarne Christiansson, tf, on 2025-04-11", async () => {
    const page = await stage.browser.newPage();
    timings["org-chart"] = await gotoAndTimeFirstRender(page, `${stage.hostOrigin}/org-chart?root=org:program-millennium&asOf=2024-11-05`, "beslutsgraf-org-chart");
    const chart = page.locator("beslutsgraf-org-chart");
    const post = treeItem(chart, "programchef Millennium");
    const holder = post.locator('[role="group"] > li[role="treeitem"]');
    await expect(holder.locator(".label").textContent()).resolves.toBe("Annika Mortensen");
    await expect(holder.locator(".tf").count()).resolves.toBe(0);
    await stage.browser.screenshot(page, "org-chart-2024-11-05");

    // Move through time with the widget's own date control.
    await chart.locator('input[type="date"]').fill("2025-04-11");
    await page.waitForFunction(() => document.querySelector("beslutsgraf-org-chart")?.shadowRoot?.querySelector(".title")?.textContent?.includes("11 Apr 2025"));
    await expect(holder.locator(".label").textContent()).resolves.toBe("Bjarne Christiansson");
    await expect(holder.locator(".tf").textContent()).resolves.toBe("tf");
    await expect(holder.getAttribute("aria-label")).resolves.toContain("acting (tf)");
    await stage.browser.screenshot(page, "org-chart-2025-04-11");
    await page.close();
  });

  it("is a keyboard tree: arrows move and fold, Enter shows a box's sources, focus is visible", async () => {
    const page = await stage.browser.newPage();
    timings["org-chart, warm browser"] = await gotoAndTimeFirstRender(page, `${stage.hostOrigin}/org-chart?root=org:program-millennium&asOf=2025-04-11`, "beslutsgraf-org-chart");
    const chart = page.locator("beslutsgraf-org-chart");
    await chart.locator('button[aria-label="One month later"]').focus();
    await page.keyboard.press("Tab"); // into the tree: its one tabbable item, the root
    const focused = () => page.evaluate(() => {
      const el = document.querySelector("beslutsgraf-org-chart")!.shadowRoot!.activeElement as HTMLElement | null;
      return el ? { label: el.getAttribute("aria-label"), role: el.getAttribute("role"), expanded: el.getAttribute("aria-expanded"), visible: el.matches(":focus-visible") } : null;
    });
    await expect(focused()).resolves.toMatchObject({ role: "treeitem", label: expect.stringContaining("Program Millennium"), expanded: "true", visible: true });
    await expect(chart.locator('[role="tree"]').getAttribute("aria-label")).resolves.toBe("Organisation chart of Program Millennium on 11 Apr 2025");

    await page.keyboard.press("ArrowDown");
    await expect(focused()).resolves.toMatchObject({ label: expect.stringContaining("programstyrgrupp Millennium") });
    await page.keyboard.press("ArrowLeft"); // fold it
    await expect(focused()).resolves.toMatchObject({ expanded: "false" });
    await expect(treeItem(chart, "programstyrgrupp Millennium").locator('[role="group"]').first().isHidden()).resolves.toBe(true);
    await page.keyboard.press("ArrowRight"); // unfold it
    await expect(focused()).resolves.toMatchObject({ expanded: "true" });
    await page.keyboard.press("End");
    await expect(focused()).resolves.toMatchObject({ label: expect.stringContaining("Bjarne Christiansson") });
    await page.keyboard.press("Enter");
    const sources = treeItem(chart, "Bjarne Christiansson").locator(".sources").first();
    await expect(sources.isVisible()).resolves.toBe(true);
    await expect(sources.textContent()).resolves.toContain("Bjarne Christiansson blev tillförordnad Programchef för Millennium");
    await expect(sources.textContent()).resolves.toContain("VästKom nyhetsbrev, april 2025, between 28 Apr 2025 and 29 Apr 2025 — ");
    await expect(sources.textContent()).resolves.not.toContain("2025-04-28..2025-04-29");
    // Focus stays on the box, so a screen reader hears what Enter did from a polite live region.
    const announcer = chart.locator('p.visually-hidden[aria-live="polite"]');
    await expect(announcer.textContent()).resolves.toMatch(/^\d+ sources? shown: Bjarne Christiansson/);
    await page.keyboard.press("Enter");
    await expect(sources.isHidden()).resolves.toBe(true);
    await expect(announcer.textContent()).resolves.toMatch(/^Sources hidden: Bjarne Christiansson/);
    await page.keyboard.press("ArrowLeft"); // a leaf: to its parent, the post
    await expect(focused()).resolves.toMatchObject({ label: expect.stringContaining("programchef Millennium") });
    await stage.browser.screenshot(page, "org-chart-keyboard");
    await page.close();
  });

  it("renders names with markup as text", async () => {
    const page = await stage.browser.newPage();
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await gotoAndTimeFirstRender(page, `${stage.hostOrigin}/org-chart?root=${encodeURIComponent(evilRoot)}&asOf=2025-01-01`, "beslutsgraf-org-chart");
    const chart = page.locator("beslutsgraf-org-chart");
    await expect(chart.locator('[role="treeitem"] > .box .label').allTextContents()).resolves.toEqual([MARKUP_NAME, `Enhet ${MARKUP_NAME} & "citat"`]);
    await expect(chart.locator(".title").textContent()).resolves.toBe(`${MARKUP_NAME}, 1 Jan 2025`);
    await expect(chart.locator("img").count()).resolves.toBe(0);
    await expect(page.locator("img").count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
    await stage.browser.screenshot(page, "org-chart-markup-name");
    await page.close();
  });

  it("works as an iframe page embedded by the other origin", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.hostOrigin}/iframe`);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("beslutsgraf-org-chart li[role=treeitem] .label", { hasText: "Bjarne Christiansson" }).textContent({ timeout: 20_000 })).resolves.toBe("Bjarne Christiansson");
    await stage.browser.screenshot(page, "org-chart-iframe");
    await page.close();
  });

  it("tells the page that frames it its height as it changes, and titles the frame with what it shows", async () => {
    const page = await stage.browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { heights: number[] };
      w.heights = [];
      window.addEventListener("message", (e: MessageEvent<{ type?: string; widget?: string; height?: number }>) => {
        if (e.data?.type === "beslutsgraf-height" && e.data.widget === "org-chart") w.heights.push(e.data.height!);
      });
    });
    await page.goto(`${stage.hostOrigin}/iframe`);
    await page.frameLocator("iframe").locator("beslutsgraf-org-chart [role=tree]").waitFor({ timeout: 20_000 });
    const inner = page.frames().find((f) => f.url().includes("/widgets/org-chart"))!;
    await expect(inner.title()).resolves.toMatch(/^Program Millennium, 11 Apr 2025 — Organisation chart — Beslutsgraf$/);
    const contentHeight = () => inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // The last height told is the page's height now, drawn chart and all.
    await page.waitForFunction((h) => (window as unknown as { heights: number[] }).heights.at(-1) === h, await contentHeight());
    // Folding a branch makes the page shorter, and the host hears of it.
    const before = await contentHeight();
    await page.frameLocator("iframe").locator("beslutsgraf-org-chart [role=treeitem][aria-expanded=true]").first().focus();
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((h) => { const hs = (window as unknown as { heights: number[] }).heights; return hs.at(-1)! < h; }, before);
    await expect(contentHeight()).resolves.toBeLessThan(before);
    await page.close();
  });
});

describe("the agreement timeline widget on a page of another origin", () => {
  it("shows the pause agreement's parties, state and events in date order, vague dates as approximate", async () => {
    const page = await stage.browser.newPage();
    timings["agreement-timeline"] = await gotoAndTimeFirstRender(page, `${stage.hostOrigin}/timeline`, "beslutsgraf-agreement-timeline");
    const widget = page.locator("beslutsgraf-agreement-timeline");
    await expect(widget.locator("h2").textContent()).resolves.toBe("Pausöverenskommelse mellan VGR och Oracle Svenska AB");
    await expect(widget.locator(".parties li").allTextContents()).resolves.toEqual(["Customer Västra Götalandsregionen", "Supplier Oracle Svenska AB"]);
    await expect(widget.locator(".state-line").textContent()).resolves.toBe("1 Jun 2025: In force");
    const titles = await widget.locator(".entry-title").allTextContents();
    const order = ["Signed", "In force", "Regional rapport Samordning vårdinformationssystem", "Konstruktivt möte mellan VGR, VästKom och Oracle"].map((t) => titles.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const signed = widget.locator(".entry").filter({ hasText: "Signed" }).first();
    await expect(signed.getAttribute("class")).resolves.toContain("approximate");
    await expect(signed.locator("time").textContent()).resolves.toBe("between 1 Nov 2024 and 25 Feb 2025");
    await expect(signed.locator("blockquote").first().textContent()).resolves.toContain("Västra Götalandsregionen och Oracle Svenska AB har tecknat en överenskommelse");
    // The meeting's own entry (its title; the decision taken there quotes the same heading).
    const meeting = widget.locator(".entry").filter({ has: page.locator(".entry-title", { hasText: /^Konstruktivt möte mellan VGR, VästKom och Oracle$/ }) });
    await expect(meeting.getAttribute("class")).resolves.not.toContain("approximate");
    await expect(meeting.locator("time").textContent()).resolves.toBe("28 Apr 2025");
    // The marker of a vague date is dashed, of an exact one solid.
    const borderStyle = (entry: Locator) => entry.locator(".marker").evaluate((el) => getComputedStyle(el).borderTopStyle);
    await expect(borderStyle(signed)).resolves.toBe("dashed");
    await expect(borderStyle(meeting)).resolves.toBe("solid");
    await stage.browser.screenshot(page, "agreement-timeline");
    await page.close();
  });
});

describe("persisted documents for widgets", () => {
  it("refuses a widget's raw query from the other origin, and runs its persisted one", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.hostOrigin}/timeline`);
    const answer = await page.evaluate(async (endpoint) => {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "x-beslutsgraf-client": "widget" },
        body: JSON.stringify({ query: "{ organization(id: \"org:vgr\") { name } }" }),
      });
      return { status: res.status, body: await res.json() };
    }, stage.api.url);
    expect(answer).toEqual({ status: 400, body: { errors: [{ message: expect.any(String), extensions: { code: "PERSISTED_QUERY_REQUIRED" } }] } });
    // Chromium logs the refused request as an error; that one was the point.
    const refused = stage.browser.consoleErrors.findIndex((e) => e.includes("status of 400"));
    expect(refused).toBeGreaterThanOrEqual(0);
    stage.browser.consoleErrors.splice(refused, 1);
    // The widget itself, on the same page, ran its persisted document.
    await page.locator("beslutsgraf-agreement-timeline .entry").first().waitFor();
    await expect(page.locator("beslutsgraf-agreement-timeline .entry").count()).resolves.toBeGreaterThan(5);
    await page.close();
  });
});

describe("the decision trace view", () => {
  it("shows the decision, its decider, the mandate chain and the sources", async () => {
    const page = await stage.browser.newPage();
    timings["decision-view"] = await gotoAndTimeFirstRender(page, `${stage.apiOrigin}/views/decision?id=decision:hanvisning-till-andra-akutmottagningar`, "beslutsgraf-decision");
    const main = page.locator("main");
    await expect(main.locator("h1").textContent()).resolves.toBe("Hänvisning av patienter till andra akutmottagningar från 4 november");
    await expect(main.locator(".deciders").textContent()).resolves.toContain("Operativ samordning produktionschefer (organization) — acts as itself");
    await expect(main.locator("ol.chain").textContent()).resolves.toContain("styra om flöden vid behov — resting on förvaltningschefernas mandat");
    await expect(main.textContent()).resolves.toContain("Gruppen har förvaltningschefernas mandat att styra om flöden vid behov.");
    await stage.browser.screenshot(page, "decision-view");
    await page.close();
  });
});

describe("the demo page", () => {
  it("embeds both widgets and links to GraphiQL and the README", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/`);
    await expect(page.locator("#demo-org-chart li[role=treeitem] .label", { hasText: "Bjarne Christiansson" }).textContent()).resolves.toBe("Bjarne Christiansson");
    await expect(page.locator("#demo-timeline .entry-title").first().textContent()).resolves.toBe("Signed");
    await expect(page.locator('a[href="/graphiql"]').count()).resolves.toBe(1);
    const readme = await page.request.get(`${stage.apiOrigin}/docs`);
    expect(await readme.text()).toContain("# Beslutsgraf");
    await stage.browser.screenshot(page, "demo-page");
    await page.close();
  });
});

describe("GraphiQL", () => {
  it("loads from the API alone, with the example tabs, and runs a query", async () => {
    const page = await stage.browser.newPage();
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const introspected = page.waitForResponse((r) => r.url() === stage.api.url && r.request().postData()?.includes("IntrospectionQuery") === true);
    await page.goto(`${stage.apiOrigin}/graphiql`);
    await expect(page.locator(".graphiql-tab-button").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["DecisionTraceExample", "OrgChartTwoDates", "PauseAgreement", "SearchExample", "TimelineExample"].map((t) => expect.stringContaining(t))),
    );
    // Ready when the schema has come (introspection) and the editor shows the first example.
    await introspected;
    await page.waitForFunction(() => document.querySelector(".graphiql-query-editor")?.textContent?.includes("DecisionTraceExample"));
    timings.graphiql = { firstRender: Math.round(await page.evaluate(() => performance.now())), api: -1 };
    const answered = page.waitForResponse((r) => r.url() === stage.api.url && r.request().postData()?.includes("DecisionTraceExample") === true);
    await page.locator(".graphiql-execute-button").click();
    expect((await answered).status()).toBe(200);
    // Monaco wraps long lines, so look for a short value of the answer: the decision's week.
    await page.waitForFunction(() => document.querySelector(".graphiql-response")?.textContent?.includes("2024-W44"), undefined, { timeout: 30_000 });
    expect(workers.some((w) => w.startsWith(`${stage.apiOrigin}/graphiql/workers/`))).toBe(true);
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").filter((e) => e.name.includes("/graphiql/")).reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0),
    );
    process.stdout.write(`GraphiQL page loaded ${(loaded / 1024).toFixed(0)} KiB of scripts and styles over the wire (workers not counted)\n`);
    await stage.browser.screenshot(page, "graphiql");
    await page.close();
  });
});
