/**
 * The stored name keys are computed in TypeScript when a node is written and
 * in Cypher by the data migration: both must give the same key, or pages
 * would order migrated and newly written nodes differently. Checked against
 * the real Neo4j, on names with every mapped letter, case and accent.
 */
import { testDriver } from "../../test/helpers/api";
import { collationKeyCypher, collationKeyOf, storedNameKeys } from "./sortKeys";

const NAMES = ["Ängelholm", "Öckerö kommun", "Åmål", "Västra Götalandsregionen", "Édith Piaf", "Müller", "Ærø", "Søndergaard", "Zeta", "alfa", "ALFA", "Åsa Lindqvist Looström"];

describe("stored name keys", () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it("are the same in TypeScript and in Cypher", async () => {
    const session = driver.session();
    try {
      const res = await session.run(`UNWIND $names AS name RETURN name, ${collationKeyCypher("name")} AS key`, { names: NAMES });
      const fromCypher = Object.fromEntries(res.records.map((r) => [r.get("name") as string, r.get("key") as string]));
      expect(fromCypher).toEqual(Object.fromEntries(NAMES.map((n) => [n, collationKeyOf(n)])));
    } finally {
      await session.close();
    }
  });

  it("order Swedish names the Swedish way: å, ä, ö after z, case and accents ignored", () => {
    const sorted = [...NAMES].sort((a, b) => (collationKeyOf(a) < collationKeyOf(b) ? -1 : collationKeyOf(a) > collationKeyOf(b) ? 1 : 0));
    expect(sorted.indexOf("Zeta")).toBeLessThan(sorted.indexOf("Åmål"));
    expect(sorted.indexOf("Åmål")).toBeLessThan(sorted.indexOf("Ängelholm"));
    expect(sorted.indexOf("Ängelholm")).toBeLessThan(sorted.indexOf("Öckerö kommun"));
    expect(collationKeyOf("ALFA")).toBe(collationKeyOf("alfa"));
    expect(collationKeyOf("Édith")).toBe(collationKeyOf("edith"));
  });

  it("are written only for non-empty names", () => {
    expect(storedNameKeys({ name: "Åmål", title: "", role: null, scope: 3 })).toEqual({ nameKey: "{am{al" });
  });
});
