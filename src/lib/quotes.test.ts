import { findQuote, foldWhitespace } from "./quotes";

describe("findQuote: a citation's quote in its document, white space folded, as whole words", () => {
  const text = foldWhitespace("Loggning och Logg.\n  Beslut om  paus,\tOracle (SU 57) – klart.");

  it("finds a quote across folded white space", () => {
    expect(findQuote(text, "Beslut om paus,\nOracle")).toBe(text.indexOf("Beslut"));
  });

  it("refuses a quote that stands only inside a longer word, and finds its later whole occurrence", () => {
    expect(findQuote(text, "Logg")).toBe(text.indexOf("Logg."));
    expect(findQuote(text, "oggning")).toBe(-1);
    expect(findQuote(text, "a")).toBe(-1);
    expect(findQuote(text, "Orac")).toBe(-1);
  });

  it("lets punctuation at either end of a quote meet anything", () => {
    expect(findQuote(text, "(SU 57)")).toBe(text.indexOf("(SU 57)"));
    expect(findQuote(text, "SU 57")).toBe(text.indexOf("SU 57"));
    expect(findQuote(text, "– klart.")).toBe(text.indexOf("– klart."));
  });

  it("finds nothing for an empty or blank quote", () => {
    expect(findQuote(text, "")).toBe(-1);
    expect(findQuote(text, " \n ")).toBe(-1);
  });
});
