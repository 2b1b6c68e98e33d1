/**
 * Static limits on an operation, checked before anything runs (README
 * "Security" says why each number): depth, cost, aliases and directives as
 * graphql-armor validation rules (a violation is GRAPHQL_VALIDATION_FAILED,
 * HTTP 400), and a token limit in the parser itself (GRAPHQL_PARSE_FAILED,
 * HTTP 400) so a huge document is refused before it becomes an AST.
 */
import type { ApolloServerOptions, ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { QueryLimits } from "../config";

export interface LimitOptions {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: NonNullable<ApolloServerOptions<never>["parseOptions"]>;
}

export function queryLimits(limits: QueryLimits, opts: { introspection: boolean }): LimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Apollo's own parser enforces the token limit (parseOptions below), before armor could.
    maxTokens: { enabled: false },
    // "Did you mean …" would describe a schema that introspection is set to hide.
    blockFieldSuggestion: { enabled: !opts.introspection },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
