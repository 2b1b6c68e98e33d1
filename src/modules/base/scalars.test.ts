import { DateScalar, DurationScalar, PartialDateScalar } from "./scalars";

describe("custom scalars", () => {
  it("accept what the sources give and canonicalise it", () => {
    expect(PartialDateScalar.parseValue("2024-W44")).toBe("2024-W44");
    expect(PartialDateScalar.parseValue(" mid 2025-01 ")).toBe("mid 2025-01");
    expect(DateScalar.parseValue("2025-04-11")).toBe("2025-04-11");
    expect(DurationScalar.parseValue("P4M")).toBe("P4M");
  });

  it.each([
    [PartialDateScalar, "2025-13-45", /month 13 does not exist/],
    [PartialDateScalar, 2025, /must be a string/],
    [DateScalar, "2025-04", /not a valid Date: expected an existing day/],
    [DurationScalar, "4 months", /not an ISO 8601 duration/],
    [DurationScalar, "P", /not an ISO 8601 duration/],
  ])("%s refuses %p with a message that says why", (scalar, value, message) => {
    expect(() => scalar.parseValue(value)).toThrow(message);
  });
});
