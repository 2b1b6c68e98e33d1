/**
 * `correctX(id, input, expectedVersion, reason)` and `addCitation(factId,
 * citation, reason)`: a new version of a fact in one transaction and one
 * change set (rule 5, see supersede.ts). A correction restates the record
 * (its fields and its references: those relationships come from the input);
 * everything else the old version had (incoming references, citations, an
 * agreement's parties and events) carries over. Citations in the input are
 * added to the ones it has.
 */
import { CONCEPTS, type ConceptSpec } from "../../domain/concepts";
import { checkCitations } from "../../../seed/validate";
import { writeQuery } from "../../neo4j/funnel";
import { requireRole } from "../../server/auth";
import type { GraphQLContext } from "../../server/context";
import { afterWrite } from "./afterWrite";
import { checkCycles } from "./cycles";
import { copyRels, inheritedProps, lockCurrent, retireVersion } from "./supersede";
import { type InputEntry, parentField, toSeedRecord } from "./toRecord";
import { Problems, checkEntries, checkReason, documentTexts, lookupFor, referencedIds } from "./validateWrite";
import { fieldChanges } from "./fieldChanges";
import { type RelRow, createNodes, createRels, currentRels, currentVersion } from "./write.cypher";
import type { WriteResultModel } from "./write.model";
import { recordChangeSet, rowsOf, writeRows } from "./writeRows";

type Citation = { doc: string; quote: string; locator?: string; nameAsWritten?: string };

const sameCitation = (a: Citation, b: Citation) => a.doc === b.doc && a.quote === b.quote && (a.locator ?? null) === (b.locator ?? null);

function citationsOf(rels: readonly RelRow[]): Citation[] {
  return rels
    .filter((r) => r.out && r.type === "SUPPORTED_BY")
    .map((r) => ({ doc: r.otherId, quote: String(r.props.quote ?? ""), ...(typeof r.props.locator === "string" ? { locator: r.props.locator } : {}) }));
}

/** The relationship types a record's own reference fields store: a correction restates them. */
function ownRels(concept: ConceptSpec): Set<string> {
  return new Set(Object.values(concept.refs).map((r) => r.rel));
}

export async function correctFact(
  ctx: GraphQLContext,
  conceptName: string,
  id: string,
  input: Record<string, unknown>,
  expectedVersion: number,
  reason: string,
): Promise<WriteResultModel> {
  const user = requireRole(ctx, "editor");
  const concept = CONCEPTS[conceptName]!;
  const problems = new Problems();
  checkReason(reason, problems);
  const record = toSeedRecord(concept, input);
  for (const field of Object.keys(concept.nested ?? {})) {
    if (Array.isArray(record[field]) && (record[field] as unknown[]).length > 0) {
      problems.add(`input.${field}`, `must be empty when correcting: record or correct each with record${concept.nested![field]!.concept} / correct${concept.nested![field]!.concept}`);
    }
    delete record[field];
  }
  const parent = parentField(concept);
  if (record.id !== undefined && record.id !== id) problems.add("input.id", `must be omitted or ${id}: a correction keeps the id`);
  problems.throwIfAny();

  const result = await writeQuery(ctx.scope, `correct${conceptName}`, async (tx) => {
    const now = new Date().toISOString();
    const old = await lockCurrent(tx, id, concept.label, expectedVersion);
    const rels = await currentRels(tx, old.eid);
    // A party or event stays with its agreement: the relationship carries over.
    if (parent) {
      const current = rels.find((r) => r.out && r.type === parent.rel)?.otherId;
      if (record[parent.field] !== undefined && record[parent.field] !== current) problems.add(`input.${parent.field}`, `must be omitted or ${current}: it stays with its ${parent.field}`);
      delete record[parent.field];
    }
    const given = (record.citations as Citation[] | undefined) ?? [];
    const existing = citationsOf(rels);
    const entry: InputEntry = { file: "input", concept, record: { ...record, id, citations: given.length ? given : existing }, path: "input" };
    const { lookup } = await lookupFor(tx, referencedIds([entry]));
    checkEntries([entry], lookup, problems);
    problems.throwIfAny();

    const storedAs = await retireVersion(tx, old, now);
    const rows = rowsOf([{ ...entry, record: { ...entry.record, citations: given.filter((c) => !existing.some((e) => sameCitation(e, c))) } }], () => old.version + 1);
    await writeRows(tx, rows, now);
    const own = ownRels(concept);
    await copyRels(tx, id, rels.filter((r) => !(r.out && own.has(r.type))), now);
    await checkCycles(tx, [{ id, label: concept.label }]);
    const written = (await currentVersion(tx, id))!;
    const changes = fieldChanges(concept, { props: old.props, rels }, { props: written.props, rels: await currentRels(tx, written.eid) });
    const changeSet = await recordChangeSet(tx, user.subject, reason, now, [
      { storedId: storedAs, id, action: "superseded", version: old.version, type: concept.label },
      { storedId: id, id, action: "created", version: old.version + 1, type: concept.label },
    ]);
    return { id, version: old.version + 1, retracted: false, changeSet, changes };
  });
  afterWrite(ctx);
  return result;
}

export async function addCitation(ctx: GraphQLContext, factId: string, citation: Record<string, unknown>, reason: string): Promise<WriteResultModel> {
  const user = requireRole(ctx, "editor");
  const problems = new Problems();
  checkReason(reason, problems);
  problems.throwIfAny();
  const cited = toSeedRecord(CONCEPTS.Document!, { citations: [citation] }).citations as Citation[];

  const result = await writeQuery(ctx.scope, "addCitation", async (tx) => {
    const now = new Date().toISOString();
    const old = await lockCurrent(tx, factId, null, null);
    const concept = Object.values(CONCEPTS).find((c) => c.label === old.label);
    if (!concept) throw new Error(`no concept for label ${old.label}`);
    const rels = await currentRels(tx, old.eid);
    const entry: InputEntry = { file: "input", concept, record: { id: factId, citations: cited }, path: "" };
    const { lookup } = await lookupFor(tx, referencedIds([entry]));
    checkCitations(entry, lookup, documentTexts(), (_e, field, message) => problems.add(field!.replace(/^citations\[0\]/, "citation").replace(/\.doc$/, ".documentId"), message), {
      uncheckableCitation: "accept",
    });
    if (citationsOf(rels).some((e) => sameCitation(e, cited[0]!))) problems.add("citation", `${factId} already has this citation`);
    problems.throwIfAny();

    const storedAs = await retireVersion(tx, old, now);
    await createNodes(tx, old.label, [{ props: { ...inheritedProps(old.props), id: factId, version: old.version + 1 } }], now);
    await copyRels(tx, factId, rels, now);
    const c = cited[0]!;
    await createRels(tx, "SUPPORTED_BY", [{ from: factId, to: c.doc, props: { quote: c.quote, locator: c.locator ?? null, nameAsWritten: c.nameAsWritten ?? null } }], now);
    const changeSet = await recordChangeSet(tx, user.subject, reason, now, [
      { storedId: storedAs, id: factId, action: "superseded", version: old.version, type: old.label },
      { storedId: factId, id: factId, action: "created", version: old.version + 1, type: old.label },
    ]);
    return { id: factId, version: old.version + 1, retracted: false, changeSet };
  });
  afterWrite(ctx);
  return result;
}
