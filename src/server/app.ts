/**
 * App composition: Express 5, Apollo Server 5, the health routes, per-request
 * context with the caller's principal and fresh loaders. No CDN landing page
 * (intranets cannot reach one). On /graphql, in order: CORS from the allowlist,
 * the body size limit, CSRF prevention and the token check (Apollo), the query
 * limits (parse and validation), the access rule, then the resolvers.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { makeExecutableSchema } from "@graphql-tools/schema";
import cors from "cors";
import express from "express";
import neo4j from "neo4j-driver";
import { InputError } from "../lib/errors";
import type { Logger } from "pino";
import type { Config } from "../config";
import type { Db } from "../neo4j/funnel";
import { FirstRunGate } from "../neo4j/firstRunGate";
import { WriteGate } from "../neo4j/writeGate";
import { loadTypeDefs, mergeResolvers } from "../schema";
import { jitGateway } from "./jitExecutor";
import { accessPlugin } from "./accessPlugin";
import { createAuthenticator } from "./authenticate";
import type { GraphQLContext } from "./context";
import { createFormatError, httpErrorHandler, notFoundHandler } from "./formatError";
import { healthRoutes } from "./health";
import { createMetrics } from "./metrics";
import { queryLimits } from "./limits";
import { createLoaders } from "./loaders";
import { CLIENT_HEADER, loadPersistedDocuments, persistedDocumentsMiddleware } from "./persistedDocuments";
import { requestError } from "./requestError";
import { PERSISTED_DOCUMENTS_FILE, webRoutes } from "./web";

export interface App {
  httpServer: http.Server;
  /** Listens on config.host:config.port (0 = any port); resolves the bound URL. */
  listen(): Promise<string>;
  /** Drains HTTP and stops Apollo; the caller closes the driver. */
  stop(): Promise<void>;
}

const DEBUG_HEADER = "x-beslutsgraf-debug";
/** Bookmarks a client sends back after a write, to read it on any instance (docs/deployment.md). */
const BOOKMARK_HEADER = "x-neo4j-bookmark";
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 1000;

/** The bookmarks in the request's header, comma-separated; refused with 400 when there are too many or too long ones. */
function bookmarksOf(header: string | string[] | undefined): string[] {
  const all = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((b) => b.trim()).filter((b) => b !== "");
  if (all.length > MAX_BOOKMARKS || all.some((b) => b.length > MAX_BOOKMARK_LENGTH)) {
    throw requestError(new InputError(`${BOOKMARK_HEADER} takes at most ${MAX_BOOKMARKS} bookmarks of at most ${MAX_BOOKMARK_LENGTH} characters each`, { header: BOOKMARK_HEADER }), 400);
  }
  return all;
}

/** A mutation's response carries the bookmarks after its writes in `extensions.bookmark`, for the client to send back. */
function bookmarkPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (operation?.operation !== "mutation" || response.body.kind !== "single" || !contextValue.scope?.bookmarks) return;
          const bookmark = [...(await contextValue.scope.bookmarks.getBookmarks())];
          if (bookmark.length > 0) response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark };
        },
      };
    },
  };
}

/** Reports Neo4j round trips in `extensions.debug` when the client asks and config allows. */
function debugPlugin(enabled: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request }) {
      const asked = request.http?.headers.get(DEBUG_HEADER) === "1" || request.extensions?.debug === true;
      if (!enabled || !asked) return;
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              debug: { roundTrips: contextValue.scope.stats.roundTrips },
            };
          }
        },
      };
    },
  };
}

/** Request headers a browser client may send cross-origin (the preflight answer). */
const CORS_HEADERS = ["authorization", "content-type", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id", DEBUG_HEADER, BOOKMARK_HEADER, CLIENT_HEADER];

/**
 * CORS only for allowlisted origins; with none configured, no CORS headers at
 * all, so browsers keep the API same-origin. Bearer tokens, not cookies: no credentials.
 */
function corsMiddleware(origins: string[]) {
  return cors({ origin: origins.length > 0 ? origins : false, methods: ["GET", "POST"], allowedHeaders: CORS_HEADERS, maxAge: 600 });
}

export async function createApp(config: Config, graph: Db, log: Logger): Promise<App> {
  // This process's writes queue for their turn (neo4j/writeGate.ts).
  // Reads of a statement another request is running for the first time wait for it (neo4j/firstRunGate.ts).
  const db: Db = {
    ...graph,
    writeGate: graph.writeGate ?? new WriteGate(config.writes.maxConcurrent, config.writes.maxWaitMs),
    firstRuns: graph.firstRuns ?? new FirstRunGate(config.reads.firstRunMaxWaitMs),
  };
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const limits = queryLimits(config.limits, { introspection: config.introspection });
  const metrics = createMetrics(db.writeGate, db.firstRuns);
  const authenticate = createAuthenticator(config.auth, log);
  const apollo = new ApolloServer<GraphQLContext>({
    // graphql-jit executes (jitExecutor.ts) unless configured otherwise; Apollo parses, validates, runs the plugins and formats errors.
    ...(config.executor === "jit"
      ? { gateway: jitGateway(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: mergeResolvers() })) }
      : { typeDefs: loadTypeDefs(), resolvers: mergeResolvers() }),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: createFormatError(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema: without this Apollo would run a hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      ...(limits.plugins as ApolloServerPlugin<GraphQLContext>[]),
      accessPlugin(config.auth.allowAnonymousReads),
      debugPlugin(config.debugExtensions),
      bookmarkPlugin(),
      metrics.plugin,
    ],
  });
  await apollo.start();

  // The API first: every GraphQL request would otherwise pass the other routers' route tables.
  app.use(
    "/graphql",
    (req, res, next) => {
      // A browser opening /graphql (a GET asking for a page, with no operation) gets the IDE rather
      // than Apollo's CSRF refusal. A client asking for JSON, or sending an operation, goes on.
      const operation = req.query.query !== undefined || req.query.extensions !== undefined;
      if (req.method === "GET" && !operation && req.accepts(["application/json", "text/html"]) === "text/html") res.redirect(303, "/graphiql");
      else next();
    },
    corsMiddleware(config.http.corsOrigins),
    express.json({ limit: config.http.maxBodyBytes }),
    (req, _res, next) => {
      // No JSON body (a GET, or a text/plain form post): let Apollo answer it,
      // with its CSRF refusal where that applies, rather than the integration's 500.
      req.body ??= {};
      next();
    },
    persistedDocumentsMiddleware(loadPersistedDocuments(PERSISTED_DOCUMENTS_FILE), config.web),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
        const principal = await authenticate(req.headers.authorization);
        const initialBookmarks = bookmarksOf(req.headers[BOOKMARK_HEADER]);
        const scope = { db, stats: { roundTrips: 0 }, requestId, bookmarks: neo4j.bookmarkManager({ initialBookmarks }) };
        return { scope, loaders: createLoaders(scope), log: log.child({ requestId }), requestId, principal };
      },
    }),
  );
  app.use(healthRoutes(db));
  app.use(metrics.routes);
  app.use(webRoutes({ corsOrigins: config.http.corsOrigins, log }));
  app.use(notFoundHandler());
  app.use(httpErrorHandler(log, config.http.maxBodyBytes));

  return {
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => {
          const addr = httpServer.address();
          const port = typeof addr === "object" && addr ? addr.port : config.port;
          resolve(`http://${config.host}:${port}`);
        });
      }),
    stop: () => apollo.stop(),
  };
}
