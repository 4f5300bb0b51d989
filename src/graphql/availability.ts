import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Seconds a client is told to wait (Retry-After) while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * True when an error says the database cannot be reached or is restarting, rather than that the query was wrong:
 * PostgreSQL's connection-exception class (08), shutdown and start-up states (57P01–57P03), too many connections,
 * and the socket errors of node-postgres.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (
      /^08/.test(code) ||
      ['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)
    ) {
      return true;
    }
  }
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED|the database system is (starting up|shutting down|in recovery mode)/.test(
      message,
    )
  );
}

/** PostgreSQL cancelled a statement that ran past `statement_timeout` (SQLSTATE 57014). */
export function isStatementTimeout(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { code?: unknown }).code === '57014';
}

export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(`The database is not reachable right now; retry in ${RETRY_AFTER_SECONDS} seconds`, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/**
 * An operation that failed because the database was away answers HTTP 503 with Retry-After (not 200 or 500), so that
 * clients and load balancers retry instead of reporting a fault.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
        if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};
