/**
 * The one deterministic order of every list field: by the date that places a
 * node in time (its earliest bound, or its latest for a date open towards the
 * past such as `..2025-02-25`; undated last), then by its name or title
 * (Swedish collation), then by id.
 */
import type { DateValueModel } from "../base/dateValue";
import type { NodeModel } from "./node.model";

/** The date a node is placed by: when it happened, or when it started to hold. */
function placedOn(n: NodeModel): DateValueModel | null {
  switch (n.__typename) {
    case "Decision":
      return n.decidedOn;
    case "Event":
    case "AgreementEvent":
    case "Document":
      return n.date;
    case "LegalCase":
      return n.openedOn;
    case "Figure":
      return n.asOf;
    case "Appointment":
    case "Membership":
    case "Mandate":
    case "Agreement":
    case "AgreementParty":
      return n.validFrom;
    case "Organization":
    case "Person":
    case "Post":
    case "Option":
    case "Risk":
      // Organisations, people and posts read best by name, even where an organisation has a start date.
      return null;
  }
}

function nameOf(n: NodeModel): string {
  switch (n.__typename) {
    case "Organization":
    case "Person":
      return n.name;
    case "Figure":
      return n.label;
    case "Appointment":
    case "Membership":
    case "AgreementParty":
      return n.role ?? "";
    case "Mandate":
      return n.scope;
    case "AgreementEvent":
      return n.kind;
    default:
      return n.title;
  }
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
  return collator.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
