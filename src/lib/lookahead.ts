/**
 * Look-ahead into the selection set: does the operation ask for a field below
 * the one being resolved? Lets a resolver fetch less from Neo4j when the
 * fields that need more are not asked for. Fragments and inline fragments
 * count (whatever their type condition); directives (@skip/@include) are not
 * evaluated, so a conditional field counts as asked: the answer may fetch more
 * than needed, never less.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

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
