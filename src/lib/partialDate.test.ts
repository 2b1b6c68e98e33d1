import { comparePartialDates, parsePartialDate } from "./partialDate";

describe("parsePartialDate", () => {
  it.each([
    ["2025", "YEAR", "2025-01-01", "2025-12-31"],
    ["2024-02", "MONTH", "2024-02-01", "2024-02-29"],
    ["2024-11-12", "DAY", "2024-11-12", "2024-11-12"],
    ["2024-W44", "WEEK", "2024-10-28", "2024-11-03"],
    ["2020-W53", "WEEK", "2020-12-28", "2021-01-03"],
    ["mid 2025-01", "PART_OF_MONTH", "2025-01-11", "2025-01-20"],
    ["late 2025-06", "PART_OF_MONTH", "2025-06-21", "2025-06-30"],
    ["late 2025-02", "PART_OF_MONTH", "2025-02-21", "2025-02-28"],
    ["2024-11-06..2025-04-11", "SPAN", "2024-11-06", "2025-04-11"],
  ])("reads %s as %s from %s to %s", (text, precision, earliest, latest) => {
    expect(parsePartialDate(text)).toMatchObject({ precision, earliest, latest });
  });

  it("keeps an upper bound open below", () => {
    expect(parsePartialDate("..2025-02-25")).toEqual({
      text: "..2025-02-25",
      precision: "SPAN",
      earliest: null,
      latest: "2025-02-25",
      approximate: true,
    });
  });

  it.each([
    ["2025-13-45", /month 13/],
    ["2025-02-30", /day 30 does not exist/],
    ["2025-W54", /week 54 does not exist/],
    ["2025-W53", /week 53 does not exist/],
    ["2025-04-11..2025-01-01", /starts \(2025-04-11\) after it ends/],
    ["mitten av januari", /use YYYY/],
    ["..", /at least one bound/],
  ])("refuses %s", (text, message) => {
    expect(() => parsePartialDate(text)).toThrow(message);
  });

  it("orders by earliest bound, then latest", () => {
    const sorted = ["2025", "2024-11-12", "2024-W44", "2024-11"].map(parsePartialDate).sort(comparePartialDates);
    expect(sorted.map((d) => d.text)).toEqual(["2024-W44", "2024-11", "2024-11-12", "2025"]);
  });
});
