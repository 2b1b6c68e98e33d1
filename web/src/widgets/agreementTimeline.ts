/**
 * <beslutsgraf-agreement-timeline agreement="agreement:pausoverenskommelse-vgr-oracle">
 *
 * For the legal team: the agreement's parties, its state today
 * (`Agreement.stateOn(date: today)`) and its whole history in date order
 * (`Agreement.history`, schema/agreement-history.graphql), each entry with its
 * source quote. Vague dates (`approximate`, a SPAN like `..2025-02-25`) are
 * drawn as such: "on or before 25 Feb 2025" and a dashed marker. An optional
 * `today` attribute pins the date the state is computed for.
 */
import { type InputSource, endpointFor, isIsoDate, loadingScript, notADate, notGiven, problemText, runPersisted, today } from "../shared/client";
import { type DateValueLike, approximateNote, formatDateValue, formatDay } from "../shared/dates";
import { ENGLISH, SWEDISH, h, retryButton, shadowWithStyles, sv } from "../shared/dom";
import { asFramePage } from "../shared/framePage";
import { timelineCss } from "./agreementTimeline.css";

interface Citation {
  quote: string;
  locator: string | null;
  document: { title: string };
}

interface HistoryEntry {
  date: (DateValueLike & { precision: string }) | null;
  kind: string;
  eventKind: string | null;
  effect: string | null;
  title: string;
  summary: string | null;
  citations: Citation[];
}

interface AgreementData {
  agreement: {
    id: string;
    title: string;
    noticePeriod: string | null;
    parties: Array<{ id: string; role: string; party: { __typename: string; name: string } }>;
    stateOn: { asOf: string; state: string; certainty: string; earliestPossibleEnd: string | null; explanation: string };
    history: HistoryEntry[];
  } | null;
}

const STATES: Record<string, string> = {
  NOT_YET_IN_FORCE: "Not yet in force",
  IN_FORCE: "In force",
  PAUSED: "Paused",
  UNDER_NOTICE: "Under notice",
  ENDED: "Ended",
};

const KINDS: Record<string, string> = {
  AGREEMENT_EVENT: "Agreement",
  DECISION: "Decision",
  EVENT: "Event",
  LEGAL_CASE: "Legal case",
  OPTION: "Option",
  REPORT: "Report",
};

const ROLES: Record<string, string> = { CUSTOMER: "Customer", SUPPLIER: "Supplier", PARTY: "Party", GUARANTOR: "Guarantor" };

/** "P4M" → "4 months" (the notice periods the graph holds are ISO 8601 durations). */
export function formatDuration(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m) return iso;
  const units = [["year", m[1]], ["month", m[2]], ["week", m[3]], ["day", m[4]]] as const;
  return units.filter(([, n]) => n).map(([u, n]) => `${n} ${u}${n === "1" ? "" : "s"}`).join(" ") || iso;
}

export class AgreementTimelineElement extends HTMLElement {
  static readonly observedAttributes = ["agreement", "today", "api"];

  private readonly shadow: ShadowRoot;
  private readonly created = performance.now();
  private abort: AbortController | undefined;
  private connected = false;
  private renderedOnce = false;
  /** Where the embedder set `agreement` and `today`, so messages name them as written. */
  inputSource: InputSource = "attribute";
  /** The title's heading level: 2 on a host page, which has its own h1; 1 on the iframe page, where the timeline is the page. */
  headingLevel: 1 | 2 | 3 | 4 | 5 = 2;

  constructor() {
    super();
    this.shadow = shadowWithStyles(this, timelineCss);
  }

  connectedCallback(): void {
    this.connected = true;
    void this.load();
  }

  disconnectedCallback(): void {
    this.connected = false;
    this.abort?.abort();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    // Before connectedCallback (the upgrade replays every attribute) there is nothing to reload yet.
    if (old !== value && this.connected) void this.load();
  }

  private async load(): Promise<void> {
    const id = this.getAttribute("agreement");
    const pinned = this.getAttribute("today");
    // A request still running for the previous inputs must not draw over what follows.
    this.abort?.abort();
    if (!id) {
      this.showProblem("Agreement timeline", notGiven(this.inputSource, "agreement", "agreement", "agreement", "agreement:…"));
      return;
    }
    // Not today's state in place of a day the embedder got wrong: the reader would take it for the one asked for.
    if (pinned && !isIsoDate(pinned)) {
      this.showProblem(id, notADate(this.inputSource, "today", "today", pinned));
      return;
    }
    const day = pinned || today();
    const abort = (this.abort = new AbortController());
    this.setAttribute("aria-busy", "true");
    this.shadow.replaceChildren(this.frame(id, h("p", { class: "status", attrs: { role: "status" } }, "Loading the agreement…")));
    const endpoint = endpointFor(this);
    try {
      const data = await runPersisted<AgreementData>(endpoint, "AgreementTimeline", { id, today: day }, abort.signal);
      if (abort.signal.aborted) return;
      this.shadow.replaceChildren(data.agreement ? this.render(data.agreement) : this.frame(id, h("p", { class: "status error", attrs: { role: "status" } }, `No agreement ${id}.`)));
    } catch (err) {
      if (abort.signal.aborted) return;
      this.showProblem(id, problemText(err, "the agreement", endpoint), () => void this.load());
    } finally {
      if (!abort.signal.aborted) this.removeAttribute("aria-busy");
    }
    const ms = performance.now() - this.created;
    if (!this.renderedOnce) {
      this.renderedOnce = true;
      performance.mark("beslutsgraf:agreement-timeline:first-render");
    }
    this.dispatchEvent(new CustomEvent("beslutsgraf-rendered", { detail: { widget: "agreement-timeline", ms }, bubbles: true, composed: true }));
  }

