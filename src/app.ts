import 'reflect-metadata';
import './database/types';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { RequestHandler } from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import pino, { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiKeyCache, apiKeyCacheFor } from './auth/api-key-cache';
import { PUBLIC_VIEWER, Viewer } from './auth/viewer';
import type { Config } from './config';
import { createLoaders } from './api/loaders';
import { getSchema } from './api/schema';
import { getSubgraphSchema } from './api/subgraph';
import {
  isDatabaseUnavailable,
  isStatementTimeout,
  RETRY_AFTER_SECONDS,
  serviceUnavailable,
  serviceUnavailablePlugin,
} from './graphql/availability';
import { createRequestContext, RequestContext } from './graphql/context';
import { ControlConnection } from './graphql/control';
import { RequestSql } from './graphql/request-sql';
import { askedFieldsPlugin } from './graphql/selection';
import { createErrorFormatter } from './graphql/format-error';
import { inputGuardPlugin } from './graphql/input-guard';
import { assertListSizesDeclared, costLimitPlugin, shapeLimits } from './graphql/limits';
import { statisticsAnswerCache } from './statistics/statistics.response-cache';
import { abandonSignal, requestTimeout, responseCap } from './http/bounds';
import { graphqlIde, graphqlIdeAssets, IDE_ASSETS_PATH } from './http/graphql-ide';
import { graphqlCaching } from './http/public-cache';
import { securityHeaders } from './http/security';
import { publicRouter } from './public/public.router';
import { rateLimits } from './http/rate-limit';
import { statisticsRouter } from './statistics/statistics.routes';
import { dataSharingAuditPlugin } from './sync/data-sharing';
import { syncRoutes } from './sync/export.router';

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  log: Logger;
}

