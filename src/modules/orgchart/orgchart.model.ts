import type { AppointmentCapacity, OrgChartNodeKind, OrgChartUncertaintyReason, OrganizationKind } from "../../__generated__/resolvers-types";
import type { AsOfCertainty } from "../../lib/validity";
import type { DateValueModel } from "../base/dateValue";
import type { DecisionModel } from "../decision/decision.model";
import type { NodeModel } from "../node/node.model";
import type { OrganizationModel } from "../organization/organization.model";

/** One box of the chart; `citedId` is the fact whose citations the box shows. */
export interface OrgChartNodeModel {
  id: string;
  parentId: string | null;
  kind: OrgChartNodeKind;
  label: string;
  subject: NodeModel | null;
  organizationKind: OrganizationKind | null;
  role: string | null;
  capacity: AppointmentCapacity | null;
  certainty: Exclude<AsOfCertainty, "NO">;
  /** Why it is UNCERTAIN (SDL `OrgChartUncertainty`); null when CERTAIN. */
  uncertainty: OrgChartUncertaintyModel | null;
  /** For units: the decisions pausing it on the date (SDL `OrgChartNode.pausedBy`). */
  pausedBy: OrgChartPauseModel[];
  depth: number;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
  citedId: string;
}

export interface OrgChartModel {
  root: OrganizationModel;
  asOf: string;
  depth: number;
  nodes: OrgChartNodeModel[];
}

export interface OrgChartUncertaintyModel {
  reason: OrgChartUncertaintyReason;
  date: DateValueModel | null;
}

export interface OrgChartPauseModel {
  decision: DecisionModel;
  note: string | null;
  certainty: Exclude<AsOfCertainty, "NO">;
}
