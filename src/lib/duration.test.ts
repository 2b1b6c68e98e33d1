import { addDuration, durationInWords } from "./duration";

describe("addDuration", () => {
  it.each([
    ["2025-02-25", "P4M", "2025-06-25"],
    ["2025-10-31", "P4M", "2026-02-28"],
    ["2024-10-31", "P4M", "2025-02-28"],
    ["2023-10-31", "P4M", "2024-02-29"],
    ["2025-01-01", "P1Y2M", "2026-03-01"],
    ["2025-01-01", "P30D", "2025-01-31"],
    ["2025-01-01", "P2W", "2025-01-15"],
  ])("%s + %s = %s", (day, d, expected) => {
    expect(addDuration(day, d)).toBe(expected);
  });

  it("refuses a duration with a time part", () => {
    expect(() => addDuration("2025-01-01", "PT4H")).toThrow(/not a calendar duration/);
  });
});

describe("durationInWords", () => {
  it.each([
    ["P4M", "4 months"],
    ["P1M", "1 month"],
    ["P30D", "30 days"],
    ["P1Y2M", "1 year and 2 months"],
    ["P2Y1M1W3D", "2 years, 1 month, 1 week and 3 days"],
    ["not a duration", "not a duration"],
  ])("reads %s as %s", (duration, words) => {
    expect(durationInWords(duration)).toBe(words);
  });
});
