/**
 * What each root list field (SDL schema/lists.graphql) lists: its label, the
 * sort key of each `orderBy` value, and the conditions each filter field
 * becomes. Relationship types are named from the storage contract (`relOf`).
 */
import type {
  AgreementFilter, AgreementOrder, AppointmentFilter, AppointmentOrder, DecisionFilter, DecisionOrder, DocumentFilter, DocumentOrder,
  EventFilter, EventOrder, FigureFilter, FigureOrder, LegalCaseFilter, LegalCaseOrder, MandateFilter, MandateOrder, OptionFilter,
  OptionOrder, OrganizationFilter, OrganizationOrder, PersonFilter, PersonOrder, PostFilter, PostOrder, RiskFilter, RiskOrder,
} from "../../__generated__/resolvers-types";
import type { Typename } from "../node/node.model";
import { relOf } from "../node/relation";
import type { Filter, OrderSpec } from "./list.cypher";
import { byDate, byName, checkRange, checkValues, dateOverlaps, type Hop, oneOf, reaches, textContains, validDuring } from "./list.filters";

export interface ListSpec<F, O extends string> {
  /** The root field, also what a cursor is bound to. */
  field: string;
  label: Typename;
  orders: Record<O, OrderSpec>;
  /** The SDL default, also used when a client sends `orderBy: null`. */
  defaultOrder: O;
  /** The filter input as conditions; throws InputError for values that cannot match anything sensible. */
  filters: (filter: F) => Filter[];
}

const out = (concept: string, field: string, label?: string): Hop => ({ rel: relOf(concept, field), direction: "OUT", ...(label ? { label } : {}) });
const into = (concept: string, field: string, label?: string): Hop => ({ rel: relOf(concept, field), direction: "IN", ...(label ? { label } : {}) });
const present = (fs: Array<Filter | null>): Filter[] => fs.filter((f): f is Filter => f !== null);

function dated<F extends { from?: string | null; to?: string | null }>(f: F, field: string | "validity"): Filter | null {
  checkRange(f.from, f.to);
  return field === "validity" ? validDuring(f.from, f.to) : dateOverlaps(field, f.from, f.to);
}

const text = (t: string | null | undefined, fallback: string) => (t ? textContains(t, fallback) : null);
const named = (property: string) => ({ ASC: byName(property, "ASC"), DESC: byName(property, "DESC") });
const datedBy = (field: string) => ({ ASC: byDate(field, "ASC"), DESC: byDate(field, "DESC") });

// An appointment is in an organisation directly or through its post.
const APPOINTMENT_IN_ORG: Hop[][] = [[out("Appointment", "organization")], [out("Appointment", "post", "Post"), out("Post", "organization")]];

export const organizationList: ListSpec<OrganizationFilter, OrganizationOrder> = {
  field: "organizations",
  label: "Organization",
  defaultOrder: "NAME_ASC",
  orders: { NAME_ASC: named("name").ASC, NAME_DESC: named("name").DESC, DATE_ASC: datedBy("validFrom").ASC, DATE_DESC: datedBy("validFrom").DESC },
  filters: (f) =>
    present([oneOf("Organization", "kind", f.kind), text(f.text, "name"), dated(f, "validity"), reaches(f.parent, [out("Organization", "parent")])]),
};

export const personList: ListSpec<PersonFilter, PersonOrder> = {
  field: "persons",
  label: "Person",
  defaultOrder: "NAME_ASC",
  orders: { NAME_ASC: named("name").ASC, NAME_DESC: named("name").DESC },
  filters: (f) =>
    present([
      text(f.text, "name"),
      reaches(f.organization, ...APPOINTMENT_IN_ORG.map((path) => [into("Appointment", "person", "Appointment"), ...path])),
    ]),
};

export const decisionList: ListSpec<DecisionFilter, DecisionOrder> = {
  field: "decisions",
  label: "Decision",
  defaultOrder: "DATE_ASC",
  orders: { DATE_ASC: datedBy("decidedOn").ASC, DATE_DESC: datedBy("decidedOn").DESC, TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC },
  filters: (f) =>
    present([
      oneOf("Decision", "status", f.status),
      text(f.text, "title"),
      dated(f, "decidedOn"),
      reaches(f.decidedBy, [out("Decision", "decidedBy")]),
      reaches(f.affects, [out("Decision", "affects")]),
      reaches(f.requestedBy, [out("Decision", "requestedBy")]),
    ]),
};

export const eventList: ListSpec<EventFilter, EventOrder> = {
  field: "events",
  label: "Event",
  defaultOrder: "DATE_ASC",
  orders: { DATE_ASC: datedBy("date").ASC, DATE_DESC: datedBy("date").DESC, TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC },
  filters: (f) =>
    present([
      oneOf("Event", "kind", f.kind),
      oneOf("Event", "status", f.status),
      text(f.text, "title"),
      dated(f, "date"),
      reaches(f.involving, [out("Event", "organizedBy")], [out("Event", "participants")], [out("Event", "concerns")]),
    ]),
};

