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
});
