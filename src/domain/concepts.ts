/**
 * The storage contract (domain model §3) as data: for each concept, its seed
 * file, id prefix, Neo4j label, fields, and the relationships its reference
 * fields become. The seed validator and loader are driven by it, and the read
 * modules name relationship types from it, so a concept's storage is declared once.
 */

export type FieldType =
  | { kind: "string"; required?: boolean }
  | { kind: "text" } // free text, optional
  | { kind: "number"; required?: boolean }
  | { kind: "boolean" }
  | { kind: "enum"; values: readonly string[]; required?: boolean; default?: string }
  | { kind: "strings" } // list of strings
  | { kind: "date"; required?: boolean } // a PartialDate
  | { kind: "dates" } // list of PartialDates
  | { kind: "duration" };

/** A reference field: becomes a relationship `(this)-[:REL]->(target)` (or reverse with `inverse`). */
export interface RefField {
  rel: string;
  targets: readonly string[] | "any";
  many: boolean;
  required?: boolean;
  /** For lists of objects (`affects: [{target, effect, note}]`): the key holding the id and the other keys as edge properties. */
  objectKey?: string;
  edgeProps?: Record<string, FieldType>;
}

/** A list of records nested in a parent record, stored as their own nodes (agreement parties and events). */
export interface NestedSpec {
  concept: string;
  /** Relationship from the nested node to its parent. */
  rel: string;
}

export interface ConceptSpec {
  label: string;
  prefix: string;
  file: string | null; // null for nested concepts
  fields: Record<string, FieldType>;
  refs: Record<string, RefField>;
  nested?: Record<string, NestedSpec>;
  /** Documents are sources, not facts: they need no citation. */
  cited: boolean;
  /** Property names joined into `searchText` for the full-text index. */
  search: readonly string[];
}

const ORG_KINDS = [
  "REGION", "MUNICIPALITY", "MUNICIPAL_ASSOCIATION", "COMPANY", "AUTHORITY", "COURT", "ADMINISTRATION", "BOARD",
  "COMMITTEE", "STEERING_GROUP", "WORKING_GROUP", "STAFF", "PROGRAMME", "PROJECT", "COLLECTIVE", "UNIT", "NETWORK",
] as const;
export const EFFECTS = [
  "PAUSES", "RESUMES", "SETS_UP", "DISSOLVES", "SETS_DATE", "CHANGES_DATE", "APPOINTS", "ASSIGNS", "APPROVES",
  "PROCURES", "REFERS", "COMMISSIONS", "CONTINUES", "OTHER",
] as const;

const validity = { validFrom: { kind: "date" }, validTo: { kind: "date" } } as const;
const ACTORS = ["Organization", "Person", "Post"] as const;

