/**
 * Grades a decision's raw trace against its date (SDL `Decision.deciders`,
 * `Decision.mandateChain`): which appointments each decider held then, and
 * whether each mandate in the chain was in force. Pure.
 */
import type { AppointmentCapacity } from "../../__generated__/resolvers-types";
import { type Bounds, holdsDuring } from "../../lib/validity";
import { toDateValue } from "../base/dateValue";
import { appointmentBounds } from "../appointment/appointment.validity";
import { type NodeModel, toNodeModel as toModel } from "../node/node.model";
import { type KnownAt, tagKnownAt } from "../node/recordTime";
import type { Labelled, TraceRow } from "./trace.cypher";
import type { HoldingModel, MandateStepModel, TraceModel } from "./trace.model";

/** `at`: the moment the trace was read as of; its nodes' own fields then read the same moment. */
export function assembleTrace(raw: TraceRow["value"], decidedOn: Bounds | null, at: KnownAt = null): TraceModel {
  const toNodeModel = (label: string, props: Labelled["props"]): NodeModel | null => {
    const model = toModel(label, props);
    return model && tagKnownAt(model, at);
  };
  const node = (l: Labelled | null): NodeModel | null => (l ? toNodeModel(l.label, l.props) : null);
  const when: Bounds = decidedOn ?? { earliest: null, latest: null };
  const deciders = raw.deciders.flatMap((d) => {
    const actor = node(d.actor);
    if (!actor) return [];
    const capacities: HoldingModel[] = d.actor.label === "Organization" ? [] : d.holdings.flatMap((h) => {
      const { from, to } = appointmentBounds(h.appointment);
      const certainty = holdsDuring(from, to, when);
      if (certainty === "NO" || !h.person) return [];
      return [{
        person: toNodeModel("Person", h.person)!,
        appointment: toNodeModel("Appointment", h.appointment)!,
        post: h.post ? toNodeModel("Post", h.post) : null,
        organization: h.organization ? toNodeModel("Organization", h.organization) : null,
        role: h.appointment.role as string,
        capacity: (h.appointment.capacity as AppointmentCapacity | null) ?? "ORDINARY",
        certainty,
      }];
    });
    return [{ actor, capacities }];
  });

  const steps: MandateStepModel[] = raw.steps.map((s) => ({
    level: s.level,
    mandate: toNodeModel("Mandate", s.mandate)!,
    grantedBy: node(s.grantedBy),
    heldBy: node(s.heldBy),
    scope: s.mandate.scope as string,
    basis: (s.mandate.basis as string | null) ?? null,
    validFrom: toDateValue(s.mandate, "validFrom"),
    validTo: toDateValue(s.mandate, "validTo"),
    inForceOnDecisionDate: holdsDuring(toDateValue(s.mandate, "validFrom"), toDateValue(s.mandate, "validTo"), when),
    isRoot: s.mandate.root === true,
  }));
  const last = steps[steps.length - 1];
  const explanation =
    steps.length === 0
      ? "No recorded mandate: the sources do not say under which mandate this decision was taken."
      : `Taken under "${steps[0]!.scope}"` +
        (steps.length > 1 ? `, delegated through ${steps.length - 1} more step(s)` : "") +
        (last!.isRoot ? "; the chain ends at a root (own competence or law)." : "; the chain ends without a recorded root.");
  return { deciders, mandateChain: { recorded: steps.length > 0, explanation, steps, endsAtRoot: last?.isRoot ?? false } };
}
