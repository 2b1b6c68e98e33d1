/**
 * The seed loader against the real Neo4j. globalSetup has loaded the seed data
 * once; these tests load it again and try to load broken data.
 */
import { startTestApi, type TestApi } from "../test/helpers/api";
import { dumpSeedGraph } from "../test/helpers/graphDump";
import { type Dataset, readDataset } from "./dataset";
import { SeedValidationError, loadSeed } from "./load";

describe("loadSeed", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

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

  it("retracts, never deletes, a record that disappears from the files", async () => {
    const seed = readDataset();
    const extraId = `org:t${Date.now().toString(36)}-borttagen`;
    const withExtra: Dataset = structuredClone(seed);
    const template = withExtra.entries.find((e) => e.record.id === "org:vgr")!;
    withExtra.entries.push({ ...template, record: { ...template.record, id: extraId, name: "Borttagen nämnd", aliases: [], parent: "org:vgr" } });

    const first = await loadSeed(api.scope, { dataset: withExtra });
    expect(first.status).toBe("loaded");
    expect((await api.gql<{ organization: { name: string } | null }>(`{ organization(id: "${extraId}") { name } }`)).data).toEqual({ organization: { name: "Borttagen nämnd" } });

    const back = await loadSeed(api.scope, { dataset: seed });
    expect(back.status).toBe("loaded");
    expect(back.changeSetId).not.toBe(first.changeSetId);
    expect((await api.gql(`{ organization(id: "${extraId}") { name } }`)).data).toEqual({ organization: null });
    const stored = await api.scope.db.driver.executeQuery(
      "MATCH (n:Entity {id: $id})-[r:PART_OF]->() RETURN n.retractedAt IS NOT NULL AS retracted, r.retractedAt IS NOT NULL AS relRetracted",
      { id: extraId },
    );
    expect(stored.records.map((r) => r.toObject())).toEqual([{ retracted: true, relRetracted: true }]);
    await api.scope.db.driver.executeQuery("MATCH (n:Entity {id: $id}) DETACH DELETE n", { id: extraId });
  });
});
