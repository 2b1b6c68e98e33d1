import { CONCEPTS } from "../domain/concepts";
import { withArticle } from "./withArticle";

describe("withArticle", () => {
  it.each([
    ["Organization", "an Organization"],
    ["Option", "an Option"],
    ["Appointment", "an Appointment"],
    ["AgreementEvent", "an AgreementEvent"],
    ["AgreementParty", "an AgreementParty"],
    ["Event", "an Event"],
    ["Person", "a Person"],
    ["Decision", "a Decision"],
    ["LegalCase", "a LegalCase"],
  ])("writes %s as %s", (label, expected) => {
    expect(withArticle(label)).toBe(expected);
  });

  it("needs no exception for any concept's label (none starts with a vowel letter sounded otherwise)", () => {
    const labels = Object.values(CONCEPTS).map((c) => c.label);
    expect(labels.filter((l) => /^(U|Eu|One|Hon|Hour)/.test(l))).toEqual([]);
  });
});
