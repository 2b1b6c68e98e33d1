/**
 * The agreement's state on a date, as the legal team reads it: the
 * explanation names the event it follows and its date in words, the notice in
 * words, and the events whose vague date makes it uncertain.
 */
import type { Plain } from "../../neo4j/values";
import { agreementStateOn, dateInWords } from "./history.assemble";

type Props = Record<string, Plain>;
const span = (earliest: string | null, latest: string | null): Props => ({
  date: `${earliest ?? ""}..${latest ?? ""}`, datePrecision: "SPAN", dateEarliest: earliest, dateLatest: latest, dateApproximate: false,
});
const month = (m: string, last: string): Props => ({ date: m, datePrecision: "MONTH", dateEarliest: `${m}-01`, dateLatest: last, dateApproximate: false });
const event = (id: string, kind: string, date: Props): Props => ({ id, kind, ...date });

describe("agreementStateOn explanation", () => {
  const signed = event("agrevent:signed", "SIGNED", span("2024-11-01", "2025-02-25"));
  const inForce = event("agrevent:in-force", "IN_FORCE", span("2024-11-01", "2025-02-25"));

  it("names the event it follows with its date in words, and the notice period in words", () => {
    const s = agreementStateOn([signed, inForce], "P4M", "2025-06-01");
    expect(s).toMatchObject({ state: "IN_FORCE", certainty: "CERTAIN", earliestPossibleEnd: "2025-10-01" });
    expect(s.explanation).toBe("In force on 2025-06-01, following the entry into force between 2024-11-01 and 2025-02-25; with 4 months of notice it can end 2025-10-01 at the earliest.");
  });

  it("names the events whose vague dates straddle the day when it is uncertain", () => {
    const s = agreementStateOn([signed, inForce], null, "2024-12-15");
    expect(s).toMatchObject({ state: "NOT_YET_IN_FORCE", certainty: "UNCERTAIN" });
    expect(s.explanation).toBe(
      "No signing or entry into force is recorded on or before 2024-12-15; the signing (between 2024-11-01 and 2025-02-25) and the entry into force (between 2024-11-01 and 2025-02-25) may fall on either side of 2024-12-15, so this is uncertain.",
    );
    const paused = agreementStateOn([event("agrevent:paused", "PAUSED", month("2024-11", "2024-11-30"))], null, "2024-11-15");
    expect(paused.explanation).toContain("; the pause (2024-11) may fall on either side of 2024-11-15, so this is uncertain.");
  });
});

describe("dateInWords", () => {
  it.each([
    [{ text: "2025-02-25", precision: "DAY", earliest: "2025-02-25", latest: "2025-02-25", approximate: false }, "on 2025-02-25"],
    [{ text: "..2025-02-25", precision: "SPAN", earliest: null, latest: "2025-02-25", approximate: false }, "on or before 2025-02-25"],
    [{ text: "2024-11", precision: "MONTH", earliest: "2024-11-01", latest: "2024-11-30", approximate: false }, "in 2024-11"],
  ] as const)("reads %j as %s", (date, words) => {
    expect(dateInWords(date)).toBe(words);
  });
});
