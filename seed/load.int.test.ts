/**
 * The seed loader against the real Neo4j. globalSetup has loaded the seed data
 * once; these tests load it again and try to load broken data.
 */
import { useTestApi } from "../test/helpers/suite";
import { dumpSeedGraph } from "../test/helpers/graphDump";
import { type Dataset, readDataset } from "./dataset";
import { SeedValidationError, loadSeed } from "./load";

describe("loadSeed", () => {
  const api = useTestApi();

  it("reports the seed data already loaded as unchanged, without writing", async () => {
    const result = await loadSeed(api.scope);
    expect(result.status).toBe("unchanged");
    expect(result.writeMs).toBe(0);
  });

  it("leaves exactly the same nodes and relationships when it writes the same data again", async () => {
    const before = await dumpSeedGraph(api.scope);
    expect(before.nodes.length).toBeGreaterThan(500);
    const result = await loadSeed(api.scope, { force: true });
    expect(result.status).toBe("loaded");
    const after = await dumpSeedGraph(api.scope);
    expect(after).toEqual(before);
  });

  it("writes nothing when one record is bad, and names its file and id", async () => {
    const before = await dumpSeedGraph(api.scope);
    const ds: Dataset = structuredClone(readDataset());
    // A new, valid-looking organisation plus one broken reference elsewhere: neither may land.
    ds.entries.push({ ...ds.entries.find((e) => e.record.id === "org:vgr")!, record: { ...ds.entries.find((e) => e.record.id === "org:vgr")!.record, id: "org:ny-testnamnd", name: "Ny testnämnd" } });
    ds.entries.find((e) => e.record.id === "decision:regionstyrelsen-extern-styrgrupp")!.record.decidedBy = ["org:finns-inte"];
    const err = await loadSeed(api.scope, { dataset: ds, force: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedValidationError);
    expect((err as SeedValidationError).problems).toEqual([
      { file: "decisions.yaml", id: "decision:regionstyrelsen-extern-styrgrupp", field: "decidedBy", message: "references org:finns-inte, which does not exist" },
    ]);
    expect(await dumpSeedGraph(api.scope)).toEqual(before);
    const res = await api.gql<{ organization: null }>('{ organization(id: "org:ny-testnamnd") { id } }');
    expect(res.data).toEqual({ organization: null });
  });

  it("retracts, never deletes, a record that disappears from the files, among facts of its own source only", async () => {
    // A small dataset of its own source, so the real seed (which other suites read and
    // compare) is never touched: a document and two organisations citing it.
    const real = readDataset();
    const p = `t${Date.now().toString(36)}`;
    const source = `test-${p}`;
    const docTemplate = real.entries.find((e) => e.record.id === "doc:regional-rapport-2024-11-05")!;
    const orgTemplate = real.entries.find((e) => e.record.id === "org:vgr")!;
    const citations = [{ doc: `doc:${p}-rapport`, quote: "Regional rapport Millennium 2024", locator: "rubrik" }];
    const org = (slug: string, name: string) => ({ ...orgTemplate, record: { id: `org:${p}-${slug}`, name, kind: "BOARD", parent: `org:${p}-region`, citations } });
    const both: Dataset = {
      entries: [
        { ...docTemplate, record: { id: `doc:${p}-rapport`, title: "Testkopia", kind: "report", fileName: docTemplate.record.fileName } },
        { ...orgTemplate, record: { id: `org:${p}-region`, name: "Testregion", kind: "REGION", citations } },
        org("kvar", "Kvarvarande nämnd"),
        org("borttagen", "Borttagen nämnd"),
      ],
      texts: real.texts,
      problems: [],
    };
    const seedBefore = await dumpSeedGraph(api.scope);
    const first = await loadSeed(api.scope, { dataset: both, source });
    expect(first.status).toBe("loaded");
    expect((await api.gql(`{ organization(id: "org:${p}-borttagen") { name } }`)).data).toEqual({ organization: { name: "Borttagen nämnd" } });

    const fewer: Dataset = { ...both, entries: both.entries.filter((e) => e.record.id !== `org:${p}-borttagen`) };
    const second = await loadSeed(api.scope, { dataset: fewer, source });
    expect(second.status).toBe("loaded");
    expect(second.changeSetId).not.toBe(first.changeSetId);
    expect((await api.gql(`{ organization(id: "org:${p}-borttagen") { name } }`)).data).toEqual({ organization: null });
    expect((await api.gql(`{ organization(id: "org:${p}-kvar") { name } }`)).data).toEqual({ organization: { name: "Kvarvarande nämnd" } });
    const stored = await api.scope.db.driver.executeQuery(
      "MATCH (n:Entity {id: $id})-[r:PART_OF]->() RETURN n.retractedAt IS NOT NULL AS retracted, r.retractedAt IS NOT NULL AS relRetracted",
      { id: `org:${p}-borttagen` },
    );
    expect(stored.records.map((r) => r.toObject())).toEqual([{ retracted: true, relRetracted: true }]);
    // The curated seed is exactly as it was: another source's load retracts nothing of it.
    expect(await dumpSeedGraph(api.scope)).toEqual(seedBefore);
    await api.scope.db.driver.executeQuery(
      "MATCH (n) WHERE n.seedSource = $source OR (n:ChangeSet AND n.source = $source) DETACH DELETE n",
      { source },
    );
  });
});
