/**
 * APOC core is loaded into the embedded Neo4j (neo4j/pom.xml copies it into the
 * plugins directory; the launcher points plugin_dir there). The benchmarks'
 * @neo4j/graphql comparison needs it.
 */
import { testDriver } from "../helpers/api";

describe("APOC core in the embedded Neo4j", () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it("answers apoc.version() with a 5.26 release", async () => {
    const { records } = await driver.executeQuery("RETURN apoc.version() AS version");
    expect(records[0]!.get("version")).toMatch(/^5\.26\.\d+$/);
  });

  it("runs APOC procedures, not only functions", async () => {
    const { records } = await driver.executeQuery("CALL apoc.help('apoc.cypher.runFirstColumn') YIELD name RETURN collect(name) AS names");
    expect(records[0]!.get("names")).toEqual(expect.arrayContaining(["apoc.cypher.runFirstColumnSingle"]));
  });
});
