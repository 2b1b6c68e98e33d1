import { parsePartialDate } from "../../lib/partialDate";
import { toAgreementEventModel } from "../agreement-event/agreementEvent.model";
import { toDecisionModel } from "../decision/decision.model";
import { toOrganizationModel } from "../organization/organization.model";
import { compareNodes } from "./node.order";

const decision = (id: string, title: string, decidedOn?: string) => {
  const d = decidedOn ? parsePartialDate(decidedOn) : null;
  return toDecisionModel({
    id, title,
    ...(d ? { decidedOn: d.text, decidedOnEarliest: d.earliest, decidedOnLatest: d.latest, decidedOnPrecision: d.precision, decidedOnApproximate: d.approximate } : {}),
  });
};

describe("compareNodes", () => {
  it("orders by date, an open-ended date by its latest day, undated last, then by title and id", () => {
    const list = [
      decision("decision:e", "Odaterat"),
      decision("decision:d", "Juni", "2025-06"),
      decision("decision:c", "Senast februari", "..2025-02-25"),
      decision("decision:b", "Alfa", "2025-06"),
      decision("decision:a", "Alfa", "2025-06"),
    ];
    expect(list.sort(compareNodes).map((d) => d.id)).toEqual(["decision:c", "decision:a", "decision:b", "decision:d", "decision:e"]);
  });

  it("orders organisations by name in Swedish collation (å, ä, ö after z)", () => {
    const orgs = ["Östra", "Alingsås", "Ängelholm", "Zeta"].map((name, i) => toOrganizationModel({ id: `org:${i}`, name, kind: "UNIT" }));
    expect(orgs.sort(compareNodes).map((o) => o.name)).toEqual(["Alingsås", "Zeta", "Ängelholm", "Östra"]);
  });

  it("orders same-day agreement events in lifecycle order, not by the letters of their kind or id", () => {
    const day = parsePartialDate("2024-11-01..2025-02-25")!;
    const event = (id: string, kind: string) =>
      toAgreementEventModel({ id, kind, date: day.text, dateEarliest: day.earliest, dateLatest: day.latest, datePrecision: day.precision, dateApproximate: day.approximate });
    const list = [event("agrevent:a-upphord", "ENDED"), event("agrevent:b-i-kraft", "IN_FORCE"), event("agrevent:c-tecknad", "SIGNED")];
    expect(list.sort(compareNodes).map((e) => e.kind)).toEqual(["SIGNED", "IN_FORCE", "ENDED"]);
  });
});
