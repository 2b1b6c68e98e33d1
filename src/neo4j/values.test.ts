import neo4j from "neo4j-driver";
import { recordToPlain, toPlain, toPlainInPlace } from "./values";

/** A value shaped as the driver decodes one: plain maps and lists holding driver types. */
const decoded = () => ({
  n: neo4j.int(42),
  big: neo4j.int("9007199254740993"),
  day: new neo4j.types.Date(2024, 11, 12),
  rows: [{ props: { title: "Paus", level: neo4j.int(3), on: new neo4j.types.Date(2025, 1, 1) }, tags: ["a", null] }],
  nothing: null,
});

describe("toPlainInPlace", () => {
  it("gives what toPlain gives", () => {
    const expected = { n: 42, big: "9007199254740993", day: "2024-11-12", rows: [{ props: { title: "Paus", level: 3, on: "2025-01-01" }, tags: ["a", null] }], nothing: null };
    expect(toPlain(decoded())).toEqual(expected);
    expect(toPlainInPlace(decoded())).toEqual(expected);
  });

  it("converts the driver's maps and lists where they are instead of copying them", () => {
    const value = decoded();
    const rows = value.rows;
    const out = toPlainInPlace(value) as { rows: unknown };
    expect(out).toBe(value);
    expect(out.rows).toBe(rows);
  });

  it("reads a record's fields into a plain row", () => {
    const record = new neo4j.Record(["id", "count"], ["org:vgr", neo4j.int(7)]);
    expect(recordToPlain(record)).toEqual({ id: "org:vgr", count: 7 });
  });
});
