/**
 * `recordX(input, reason)`: a new fact (with its nested records) in one
 * transaction and one change set. The id is given (and must be free) or
 * derived from the name or title; every id the record names is looked up in
 * one statement and the record is checked by the seed validator's rules.
 */
import { CONCEPTS, type ConceptSpec } from "../../domain/concepts";
import { withArticle } from "../../lib/withArticle";
import { type Tx, writeQuery } from "../../neo4j/funnel";
import { requireRole } from "../../server/auth";
import type { GraphQLContext } from "../../server/context";
import { slugify, firstFree } from "./slug";
import { type InputEntry, parentField, toEntries } from "./toRecord";
import { Problems, checkEntries, checkReason, lookupFor, referencedIds } from "./validateWrite";
import { checkCycles } from "./cycles";
import { takenIds } from "./write.cypher";
import type { WriteResultModel } from "./write.model";
import { recordChangeSet, rowsOf, writeRows } from "./writeRows";
import { afterWrite } from "./afterWrite";

/** What an id is derived from when none is given. */
function slugSource(entry: InputEntry, parentId: string | undefined): string {
  const r = entry.record;
  const tail = (v: unknown) => (typeof v === "string" ? v.slice(v.indexOf(":") + 1) : "");
  switch (entry.concept.label) {
    case "Appointment":
      return `${tail(r.person)} ${String(r.role ?? "")}`;
    case "Membership":
      return `${tail(r.member)} ${tail(r.group)}`;
    case "AgreementParty":
      return `${tail(parentId)} ${tail(r.party)}`;
    case "AgreementEvent":
      return `${tail(parentId)} ${String(r.kind ?? "")}`;
    default:
      return String(r.name ?? r.title ?? r.label ?? r.scope ?? "");
  }
}

/**
 * Gives every entry its id: a given one is kept (checked later: form, prefix,
 * free), the others are derived from a name or title, `-2`, `-3` … when taken.
 * The record's own id first, then its nested records', which follow it.
 * Returns the given ids.
 */
async function assignIds(tx: Tx, entries: InputEntry[], parentOf: Map<InputEntry, InputEntry>, parentId: string | undefined, problems: Problems): Promise<string[]> {
  const given: string[] = [];
  for (const e of entries) {
    const id = e.record.id;
    if (typeof id !== "string") continue;
    if (given.includes(id)) problems.add(`${e.path}.id`, `${id} is given twice in the input`);
    given.push(id);
  }
  const assigned = new Set(given);
  for (const group of [entries.filter((e) => !parentOf.has(e)), entries.filter((e) => parentOf.has(e))]) {
    const derive = group.filter((e) => e.record.id === undefined || e.record.id === null);
    if (derive.length === 0) continue;
    const bases = derive.map((e) => {
      const owner = parentOf.get(e)?.record.id;
      const slug = slugify(slugSource(e, typeof owner === "string" ? owner : parentId));
      return `${e.concept.prefix}:${slug || e.concept.prefix}`;
    });
    const taken = await takenIds(tx, bases);
    for (const id of assigned) taken.add(id);
    derive.forEach((e, i) => {
      const id = firstFree(bases[i]!, taken);
      taken.add(id);
      assigned.add(id);
      e.record.id = id;
    });
  }
  for (const [child, owner] of parentOf) child.parentId = owner.record.id as string;
  return given;
}

export async function recordFact(ctx: GraphQLContext, conceptName: string, input: Record<string, unknown>, reason: string): Promise<WriteResultModel> {
  const user = requireRole(ctx, "editor");
  const concept: ConceptSpec = CONCEPTS[conceptName]!;
  const { entries, parentOf } = toEntries(concept, input);
  const top = entries[0]!;
  const problems = new Problems();
  checkReason(reason, problems);
  // A standalone agreement party or event names its agreement; nested ones belong to the record.
  const parent = parentField(concept);
  let parentId: string | undefined;
  if (parent) {
    const named = top.record[parent.field];
    delete top.record[parent.field];
    if (typeof named !== "string") problems.add(`input.${parent.field}`, `is required: the ${parent.field} this belongs to`);
    else {
      parentId = named;
      top.parentId = named;
      top.parentRel = parent.rel;
    }
  }
  for (const [entry] of parentOf) {
    const given = entry.record[parent?.field ?? ""];
    if (given !== undefined) problems.add(`${entry.path}.${parent?.field}`, "must be omitted: a nested record belongs to the record it is nested in");
  }
  problems.throwIfAny();

  const result = await writeQuery(ctx.scope, `record${conceptName}`, async (tx) => {
    const now = new Date().toISOString();
    const given = await assignIds(tx, entries, parentOf, parentId, problems);
    const { info, lookup } = await lookupFor(tx, referencedIds(entries, [...given, ...(parentId ? [parentId] : [])]));
    for (const e of entries) {
      const id = e.record.id;
      if (typeof id === "string" && given.includes(id) && info.get(id)?.label) problems.add(`${e.path}.id`, `${id} is taken (by ${withArticle(info.get(id)!.label!)})`);
    }
    if (parentId !== undefined && parent) {
      const found = lookup(parentId);
      if (!found) problems.add(`input.${parent.field}`, `references ${parentId}, which does not exist`);
      else if (found.label !== "Agreement") problems.add(`input.${parent.field}`, `references ${parentId}, ${withArticle(found.label)}; expected Agreement`);
    }
    checkEntries(entries, lookup, problems);
    problems.throwIfAny();

    await writeRows(tx, rowsOf(entries), now);
    await checkCycles(tx, entries.map((e) => ({ id: e.record.id as string, label: e.concept.label })));
    const changeSet = await recordChangeSet(
      tx,
      user.subject,
      reason,
      now,
      entries.map((e) => ({ storedId: e.record.id as string, id: e.record.id as string, action: "created" as const, version: 1, type: e.concept.label })),
    );
    return { id: top.record.id as string, version: 1, retracted: false, changeSet };
  });
  afterWrite(ctx);
  return result;
}
