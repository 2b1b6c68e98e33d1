/**
 * <beslutsgraf-org-chart root="org:program-millennium" as-of="2025-04-11" depth="4">
 *
 * An organisation chart for one date from `Query.orgChart` (schema/org-chart.graphql):
 * units, groups, posts with their holders (acting ones marked "tf"), members,
 * vacancies, uncertain boxes marked. A date control moves through time; each
 * box shows its sources on demand. Keyboard: the WAI-ARIA tree pattern (arrows,
 * Home/End, Enter shows the sources). Loaded as /widgets/org-chart.js, or as
 * the page /widgets/org-chart?root=…&asOf=… (script tag with data-mount="query").
 */
import { ApiError, type InputSource, asWritten, endpointFor, isIsoDate, loadingScript, notADate, notGiven, problemText, runPersisted, today } from "../shared/client";
import { formatDateValue, formatDay } from "../shared/dates";
import { ENGLISH, SWEDISH, h, retryButton, shadowWithStyles, sv } from "../shared/dom";
import { asFramePage } from "../shared/framePage";
import { orgChartCss } from "./orgChart.css";
import { KIND_NAMES, type ChartNode, type OrgChartData, type TreeEntry, accessibleLabel, buildTree, pauseMark, uncertaintyText } from "./orgChartModel";
import { TreeKeyboard } from "./treeKeyboard";

/** How long the date field waits after a change for the next keystroke before it moves the chart. */
const TYPING_PAUSE_MS = 600;

/** A unit's pauses as the box shows them, the decision's Swedish wording marked as Swedish. */
function pauseParts(node: ChartNode): Array<string | HTMLElement> {
  return node.pausedBy.flatMap((p, i) => [
    i > 0 ? "; " : "",
    `${p.certainty === "CERTAIN" ? "paused" : "perhaps paused"}: `,
    sv(p.note ?? p.decision.title),
    ` (${p.decision.decidedOn ? formatDateValue(p.decision.decidedOn) : "date not given"})`,
  ]);
}

/** Levels shown open at first; deeper branches start collapsed. */
const OPEN_DEPTH = 2;

export class OrgChartElement extends HTMLElement {
  static readonly observedAttributes = ["root", "as-of", "depth", "api"];

  private readonly shadow: ShadowRoot;
  private readonly status: HTMLElement;
  private readonly announcer: HTMLElement;
  private readonly body: HTMLElement;
  private readonly dateInput: HTMLInputElement;
  private heading: HTMLElement;
  private abort: AbortController | undefined;
  private connected = false;
  private keyboard: TreeKeyboard | undefined;
  private renderedOnce = false;
  /** The pending move to a day being typed into the date field. */
  private typing: ReturnType<typeof setTimeout> | undefined;
  private readonly created = performance.now();
  /** Where the embedder set `root` and `as-of`, so messages name them as written. */
  inputSource: InputSource = "attribute";

  constructor() {
    super();
    this.shadow = shadowWithStyles(this, orgChartCss);
    this.heading = h("h2", { class: "title", attrs: { id: "title" } });
    this.dateInput = h("input", {
      // The years the API takes. While a date is typed the field passes through days nobody asked for
      // ("2025-04-01" on the way to the 11th, "0002-…", "0020-…", "0202-…" on the way to 2024): a day is
      // applied once the typing pauses, or at once on Enter or on leaving the field; one that is not a day
      // in the API's years never is, and leaving the field with one puts back the day shown.
      attrs: { type: "date", min: "1000-01-01", max: "9999-12-31", "aria-describedby": "date-help" },
      on: {
        change: () => {
          clearTimeout(this.typing);
          this.typing = setTimeout(() => this.moveTo(this.dateInput.value), TYPING_PAUSE_MS);
        },
        keydown: (e) => {
          if (e.key === "Enter") this.applyTypedDate();
        },
        blur: () => this.applyTypedDate(),
      },
    });
    const step = (months: number, text: string, label: string) =>
      h("button", { attrs: { type: "button", "aria-label": label }, on: { click: () => this.moveTo(shiftMonths(this.asOf, months)) } }, text);
    this.status = h("p", { class: "status", attrs: { role: "status", "aria-live": "polite" } });
    // Read out, not shown: what Enter on a box did (its sources opened below it, focus stayed on the box).
    this.announcer = h("p", { class: "visually-hidden", attrs: { "aria-live": "polite" } });
    this.body = h("div", { class: "body" });
    this.shadow.append(
      h(
        "section",
        { class: "chart", attrs: { "aria-labelledby": "title", ...ENGLISH } },
        h(
          "header",
          null,
          this.heading,
          h(
            "div",
            { class: "when" },
            step(-1, "◀", "One month earlier"),
            h("label", null, "Chart on ", this.dateInput),
            step(1, "▶", "One month later"),
          ),
          h("p", { class: "help", attrs: { id: "date-help" } }, "Arrow keys move through the chart, Enter shows a box's sources."),
        ),
        this.status,
        this.announcer,
        this.body,
      ),
    );
  }

