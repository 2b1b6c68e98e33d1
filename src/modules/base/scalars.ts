/**
 * The custom scalars of schema/base.graphql. Inputs are validated here, so a
 * malformed date is a BAD_USER_INPUT that names the value, never a 500.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { PartialDateError, parsePartialDate } from "../../lib/partialDate";

function stringScalar(name: string, description: string, check: (s: string) => string): GraphQLScalarType {
  const parse = (value: unknown): string => {
    if (typeof value !== "string") throw new GraphQLError(`${name} must be a string, got ${JSON.stringify(value)}`);
    return check(value);
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (v) => v,
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string literal`, { nodes: [ast] });
      return parse(ast.value);
    },
  });
}

export const DateScalar = stringScalar("Date", "A calendar day, ISO 8601 YYYY-MM-DD.", (s) => {
  try {
    const d = parsePartialDate(s);
    if (d.precision === "DAY") return d.text;
  } catch {
    // fall through to the uniform message below
  }
  throw new GraphQLError(`"${s}" is not a valid Date: expected an existing day as YYYY-MM-DD`);
});

export const PartialDateScalar = stringScalar("PartialDate", "A date as precise as the source gives it.", (s) => {
  try {
    return parsePartialDate(s).text;
  } catch (e) {
    throw new GraphQLError(e instanceof PartialDateError ? e.message : String(e));
  }
});

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
export const DurationScalar = stringScalar("Duration", "An ISO 8601 duration such as P4M.", (s) => {
  if (!DURATION.test(s)) throw new GraphQLError(`"${s}" is not an ISO 8601 duration such as P4M or P30D`);
  return s;
});
