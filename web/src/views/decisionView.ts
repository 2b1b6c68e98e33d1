/**
 * The decision trace view for analysts (/views/decision?id=…): the decision,
 * who decided and in which capacity on the day (`Decision.deciders`), what it
 * did (`affects`, at whose request, at which meeting, what it replaced), the
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
    affects: Array<{ effect: string; note: string | null; target: Target }>;
    requestedBy: Actor[];
    takenAt: { title: string; date: DateValueLike | null } | null;
    affectedBy: Array<{ effect: string; note: string | null; decision: { id: string; title: string } }>;
    supersedes: Array<{ id: string; title: string }>;
    supersededBy: Array<{ id: string; title: string }>;
    citations: Citation[];
  } | null;
}

/** Any node a decision can affect: the fields that name it, whichever its type has. */
interface Target {
  __typename: string;
  id: string;
  name?: string;
  title?: string;
  scope?: string;
  label?: string;
  role?: string;
}

/** `DecisionEffectKind` as a verb phrase: "pauses", "sets the date of". */
const EFFECT: Record<string, string> = {
  PAUSES: "pauses",
  RESUMES: "resumes",
  SETS_UP: "sets up",
  DISSOLVES: "dissolves",
  SETS_DATE: "sets the date of",
  CHANGES_DATE: "changes the timetable of",
  APPOINTS: "appoints",
  ASSIGNS: "assigns",
  APPROVES: "approves",
  PROCURES: "procures",
  REFERS: "refers",
  COMMISSIONS: "commissions",
  CONTINUES: "continues",
  OTHER: "concerns",
};

const STATUS: Record<string, string> = { TAKEN: "taken", PLANNED: "planned, not yet taken", ANNOUNCED: "announced (a stated intention)" };

/** The target's name, linked when it is a decision with a view of its own. */
function targetName(t: Target): HTMLElement {
  const text = t.name ?? t.title ?? t.scope ?? t.label ?? t.role ?? t.id;
  if (t.__typename === "Decision") return h("a", { attrs: { href: `?id=${encodeURIComponent(t.id)}`, lang: "sv" } }, text);
  return sv(text);
}

function decisionLinks(list: Array<{ id: string; title: string }>): Array<HTMLElement | string> {
  return list.flatMap((d, i) => [i > 0 ? ", " : "", h("a", { attrs: { href: `?id=${encodeURIComponent(d.id)}`, lang: "sv" } }, d.title)]);
}

/** What the decision did, at whose request, where, and what it replaced. */
function whatItDid(d: NonNullable<DecisionData["decision"]>): HTMLElement[] {
  const out: HTMLElement[] = [h("h2", null, d.status === "TAKEN" ? "What it did" : "What it is to do")];
  out.push(
    d.affects.length === 0
      ? h("p", { class: "muted" }, "The sources do not say what it acts on.")
      : h(
          "ul",
          { class: "effects" },
          ...d.affects.map((a) =>
            h("li", null, `${EFFECT[a.effect] ?? a.effect.toLowerCase()} `, h("strong", null, targetName(a.target)), ` (${a.target.__typename.toLowerCase()})`, a.note ? " — " : "", a.note ? sv(a.note) : ""),
          ),
        ),
  );
  if (d.requestedBy.length > 0) out.push(h("p", null, "Asked for by ", ...d.requestedBy.flatMap((a, i) => [i > 0 ? ", " : "", actorName(a)]), "."));
  if (d.takenAt) out.push(h("p", null, "Taken at ", sv(d.takenAt.title), `, ${formatDateValue(d.takenAt.date)}${approximateNote(d.takenAt.date)}.`));
  if (d.affectedBy.length > 0) {
    out.push(
      h("p", null, "Other decisions acting on this one:"),
      h(
        "ul",
        { class: "affected-by" },
        ...d.affectedBy.map((a) => h("li", null, ...decisionLinks([a.decision]), ` ${EFFECT[a.effect] ?? a.effect.toLowerCase()} it`, a.note ? " — " : "", a.note ? sv(a.note) : "")),
      ),
    );
  }
  if (d.supersedes.length > 0) out.push(h("p", null, "Replaces ", ...decisionLinks(d.supersedes), "."));
  if (d.supersededBy.length > 0) out.push(h("p", null, "Replaced by ", ...decisionLinks(d.supersededBy), "."));
  return out;
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
      d.status === "TAKEN" || d.decidedOn ? `Decided ${formatDateValue(d.decidedOn)}${approximateNote(d.decidedOn)} · ` : "No date given · ",
      `status ${STATUS[d.status] ?? d.status.toLowerCase()} · `,
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
    ...whatItDid(d),
    h("h2", null, "Mandate chain"),
    h("p", { class: chain.recorded ? "" : "no-mandate" }, chain.recorded ? chain.explanation : `No recorded mandate: the sources do not say under which authority this ${d.status === "TAKEN" ? "was" : "is to be"} decided.`),
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
    // The explanation usually says so already; said once is enough.
    chain.recorded && !chain.endsAtRoot && !/without a recorded root/.test(chain.explanation) ? h("p", { class: "muted" }, "The chain stops without a recorded root.") : null,
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
    target.replaceChildren(...(data.decision ? render(data.decision) : [h("h1", null, "Decision not found"), h("p", null, "No decision has the id ", h("code", null, id), ": it may be mistyped, name something that is not a decision, or have been retracted.")]));
    if (data.decision) document.title = `${data.decision.title} — Beslutsgraf`;
  } catch (err) {
    target.replaceChildren(h("p", { class: "error" }, problemText(err, "the decision", endpoint)));
  }
  performance.mark("beslutsgraf:decision:first-render");
  document.dispatchEvent(new CustomEvent("beslutsgraf-rendered", { detail: { widget: "decision", ms: performance.now() - started } }));
}

void main();
