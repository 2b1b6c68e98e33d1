/**
 * `nodeProps` against Neo4j: for a node of every concept, with every date
 * field set and the search text stored, the projection over all labels (one
 * branch per set of date fields) returns exactly what the projection for the
 * node's own label returns: every property, date bounds as ISO strings, and
 * no search text.
 */
import { CONCEPTS } from "../domain/concepts";
import { storedPartialDate } from "../domain/storedDate";
import { parsePartialDate } from "../lib/partialDate";
import { testDriver } from "../../test/helpers/api";
import { removePrefix, uniquePrefix } from "../../test/helpers/fixtures";
import { readQuery, systemScope, writeQuery } from "./funnel";
import { nodeProps } from "./project";

describe("nodeProps over every label", () => {
  const driver = testDriver();
  const scope = systemScope({ driver, database: undefined }, "project-test");
  const prefix = uniquePrefix("project");
  const labels = Object.keys(CONCEPTS);

  beforeAll(async () => {
    await writeQuery(scope, "project-fixture", async (tx) => {
      for (const label of labels) {
        const spec = CONCEPTS[label]!;
        const props: Record<string, unknown> = { id: `${spec.prefix}:${prefix}-${label}`, note: `a ${label}`, searchText: "hemlig", searchTextFolded: "hemlig" };
        for (const [field, type] of Object.entries(spec.fields)) if (type.kind === "date") Object.assign(props, storedPartialDate(field, parsePartialDate("2024-11")));
        await tx.run(`CREATE (n:Entity:${label}) SET n = $props`, { props });
      }
    });
  });
  afterAll(async () => {
    await removePrefix(scope, prefix);
    await driver.close();
  });

  it.each(labels)("reads a %s the same through the all-labels projection as through its own", async (label) => {
    const id = `${CONCEPTS[label]!.prefix}:${prefix}-${label}`;
    const [row] = await readQuery(scope, "project-read", (tx) =>
      tx.run<{ any: Record<string, unknown>; own: Record<string, unknown> }>(
        `MATCH (n:Entity {id: $id}) RETURN ${nodeProps("n")} AS any, ${nodeProps("n", label)} AS own`,
        { id },
      ),
    );
    expect(row!.any).toEqual(row!.own);
    expect(row!.any.id).toBe(id);
    expect(row!.any.note).toBe(`a ${label}`);
    expect(row!.any.searchText).toBeNull();
    expect(row!.any.searchTextFolded).toBeNull();
    for (const [field, type] of Object.entries(CONCEPTS[label]!.fields)) {
      if (type.kind !== "date") continue;
      expect(row!.any[`${field}Earliest`]).toBe("2024-11-01");
      expect(row!.any[`${field}Latest`]).toBe("2024-11-30");
    }
  });

  it("gives null for a missing node", async () => {
    const [row] = await readQuery(scope, "project-null", (tx) => tx.run<{ any: unknown }>(`OPTIONAL MATCH (n:Entity {id: 'nope:nothing'}) RETURN ${nodeProps("n")} AS any`));
    expect(row!.any).toBeNull();
  });
});
