/** The executable schema: SDL from schema/*.graphql and each module's resolvers. */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/projectRoot";
import type { Resolvers } from "./__generated__/resolvers-types";
import { agreementResolvers } from "./modules/agreement/agreement.resolvers";
import { agreementEventResolvers } from "./modules/agreement-event/agreementEvent.resolvers";
import { agreementPartyResolvers } from "./modules/agreement-party/agreementParty.resolvers";
import { appointmentResolvers } from "./modules/appointment/appointment.resolvers";
import { baseResolvers } from "./modules/base/base.resolvers";
import { citationResolvers } from "./modules/citation/citation.resolvers";
import { decisionResolvers } from "./modules/decision/decision.resolvers";
import { documentResolvers } from "./modules/document/document.resolvers";
import { eventResolvers } from "./modules/event/event.resolvers";
import { factResolvers } from "./modules/fact/fact.resolvers";
import { figureResolvers } from "./modules/figure/figure.resolvers";
import { legalCaseResolvers } from "./modules/legal-case/legalCase.resolvers";
import { mandateResolvers } from "./modules/mandate/mandate.resolvers";
import { membershipResolvers } from "./modules/membership/membership.resolvers";
import { nodeResolvers } from "./modules/node/node.resolvers";
import { optionResolvers } from "./modules/option/option.resolvers";
import { organizationResolvers } from "./modules/organization/organization.resolvers";
import { orgChartResolvers } from "./modules/orgchart/orgchart.resolvers";
import { traceResolvers } from "./modules/trace/trace.resolvers";
import { historyResolvers } from "./modules/agreement-history/history.resolvers";
import { searchResolvers } from "./modules/search/search.resolvers";
import { timelineResolvers } from "./modules/timeline/timeline.resolvers";
import { personResolvers } from "./modules/person/person.resolvers";
import { postResolvers } from "./modules/post/post.resolvers";
import { riskResolvers } from "./modules/risk/risk.resolvers";
import { listResolvers } from "./modules/list/list.resolvers";
import { changeHistoryResolvers } from "./modules/history/history.resolvers";
import { writeResolvers } from "./modules/write/write.resolvers";

const SCHEMA_DIR = path.join(PROJECT_ROOT, "schema");

export function loadTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8"))
    .join("\n");
}

const MODULES: Resolvers[] = [
  baseResolvers,
  nodeResolvers,
  factResolvers,
  citationResolvers,
  documentResolvers,
  organizationResolvers,
  personResolvers,
  postResolvers,
  appointmentResolvers,
  membershipResolvers,
  mandateResolvers,
  decisionResolvers,
  agreementResolvers,
  agreementPartyResolvers,
  agreementEventResolvers,
  eventResolvers,
  legalCaseResolvers,
  optionResolvers,
  figureResolvers,
  riskResolvers,
  orgChartResolvers,
  traceResolvers,
  historyResolvers,
  searchResolvers,
  timelineResolvers,
  listResolvers,
  changeHistoryResolvers,
  writeResolvers,
];

/** Merges module resolver maps type by type; a field defined twice is a programming error. */
export function mergeResolvers(modules: Resolvers[] = MODULES): Resolvers {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const mod of modules) {
    for (const [type, fields] of Object.entries(mod)) {
      if (fields && typeof fields === "object" && !(fields.constructor?.name === "GraphQLScalarType")) {
        const target = (out[type] ??= {}) as Record<string, unknown>;
        for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
          if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
          target[field] = fn;
        }
      } else {
        out[type] = fields;
      }
    }
  }
  return out as Resolvers;
}
