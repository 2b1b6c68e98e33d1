/**
 * What assistive technology and touch readers need of the widgets: one h1
 * and a main landmark on the iframe pages, Swedish text marked lang=sv inside
 * English widget words (on a Swedish page too), what Enter on a box did read
 * out, and touch targets of at least 24 × 24 px (WCAG 2.2, 2.5.8). Against
 * the real API and the seeded embedded Neo4j.
 */
import type { Locator, Page } from "playwright-core";
import { PAUSE_AGREEMENT, useWidgetStage } from "../helpers/widgetStage";

const stage = useWidgetStage();

beforeAll(() => {
  stage.serve((url) => {
    // A Swedish intranet page around both widgets.
    if (url.pathname === "/svensk-sida") {
      return stage
        .hostPage(
          `<beslutsgraf-org-chart root="org:program-millennium" as-of="2025-04-11"></beslutsgraf-org-chart>
           <beslutsgraf-agreement-timeline agreement="${PAUSE_AGREEMENT}" today="2025-06-01"></beslutsgraf-agreement-timeline>`,
          ["org-chart", "agreement-timeline"],
        )
        .replace('<html lang="en">', '<html lang="sv">');
    }
    return null;
  });
});

describe("the widget pages for assistive technology", () => {
  /** The page's h1s and main landmarks, and the language of the page. */
  const structure = (page: Page) =>
    Promise.all([page.locator("h1").allTextContents(), page.locator("main, [role=main]").count(), page.locator("html").getAttribute("lang")]);

  it("the org chart page has one h1, the chart's title, in a main landmark, and marks Swedish text lang=sv", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/widgets/org-chart?root=org:program-millennium&asOf=2025-04-11`);
    const chart = page.locator("main beslutsgraf-org-chart");
    await chart.locator('[role="tree"]').waitFor();
    await expect(structure(page)).resolves.toEqual([["Program Millennium, 11 Apr 2025"], 1, "en"]);
    await expect(chart.locator("h1 [lang=sv]").textContent()).resolves.toBe("Program Millennium");
    const bjarne = chart.locator('li[role="treeitem"][aria-label^="Bjarne Christiansson,"]');
    await expect(bjarne.locator(":scope > .box .label").getAttribute("lang")).resolves.toBe("sv");
    await bjarne.locator(":scope > .box .source-button").click();
    const quote = bjarne.locator(":scope > .sources blockquote").first();
    await expect(quote.textContent()).resolves.toContain("Bjarne Christiansson blev tillförordnad Programchef för Millennium");
    await expect(quote.getAttribute("lang")).resolves.toBe("sv");
    await page.close();
  });

  it("the agreement timeline page has one h1 in a main landmark, Swedish titles and quotes lang=sv, the API's English ones not", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/widgets/agreement-timeline?agreement=${PAUSE_AGREEMENT}&today=2025-06-01`);
    const widget = page.locator("main beslutsgraf-agreement-timeline");
    await widget.locator(".entry").first().waitFor();
    await expect(structure(page)).resolves.toEqual([["Pausöverenskommelse mellan VGR och Oracle Svenska AB"], 1, "en"]);
    await expect(widget.locator("h1").getAttribute("lang")).resolves.toBe("sv");
    const signed = widget.locator(".entry").filter({ hasText: "Signed" }).first();
    await expect(signed.locator(".entry-title").getAttribute("lang")).resolves.toBeNull();
    await expect(signed.locator("blockquote").first().getAttribute("lang")).resolves.toBe("sv");
    const decision = widget.locator(".entry").filter({ hasText: "Fortsätta dialogerna och arbetet tillsammans med Oracle" }).first();
    await expect(decision.locator(".entry-title").getAttribute("lang")).resolves.toBe("sv");
    await expect(widget.locator(".parties [lang=sv]").allTextContents()).resolves.toEqual(["Västra Götalandsregionen", "Oracle Svenska AB"]);
    await page.close();
  });

  it("on a Swedish host page (lang=sv), the widgets' own English words are lang=en and the graph's Swedish text stays sv", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.hostOrigin}/svensk-sida`);
    const chart = page.locator("beslutsgraf-org-chart");
    const timeline = page.locator("beslutsgraf-agreement-timeline");
    await chart.locator('[role="tree"]').waitFor();
    await timeline.locator(".entry").first().waitFor();
    /** The language an element's text is read in: its nearest lang, across the shadow boundary. */
    const langOf = (l: Locator) => l.evaluate((el) => {
      for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n instanceof Element && n.hasAttribute("lang")) return n.getAttribute("lang");
      return null;
    });
    await expect(langOf(chart.locator(".help"))).resolves.toBe("en");
    await expect(langOf(chart.locator(".source-button").first())).resolves.toBe("en");
    await expect(langOf(chart.locator('li[aria-label^="Bjarne Christiansson,"] > .box .label'))).resolves.toBe("sv");
    await expect(langOf(timeline.locator(".entry-title").filter({ hasText: "Signed" }).first())).resolves.toBe("en");
    await expect(langOf(timeline.locator(".parties [lang=sv]").first())).resolves.toBe("sv");
    await page.close();
  });
});

describe("the widgets on a phone", () => {
  it("give every control a touch target of at least 24 × 24 px at 375 px wide", async () => {
    const page = await stage.browser.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${stage.hostOrigin}/svensk-sida`);
    const chart = page.locator("beslutsgraf-org-chart");
    await chart.locator('[role="tree"]').waitFor();
    const timeline = page.locator("beslutsgraf-agreement-timeline");
    await timeline.locator(".entry").first().waitFor();
    // The visible ones: a folded branch's boxes have no size.
    const sizes = async (l: Locator) => (await l.evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => { const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }))) as Array<[number, number]>;
    const targets = [chart.locator(".twisty:not(.leaf)"), chart.locator(".source-button"), chart.locator(".when button"), timeline.locator("details summary")];
    for (const target of targets) {
      const found = await sizes(target);
      expect(found.length).toBeGreaterThan(0);
      for (const [w, hgt] of found) expect({ w, hgt, big: w >= 24 && hgt >= 24 }).toEqual({ w, hgt, big: true });
    }
    // And the words are no smaller than about 11 px: a source line, the kind tags.
    const px = (l: Locator) => l.first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    await expect(px(chart.locator(".kind"))).resolves.toBeGreaterThanOrEqual(11);
    await expect(px(timeline.locator(".kind"))).resolves.toBeGreaterThanOrEqual(11);
    await page.close();
  });
});
