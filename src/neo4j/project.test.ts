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

  it("returns whole nodes without the search text, one branch per set of date fields", () => {
    expect(nodeProps("d", "Decision")).toBe("d { .*, searchText: null, searchTextFolded: null, searchStems: null, searchNamesFolded: null, searchNameKeys: null, decidedOnEarliest: toString(d.decidedOnEarliest), decidedOnLatest: toString(d.decidedOnLatest) }");
    const either = nodeProps("m", ["Organization", "Person"]);
    expect(either).toBe(
      "CASE WHEN m:Organization THEN m { .*, searchText: null, searchTextFolded: null, searchStems: null, searchNamesFolded: null, searchNameKeys: null, validFromEarliest: toString(m.validFromEarliest), validFromLatest: toString(m.validFromLatest), validToEarliest: toString(m.validToEarliest), validToLatest: toString(m.validToLatest) } ELSE m { .*, searchText: null, searchTextFolded: null, searchStems: null, searchNamesFolded: null, searchNameKeys: null } END",
    );
    // Labels with the same date fields share a branch; labels without any need none.
    const actors = nodeProps("a", ["Organization", "Appointment", "Person", "Post"]);
    expect(actors).toMatch(/^CASE WHEN a:Organization OR a:Appointment THEN a \{[^}]*\} ELSE a \{ \.\*, searchText: null, searchTextFolded: null, searchStems: null, searchNamesFolded: null, searchNameKeys: null \} END$/);
    expect(nodeProps("p", ["Person", "Post"])).toBe("p { .*, searchText: null, searchTextFolded: null, searchStems: null, searchNamesFolded: null, searchNameKeys: null }");
    // Every concept: one branch per distinct set of date fields, not one per label.
    expect(nodeProps("x").match(/WHEN /g)).toHaveLength(6);
    expect(() => nodeProps("x", "Nope")).toThrow("no concept with label Nope");
  });
});
