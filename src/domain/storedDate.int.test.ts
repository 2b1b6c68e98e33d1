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
  "2025-05-01", "2024-W44", "2025-01-01..2025-01-07", "2025-01-01..2025-01-08", "early 2025-01", "late 2025-01", "late 2025-02", "2025-01-01..2025-01-12",
  "2025-02", "2024-02", "2025-01", "2025-01-01..2025-02-01", "2025-01-01..2025-02-02", "2025-07-01..2025-09-30", "2025-07-01..2025-10-01",
  "2025-07-01..2025-12-31", "2025-07-01..2026-01-01", "2024", "2025", "2024-01-01..2024-12-31", "2024-01-01..2025-01-01",
  "2024-01-01..2025-01-02", "2023-06-15..2026-02-10", "2025-04-01..", "..2025-02-25", "mid 2025-01",
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
    const band = (text: string) => {
      const d = parsePartialDate(text);
      return bandOf(d.earliest, d.latest);
    };
    expect(band("2025-05-01")).toBe("d");
    expect(band("2024-W44")).toBe("k"); // 6 days apart
    expect(band("2025-01-01..2025-01-07")).toBe("k"); // 6
    expect(band("2025-01-01..2025-01-08")).toBe("t"); // 7
    expect(band("early 2025-01")).toBe("t"); // 9
    expect(band("late 2025-01")).toBe("t"); // 21–31: 10
    expect(band("2025-01-01..2025-01-12")).toBe("m"); // 11
    expect(band("2025-02")).toBe("m"); // 27
    expect(band("2025-01")).toBe("m"); // 30
    expect(band("2025-01-01..2025-02-01")).toBe("q"); // 31
    expect(band("2025-07-01..2025-09-30")).toBe("q"); // the longest quarter: 91
    expect(band("2025-07-01..2025-10-01")).toBe("h"); // 92
    expect(band("2025-07-01..2025-12-31")).toBe("h"); // the longest half year: 183
    expect(band("2025-07-01..2026-01-01")).toBe("y"); // 184
    expect(band("2024")).toBe("y"); // a leap year: 365
    expect(band("2024-01-01..2025-01-01")).toBe("w"); // 366
    expect(band("2025-04-01..")).toBe("f");
    expect(band("..2025-02-25")).toBe("p");
    expect(bandOf(null, null)).toBeNull();
  });

  it("end each bounded band at the widest date of a precision, so one of them starting that far before a window reaches into it", () => {
    // A range starts maxDays before `from`; a date of that band's precision starting there must still reach `from`.
    const widest = ["2025-05-01", "2024-W01", "late 2025-01", "2025-01", "2025-07-01..2025-09-30", "2025-07-01..2025-12-31", "2024"];
    expect(widest.map((t) => parsePartialDate(t)).map((d) => bandOf(d.earliest, d.latest))).toEqual(["d", "k", "t", "m", "q", "h", "y"]);
    for (const t of widest) {
      const d = parsePartialDate(t);
      const from = daysBefore(d.latest!, 0);
      const range = bandRanges(from, null).find((r) => r.lo.startsWith(`${bandOf(d.earliest, d.latest)}|`))!;
      expect(`${bandOf(d.earliest, d.latest)}|${d.earliest}` >= range.lo).toBe(true);
    }
  });

  it("give each band one range that starts as far before the window as the band is wide", () => {
    expect(daysBefore("2025-03-01", 1)).toBe("2025-02-28");
    const ranges = bandRanges("2025-03-01", "2025-06-30");
    expect(ranges).toEqual([
      { lo: "d|2025-03-01", hi: "d|2025-06-30" },
      { lo: "k|2025-02-23", hi: "k|2025-06-30" },
      { lo: "t|2025-02-19", hi: "t|2025-06-30" },
      { lo: "m|2025-01-30", hi: "m|2025-06-30" },
      { lo: "q|2024-11-30", hi: "q|2025-06-30" },
      { lo: "h|2024-08-30", hi: "h|2025-06-30" },
      { lo: "y|2024-03-01", hi: "y|2025-06-30" },
      { lo: "w|", hi: "w|2025-06-30" },
      { lo: "f|", hi: "f|2025-06-30" },
      { lo: "p|2025-03-01", hi: "p|\uffff" },
    ]);
    // Cursors narrow every range: the later lower bound and the earlier upper bound win.
    expect(bandRanges("2025-03-01", "2025-06-30", "2025-04-10", "2025-05-01")[3]).toEqual({ lo: "m|2025-04-10", hi: "m|2025-05-01" });
  });
});
