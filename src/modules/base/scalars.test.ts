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

describe("DateTime", () => {
  const { parseDateTime, serializeDateTime } = jest.requireActual<typeof import("./scalars")>("./scalars");
  it("accepts ISO 8601 instants with an offset and returns them in UTC", () => {
    expect(parseDateTime("2025-05-01T14:00:00+02:00")).toBe("2025-05-01T12:00:00.000Z");
    expect(parseDateTime("2025-05-01T12:00Z")).toBe("2025-05-01T12:00:00.000Z");
    expect(parseDateTime("2025-05-01T12:00:00.123456789Z")).toBe("2025-05-01T12:00:00.123Z");
  });
  it.each(["2025-05-01", "2025-05-01T12:00:00", "2025-02-30T12:00:00Z", "2025-05-01T24:30:00Z", "igår"])("refuses %s", (s) => {
    expect(() => parseDateTime(s)).toThrow(/is not a valid DateTime/);
  });
  it("serialises Neo4j's nanosecond record times with milliseconds", () => {
    expect(serializeDateTime("2025-05-01T12:00:00.123000000Z")).toBe("2025-05-01T12:00:00.123Z");
  });
});
