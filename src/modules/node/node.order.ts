/**
 * The one deterministic order of every list field: by the date that places a
 * node in time (its earliest bound, or its latest for a date open towards the
 * past such as `..2025-02-25`; undated last), then by its name or title
 * (Swedish collation; an agreement event by its kind in lifecycle order, so
 * a same-day signing comes before entry into force, as in agreementHistory),
 * then by id.
 */
import { EVENT_LIFECYCLE } from "../agreement-event/agreementEvent.model";
import type { DateValueModel } from "../base/dateValue";
import type { NodeModel, Typename } from "./node.model";

/**
 * For each type: the date field that places a node in time (when it happened,
 * or when it started to hold; null for those read best by name, even where an
 * organisation has a start date), and the field it is named by. Model fields
 * and stored properties share these names, so a statement that fetches only
 * some properties knows which ones the order needs (orderFields).
 */
const ORDER: Record<Typename, { date: string | null; name: string }> = {
  Decision: { date: "decidedOn", name: "title" },
  Event: { date: "date", name: "title" },
  AgreementEvent: { date: "date", name: "kind" },
  Document: { date: "date", name: "title" },
  LegalCase: { date: "openedOn", name: "title" },
  Figure: { date: "asOf", name: "label" },
  Appointment: { date: "validFrom", name: "role" },
  Membership: { date: "validFrom", name: "role" },
  Mandate: { date: "validFrom", name: "scope" },
  Agreement: { date: "validFrom", name: "title" },
  AgreementParty: { date: "validFrom", name: "role" },
  Organization: { date: null, name: "name" },
  Person: { date: null, name: "name" },
  Post: { date: null, name: "title" },
  Option: { date: null, name: "title" },
  Risk: { date: null, name: "title" },
};

/** The fields compareNodes reads of a node of this type. */
export function orderFields(typename: Typename): { date: string | null; name: string } {
  return ORDER[typename];
}

function field(n: NodeModel, name: string): unknown {
  return (n as unknown as Record<string, unknown>)[name];
}

/** The date a node is placed by. */
function placedOn(n: NodeModel): DateValueModel | null {
  const date = ORDER[n.__typename].date;
  return date === null ? null : ((field(n, date) as DateValueModel | null | undefined) ?? null);
}

function nameOf(n: NodeModel): string {
  const name = field(n, ORDER[n.__typename].name);
  return typeof name === "string" ? name : "";
}

function sortDay(d: DateValueModel | null): string | null {
  return d ? (d.earliest ?? d.latest) : null;
}

const collator = new Intl.Collator("sv");

export function compareNodes(a: NodeModel, b: NodeModel): number {
  const da = sortDay(placedOn(a));
  const db = sortDay(placedOn(b));
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return compareNames(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compareNames(a: NodeModel, b: NodeModel): number {
  if (a.__typename === "AgreementEvent" && b.__typename === "AgreementEvent") {
    return EVENT_LIFECYCLE.indexOf(a.kind) - EVENT_LIFECYCLE.indexOf(b.kind);
  }
  return collator.compare(nameOf(a), nameOf(b));
}