  /** The day shown: `as-of`, or today without it (and while it is not a day, for the month steps). */
  get asOf(): string {
    const value = this.getAttribute("as-of");
    return isIsoDate(value) ? value : today();
  }

  /**
   * The chart title's heading level: 2 on a host page, which has its own h1;
   * 1 on the iframe page, where the chart is the page.
   */
  set headingLevel(level: 1 | 2 | 3 | 4 | 5 | 6) {
    const heading = h(`h${level}` as "h2", { class: "title", attrs: { id: "title" } });
    heading.append(...this.heading.childNodes);
    this.heading.replaceWith(heading);
    this.heading = heading;
  }

  connectedCallback(): void {
    this.connected = true;
    void this.load();
  }

  disconnectedCallback(): void {
    this.connected = false;
    clearTimeout(this.typing);
    this.abort?.abort();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    // Before connectedCallback (the upgrade replays every attribute) there is nothing to reload yet.
    if (old !== value && this.connected) void this.load();
  }

  /** The date field's day now (Enter, leaving the field); the day shown back in the field if it holds none. */
  private applyTypedDate(): void {
    clearTimeout(this.typing);
    if (isIsoDate(this.dateInput.value)) this.moveTo(this.dateInput.value);
    else if (isIsoDate(this.getAttribute("as-of") ?? today())) this.dateInput.value = this.asOf;
  }

  /** The date control: changes `as-of` (which reloads) and tells the host page. */
  private moveTo(date: string): void {
    if (!isIsoDate(date) || date === this.getAttribute("as-of")) return;
    this.setAttribute("as-of", date);
    this.dispatchEvent(new CustomEvent("beslutsgraf-date-change", { detail: { asOf: date }, bubbles: true, composed: true }));
  }

  private async load(): Promise<void> {
    const rootId = this.getAttribute("root");
    const asOfGiven = this.getAttribute("as-of");
    // A request still running for the previous inputs must not draw over what follows.
    this.abort?.abort();
    if (!rootId) {
      this.dateInput.value = this.asOf;
      this.showProblem("Organisation chart", notGiven(this.inputSource, "organisation", "root", "root", "org:…"));
      return;
    }
    // Not today's chart in place of a day the embedder got wrong: the reader would take it for the one asked for.
    if (asOfGiven && !isIsoDate(asOfGiven)) {
      this.dateInput.value = "";
      this.showProblem(rootId, notADate(this.inputSource, "as-of", "asOf", asOfGiven));
      return;
    }
    // A depth the embedder got wrong is named, as a wrong date is, not quietly replaced by the default.
    const depthGiven = this.getAttribute("depth");
    const depth = depthGiven === null || depthGiven === "" ? 4 : /^[1-8]$/.test(depthGiven.trim()) ? Number(depthGiven) : null;
    if (depth === null) {
      this.dateInput.value = this.asOf;
      this.showProblem(rootId, `${asWritten(this.inputSource, "depth", "depth", depthGiven!)} is not a depth: give a whole number from 1 to 8 (4 when left out).`);
      return;
    }
    const asOf = this.asOf;
    this.dateInput.value = asOf;
    const abort = (this.abort = new AbortController());
    this.setAttribute("aria-busy", "true");
    this.showStatus(`Loading the chart for ${formatDay(asOf)}…`);
    const endpoint = endpointFor(this);
    try {
      const data = await runPersisted<OrgChartData>(endpoint, "OrgChart", { rootId, asOf, depth }, abort.signal);
      if (abort.signal.aborted) return;
      this.render(data.orgChart, rootId, asOf);
    } catch (err) {
      if (abort.signal.aborted) return;
      // A root that names nothing, or no organisation: said of the input as the embedder wrote it, with no date to blame.
      const badRoot = err instanceof ApiError && err.code === "BAD_USER_INPUT" ? /^rootId: \S+ (names .*)$/.exec(err.message) : null;
      if (badRoot) this.showProblem(rootId, `${asWritten(this.inputSource, "root", "root", rootId)} ${badRoot[1]}.`);
      else this.showProblem(`${rootId}, ${formatDay(asOf)}`, problemText(err, "the chart", endpoint), () => void this.load());
    } finally {
      if (!abort.signal.aborted) this.removeAttribute("aria-busy");
    }
  }

