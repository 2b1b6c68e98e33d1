/**
 * Look-ahead into the selection set: does the operation ask for a field below
 * the one being resolved? Lets a resolver fetch less from Neo4j when the
 * fields that need more are not asked for. Fragments and inline fragments
 * count (whatever their type condition); directives (@skip/@include) are not
 * evaluated, so a conditional field counts as asked: the answer may fetch more
 * than needed, never less.
 */
import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode, valueFromASTUntyped } from "graphql";

function fieldsNamed(sets: readonly SelectionSetNode[], name: string, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === "Field") {
        if (sel.name.value === name) found.push(sel);
      } else if (sel.kind === "InlineFragment") {
        visit(sel.selectionSet);
      } else {
        const frag = fragments[sel.name.value];
        if (frag && !seen.has(frag.name.value)) {
          seen.add(frag.name.value);
          visit(frag.selectionSet);
        }
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/** The names of the fields selected directly below `path` (below the current field), across fragments; null when `path` is not selected. */
export function fieldsUnder(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: readonly string[]): Set<string> | null {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = fieldsNamed(level.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])), name, info.fragments);
    if (level.length === 0) return null;
  }
  const names = new Set<string>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === "Field") names.add(sel.name.value);
      else if (sel.kind === "InlineFragment") visit(sel.selectionSet, seen);
      else {
        const frag = info.fragments[sel.name.value];
        if (frag && !seen.has(frag.name.value)) {
          seen.add(frag.name.value);
          visit(frag.selectionSet, seen);
        }
      }
    }
  };
  for (const f of level) if (f.selectionSet) visit(f.selectionSet, new Set());
  return names;
}

/** True when `path` (field names below the current field) is selected anywhere in the operation's selection of this field. */
export function selects(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: readonly string[]): boolean {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    const sets = level.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    level = fieldsNamed(sets, name, info.fragments);
    if (level.length === 0) return false;
  }
  return true;
}

/**
 * The values of argument `arg` on each selection of `path` (below the current
 * field), variables substituted: undefined where a selection omits it. Null
 * when `path` is not selected at all.
 */
export function argumentValues(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "variableValues">, path: readonly string[], arg: string): unknown[] | null {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = fieldsNamed(level.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])), name, info.fragments);
    if (level.length === 0) return null;
  }
  return level.map((f) => {
    const node = f.arguments?.find((a) => a.name.value === arg);
    return node ? valueFromASTUntyped(node.value, info.variableValues) : undefined;
  });
}
