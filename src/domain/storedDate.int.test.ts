/**
 * The banded key of a partial date is computed in TypeScript when a node is
 * written and in Cypher by the data migration: both must agree, or a window
 * would miss migrated or newly written nodes. Checked against the real Neo4j
 * on every width a band has, and at the edges between bands.
 */
import { testDriver } from "../../test/helpers/api";
import { parsePartialDate } from "../lib/partialDate";
import { bandedKeyCypher, bandOf, bandRanges, daysBefore, storedPartialDate } from "./storedDate";

const DATES = [
  "2025-05-01", "2024-W44", "2025-02", "2024-02", "2025-01-01..2025-02-01", "2025-01-01..2025-02-02",
  "2024", "2025", "2024-01-01..2024-12-31", "2024-01-01..2025-01-01", "2024-01-01..2025-01-02", "2023-06-15..2026-02-10",
  "2025-04-01..", "..2025-02-25", "mid 2025-01",
];

describe("banded date keys", () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it("are the same in TypeScript and in Cypher", async () => {
    const parsed = DATES.map((text) => ({ text, props: storedPartialDate("d", parsePartialDate(text)) }));
    const session = driver.session();
    try {
      const res = await session.run(`UNWIND $rows AS r RETURN r.text AS text, ${bandedKeyCypher("r.e", "r.l")} AS band`, {
        rows: parsed.map((p) => ({ text: p.text, e: p.props.dEarliest, l: p.props.dLatest })),
      });
      const fromCypher = Object.fromEntries(res.records.map((r) => [r.get("text") as string, r.get("band") as string]));
      expect(fromCypher).toEqual(Object.fromEntries(parsed.map((p) => [p.text, p.props.dBand])));
    } finally {
      await session.close();
    }
  });

  it("put a date in the narrowest band its width fits", () => {
    expect(bandOf("2025-05-01", "2025-05-01")).toBe("d");
    expect(bandOf("2025-01-01", "2025-02-01")).toBe("m"); // 31 days apart
    expect(bandOf("2025-01-01", "2025-02-02")).toBe("y");
    expect(bandOf("2024-01-01", "2024-12-31")).toBe("y"); // a leap year: 365 days apart
    expect(bandOf("2024-01-01", "2025-01-01")).toBe("y"); // 366
    expect(bandOf("2024-01-01", "2025-01-02")).toBe("w");
    expect(bandOf("2025-04-01", null)).toBe("f");
    expect(bandOf(null, "2025-02-25")).toBe("p");
    expect(bandOf(null, null)).toBeNull();
  });

  it("give each band one range that starts as far before the window as the band is wide", () => {
    expect(daysBefore("2025-03-01", 1)).toBe("2025-02-28");
    const ranges = bandRanges("2025-03-01", "2025-06-30");
    expect(ranges).toEqual([
      { lo: "d|2025-03-01", hi: "d|2025-06-30" },
      { lo: "m|2025-01-29", hi: "m|2025-06-30" },
      { lo: "y|2024-02-29", hi: "y|2025-06-30" },
      { lo: "w|", hi: "w|2025-06-30" },
      { lo: "f|", hi: "f|2025-06-30" },
      { lo: "p|2025-03-01", hi: "p|\uffff" },
    ]);
    // Cursors narrow every range: the later lower bound and the earlier upper bound win.
    expect(bandRanges("2025-03-01", "2025-06-30", "2025-04-10", "2025-05-01")[1]).toEqual({ lo: "m|2025-04-10", hi: "m|2025-05-01" });
  });
});