export const CONCEPTS: Record<string, ConceptSpec> = {
  Document: {
    label: "Document", prefix: "doc", file: "documents.yaml", cited: false, search: ["title", "summary"],
    fields: {
      title: { kind: "string", required: true },
      kind: { kind: "enum", values: ["report", "newsletter", "presentation", "news", "evaluation", "reference", "other"], required: true },
      fileName: { kind: "string" }, date: { kind: "date" }, compiledAt: { kind: "string" }, language: { kind: "string" },
      summary: { kind: "text" }, url: { kind: "string" },
    },
    refs: {
      publishedBy: { rel: "PUBLISHED_BY", targets: ["Organization", "Person"], many: false },
      commissionedBy: { rel: "COMMISSIONED_BY", targets: ["Organization", "Person"], many: false },
    },
  },
  Organization: {
    label: "Organization", prefix: "org", file: "organizations.yaml", cited: true, search: ["name", "aliases", "summary"],
    fields: { name: { kind: "string", required: true }, kind: { kind: "enum", values: ORG_KINDS, required: true }, aliases: { kind: "strings" }, summary: { kind: "text" }, ...validity },
    refs: { parent: { rel: "PART_OF", targets: ["Organization"], many: false } },
  },
  Person: {
    // `roles`: not a field but the roles of the person's appointments (src/modules/search/personRoles.ts).
    label: "Person", prefix: "person", file: "persons.yaml", cited: true, search: ["name", "aliases", "roles"],
    fields: { name: { kind: "string", required: true }, aliases: { kind: "strings" }, summary: { kind: "text" } },
    refs: {},
  },
  Post: {
    label: "Post", prefix: "post", file: "posts.yaml", cited: true, search: ["title"],
    fields: { title: { kind: "string", required: true }, summary: { kind: "text" } },
    refs: { organization: { rel: "IN_ORGANIZATION", targets: ["Organization"], many: false, required: true } },
  },
  Appointment: {
    label: "Appointment", prefix: "appt", file: "appointments.yaml", cited: true, search: [],
    fields: { role: { kind: "string", required: true }, capacity: { kind: "enum", values: ["ORDINARY", "ACTING", "SUBSTITUTE"], default: "ORDINARY" }, attestedOn: { kind: "dates" }, ...validity },
    refs: {
      person: { rel: "OF_PERSON", targets: ["Person"], many: false, required: true },
      post: { rel: "TO_POST", targets: ["Post"], many: false },
      organization: { rel: "IN_ORGANIZATION", targets: ["Organization"], many: false },
    },
  },
  Membership: {
    label: "Membership", prefix: "mem", file: "memberships.yaml", cited: true, search: [],
    fields: { role: { kind: "string" }, ...validity },
    refs: {
      member: { rel: "OF_MEMBER", targets: ["Organization", "Person"], many: false, required: true },
      group: { rel: "IN_GROUP", targets: ["Organization"], many: false, required: true },
    },
  },
  Mandate: {
    label: "Mandate", prefix: "mandate", file: "mandates.yaml", cited: true, search: ["scope", "basis"],
    fields: { scope: { kind: "string", required: true }, basis: { kind: "text" }, root: { kind: "boolean" }, ...validity },
    refs: {
      grantedBy: { rel: "GRANTED_BY", targets: ACTORS, many: false },
      heldBy: { rel: "HELD_BY", targets: ACTORS, many: false, required: true },
      delegatedFrom: { rel: "DELEGATED_FROM", targets: ["Mandate"], many: false },
    },
  },
  Decision: {
    label: "Decision", prefix: "decision", file: "decisions.yaml", cited: true, search: ["title", "summary"],
    fields: {
      title: { kind: "string", required: true }, summary: { kind: "text" }, decidedOn: { kind: "date" },
      status: { kind: "enum", values: ["TAKEN", "PLANNED", "ANNOUNCED"], default: "TAKEN" },
    },
    refs: {
      decidedBy: { rel: "DECIDED_BY", targets: ACTORS, many: true },
      underMandate: { rel: "UNDER_MANDATE", targets: ["Mandate"], many: false },
      requestedBy: { rel: "REQUESTED_BY", targets: ACTORS, many: true },
      takenAt: { rel: "TAKEN_AT", targets: ["Event"], many: false },
      affects: { rel: "AFFECTS", targets: "any", many: true, objectKey: "target", edgeProps: { effect: { kind: "enum", values: EFFECTS, required: true }, note: { kind: "text" } } },
      supersedes: { rel: "SUPERSEDES", targets: ["Decision"], many: true },
    },
  },
  Agreement: {
    label: "Agreement", prefix: "agreement", file: "agreements.yaml", cited: true, search: ["title", "aliases", "summary"],
    fields: { title: { kind: "string", required: true }, aliases: { kind: "strings" }, summary: { kind: "text" }, noticePeriod: { kind: "duration" }, validityNote: { kind: "text" }, ...validity },
    refs: {
      relatedTo: { rel: "RELATED_TO", targets: ["Agreement"], many: true, objectKey: "agreement", edgeProps: { relation: { kind: "enum", values: ["SUPPLEMENTS", "AMENDS", "REPLACES", "RELATED"], required: true } } },
    },
    nested: { parties: { concept: "AgreementParty", rel: "PARTY_TO" }, events: { concept: "AgreementEvent", rel: "EVENT_OF" } },
  },
  AgreementParty: {
    label: "AgreementParty", prefix: "party", file: null, cited: true, search: [],
    fields: { role: { kind: "enum", values: ["CUSTOMER", "SUPPLIER", "PARTY", "GUARANTOR"], required: true }, ...validity },
    refs: { party: { rel: "PARTY", targets: ["Organization", "Person"], many: false, required: true } },
  },
  AgreementEvent: {
    label: "AgreementEvent", prefix: "agrevent", file: null, cited: true, search: [],
    fields: {
      kind: { kind: "enum", values: ["SIGNED", "IN_FORCE", "PAUSED", "RESUMED", "NOTICE_GIVEN", "AMENDED", "TERMINATED", "ENDED"], required: true },
      date: { kind: "date" }, summary: { kind: "text" },
    },
    refs: {},
  },
  Event: {
    label: "Event", prefix: "event", file: "events.yaml", cited: true, search: ["title", "summary"],
    fields: {
      title: { kind: "string", required: true },
      kind: { kind: "enum", values: ["MEETING", "CONFERENCE", "PRESS", "PUBLICATION", "GO_LIVE", "MILESTONE", "REVIEW", "SURVEY", "DEADLINE", "OTHER"], required: true },
      status: { kind: "enum", values: ["PLANNED", "HELD", "CANCELLED"], default: "HELD" },
      date: { kind: "date" }, endDate: { kind: "date" }, summary: { kind: "text" },
    },
    refs: {
      organizedBy: { rel: "ORGANIZED_BY", targets: ACTORS, many: true },
      participants: { rel: "PARTICIPANT", targets: ACTORS, many: true, objectKey: "who", edgeProps: { role: { kind: "text" } } },
      concerns: { rel: "CONCERNS", targets: "any", many: true },
    },
  },
  LegalCase: {
    label: "LegalCase", prefix: "case", file: "legal-cases.yaml", cited: true, search: ["title", "summary"],
    fields: {
      title: { kind: "string", required: true }, kind: { kind: "enum", values: ["COURT_CASE", "INQUIRY", "COMPLAINT"], required: true },
      openedOn: { kind: "date" }, closedOn: { kind: "date" }, status: { kind: "text" }, summary: { kind: "text" },
    },
    refs: {
      forum: { rel: "HEARD_BY", targets: ["Organization"], many: false },
      parties: { rel: "HAS_PARTY", targets: ACTORS, many: true, objectKey: "who", edgeProps: { role: { kind: "enum", values: ["CLAIMANT", "RESPONDENT", "COMPLAINANT", "SUBJECT", "INQUIRER"], required: true } } },
      concerns: { rel: "CONCERNS", targets: "any", many: true },
    },
  },
  Option: {
    label: "Option", prefix: "option", file: "options.yaml", cited: true, search: ["title", "summary"],
    fields: { title: { kind: "string", required: true }, summary: { kind: "text" }, status: { kind: "enum", values: ["UNDER_CONSIDERATION", "CHOSEN", "REJECTED", "WITHDRAWN"], default: "UNDER_CONSIDERATION" } },
    refs: {
      consideredBy: { rel: "CONSIDERED_BY", targets: ACTORS, many: false },
      concerns: { rel: "CONCERNS", targets: "any", many: true },
    },
  },
  Figure: {
    label: "Figure", prefix: "figure", file: "figures.yaml", cited: true, search: ["label"],
    fields: { label: { kind: "string", required: true }, value: { kind: "number", required: true }, unit: { kind: "string" }, approximate: { kind: "boolean" }, asOf: { kind: "date" } },
    refs: {
      about: { rel: "MEASURES", targets: "any", many: false },
      breakdown: { rel: "FOR_PART", targets: "any", many: false },
    },
  },
  Risk: {
    label: "Risk", prefix: "risk", file: "risks.yaml", cited: true, search: ["title", "summary"],
    fields: { title: { kind: "string", required: true }, summary: { kind: "text" } },
    refs: { identifiedIn: { rel: "IDENTIFIED_IN", targets: "any", many: false } },
  },
};

/** Fields every fact may carry (domain model rules 1, 4, 8). */
export const COMMON_FIELDS: Record<string, FieldType> = {
  certainty: { kind: "enum", values: ["stated", "inferred"] },
  reason: { kind: "text" },
  rank: { kind: "enum", values: ["preferred", "normal", "deprecated"], default: "normal" },
  note: { kind: "text" },
};

export const CONCEPT_BY_PREFIX: Record<string, ConceptSpec> = Object.fromEntries(Object.values(CONCEPTS).map((c) => [c.prefix, c]));
export const SEED_FILES: ConceptSpec[] = Object.values(CONCEPTS).filter((c) => c.file !== null);
