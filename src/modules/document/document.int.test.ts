import fs from "node:fs";
import path from "node:path";
import { FixtureGraph, uniquePrefix } from "../../../test/helpers/fixtures";
import { useTestApi } from "../../../test/helpers/suite";
import { SEED_DOCUMENTS_DIR } from "./documentTexts";

const FILE = "001_6c8cf538fd48a3e7.txt";
const QUOTE = "Gruppen har förvaltningschefernas mandat att styra om flöden vid behov.";

describe("Document API against Neo4j", () => {
  const g = new FixtureGraph(uniquePrefix("doc"));
  const stab = g.add("Organization", "stab", { name: "Koncernstab kommunikation", kind: "STAFF" });
  const rso = g.add("Organization", "rso", { name: "RSO Millennium 2024", kind: "WORKING_GROUP" });
  const rapport = g.add("Document", "rapport", {
    title: "Regional rapport Millennium 2024", kind: "report", fileName: FILE, date: "2024-11-05", compiledAt: "2024-11-05T17:30",
    language: "sv", publishedBy: stab, commissionedBy: rso,
  });
  const escape = g.add("Document", "escape", { title: "Utbrytare", kind: "other", fileName: "../../package.json" });
  const kpmg = g.add("Document", "kpmg", { title: "KPMG:s rapport", kind: "evaluation", citations: [{ quote: "KPMG har granskat", doc: rapport }] });
  const mandat = g.add("Mandate", "styra", {
    scope: "styra om flöden vid behov", heldBy: rso,
    citations: [{ doc: rapport, quote: "Gruppen har förvaltningschefernas  mandat\natt styra om flöden vid behov.", locator: "punkt 1" }, { quote: "finns inte i någon text" }],
  });

  const api = useTestApi(g);

  it("returns a document with its full text, date bounds, publisher and commissioner, and both from the other side", async () => {
    const res = await api.gql<Record<string, Record<string, unknown>>>(
      `query($doc: ID!, $stab: ID!, $rso: ID!, $kpmg: ID!) {
         document(id: $doc) { title kind fileName compiledAt language text date { text precision earliest latest }
           publishedBy { ... on Organization { id } } commissionedBy { ... on Organization { id } } }
         stab: organization(id: $stab) { documentsPublished { id } documentsCommissioned { id } }
         rso: organization(id: $rso) { documentsCommissioned { id } }
         kpmg: document(id: $kpmg) { text citations { quote document { id } } } }`,
      { doc: rapport, stab, rso, kpmg },
    );
    expect(res.errors).toBeUndefined();
    const { text, ...rest } = res.data!.document as { text: string };
    expect(text).toBe(fs.readFileSync(path.join(SEED_DOCUMENTS_DIR, FILE), "utf8"));
    expect(rest).toEqual({
      title: "Regional rapport Millennium 2024", kind: "report", fileName: FILE, compiledAt: "2024-11-05T17:30", language: "sv",
      date: { text: "2024-11-05", precision: "DAY", earliest: "2024-11-05", latest: "2024-11-05" },
      publishedBy: { id: stab }, commissionedBy: { id: rso },
    });
    expect(res.data!.stab).toEqual({ documentsPublished: [{ id: rapport }], documentsCommissioned: [] });
    expect(res.data!.rso).toEqual({ documentsCommissioned: [{ id: rapport }] });
    expect(res.data!.kpmg).toEqual({ text: null, citations: [{ quote: "KPMG har granskat", document: { id: rapport } }] });
  });

  it("shows a citation in context, found with white space folded; null when the quote or the text is missing", async () => {
    const res = await api.gql<{ mandate: { citations: Array<{ quote: string; context: string | null; short: string | null }> } }>(
      `query($id: ID!) { mandate(id: $id) { citations { quote context(chars: 40) short: context(chars: 0) } } }`,
      { id: mandat },
    );
    expect(res.errors).toBeUndefined();
    const [inReport, inFixtureDoc] = res.data!.mandate.citations;
    expect(inReport!.short).toBe(QUOTE);
    expect(inReport!.context).toBe(`Operativ samordning produktionschefer. ${QUOTE} Det är ett sätt för samtliga förvaltnin`);
    expect(inFixtureDoc).toEqual({ quote: "finns inte i någon text", context: null, short: null });
  });

  it("says which citations were checked against a text the project holds (verified) and which could not be", async () => {
    const res = await api.gql<{ mandate: { citations: Array<{ quote: string; verified: boolean }> } }>(`query($id: ID!) { mandate(id: $id) { citations { quote verified } } }`, { id: mandat });
    expect(res.errors).toBeUndefined();
    expect(res.data!.mandate.citations.map((c) => c.verified)).toEqual([true, false]);
    expect(res.data!.mandate.citations[1]!.quote).toBe("finns inte i någon text");
    // Every seed citation is checked by the loader, so each one reads as verified.
    const seed = await api.gql<{ decisions: { nodes: Array<{ citations: Array<{ verified: boolean }> }> } }>(`{ decisions(first: 100) { nodes { citations { verified } } } }`);
    const flags = seed.data!.decisions.nodes.flatMap((d) => d.citations.map((c) => c.verified));
    expect(flags.length).toBeGreaterThan(30);
    expect(new Set(flags)).toEqual(new Set([true]));
  });

  it("never reads a file outside seed/documents, whatever fileName the graph holds", async () => {
    const res = await api.gql(`query($id: ID!) { document(id: $id) { fileName text } }`, { id: escape });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ document: { fileName: "../../package.json", text: null } });
  });

  it("refuses a negative context length as bad input", async () => {
    const res = await api.gql(`query($id: ID!) { mandate(id: $id) { citations { context(chars: -1) } } }`, { id: mandat });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