  /** No timeline: the heading names what was asked for, the status says why; `retry` offers to ask again. */
  private showProblem(heading: string, text: string, retry?: () => void): void {
    this.removeAttribute("aria-busy");
    this.shadow.replaceChildren(this.frame(heading, h("p", { class: "status error", attrs: { role: "status" } }, text), ...(retry ? [retryButton(retry)] : [])));
  }

  /** The widget without an agreement to draw (loading, or a message), under a heading naming what was asked for. */
  private frame(heading: string, ...children: HTMLElement[]): HTMLElement {
    return h("section", { class: "timeline-widget", attrs: { "aria-labelledby": "title", ...ENGLISH } }, this.titleHeading(heading), ...children);
  }

  private titleHeading(text: string, lang?: typeof SWEDISH): HTMLElement {
    return h(`h${this.headingLevel}` as "h2", { class: "title", attrs: { id: "title", ...lang } }, text);
  }

  private render(a: NonNullable<AgreementData["agreement"]>): HTMLElement {
    const state = a.stateOn;
    const uncertain = state.certainty === "UNCERTAIN";
    return h(
      "section",
      { class: "timeline-widget", attrs: { "aria-labelledby": "title", ...ENGLISH } },
      this.titleHeading(a.title, SWEDISH),
      h(
        "dl",
        { class: "facts" },
        h("dt", null, "Parties"),
        h("dd", null, h("ul", { class: "parties" }, ...a.parties.map((p) => h("li", null, h("span", { class: "party-role" }, ROLES[p.role] ?? p.role), " ", sv(p.party.name))))),
        a.noticePeriod ? h("dt", null, "Notice period") : null,
        a.noticePeriod ? h("dd", null, formatDuration(a.noticePeriod)) : null,
      ),
      h(
        "div",
        { class: `state state-${state.state.toLowerCase()}${uncertain ? " uncertain" : ""}`, attrs: { role: "status", "data-state": state.state } },
        h("p", { class: "state-line" }, `${formatDay(state.asOf)}: `, h("strong", null, STATES[state.state] ?? state.state), uncertain ? " (uncertain)" : ""),
        h("p", { class: "explanation" }, state.explanation),
        state.earliestPossibleEnd ? h("p", null, `Earliest possible end: ${formatDay(state.earliestPossibleEnd)}`) : null,
      ),
      h(`h${this.headingLevel + 1}` as "h3", { class: "section-title" }, "History"),
      h("ol", { class: "history", attrs: { "aria-label": `History of ${a.title}` } }, ...a.history.map((entry) => this.entry(entry))),
    );
  }

  private entry(e: HistoryEntry): HTMLLIElement {
    const approximate = e.date?.approximate ?? false;
    const [first, ...more] = e.citations;
    return h(
      "li",
      { class: `entry kind-${e.kind.toLowerCase()}${approximate ? " approximate" : ""}${e.date ? "" : " undated"}`, attrs: { "data-kind": e.kind } },
      h("span", { class: "marker", attrs: { "aria-hidden": "true" } }),
      h(
        "p",
        { class: "when" },
        h("time", { attrs: { datetime: e.date?.latest ?? e.date?.earliest ?? undefined, title: e.date ? `As the source gives it: ${e.date.text}` : undefined } }, formatDateValue(e.date)),
        approximate ? h("span", { class: "approx-note" }, approximateNote(e.date).trim()) : null,
        " ",
        h("span", { class: "kind" }, KINDS[e.kind] ?? e.kind),
      ),
      // Agreement events are titled by the API in English ("Signed"); every other title is the source's, in Swedish.
      h("p", { class: "entry-title", attrs: e.kind === "AGREEMENT_EVENT" ? undefined : SWEDISH }, e.title),
      e.summary ? h("p", { class: "summary", attrs: SWEDISH }, e.summary) : null,
      first ? quote(first) : h("p", { class: "no-source" }, "No source quote recorded."),
      more.length > 0 ? h("details", null, h("summary", null, `${more.length} more source${more.length === 1 ? "" : "s"}`), ...more.map(quote)) : null,
    );
  }
}

function quote(c: Citation): HTMLElement {
  return h("blockquote", { attrs: SWEDISH }, h("p", null, `“${c.quote}”`), h("footer", null, c.document.title, c.locator ? ` — ${c.locator}` : ""));
}

if (!customElements.get("beslutsgraf-agreement-timeline")) customElements.define("beslutsgraf-agreement-timeline", AgreementTimelineElement);

/** The iframe page: /widgets/agreement-timeline?agreement=… mounts one element from the URL. */
if (loadingScript?.dataset.mount === "query") {
  const params = new URLSearchParams(window.location.search);
  const el = document.createElement("beslutsgraf-agreement-timeline");
  if (el instanceof AgreementTimelineElement) {
    el.inputSource = "address";
    el.headingLevel = 1;
  }
  // No default agreement (the README documents none): a missing one gets the same message as an empty one.
  const id = params.get("agreement");
  if (id) el.setAttribute("agreement", id);
  // Passed on as given, so the widget says what is wrong with it; an empty today means today, as a missing one does.
  const pinned = params.get("today");
  if (pinned) el.setAttribute("today", pinned);
  (document.querySelector("main") ?? document.body).append(el);
  asFramePage(el, "agreement-timeline", "Agreement timeline");
}