async function viewerOf(keys: ApiKeyCache, manager: EntityManager, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return PUBLIC_VIEWER;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  let viewer: Viewer | null = null;
  try {
    viewer = m ? await keys.viewer(manager, m[1]) : null;
  } catch (e) {
    // The key could not be checked: the database is away or slow. Either way the client should retry, not see a 500.
    if (isDatabaseUnavailable(e) || isStatementTimeout(e)) throw serviceUnavailable();
    throw e;
  }
  if (!viewer) {
    throw new GraphQLError('The API key is unknown, revoked or expired (send Authorization: Bearer <key>, or no header for public data)', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return viewer;
}

/**
 * Server-Timing (when `enabled`): how many SQL statements the request sent through its manager and how long they took,
 * e.g. `sql;dur=3.2;desc="2 statements"`; and `onStop` when the server stops.
 */
function sqlPlugin(enabled: boolean, onStop: () => Promise<void>): ApolloServerPlugin<RequestContext> {
  return {
    async serverWillStart() {
      return { serverWillStop: onStop };
    },
    async requestDidStart() {
      if (!enabled) return;
      return {
        async willSendResponse({ contextValue, response }) {
          const sql = contextValue.sql;
          if (sql) response.http.headers.set('server-timing', `sql;dur=${sql.millis.toFixed(1)};desc="${sql.statements} statements"`);
        },
      };
    },
  };
}

/** Express + Apollo on a DataSource; used by main.ts and by every test. */
export async function createApp(dataSource: DataSource, config: Config, log: Logger = pino({ level: config.logLevel })): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  // Node's own bounds on slow clients: the whole request (headers and body) must arrive within the request timeout.
  httpServer.requestTimeout = config.requestTimeoutMs;
  httpServer.headersTimeout = Math.min(config.requestTimeoutMs, 10_000);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Client errors, limits and a database that is away are not faults of the API: only other 5xx log as errors.
      customLogLevel: (_req, res, err) => (err || (res.statusCode >= 500 && res.statusCode !== 503) ? 'error' : 'info'),
      serializers: { req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }) },
    }),
  );
  app.use(securityHeaders());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  // Beside the pool: LISTEN for API key changes (the key cache) and cancel the SQL of abandoned requests.
  const control = ControlConnection.of(dataSource, log);
  const keys = apiKeyCacheFor(dataSource, control);
  await control.start();

  const schema = await getSchema();
  assertListSizesDeclared(schema);
  // Issue 11: the same reads as a Federation 2 subgraph of the national graph (src/api/subgraph.ts), at /subgraph.
  const subgraphSchema = await getSubgraphSchema(config.provinceCode);
  assertListSizesDeclared(subgraphSchema);
  const shape = shapeLimits(config.queryLimits);
  const serverFor = (schema: GraphQLSchema, stopsTheApp: boolean) =>
    new ApolloServer<RequestContext>({
      schema,
      plugins: [
        ...shape.plugins,
        inputGuardPlugin(schema, config.inputLimits),
        costLimitPlugin(schema, config.queryLimits),
        // Dashboards: whole `statistics` answers reused while the data's version stays the same (exact).
        dataSharingAuditPlugin(schema),
        serviceUnavailablePlugin,
        ApolloServerPluginDrainHttpServer({ httpServer }),
        // The IDE at GET /graphql is the app's own (src/http/graphql-ide.ts), not Apollo's CDN-hosted landing page.
        ApolloServerPluginLandingPageDisabled(),
        // Issue 14: no per-field cache-control hints (the default plugin wraps every field resolver and nothing reads
        // them: HTTP caching is src/http/public-cache.ts); the fields each operation asks; the control connection
        // closes with the server.
        askedFieldsPlugin,
        ApolloServerPluginCacheControlDisabled(),
        sqlPlugin(config.serverTiming, async () => {
          if (!stopsTheApp) return;
          await subgraph.stop();
          keys.release();
          await control.stop();
        }),
      ],
      validationRules: shape.validationRules,
      parseOptions: { maxTokens: 5000 },
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      introspection: true,
      // main.ts owns SIGINT/SIGTERM: drain HTTP, then close the pool, then stop the embedded database.
      stopOnTerminationSignals: false,
      formatError: createErrorFormatter(log),
      logger: log,
    });
  const subgraph = serverFor(subgraphSchema, false);
  const apollo = serverFor(schema, true);
  await subgraph.start();
  await apollo.start();

  // Built once: every route shares the same counters (a failed authentication on /graphql counts on /export too).
  const limiters = rateLimits(config.rateLimits, log);
  // The public face (issue 10): the lists' page and CSV, no key needed.
  app.use(publicRouter(dataSource, config, log, limiters.public));
  app.use(IDE_ASSETS_PATH, graphqlIdeAssets());
  app.get('/graphql', graphqlIde());
  const endpoint = (server: ApolloServer<RequestContext>, front: RequestHandler[] = []) => [
    abandonSignal(),
    requestTimeout(config.requestTimeoutMs, log),
    ...limiters.api,
    express.json({ limit: config.bodyLimit }),
    graphqlCaching(),
    responseCap(config.responseMaxBytes, log),
    ...front,
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const sql = new RequestSql(dataSource, (pid) => control.cancel(pid));
        // A client that went away, or a request timeout: the request's SQL is cancelled (src/graphql/request-sql.ts).
        const abandoned = (res.locals as { abandoned?: AbortSignal }).abandoned;
        if (abandoned?.aborted) sql.abandon();
        abandoned?.addEventListener('abort', () => sql.abandon(), { once: true });
        return createRequestContext({
          viewer: await viewerOf(keys.cache, sql.manager, req.headers.authorization),
          config,
          requestId: String(req.id as string | number),
          dataSource,
          createLoaders,
          log: req.log,
          sql,
        });
      },
    }),
  ];
  // Dashboards' kept answers, in front of Apollo (src/statistics/statistics.response-cache.ts).
  const dashboards = statisticsAnswerCache({
    dataSource,
    viewerOf: (authorization) => viewerOf(keys.cache, dataSource.manager, authorization),
  });
  app.use('/graphql', ...endpoint(apollo, [dashboards]));
  // POST only: the subgraph has no IDE (a gateway reads its SDL through `_service`).
  app.post('/subgraph', ...endpoint(subgraph));
  app.use(
    statisticsRouter({
      dataSource,
      config,
      log,
      createLoaders,
      viewerOf: (authorization) => viewerOf(keys.cache, dataSource.manager, authorization),
      rateLimits: limiters.api,
    }),
  );
  app.use(
    syncRoutes({
      dataSource,
      config,
      log,
      authenticate: (authorization) => viewerOf(keys.cache, dataSource.manager, authorization),
      rateLimits: limiters.api,
    }),
  );
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  // Malformed JSON, too-large bodies: a clear 4xx, never a stack trace.
  app.use(
    (
      err: { status?: number; type?: string; message?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      if (status === 500) log.error({ err }, 'unexpected HTTP error');
      res.status(status).json({
        errors: [
          {
            message: status === 500 ? 'Internal error' : (err.message ?? 'Bad request'),
            extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );
  return { app, httpServer, apollo, log };
}
