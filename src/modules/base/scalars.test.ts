import { buildSchema, GraphQLError, parse, validate } from "graphql";
import { parsePartialDate } from "../../lib/partialDate";
import { DATE_YEARS, DateScalar, DateTimeScalar, DurationScalar, PartialDateScalar } from "./scalars";

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
    [DateScalar, "2025-13-01", /not a valid Date: expected an existing day/],
    [DateScalar, "0999-12-31", /^"0999-12-31" is not a valid Date: the year must be 1000–9999$/],
    [DateScalar, "0001-01-01", /the year must be 1000–9999/],
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
  it("refuses an input instant in the future (knownAt), beyond a minute's clock skew", () => {
    const { parseInputDateTime, CLOCK_SKEW_MS } = jest.requireActual<typeof import("./scalars")>("./scalars");
    const now = Date.parse("2026-12-03T12:00:00Z");
    expect(parseInputDateTime("2026-12-03T12:00:00Z", now)).toBe("2026-12-03T12:00:00.000Z");
    expect(parseInputDateTime(new Date(now + CLOCK_SKEW_MS).toISOString(), now)).toBe("2026-12-03T12:01:00.000Z");
    expect(() => parseInputDateTime("2026-12-03T12:01:00.001Z", now)).toThrow(/is in the future/);
    expect(() => parseInputDateTime("2999-01-01T00:00:00Z")).toThrow(/"2999-01-01T00:00:00Z" is in the future/);
  });
  it("serialises Neo4j's nanosecond record times with milliseconds", () => {
    expect(serializeDateTime("2025-05-01T12:00:00.123000000Z")).toBe("2025-05-01T12:00:00.123Z");
  });
});

describe("Date's years", () => {
  it("are the years lib/partialDate.ts accepts, so a refusal names the real range", () => {
    expect(DateScalar.parseValue(`${DATE_YEARS.min}-01-01`)).toBe("1000-01-01");
    expect(DateScalar.parseValue(`${DATE_YEARS.max}-12-31`)).toBe("9999-12-31");
    expect(() => parsePartialDate(`0${DATE_YEARS.min - 1}-12-31`)).toThrow(/year/);
  });
});

describe("a refused literal in a query", () => {
  const schema = buildSchema("scalar Date scalar DateTime scalar PartialDate scalar Duration type Query { f(d: Date, t: DateTime, p: PartialDate, u: Duration): Int }");
  Object.assign(schema.getType("Date")!, { parseLiteral: DateScalar.parseLiteral, parseValue: DateScalar.parseValue });
  Object.assign(schema.getType("DateTime")!, { parseLiteral: DateTimeScalar.parseLiteral, parseValue: DateTimeScalar.parseValue });
  Object.assign(schema.getType("PartialDate")!, { parseLiteral: PartialDateScalar.parseLiteral, parseValue: PartialDateScalar.parseValue });
  Object.assign(schema.getType("Duration")!, { parseLiteral: DurationScalar.parseLiteral, parseValue: DurationScalar.parseValue });
  /** What graphql-js's validation says of `query`: each error's message and where it points. */
  const refusals = (query: string) => validate(schema, parse(query)).map((e: GraphQLError) => ({ message: e.message, locations: e.locations }));

  it.each([
    ['{ f(d: "2025-13-01") }', '"2025-13-01" is not a valid Date: expected an existing day as YYYY-MM-DD', 8],
    ['{ f(d: "0999-01-01") }', '"0999-01-01" is not a valid Date: the year must be 1000–9999', 8],
    ['{ f(t: "2025-02-30T12:00Z") }', '"2025-02-30T12:00Z" is not a valid DateTime: no such day or time', 8],
    ['{ f(t: "igår") }', '"igår" is not a valid DateTime: expected ISO 8601 with an offset, e.g. 2025-05-01T12:00:00Z', 8],
    ['{ f(p: "2025-13") }', '"2025-13" is not a partial date: month 13 does not exist', 8],
    ['{ f(u: "4 months") }', '"4 months" is not an ISO 8601 duration such as P4M or P30D', 8],
    ["{ f(d: 20250101) }", "Date must be a string literal", 8],
  ])("%s is refused where it stands, with the scalar's message", (query, message, column) => {
    expect(refusals(query)).toEqual([{ message, locations: [{ line: 1, column }] }]);
  });

  it("points at each refused literal", () => {
    expect(refusals('{ f(d: "2025-01-01", t: "x") g: f(d: "2025-13-01") }').map((r) => r.locations)).toEqual([
      [{ line: 1, column: 25 }],
      [{ line: 1, column: 38 }],
    ]);
  });
});