export const agreementList: ListSpec<AgreementFilter, AgreementOrder> = {
  field: "agreements",
  label: "Agreement",
  defaultOrder: "TITLE_ASC",
  orders: { TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC, DATE_ASC: datedBy("validFrom").ASC, DATE_DESC: datedBy("validFrom").DESC },
  filters: (f) =>
    present([text(f.text, "title"), dated(f, "validity"), reaches(f.party, [into("Agreement", "parties", "AgreementParty"), out("AgreementParty", "party")])]),
};

export const documentList: ListSpec<DocumentFilter, DocumentOrder> = {
  field: "documents",
  label: "Document",
  defaultOrder: "DATE_ASC",
  orders: { DATE_ASC: datedBy("date").ASC, DATE_DESC: datedBy("date").DESC, TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC },
  filters: (f) => {
    if (f.kind?.length) checkValues("Document", "kind", f.kind, "filter.kind");
    return present([
      oneOf("Document", "kind", f.kind),
      text(f.text, "title"),
      dated(f, "date"),
      reaches(f.publishedBy, [out("Document", "publishedBy")]),
    ]);
  },
};

export const legalCaseList: ListSpec<LegalCaseFilter, LegalCaseOrder> = {
  field: "legalCases",
  label: "LegalCase",
  defaultOrder: "DATE_ASC",
  orders: { DATE_ASC: datedBy("openedOn").ASC, DATE_DESC: datedBy("openedOn").DESC, TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC },
  filters: (f) =>
    present([
      oneOf("LegalCase", "kind", f.kind),
      text(f.text, "title"),
      dated(f, "openedOn"),
      reaches(f.party, [out("LegalCase", "parties")]),
      reaches(f.forum, [out("LegalCase", "forum")]),
    ]),
};

export const mandateList: ListSpec<MandateFilter, MandateOrder> = {
  field: "mandates",
  label: "Mandate",
  defaultOrder: "SCOPE_ASC",
  orders: { SCOPE_ASC: named("scope").ASC, SCOPE_DESC: named("scope").DESC, DATE_ASC: datedBy("validFrom").ASC, DATE_DESC: datedBy("validFrom").DESC },
  filters: (f) =>
    present([
      text(f.text, "scope"),
      dated(f, "validity"),
      reaches(f.heldBy, [out("Mandate", "heldBy")]),
      reaches(f.grantedBy, [out("Mandate", "grantedBy")]),
    ]),
};

export const postList: ListSpec<PostFilter, PostOrder> = {
  field: "posts",
  label: "Post",
  defaultOrder: "TITLE_ASC",
  orders: { TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC },
  filters: (f) => present([text(f.text, "title"), reaches(f.organization, [out("Post", "organization")])]),
};

export const appointmentList: ListSpec<AppointmentFilter, AppointmentOrder> = {
  field: "appointments",
  label: "Appointment",
  defaultOrder: "DATE_ASC",
  orders: { DATE_ASC: datedBy("validFrom").ASC, DATE_DESC: datedBy("validFrom").DESC, ROLE_ASC: named("role").ASC, ROLE_DESC: named("role").DESC },
  filters: (f) =>
    present([
      oneOf("Appointment", "capacity", f.capacity),
      text(f.text, "role"),
      dated(f, "validity"),
      reaches(f.person, [out("Appointment", "person")]),
      reaches(f.post, [out("Appointment", "post")]),
      reaches(f.organization, ...APPOINTMENT_IN_ORG),
    ]),
};

export const figureList: ListSpec<FigureFilter, FigureOrder> = {
  field: "figures",
  label: "Figure",
  defaultOrder: "LABEL_ASC",
  orders: { LABEL_ASC: named("label").ASC, LABEL_DESC: named("label").DESC, DATE_ASC: datedBy("asOf").ASC, DATE_DESC: datedBy("asOf").DESC },
  filters: (f) => present([text(f.text, "label"), dated(f, "asOf"), reaches(f.about, [out("Figure", "about")])]),
};

export const riskList: ListSpec<RiskFilter, RiskOrder> = {
  field: "risks",
  label: "Risk",
  defaultOrder: "TITLE_ASC",
  orders: { TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC },
  filters: (f) => present([text(f.text, "title"), reaches(f.identifiedIn, [out("Risk", "identifiedIn")])]),
};

export const optionList: ListSpec<OptionFilter, OptionOrder> = {
  field: "options",
  label: "Option",
  defaultOrder: "TITLE_ASC",
  orders: { TITLE_ASC: named("title").ASC, TITLE_DESC: named("title").DESC },
  filters: (f) =>
    present([
      oneOf("Option", "status", f.status),
      text(f.text, "title"),
      reaches(f.consideredBy, [out("Option", "consideredBy")]),
      reaches(f.concerns, [out("Option", "concerns")]),
    ]),
};