  /** No chart: the heading names what was asked for (never an earlier chart's), the status says why; `retry` offers to ask again. */
  private showProblem(heading: string, text: string, retry?: () => void): void {
    this.heading.textContent = heading;
    this.body.replaceChildren(...(retry ? [retryButton(retry)] : []));
    this.keyboard = undefined;
    this.removeAttribute("aria-busy");
    this.showStatus(text, true);
  }

  private showStatus(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle("error", error);
  }

  private render(chart: OrgChartData["orgChart"], rootId: string, asOf: string): void {
    const tree = chart ? buildTree(chart.nodes) : null;
    if (!chart || !tree) {
      this.heading.textContent = rootId;
      this.body.replaceChildren();
      this.showStatus(`No organisation ${rootId} on ${formatDay(asOf)}.`, true);
      this.rendered();
      return;
    }
    this.heading.replaceChildren(sv(chart.root.name), `, ${formatDay(chart.asOf)}`);
    const list = h("ul", { class: "tree", attrs: { role: "tree", "aria-label": `Organisation chart of ${chart.root.name} on ${formatDay(chart.asOf)}` } });
    list.append(this.item(tree, 1));
    this.body.replaceChildren(list);
    this.keyboard = new TreeKeyboard(list, (text) => (this.announcer.textContent = text));
    this.keyboard.focusFirst(false);
    this.showStatus(`${chart.nodes.length} boxes on ${formatDay(chart.asOf)}.`);
    this.rendered();
  }

  /** Marks the first render for timing (performance mark + event the tests and host pages can read). */
  private rendered(): void {
    const ms = performance.now() - this.created;
    if (!this.renderedOnce) {
      this.renderedOnce = true;
      performance.mark("beslutsgraf:org-chart:first-render");
    }
    this.dispatchEvent(new CustomEvent("beslutsgraf-rendered", { detail: { widget: "org-chart", ms }, bubbles: true, composed: true }));
  }

