/**
 * Where in the operation a literal value sits, for validation errors about it.
 * GraphQL's own check of literals (ValuesOfCorrectTypeRule) reports a bad
 * value by line and column only ("Expected value of type PartialDate, found
 * \"2025-02-30\"…"), while the same value sent as a variable is named by its
 * path ("at \"in.decidedOn\""). This finds the field and argument path of the
 * reported value node, so formatError.ts can name it the same way:
 * `recordDecision(input.decidedOn)`, `decisions(filter.from)`,
 * `recordAgreement(input.events[1].date)`.
 */
import { type ASTNode, type ArgumentNode, type GraphQLError, type ValueNode, Kind, parse, visit } from "graphql";

const VALUE_KINDS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.NULL, Kind.LIST, Kind.OBJECT]);

/** The path of the value starting at `offset` within `value`, or null when it is not in there. */
function pathIn(value: ValueNode, offset: number, path: string): string | null {
  if (value.loc?.start === offset && VALUE_KINDS.has(value.kind)) return path;
  if (value.kind === Kind.OBJECT) {
    for (const f of value.fields) {
      const found = pathIn(f.value, offset, `${path}.${f.name.value}`);
      if (found) return found;
    }
  } else if (value.kind === Kind.LIST) {
    for (let i = 0; i < value.values.length; i++) {
      const found = pathIn(value.values[i]!, offset, `${path}[${i}]`);
      if (found) return found;
    }
  }
  return null;
}

/** `field(argument.path)` for the literal value a validation error points at; null when it points at something else. */
export function literalValuePath(error: GraphQLError): string | null {
  const node: ASTNode | undefined = error.nodes?.[0];
  const offset = node?.loc?.start;
  if (!node || offset === undefined || !VALUE_KINDS.has(node.kind) || !error.source) return null;
  let found: string | null = null;
  const within = (args: readonly ArgumentNode[] | undefined, label: string) => {
    for (const arg of args ?? []) {
      const path = pathIn(arg.value, offset, arg.name.value);
      if (path) return `${label}(${path})`;
    }
    return null;
  };
  try {
    visit(parse(error.source), {
      Field(field) {
        found ??= within(field.arguments, field.name.value);
      },
      Directive(directive) {
        found ??= within(directive.arguments, `@${directive.name.value}`);
      },
    });
  } catch {
    return null; // the document no longer parses as it did: say nothing rather than something wrong
  }
  return found;
}
