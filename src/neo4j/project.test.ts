import { nodeProps, partialDate, pick, unpick } from "./project";

describe("node projections", () => {
  it("picks named properties as a list, date bounds as strings, and zips them back", () => {
    const fields = ["title", ...partialDate("validFrom")];
    expect(pick("p", fields)).toBe(
      "CASE WHEN p IS NULL THEN null ELSE [p.id, p.versionOf, p.title, p.validFrom, p.validFromPrecision, toString(p.validFromEarliest), toString(p.validFromLatest), p.validFromApproximate] END",
    );
    expect(unpick(fields, ["post:x", null, "Programchef", "2024-11", "MONTH", "2024-11-01", "2024-11-30", false])).toEqual({
      id: "post:x", versionOf: null, title: "Programchef", validFrom: "2024-11", validFromPrecision: "MONTH",
      validFromEarliest: "2024-11-01", validFromLatest: "2024-11-30", validFromApproximate: false,
    });
    expect(unpick(fields, null)).toBeNull();
  });

  it("returns whole nodes without the search text, one projection per possible label", () => {
    expect(nodeProps("d", "Decision")).toBe("d { .*, searchText: null, searchTextFolded: null, decidedOnEarliest: toString(d.decidedOnEarliest), decidedOnLatest: toString(d.decidedOnLatest) }");
    const either = nodeProps("m", ["Organization", "Person"]);
    expect(either).toMatch(/^CASE WHEN m:Organization THEN m \{.*\} WHEN m:Person THEN m \{.*\} ELSE properties\(m\) END$/);
    expect(() => nodeProps("x", "Nope")).toThrow("no concept with label Nope");
  });
});
