/**
 * App composition: Express 5, Apollo Server 5, the health routes, per-request
 * context with fresh loaders. No CDN landing page (intranets cannot reach one).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import express from "express";
import type { Logger } from "pino";
import type { Config } from "../config";
import type { Db } from "../neo4j/funnel";
import { loadTypeDefs, mergeResolvers } from "../schema";
import type { GraphQLContext } from "./context";
import { createFormatError } from "./formatError";
import { healthRoutes } from "./health";
import { createLoaders } from "./loaders";

export interface App {
  httpServer: http.Server;
  /** Listens on config.host:config.port (0 = any port); resolves the bound URL. */
  listen(): Promise<string>;
  /** Drains HTTP and stops Apollo; the caller closes the driver. */
  stop(): Promise<void>;
}

const DEBUG_HEADER = "x-beslutsgraf-debug";

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

export async function createApp(config: Config, db: Db, log: Logger): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers: mergeResolvers(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      debugPlugin(config.debugExtensions),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(db));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
        const scope = { db, stats: { roundTrips: 0 }, requestId };
        return { scope, loaders: createLoaders(scope), log: log.child({ requestId }), requestId };
      },
    }),
  );

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
