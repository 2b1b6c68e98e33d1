import type { AppointmentCapacity } from "../../__generated__/resolvers-types";
import type { AsOfCertainty } from "../../lib/validity";
import type { DateValueModel } from "../base/dateValue";
import type { NodeModel } from "../node/node.model";

/** SDL `Holding`: someone holding a post or role on a date. */
export interface HoldingModel {
  person: NodeModel;
  appointment: NodeModel;
  post: NodeModel | null;
  organization: NodeModel | null;
  role: string;
  capacity: AppointmentCapacity;
  certainty: AsOfCertainty;
}

export interface DeciderOnDateModel {
  actor: NodeModel;
  capacities: HoldingModel[];
}

export interface MandateStepModel {
  level: number;
  mandate: NodeModel;
  grantedBy: NodeModel | null;
  heldBy: NodeModel | null;
  scope: string;
  basis: string | null;
  validFrom: DateValueModel | null;
  validTo: DateValueModel | null;
  inForceOnDecisionDate: AsOfCertainty;
  isRoot: boolean;
}

export interface MandateChainModel {
  recorded: boolean;
  explanation: string;
  steps: MandateStepModel[];
  endsAtRoot: boolean;
}

export interface TraceModel {
  deciders: DeciderOnDateModel[];
  mandateChain: MandateChainModel;
}
