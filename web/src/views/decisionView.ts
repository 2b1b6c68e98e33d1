/**
 * The decision trace view for analysts (/views/decision?id=…): the decision,
 * who decided and in which capacity on the day (`Decision.deciders`), the
 * mandate chain to its root or "no recorded mandate" (`Decision.mandateChain`,
 * schema/decision-trace.graphql), and the sources. A page, not a widget: it
 * renders into the page's <main>.
 */
import { endpointFor, problemText, runPersisted } from "../shared/client";
import { type DateValueLike, approximateNote, formatDateValue } from "../shared/dates";
import { SWEDISH, h, sv } from "../shared/dom";

interface Citation {
  quote: string;
  locator: string | null;
  document: { title: string };
}

type Actor = { __typename: "Organization" | "Person"; name: string } | { __typename: "Post"; title: string };

interface DecisionData {
  decision: {
    id: string;
    title: string;
    summary: string | null;
    status: string;
    decidedOn: DateValueLike | null;
    deciders: Array<{
      actor: Actor & { id: string };
      capacities: Array<{ role: string; capacity: string; certainty: string; person: { name: string }; organization: { name: string } | null }>;
    }>;
    mandateChain: {
      recorded: boolean;
      explanation: string;
      endsAtRoot: boolean;
      steps: Array<{
        level: number;
        scope: string;
        basis: string | null;
        isRoot: boolean;
        inForceOnDecisionDate: string;
        validFrom: DateValueLike | null;
        validTo: DateValueLike | null;
        grantedBy: Actor | null;
        heldBy: Actor | null;
        citations: Citation[];
      }>;
    };
    citations: Citation[];
  } | null;
}

const CAPACITY: Record<string, string> = { ORDINARY: "ordinary", ACTING: "acting (tf)", SUBSTITUTE: "substitute" };

function actorName(actor: Actor | null): HTMLElement | string {
  if (!actor) return "not stated in the sources";
  return sv(actor.__typename === "Post" ? actor.title : actor.name);
}

function sources(citations: Citation[]): HTMLElement {
  if (citations.length === 0) return h("p", { class: "muted" }, "No source recorded.");
  return h(
    "ul",
    { class: "sources" },
    ...citations.map((c) => h("li", { attrs: SWEDISH }, h("blockquote", null, `“${c.quote}”`), h("p", { class: "muted" }, c.document.title, c.locator ? ` — ${c.locator}` : ""))),
  );
}

function render(d: NonNullable<DecisionData["decision"]>): HTMLElement[] {
  const chain = d.mandateChain;
  return [
    h("h1", { attrs: SWEDISH }, d.title),
    h(
      "p",
      { class: "meta" },
      `Decided ${formatDateValue(d.decidedOn)}${approximateNote(d.decidedOn)} · status ${d.status.toLowerCase()} · `,
      h("code", null, d.id),
    ),
    d.summary ? h("p", { attrs: SWEDISH }, d.summary) : null,
    h("h2", null, "Deciders"),
    d.deciders.length === 0
      ? h("p", { class: "muted" }, "The sources do not say who decided.")
      : h(
          "ul",
          { class: "deciders" },
          ...d.deciders.map((dec) =>
            h(
              "li",
              null,
              h("strong", null, actorName(dec.actor)),
              ` (${dec.actor.__typename.toLowerCase()})`,
              dec.capacities.length === 0
                ? dec.actor.__typename === "Organization" ? " — acts as itself" : " — no post or role recorded on the date"
                : h(
                    "ul",
                    null,
                    ...dec.capacities.map((c) =>
                      h("li", null, sv(c.role), `, ${CAPACITY[c.capacity] ?? c.capacity}`, c.organization ? ", " : "", c.organization ? sv(c.organization.name) : "", c.certainty === "UNCERTAIN" ? " (uncertain on the date)" : ""),
                    ),
                  ),
            ),
          ),
        ),
    h("h2", null, "Mandate chain"),
    h("p", { class: chain.recorded ? "" : "no-mandate" }, chain.recorded ? chain.explanation : "No recorded mandate: the sources do not say under which authority this was decided."),
    chain.steps.length > 0
      ? h(
          "ol",
          { class: "chain" },
          ...chain.steps.map((s) =>
            h(
              "li",
              { class: s.isRoot ? "root" : "" },
              h("p", null, h("strong", { attrs: SWEDISH }, s.scope), s.basis ? " — resting on " : "", s.basis ? sv(s.basis) : ""),
              h(
                "p",
                { class: "muted" },
                "Held by ",
                actorName(s.heldBy),
                ", granted by ",
                actorName(s.grantedBy),
                s.validFrom ? `, from ${formatDateValue(s.validFrom)}${approximateNote(s.validFrom)}` : "",
                s.validTo ? `, until ${formatDateValue(s.validTo)}${approximateNote(s.validTo)}` : "",
              ),
              h("p", { class: "muted" }, `In force on the decision date: ${s.inForceOnDecisionDate.toLowerCase()}${s.isRoot ? " · root of the chain (own competence or law)" : ""}`),
              sources(s.citations),
            ),
          ),
        )
      : null,
    chain.recorded && !chain.endsAtRoot ? h("p", { class: "muted" }, "The chain stops without a recorded root.") : null,
    h("h2", null, "Sources"),
    sources(d.citations),
  ].filter((x): x is HTMLElement => x !== null);
}

async function main(): Promise<void> {
  const target = document.querySelector("main") ?? document.body;
  const id = new URLSearchParams(window.location.search).get("id");
  const started = performance.now();
  if (!id) {
    target.replaceChildren(h("p", null, "No decision given: add ?id=decision:… to the address."));
    return;
  }
  target.replaceChildren(h("p", { attrs: { role: "status" } }, "Loading the decision…"));
  const endpoint = endpointFor(document.documentElement);
  try {
    const data = await runPersisted<DecisionData>(endpoint, "DecisionTrace", { id });
    target.replaceChildren(...(data.decision ? render(data.decision) : [h("p", null, `No decision ${id}.`)]));
    if (data.decision) document.title = `${data.decision.title} — Beslutsgraf`;
  } catch (err) {
    target.replaceChildren(h("p", { class: "error" }, problemText(err, "the decision", endpoint)));
  }
  performance.mark("beslutsgraf:decision:first-render");
  document.dispatchEvent(new CustomEvent("beslutsgraf-rendered", { detail: { widget: "decision", ms: performance.now() - started } }));
}

void main();
