/**
 * An agreement's history as one chronological list (SDL `agreementHistory`),
 * and its state on a date derived from its events and notice period
 * (domain model rule 9). Pure.
 */
import type { AgreementEventKind, AgreementState, DecisionEffectKind, HistoryEntryKind } from "../../__generated__/resolvers-types";
import { addDuration, durationInWords } from "../../lib/duration";
import { type AsOfCertainty, onOrBefore } from "../../lib/validity";
import type { Plain } from "../../neo4j/values";
import { EVENT_LIFECYCLE } from "../agreement-event/agreementEvent.model";
import { type DateValueModel, toDateValue } from "../base/dateValue";
import type { DocumentModel } from "../document/document.model";
import { toNodeModel } from "../node/node.model";
import { type KnownAt, tagKnownAt } from "../node/recordTime";
import type { HistoryRow } from "./history.cypher";
import type { AgreementStatusModel, HistoryEntryModel } from "./history.model";

type Props = Record<string, Plain>;

const EVENT_TITLES: Record<AgreementEventKind, string> = {
  SIGNED: "Signed", IN_FORCE: "In force", PAUSED: "Paused", RESUMED: "Resumed", NOTICE_GIVEN: "Notice given",
  AMENDED: "Amended", TERMINATED: "Terminated", ENDED: "Ended",
};
const SWEDISH = new Intl.Collator("sv");
const KIND_ORDER: Record<HistoryEntryKind, number> = { AGREEMENT_EVENT: 0, DECISION: 1, EVENT: 2, LEGAL_CASE: 3, OPTION: 4, REPORT: 5 };
const DATE_FIELD: Record<string, string> = { Event: "date", LegalCase: "openedOn", Option: "" };
const HAPPENING_KIND: Record<string, HistoryEntryKind> = { Event: "EVENT", LegalCase: "LEGAL_CASE", Option: "OPTION" };

/** `at`: the moment the history was read as of; each entry's subject and citations then read the same moment. */
export function assembleHistory(raw: HistoryRow["value"], at: KnownAt = null): HistoryEntryModel[] {
  const entries: HistoryEntryModel[] = [];
  for (const e of raw.events) {
    const kind = e.kind as AgreementEventKind;
    entries.push({ date: toDateValue(e, "date"), kind: "AGREEMENT_EVENT", eventKind: kind, effect: null, title: EVENT_TITLES[kind] ?? kind, summary: (e.summary as string) ?? null, subject: toNodeModel("AgreementEvent", e)!, citedId: e.id as string });
  }
  for (const d of raw.decisions) {
    entries.push({ date: toDateValue(d.props, "decidedOn"), kind: "DECISION", eventKind: null, effect: (d.effect as DecisionEffectKind) ?? null, title: d.props.title as string, summary: d.note ?? (d.props.summary as string) ?? null, subject: toNodeModel("Decision", d.props)!, citedId: d.props.id as string });
  }
  for (const h of raw.happenings) {
    const field = DATE_FIELD[h.label];
    entries.push({ date: field ? toDateValue(h.props, field) : null, kind: HAPPENING_KIND[h.label]!, eventKind: null, effect: null, title: h.props.title as string, summary: (h.props.summary as string) ?? null, subject: toNodeModel(h.label, h.props)!, citedId: h.props.id as string });
  }
  for (const { doc, quotes } of raw.reports) {
    const document = toNodeModel("Document", doc) as DocumentModel;
    // What the report says about the agreement, not the document's own sources (its imprint).
    const passages = quotes
      .map((q) => ({ document, quote: q.quote, locator: q.locator ?? null, nameAsWritten: q.nameAsWritten ?? null }))
      .sort((a, b) => cmp(a.locator, b.locator) || SWEDISH.compare(a.quote, b.quote));
    entries.push({ date: toDateValue(doc, "date"), kind: "REPORT", eventKind: null, effect: null, title: doc.title as string, summary: (doc.summary as string) ?? null, subject: document, citedId: doc.id as string, passages });
  }
  for (const entry of entries) {
    tagKnownAt(entry.subject, at);
    entry.citedId = entry.subject.id; // the stable id, also for an older version read as of a past moment
  }
  return entries.sort(
    (a, b) =>
      cmp(a.date?.earliest ?? a.date?.latest ?? null, b.date?.earliest ?? b.date?.latest ?? null) ||
      cmp(a.date?.latest ?? null, b.date?.latest ?? null) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      EVENT_LIFECYCLE.indexOf(a.eventKind ?? "SIGNED") - EVENT_LIFECYCLE.indexOf(b.eventKind ?? "SIGNED") ||
      SWEDISH.compare(a.title, b.title),
  );
}

/** Null dates sort last. */
function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const NEXT_STATE: Record<AgreementEventKind, AgreementState | null> = {
  SIGNED: "IN_FORCE", IN_FORCE: "IN_FORCE", RESUMED: "IN_FORCE", PAUSED: "PAUSED", NOTICE_GIVEN: "UNDER_NOTICE",
  AMENDED: null, TERMINATED: "ENDED", ENDED: "ENDED",
};

/** An agreement event kind as a noun for the explanation ("following the signing"). */
const EVENT_NOUN: Record<AgreementEventKind, string> = {
  SIGNED: "signing", IN_FORCE: "entry into force", PAUSED: "pause", RESUMED: "resumption", NOTICE_GIVEN: "notice",
  AMENDED: "amendment", TERMINATED: "termination", ENDED: "end",
};

