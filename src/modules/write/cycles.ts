/**
 * No cycles in the hierarchies the domain model keeps acyclic: PART_OF
 * (organisations), DELEGATED_FROM (mandate chains), SUPERSEDES (decisions).
 * Checked in Cypher after the write, inside the same transaction, so the check
 * sees exactly what would be committed; a cycle rolls everything back.
 */
import { CONCEPTS } from "../../domain/concepts";
import { InputError } from "../../lib/errors";
import type { Tx } from "../../neo4j/funnel";
import { findCycle } from "./write.cypher";

const ACYCLIC: Array<{ label: string; field: string }> = [
  { label: "Organization", field: "parent" },
  { label: "Mandate", field: "delegatedFrom" },
  { label: "Decision", field: "supersedes" },
];

export async function checkCycles(tx: Tx, written: ReadonlyArray<{ id: string; label: string }>, path = "input"): Promise<void> {
  for (const { id, label } of written) {
    for (const a of ACYCLIC.filter((x) => x.label === label)) {
      const rel = CONCEPTS[a.label]!.refs[a.field]!.rel;
      const cycle = await findCycle(tx, id, rel);
      if (cycle) {
        const problem = { path: `${path}.${a.field}`, message: `forms a cycle: ${cycle.join(" → ")}` };
        throw new InputError(`Nothing was written: ${problem.path}: ${problem.message}`, { problems: [problem] });
      }
    }
  }
}
