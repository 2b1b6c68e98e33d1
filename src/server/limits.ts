/**
 * Static limits on an operation, checked before anything runs (README
 * "Security" says why each number): depth, cost, aliases and directives as
 * graphql-armor validation rules (a violation is GRAPHQL_VALIDATION_FAILED,
 * HTTP 400), and a token limit in the parser itself (GRAPHQL_PARSE_FAILED,
 * HTTP 400) so a huge document is refused before it becomes an AST.
 */
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorCallbackConfiguration } from "@escape.tech/graphql-armor-types";
import { GraphQLError, type ValidationRule } from "graphql";
import type { QueryLimits } from "../config";

export interface LimitOptions {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: NonNullable<ApolloServerOptions<never>["parseOptions"]>;
}

/**
 * How a refusal reads: what was counted, the limit and the setting that sets
 * it. graphql-armor words its own as "Syntax Error: …" although the query is
 * well-formed, so its rejection hook reports this error instead (to the
 * validation context, as armor's Apollo default does: GRAPHQL_VALIDATION_FAILED, 400).
 */
function refusal(what: string, limit: number, setting: string): Required<Pick<GraphQLArmorCallbackConfiguration, "onReject" | "propagateOnRejection">> {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, armorError) => {
        // armor knows how much the query has ("…, found 14."); it passes that only in its message.
        // A cost can be fractional (1438128.94…): rounded up, it still exceeds the limit.
        const found = /found (\d+(?:\.\d+)?)/.exec(armorError.message)?.[1];
        const error = new GraphQLError(`${what}${found ? ` ${Math.ceil(Number(found))}` : ""} exceeds the limit of ${limit} (${setting}).`);
        if (!context) throw error;
        context.reportError(error);
      },
    ],
  };
}

export function queryLimits(limits: QueryLimits, opts: { introspection: boolean }): LimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refusal("Query depth", limits.maxDepth, "MAX_QUERY_DEPTH") },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...refusal("Query cost", limits.maxCost, "MAX_QUERY_COST") },
    maxAliases: { n: limits.maxAliases, ...refusal("Alias count", limits.maxAliases, "MAX_QUERY_ALIASES") },
    maxDirectives: { n: limits.maxDirectives, ...refusal("Directive count", limits.maxDirectives, "MAX_QUERY_DIRECTIVES") },
    // Apollo's own parser enforces the token limit (parseOptions below), before armor could.
    maxTokens: { enabled: false },
    // "Did you mean …" would describe a schema that introspection is set to hide.
    blockFieldSuggestion: { enabled: !opts.introspection },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

/**
 * graphql-js's parser words a document over the token limit as a syntax error
 * ("Syntax Error: Document contains more that 5000 tokens. Parsing aborted."),
 * and its parser has no hook for its own words: formatError.ts asks this for
 * the message to show instead, or undefined for any other parse error.
 */
export function tokenLimitMessage(message: string): string | undefined {
  const limit = /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens\. Parsing aborted\.$/.exec(message)?.[1];
  return limit === undefined ? undefined : `Token count exceeds the limit of ${limit} (MAX_QUERY_TOKENS); parsing stopped.`;
}
