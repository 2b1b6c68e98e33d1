import { InputError } from "../../lib/errors";
import { quoteContext } from "./quoteContext";

describe("quoteContext", () => {
  const text = "Rubrik\n\n- Från och med vecka 44 sker dagliga möten.\tGruppen har\nförvaltningschefernas   mandat att styra om flöden vid behov. Det är ett sätt.";

  it("finds a quote across line breaks and runs of spaces and returns it with folded context", () => {
    expect(quoteContext(text, "Gruppen har förvaltningschefernas mandat att styra om flöden vid behov.", 12)).toBe(
      "liga möten. Gruppen har förvaltningschefernas mandat att styra om flöden vid behov. Det är ett",
    );
  });

  it("returns just the quote with no context asked, and clips at the start and end of the text", () => {
    expect(quoteContext(text, "Det är ett sätt.", 0)).toBe("Det är ett sätt.");
    expect(quoteContext(text, "Rubrik", 10)).toBe("Rubrik - Från oc");
  });

  it("changes nothing but white space: case, spelling and punctuation must match", () => {
    expect(quoteContext(text, "gruppen har förvaltningschefernas", 5)).toBeNull();
    expect(quoteContext(text, "Det är ett sätt", 0)).toBe("Det är ett sätt");
    expect(quoteContext(text, "   ", 5)).toBeNull();
  });

  it("refuses a negative, fractional or huge length", () => {
    expect(() => quoteContext(text, "Rubrik", -1)).toThrow(InputError);
    expect(() => quoteContext(text, "Rubrik", 1.5)).toThrow(InputError);
    expect(() => quoteContext(text, "Rubrik", 1_000_000)).toThrow(/0 to 5000/);
  });
});