  private item(entry: TreeEntry, level: number): HTMLLIElement {
    const { node, children } = entry;
    const open = node.depth < OPEN_DEPTH;
    const sourcesId = `src-${cssId(node.id)}`;
    const li = h("li", {
      class: `node kind-${node.kind.toLowerCase()}${node.certainty === "UNCERTAIN" ? " uncertain" : ""}`,
      attrs: {
        role: "treeitem",
        "aria-level": level,
        "aria-label": accessibleLabel(node),
        "aria-expanded": children.length > 0 ? String(open) : undefined,
        "aria-selected": "false",
        "data-id": node.id,
        tabindex: "-1",
      },
    });
    const sources = h(
      "div",
      { class: "sources", attrs: { id: sourcesId, hidden: true } },
      node.citations.length === 0 ? h("p", null, "No source recorded.") : null,
      ...node.citations.map((c) =>
        h(
          "blockquote",
          { attrs: SWEDISH },
          h("p", null, `“${c.quote}”`),
          // The document's date in words, as precise as it is ("between 28 Apr 2025 and 29 Apr 2025"), not its notation.
          h("footer", null, c.document.title, c.document.date ? `, ${formatDateValue(c.document.date)}` : "", c.locator ? ` — ${c.locator}` : ""),
        ),
      ),
    );
    const box = h(
      "div",
      { class: "box", attrs: { "aria-hidden": "true" } },
      children.length > 0 ? h("span", { class: "twisty", on: { click: () => this.keyboard?.toggle(li) } }) : h("span", { class: "twisty leaf" }),
      h("span", { class: "kind" }, node.kind === "UNIT" && node.organizationKind ? node.organizationKind.toLowerCase().replace(/_/g, " ") : KIND_NAMES[node.kind]),
      node.kind === "VACANCY" ? h("span", { class: "label" }, "No holder recorded: ", sv(node.label)) : sv(node.label, "label"),
      node.capacity === "ACTING" ? h("abbr", { class: "mark tf", attrs: { title: "tillförordnad (acting)" } }, "tf") : null,
      node.capacity === "SUBSTITUTE" ? h("abbr", { class: "mark sub", attrs: { title: "ersättare (substitute)" } }, "ers.") : null,
      node.certainty === "UNCERTAIN" ? h("span", { class: "mark uncertain-mark" }, "uncertain") : null,
      node.pausedBy.length > 0 ? h("span", { class: "mark paused-mark" }, pauseMark(node)) : null,
      node.role && node.kind !== "VACANCY" ? sv(node.role, "role") : null,
      // Shown, not a hover title: a touch reader needs it too, and it says why two people can hold one post.
      node.certainty === "UNCERTAIN" ? h("span", { class: "why" }, uncertaintyText(node) ?? "a start or end date is vague") : null,
      // The decision's wording is Swedish ("på obestämd tid"): the span is marked so, for screen readers.
      node.pausedBy.length > 0 ? h("span", { class: "why paused-why" }, ...pauseParts(node)) : null,
      h(
        "button",
        { class: "source-button", attrs: { type: "button", tabindex: "-1", "aria-controls": sourcesId }, on: { click: (e) => { e.stopPropagation(); this.keyboard?.toggleSources(li); } } },
        `Sources (${node.citations.length})`,
      ),
    );
    li.append(box, sources);
    if (children.length > 0) {
      const group = h("ul", { attrs: { role: "group", hidden: !open } });
      for (const child of children) group.append(this.item(child, level + 1));
      li.append(group);
    }
    return li;
  }
}

function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** The same day `months` later (clamped to the month's end), as YYYY-MM-DD. */
export function shiftMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

if (!customElements.get("beslutsgraf-org-chart")) customElements.define("beslutsgraf-org-chart", OrgChartElement);

/** The iframe page: /widgets/org-chart?root=…&asOf=… mounts one element from the URL. */
if (loadingScript?.dataset.mount === "query") {
  const params = new URLSearchParams(window.location.search);
  const el = document.createElement("beslutsgraf-org-chart");
  if (el instanceof OrgChartElement) {
    el.inputSource = "address";
    el.headingLevel = 1;
  }
  // No default organisation (the README documents none): a missing root gets the same message as an empty one.
  const root = params.get("root");
  if (root) el.setAttribute("root", root);
  // Passed on as given, so the widget says what is wrong with it; an empty asOf means today, as a missing one does.
  const asOf = params.get("asOf");
  if (asOf) el.setAttribute("as-of", asOf);
  const depth = params.get("depth");
  if (depth) el.setAttribute("depth", depth);
  // Keep the URL in step with the date control, so a reload or a shared link shows the same chart.
  el.addEventListener("beslutsgraf-date-change", (e) => {
    const url = new URL(window.location.href);
    url.searchParams.set("asOf", (e as CustomEvent<{ asOf: string }>).detail.asOf);
    history.replaceState(null, "", url);
  });
  (document.querySelector("main") ?? document.body).append(el);
  asFramePage(el, "org-chart", "Organisation chart");
}
