/**
 * The custom scalars of schema/base.graphql. Inputs are validated here, so a
 * malformed date is a BAD_USER_INPUT that names the value, never a 500.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { PartialDateError, parsePartialDate } from "../../lib/partialDate";

/**
 * A string literal in the query, parsed by `parse`. graphql-js's validation
 * (ValuesOfCorrectTypeRule) reports a GraphQLError from parseLiteral as it is,
 * so the error must carry the literal itself: without it the client gets no
 * `locations` and cannot tell which argument was refused.
 */
function parseStringLiteral<T>(name: string, ast: ValueNode, parse: (s: string) => T): T {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string literal`, { nodes: ast });
  try {
    return parse(ast.value);
  } catch (e) {
    if (e instanceof GraphQLError && !e.nodes) throw new GraphQLError(e.message, { nodes: ast, extensions: e.extensions });
    throw e;
  }
}

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
    parseLiteral: (ast: ValueNode) => parseStringLiteral(name, ast, parse),
  });
}

/**
 * The years a Date may have: lib/partialDate.ts refuses the others (four
 * digits, none below 1000; its day arithmetic uses Date.UTC, which reads years
 * 0–99 as 1900–1999). A refusal says so rather than call the day nonexistent.
 */
export const DATE_YEARS = { min: 1000, max: 9999 } as const;

export const DateScalar = stringScalar("Date", "A calendar day, ISO 8601 YYYY-MM-DD.", (s) => {
  try {
    const d = parsePartialDate(s);
    if (d.precision === "DAY") return d.text;
  } catch {
    // fall through to the uniform messages below
  }
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(s.trim())?.[1];
  // Four digits cannot pass the maximum: only years below it are left to name.
  if (year !== undefined && +year < DATE_YEARS.min) {
    throw new GraphQLError(`"${s}" is not a valid Date: the year must be ${DATE_YEARS.min}–${DATE_YEARS.max}`);
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

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant with an offset (record time, `knownAt`), normalised to UTC with
 * milliseconds, the precision record times are written with. A day that does not
 * exist (`2025-02-30T…`) or a time without an offset is refused.
 */
export function parseDateTime(s: string): string {
  const m = DATE_TIME.exec(s);
  const t = m ? Date.parse(s.replace(/(\.\d{3})\d+/, "$1")) : NaN;
  if (!m || Number.isNaN(t)) throw new GraphQLError(`"${s}" is not a valid DateTime: expected ISO 8601 with an offset, e.g. 2025-05-01T12:00:00Z`);
  const [, y, mo, d, h, mi, sec] = m;
  const shifted = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(sec ?? 0)));
  if (shifted.getUTCDate() !== +d! || shifted.getUTCMonth() !== +mo! - 1 || shifted.getUTCHours() !== +h! || shifted.getUTCMinutes() !== +mi!) {
    throw new GraphQLError(`"${s}" is not a valid DateTime: no such day or time`);
  }
  return new Date(t).toISOString();
}

/** A stored record time (`2025-05-01T12:00:00.123000000Z` from Neo4j) as ISO 8601 in UTC, milliseconds. */
export function serializeDateTime(v: unknown): string {
  if (typeof v !== "string") throw new GraphQLError("DateTime cannot represent a non-string value");
  const t = Date.parse(v.replace(/(\.\d{3})\d+/, "$1").replace(/\[.*\]$/, ""));
  return Number.isNaN(t) ? v : new Date(t).toISOString();
}

/** How far ahead of this server's clock an input instant may be: other clocks (a client's, another instance's) run a little apart. */
export const CLOCK_SKEW_MS = 60_000;

/**
 * An input instant, which is always a moment of record time (`knownAt`): one
 * in the future is refused, since what the graph will have recorded then is
 * not known and the answer would change with every write until then.
 */
export function parseInputDateTime(s: string, now = Date.now()): string {
  const iso = parseDateTime(s);
  if (Date.parse(iso) > now + CLOCK_SKEW_MS) {
    throw new GraphQLError(`"${s}" is in the future: a DateTime argument (knownAt) reads what the graph had recorded by a moment that has passed`);
  }
  return iso;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: "An instant, ISO 8601 with a time zone offset. As an argument (knownAt) it must not be in the future.",
  serialize: serializeDateTime,
  parseValue: (value: unknown) => {
    if (typeof value !== "string") throw new GraphQLError(`DateTime must be a string, got ${JSON.stringify(value)}`);
    return parseInputDateTime(value);
  },
  parseLiteral: (ast: ValueNode) => parseStringLiteral("DateTime", ast, (s) => parseInputDateTime(s)),
});
