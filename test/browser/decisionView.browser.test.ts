/**
 * The decision trace view for analysts (/views/decision?id=…): dates in
 * words as precise as the source, what the decision did (its effects, who
 * asked, the meeting, linked decisions), announced decisions shown as not yet
 * taken, a clear page for an id that names no decision, and Swedish text
 * marked as such. Against the real API and the seeded embedded Neo4j.
 */
import fs from "node:fs";
import path from "node:path";
import { useWidgetStage } from "../helpers/widgetStage";

const stage = useWidgetStage();

/** Every decision of the seed graph, by id. */
function seedDecisionIds(): string[] {
  const yaml = fs.readFileSync(path.resolve(__dirname, "../../seed/data/decisions.yaml"), "utf8");
  return [...yaml.matchAll(/^- id: (decision:\S+)$/gm)].map((m) => m[1]!);
}

describe("the decision view's dates", () => {
  it("reads vague decision dates in words, as precise as the source, like the timeline", async () => {
    const page = await stage.browser.newPage();
    const decided = async (id: string) => {
      await page.goto(`${stage.apiOrigin}/views/decision?id=${id}`);
      return page.locator("main p.meta").textContent();
    };
    await expect(decided("decision:programstyrgruppen-pausad")).resolves.toMatch(/^Decided on or before 11 Apr 2025 \(approximate date\) · /);
    await expect(decided("decision:hanvisning-till-andra-akutmottagningar")).resolves.toMatch(/^Decided week 44, 2024 · /);
    await expect(decided("decision:paus-inforandet-millennium")).resolves.toMatch(/^Decided Nov 2024 · /);
    await stage.browser.screenshot(page, "decision-view-vague-date");
    // No decision of the seed shows its date as the graph stores it ("..2025-04-11", "2024-W44").
    for (const id of seedDecisionIds()) {
      const meta = await decided(id);
      expect({ id, meta: meta?.replace(/ · status.*/, "") }).toEqual({ id, meta: expect.not.stringMatching(/\d{4}-|\.\./) });
    }
    await page.close();
  });
});

describe("what the decision view says a decision did", () => {
  it("lists the effects in words with their notes, who asked for it and the meeting it was taken at", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/views/decision?id=decision:ny-tidplan-kommuner-sodra-omradet`);
    const main = page.locator("main");
    await main.locator("ul.effects").waitFor();
    await expect(main.locator("h2", { hasText: "What it did" }).count()).resolves.toBe(1);
    const effects = await main.locator("ul.effects > li").allTextContents();
    expect(effects.length).toBeGreaterThan(0);
    expect(effects.some((e) => e.startsWith("sets the date of "))).toBe(true);
    await expect(main.locator("p", { hasText: "Asked for by" }).textContent()).resolves.toMatch(/^Asked for by VästKom\b/);
    await page.goto(`${stage.apiOrigin}/views/decision?id=decision:fortsatta-dialoger-och-arbete-med-oracle`);
    await main.locator("ul.effects").waitFor();
    await expect(main.locator("p", { hasText: "Taken at" }).textContent()).resolves.toMatch(/^Taken at .+, 28 Apr 2025\.$/);
    await expect(main.locator("ul.effects > li", { hasText: "continues Pausöverenskommelse" }).textContent()).resolves.toMatch(/^continues Pausöverenskommelse mellan VGR och Oracle Svenska AB \(agreement\) — fortsätta arbetet inom ramen för pausöverenskommelsen$/);
    await page.close();
  });

  it("links a decision it affects; an announced decision reads as planned, undated, with what it is to do", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/views/decision?id=decision:regionstyrelsen-extern-styrgrupp`);
    const main = page.locator("main");
    const change = main.locator("ul.effects > li", { hasText: "changes the timetable of" });
    await expect(change.textContent()).resolves.toContain("kommer att påverka tidsplanen för själva beslutet");
    await change.locator("a").click();
    await page.waitForURL(/regionstyrelsen-beslut-handlingsalternativ-vagval/);
    await expect(main.locator("h1").textContent()).resolves.toBe("Regionstyrelsens beslut om handlingsalternativ och strategiska vägval framåt");
    await main.locator("h2", { hasText: "What it is to do" }).waitFor();
    await expect(main.locator("p.meta").textContent()).resolves.toMatch(/^No date given · status planned, not yet taken · /);
    await expect(main.locator("h2", { hasText: "What it is to do" }).count()).resolves.toBe(1);
    await expect(main.locator("p", { hasText: "The sources do not say what it acts on." }).count()).resolves.toBe(1);
    await expect(main.locator("ul.affected-by > li").allTextContents()).resolves.toEqual([
      "Regionstyrelsen tillsätter en extern styrgrupp changes the timetable of it — kommer att påverka tidsplanen för själva beslutet",
    ]);
    await expect(main.locator("p.no-mandate").textContent()).resolves.toBe("No recorded mandate: the sources do not say under which authority this is to be decided.");
    await stage.browser.screenshot(page, "decision-view-planned");
    await page.close();
  });

  it("says once that the mandate chain ends without a recorded root", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/views/decision?id=decision:hanvisning-till-andra-akutmottagningar`);
    await page.locator("main ol.chain").waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text.match(/without a recorded root/g)).toHaveLength(1);
    await page.close();
  });

  it("gives an id that names no decision a heading and says what may be wrong", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/views/decision?id=org:vgr`);
    const main = page.locator("main");
    await expect(main.locator("h1").textContent()).resolves.toBe("Decision not found");
    await expect(main.locator("p").textContent()).resolves.toBe("No decision has the id org:vgr: it may be mistyped, name something that is not a decision, or have been retracted.");
    await page.close();
  });
});

describe("the decision view for assistive technology", () => {
  it("the decision view marks its Swedish title, names and quotes lang=sv", async () => {
    const page = await stage.browser.newPage();
    await page.goto(`${stage.apiOrigin}/views/decision?id=decision:hanvisning-till-andra-akutmottagningar`);
    const main = page.locator("main");
    await expect(main.locator("h1").getAttribute("lang")).resolves.toBe("sv");
    await expect(main.locator(".deciders strong [lang=sv]").first().textContent()).resolves.toBe("Operativ samordning produktionschefer");
    const quote = main.locator("blockquote", { hasText: "Gruppen har förvaltningschefernas mandat" }).first();
    await expect(quote.evaluate((el) => el.closest("[lang]")?.getAttribute("lang"))).resolves.toBe("sv");
    await page.close();
  });
});
