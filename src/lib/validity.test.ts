import { parsePartialDate } from "./partialDate";
import { holdsDuring, holdsOn, onOrBefore } from "./validity";

const b = (text: string | null) => (text === null ? null : parsePartialDate(text));

describe("holdsOn", () => {
  it.each([
    // [validFrom, validTo, day, answer]
    [null, null, "2025-01-01", "CERTAIN"],
    ["2024-11-12", null, "2024-11-12", "CERTAIN"], // the boundary day is included at the start
    ["2024-11-12", null, "2024-11-11", "NO"],
    [null, "2025-04-11", "2025-04-10", "CERTAIN"],
    [null, "2025-04-11", "2025-04-11", "NO"], // and excluded at the end
    ["2024-11-06..2025-04-11", null, "2024-11-05", "NO"],
    ["2024-11-06..2025-04-11", null, "2025-01-15", "UNCERTAIN"],
    ["2024-11-06..2025-04-11", null, "2025-04-11", "CERTAIN"],
    [null, "2024-11-06..2025-04-11", "2024-11-05", "CERTAIN"],
    [null, "2024-11-06..2025-04-11", "2025-01-15", "UNCERTAIN"],
    [null, "2024-11-06..2025-04-11", "2025-04-11", "NO"],
    ["2025-03", null, "2025-03-15", "UNCERTAIN"],
    ["2025-03", null, "2025-03-31", "CERTAIN"],
    [null, "2025-03", "2025-03-31", "NO"],
    ["2024-W44", "2024-12", "2024-11-15", "CERTAIN"],
    [null, "..2025-02-25", "2025-01-01", "UNCERTAIN"],
  ])("from %s to %s on %s is %s", (from, to, day, answer) => {
    expect(holdsOn(b(from), b(to), day)).toBe(answer);
  });
});

describe("onOrBefore", () => {
  it("is certain, uncertain or no depending on where the day falls in the date's bounds", () => {
    expect(onOrBefore(parsePartialDate("2024-11"), "2024-12-01")).toBe("CERTAIN");
    expect(onOrBefore(parsePartialDate("2024-11"), "2024-11-15")).toBe("UNCERTAIN");
    expect(onOrBefore(parsePartialDate("2024-11"), "2024-10-31")).toBe("NO");
    expect(onOrBefore(parsePartialDate("..2025-02-25"), "2025-01-01")).toBe("UNCERTAIN");
  });
});

describe("holdsDuring", () => {
  it("is certain only when the fact holds on every day the date can mean", () => {
    expect(holdsDuring(null, null, parsePartialDate("2024-W44"))).toBe("CERTAIN");
    expect(holdsDuring(parsePartialDate("2024-10-30"), null, parsePartialDate("2024-W44"))).toBe("UNCERTAIN");
    expect(holdsDuring(parsePartialDate("2024-12-01"), null, parsePartialDate("2024-W44"))).toBe("NO");
    expect(holdsDuring(null, parsePartialDate("2024-10-01"), parsePartialDate("2024-W44"))).toBe("NO");
  });
});
