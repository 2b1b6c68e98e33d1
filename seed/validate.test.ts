/**
 * Each validation rule rejects a bad record with a message naming file, id and
 * field. The cases start from the real seed data and break one thing.
 */
import { type Dataset, type Entry, formatProblem, readDataset } from "./dataset";
import { validateDataset } from "./validate";

const real = readDataset();

/** A deep copy of the real dataset with `change` applied to the record `id`. */
function breaking(id: string, change: (record: Record<string, unknown>) => void): Dataset {
  const copy: Dataset = structuredClone(real);
  const entry = copy.entries.find((e: Entry) => e.record.id === id);
  if (!entry) throw new Error(`no record ${id} in the seed data`);
  change(entry.record);
  return copy;
}

function problemsOf(ds: Dataset): string[] {
  return validateDataset(ds).map(formatProblem);
}

describe("validateDataset", () => {
  it("accepts the curated seed data", () => {
    expect(problemsOf(real)).toEqual([]);
  });

  it.each<[string, string, (r: Record<string, unknown>) => void, RegExp]>([
    ["an unknown field", "org:vgr", (r) => (r.nmae = "x"), /^organizations\.yaml org:vgr \(nmae\): unknown field for Organization/],
    ["a kind outside the list", "org:vgr", (r) => (r.kind = "CITY"), /^organizations\.yaml org:vgr \(kind\): must be one of REGION/],
    ["a missing required field", "person:karin-loostrom-muth", (r) => delete r.name, /^persons\.yaml person:karin-loostrom-muth \(name\): is required/],
    ["a dangling reference", "org:regionstyrelsen", (r) => (r.parent = "org:finns-inte"), /org:regionstyrelsen \(parent\): references org:finns-inte, which does not exist/],
    ["a reference to the wrong type", "org:regionstyrelsen", (r) => (r.parent = "person:karin-loostrom-muth"), /\(parent\): references person:karin-loostrom-muth, a Person; expected Organization/],
    ["a reference to an organisation where a person is expected", "appt:annika-mortensen-programchef-millennium", (r) => (r.person = "org:vgr"), /\(person\): references org:vgr, an Organization; expected Person/],
    ["an impossible partial date", "decision:ny-tidplan-kommuner-sodra-omradet", (r) => (r.decidedOn = "2025-13-45"), /^decisions\.yaml decision:ny-tidplan-kommuner-sodra-omradet \(decidedOn\): "2025-13-45" is not a partial date: month 13/],
    ["an interval that ends before it starts", "appt:annika-mortensen-programchef-millennium", (r) => ((r.validFrom = "2025-03-01"), (r.validTo = "2024-12-31")), /^appointments\.yaml appt:annika-mortensen-programchef-millennium \(validTo\): validTo 2024-12-31 is before validFrom 2025-03-01/],
    ["a valid time that holds on no day (validTo is exclusive)", "appt:annika-mortensen-programchef-millennium", (r) => ((r.validFrom = "2025-03-01"), (r.validTo = "2025-03-01")), /^appointments\.yaml appt:annika-mortensen-programchef-millennium \(validTo\): validTo 2025-03-01 is not after validFrom 2025-03-01: validTo is exclusive/],
    ["a fact without a citation", "org:vgr", (r) => (r.citations = []), /org:vgr \(citations\): every fact needs at least one citation/],
    ["a quote the document does not contain", "org:vgr", (r) => ((r.citations as Array<{ quote: string }>)[0]!.quote = "Västra Götalandsregionen har beslutat att byta till Cosmic."), /org:vgr \(citations\[0\]\.quote\): does not occur in /],
    ["an inference without a reason", "org:vgr", (r) => ((r.certainty = "inferred"), delete r.reason), /org:vgr \(reason\): an inferred fact needs a one-line reason/],
    ["an id of the wrong form", "org:vgr", (r) => (r.id = "org:Västra"), /^organizations\.yaml org:Västra \(id\): must be kind:slug/],
    ["an id with another concept's prefix", "org:vgr", (r) => (r.id = "person:vgr"), /\(id\): an Organization id must start with org: \(person: is for Person\)/],
    ["an id used twice", "org:vgr", (r) => (r.id = "org:regionstyrelsen"), /org:regionstyrelsen \(id\): is used twice/],
    ["a bad notice period", "agreement:pausoverenskommelse-vgr-oracle", (r) => (r.noticePeriod = "fyra månader"), /\(noticePeriod\): must be an ISO 8601 duration/],
    ["an effect outside the list", "decision:ny-tidplan-kommuner-sodra-omradet", (r) => ((r.affects as Array<Record<string, unknown>>)[0]!.effect = "BREAKS"), /\(affects\.effect\): must be one of PAUSES/],
  ])("rejects %s with file, id and field", (_what, id, change, message) => {
    const problems = problemsOf(breaking(id, change));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it("rejects a cycle in the organisation hierarchy", () => {
    const ds = breaking("org:vgr", (r) => (r.parent = "org:regionstyrelsen"));
    expect(problemsOf(ds)).toEqual([expect.stringMatching(/\(parent\): forms a cycle: org:(vgr|regionstyrelsen) → org:(vgr|regionstyrelsen) → org:\1/)]);
  });

  it("rejects a cycle in a mandate chain", () => {
    const root = "mandate:samordningsgruppen-sarskilt-uppdrag";
    const ds = breaking(root, (r) => (r.delegatedFrom = "mandate:samordningsgruppen-forslag-handlingsalternativ"));
    expect(problemsOf(ds)).toEqual([expect.stringMatching(/mandates\.yaml mandate:\S+ \(delegatedFrom\): forms a cycle/)]);
  });

  it("reports every problem at once, not only the first", () => {
    const ds = breaking("org:vgr", (r) => ((r.kind = "CITY"), (r.parent = "org:nowhere")));
    const more = ds.entries.find((e) => e.record.id === "person:karin-loostrom-muth")!;
    delete more.record.name;
    expect(problemsOf(ds)).toHaveLength(3);
  });
});
