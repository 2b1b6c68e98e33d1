/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter:
 * each operation is compiled once into a JavaScript function that walks its
 * own selection (fields, fragments, abstract types, variable coercion), and
 * every later request with the same document runs that function. graphql-js
 * instead re-reads the selection and builds resolve info and arguments for
 * every field of every object, which was a large share of the API's CPU on
 * answers with many objects (an org chart has hundreds of boxes).
 *
 * Apollo Server plugs it in through its gateway interface, its one way to
 * replace the executor: parsing, validation (with the query limits), the
 * plugins, context and error formatting stay Apollo's. Compiled operations
 * are kept per parsed document, which Apollo's document cache reuses for the
 * same query text, so they live as long as that cache keeps the document.
 */
import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { type DocumentNode, getVariableValues, GraphQLError, type GraphQLSchema, Kind, printSchema } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

/**
 * graphql-jit's errors look like graphql-js's but lack `extensions` where the
 * original error has none, which Apollo's error formatting reads: answer
 * with graphql-js errors carrying the same message, locations, path and
 * original error (whose class, a domain error, sets the error code).
 * Should graphql-jit refuse variables that graphql-js accepts, its errors
 * are still the caller's input (BAD_USER_INPUT).
 */
function asGraphQLError(error: GraphQLError, userInput: boolean): GraphQLError {
  // As graphql-js words a variable that does not coerce: the variable, its value, and what the scalar said of it.
  const message = userInput && error.originalError ? `${error.message.replace(/; Expected type [^;]*$/, "")}; ${error.originalError.message}` : error.message;
  const extensions = userInput ? { ...error.extensions, code: "BAD_USER_INPUT" } : error.extensions;
  const copy = new GraphQLError(message, { path: error.path, originalError: error.originalError, extensions });
  (copy as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return copy;
}

/**
 * Why no operation of the document is the one asked for, in graphql-js's words
 * (its execute() says the same): Apollo then answers OPERATION_RESOLUTION_FAILURE,
 * HTTP 400, as it does with graphql-js as the executor.
 */
function operationNotFound(document: DocumentNode, operationName: string | null | undefined): GraphQLError {
  if (operationName != null) return new GraphQLError(`Unknown operation named "${operationName}".`);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  return new GraphQLError(operations > 1 ? "Must provide operation name if query contains multiple operations." : "Must provide an operation.");
}

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  return {
    async load() {
      return {
        schema,
        executor: async (request) => {
          // The operation Apollo resolved from the client's operationName (graphql-js's
          // rules), never one graphql-jit picks itself: `request.operationName` is only
          // the resolved operation's name, null when none matched (then graphql-jit would
          // run the document's only operation), and graphql-jit takes "" for no name.
          if (!request.operation) return { errors: [operationNotFound(request.document, request.request.operationName)] };
          const operation = request.operation.name?.value;
          let byOperation = compiled.get(request.document);
          let query = byOperation?.get(operation ?? "");
          if (!query) {
            const result = compileQuery(schema, request.document, operation);
            // Not compilable (Apollo has validated the document, so hardly ever): the errors are the answer.
            if (!isCompiledQuery(result)) return { errors: (result.errors ?? []).map((e) => asGraphQLError(e, false)) };
            query = result;
            if (!byOperation) compiled.set(request.document, (byOperation = new Map()));
            byOperation.set(operation ?? "", query);
          }
          const result = await query.query(undefined, request.context, request.request.variables ?? {});
          if (!result.errors) return result;
          // No data at all: the variables did not coerce, and nothing ran. graphql-js says
          // which variable, where inside it and why, and Apollo marks its errors as the
          // caller's input (BAD_USER_INPUT, 400): answer with those.
          const userInput = result.data === undefined;
          if (userInput) {
            const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 50 });
            if (coerced.errors) return { errors: coerced.errors };
          }
          return { ...result, errors: result.errors.map((e) => asGraphQLError(e, userInput)) };
        },
      };
    },
    // The schema never changes while the server runs: Apollo hears of it once, as it subscribes.
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