/** A stored partial date as a phrase, as precise as the source: "on 2025-02-25", "between 2024-11-01 and 2025-02-25", "on or before 2025-02-25", "in 2024-11". */
export function dateInWords(date: DateValueModel | null): string {
  if (!date) return "on a date not recorded";
  if (date.precision === "DAY" && date.earliest) return `on ${date.earliest}`;
  if (date.precision === "SPAN") {
    if (date.earliest && date.latest) return `between ${date.earliest} and ${date.latest}`;
    if (date.latest) return `on or before ${date.latest}`;
    if (date.earliest) return `on or after ${date.earliest}`;
  }
  return `in ${date.text}`;
}

/**
 * Replays the events that certainly happened on or before `asOf` in date order.
 * An event whose vague date straddles `asOf` makes the answer UNCERTAIN; notice
 * given runs out after the notice period and the agreement is then ENDED. When
 * the event the state follows from is only inferred, the explanation says so
 * and gives the reason.
 *
 * An agreement with no signing or entry into force recorded at all is one the
 * sources mention without saying when it began (VGR's and the municipalities'
 * contracts with Oracle): before its first recorded event it is taken to be in
 * force, UNCERTAIN, never a certain "not yet in force".
 */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function agreementStateOn(events: Props[], noticePeriod: string | null, asOf: string): AgreementStatusModel {
  const dated = events
    .map((e) => ({ e, date: toDateValue(e, "date"), kind: e.kind as AgreementEventKind }))
    .sort((a, b) => cmp(a.date?.latest ?? a.date?.earliest ?? null, b.date?.latest ?? b.date?.earliest ?? null));
  const startRecorded = events.some((e) => e.kind === "SIGNED" || e.kind === "IN_FORCE");
  let state: AgreementState = startRecorded ? "NOT_YET_IN_FORCE" : "IN_FORCE";
  let basis: Props | null = null;
  let noticeDay: string | null = null;
  let certainty: AsOfCertainty = "CERTAIN";
  /** The events whose vague date straddles asOf: the explanation names them. */
  const straddling: string[] = [];
  for (const { e, date, kind } of dated) {
    if (!date) continue; // an undated event cannot be placed before or after asOf
    const when = onOrBefore(date, asOf);
    if (when === "NO") continue;
    if (when === "UNCERTAIN") {
      certainty = "UNCERTAIN";
      straddling.push(`the ${EVENT_NOUN[kind]} (${dateInWords(date).replace(/^(on|in) /, "")})`);
      continue;
    }
    const next = NEXT_STATE[kind];
    if (next === null) continue;
    state = next;
    basis = e;
    if (kind === "NOTICE_GIVEN") noticeDay = date.earliest ?? date.latest;
  }
  // Nothing recorded says when it began, and no recorded event has happened yet: in force since before the sources, uncertain.
  const assumedInForce = !startRecorded && basis === null;
  if (assumedInForce) certainty = "UNCERTAIN";
  let earliestPossibleEnd: string | null = null;
  let beyondCalendar = false;
  if (state === "UNDER_NOTICE" && noticeDay && noticePeriod) {
    earliestPossibleEnd = addDuration(noticeDay, noticePeriod);
    if (earliestPossibleEnd <= asOf) state = "ENDED";
  } else if ((state === "IN_FORCE" || state === "PAUSED") && noticePeriod) {
    earliestPossibleEnd = addDuration(asOf, noticePeriod);
  }
  if (state === "ENDED") earliestPossibleEnd = null;
  // A Date is YYYY-MM-DD: an end after the year 9999 cannot be given as one.
  if (earliestPossibleEnd !== null && !/^\d{4}-\d{2}-\d{2}$/.test(earliestPossibleEnd)) {
    earliestPossibleEnd = null;
    beyondCalendar = true;
  }
  const notice = noticePeriod ? durationInWords(noticePeriod) : null;
  const ending =
    (earliestPossibleEnd ? `; with ${notice} of notice it can end ${earliestPossibleEnd} at the earliest` : "") +
    (beyondCalendar ? `; ${notice} of notice would end it after the year 9999` : "");
  const vague = straddling.length
    ? `; ${straddling.join(" and ")} may fall on either side of ${asOf}, so this is uncertain`
    : "";
  const explanation = assumedInForce
    ? `No signing or entry into force is recorded for this agreement, and no recorded event of it falls certainly on or before ${asOf}: ` +
      "the sources mention it without saying when it began, so it is taken to be in force, uncertain" + ending + vague + "."
    : state === "NOT_YET_IN_FORCE"
      ? `No signing or entry into force is recorded on or before ${asOf}${vague}.`
      : `${capitalise(state.replace(/_/g, " ").toLowerCase())} on ${asOf}, following the ${EVENT_NOUN[basis!.kind as AgreementEventKind]} ${dateInWords(toDateValue(basis!, "date"))}` +
        ending + vague +
        (basis?.certainty === "inferred" ? `; that event is inferred, not stated in the sources (${String(basis.reason ?? "no reason recorded").replace(/[.\s]+$/, "")})` : "") +
        ".";
  return { asOf, state, certainty, basis: basis ? toNodeModel("AgreementEvent", basis) : null, earliestPossibleEnd, explanation };
}
