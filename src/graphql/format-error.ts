import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { isDatabaseUnavailable, isStatementTimeout, serviceUnavailable } from './availability';
import { validationProblems } from './errors';

/** Codes a client may see as they are; anything else becomes INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'SERVICE_UNAVAILABLE',
]);

/** PostgreSQL errors a user can cause (a race past the service's checks), as a user-facing code. */
function databaseError(e: { code?: string; constraint?: string; column?: string }): GraphQLFormattedError['extensions'] | null {
  const field = e.column ?? e.constraint ?? 'input';
  switch (e.code) {
    case '23505':
      return { code: 'CONFLICT', fields: [{ field, message: 'already exists' }] };
    case '23503':
    case '23514':
    case '23502':
    case '22001':
    case '22007':
    case '22008':
      return { code: 'BAD_USER_INPUT', fields: [{ field, message: 'is not accepted by the registry’s rules' }] };
    // A value the database cannot read as its type (a forged id or cursor the service's own checks missed: text where a
    // uuid or number goes, a NUL in text): the input's fault, not the API's.
    case '22P02':
    case '22021':
      return { code: 'BAD_USER_INPUT', fields: [{ field, message: 'is not a value of the type it is read as' }] };
    case '40001':
    case '40P01':
    case '55P03':
      return { code: 'CONFLICT', fields: [] };
    default:
      return null;
  }
}

export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as
      (Error & { extensions?: { code?: string; validationErrors?: ValidationError[] }; code?: string; constraint?: string }) | undefined;
    const code = formatted.extensions?.code as string | undefined;

    // type-graphql's class-validator failures: one list of { field, message }.
    if (original?.extensions?.validationErrors) {
      const fields = validationProblems(original.extensions.validationErrors);
      return {
        message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    // A limit's refusal raised inside a validation rule: Apollo relabels it GRAPHQL_VALIDATION_FAILED; keep its own code.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && inner instanceof GraphQLError && inner.extensions.code === 'QUERY_TOO_COMPLEX') {
      const { http: _http, ...extensions } = inner.extensions;
      return { message: inner.message, locations: formatted.locations, extensions };
    }
    if (code && PUBLIC_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Apollo's own refusals of a malformed request (e.g. a persisted-query hash that does not match its query) carry an
    // HTTP 4xx but no code: they are the client's mistake.
    const http = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined) : undefined;
    if (
      !formatted.path &&
      error instanceof GraphQLError &&
      !error.extensions.code &&
      http?.status &&
      http.status >= 400 &&
      http.status < 500
    ) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
    }
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original, path: formatted.path }, 'database unavailable during an operation');
      const e = serviceUnavailable();
      return { message: e.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (isStatementTimeout(original)) {
      log.warn({ path: formatted.path }, 'statement timeout');
      return {
        message: 'The database stopped this query after the statement timeout; narrow it (filters, a smaller `first`) and retry',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'TIMEOUT' },
      };
    }
    const db = original ? databaseError(original) : null;
    if (db) {
      // A data exception (class 22) is the client's input that a check before the database should have refused: worth a
      // warning (not an error: nothing is wrong with the API's state), so that the missing check gets written.
      if (original?.code?.startsWith('22')) {
        log.warn({ err: original, path: formatted.path, sqlState: original.code }, 'the database refused a value of the input');
      }
      return {
        message:
          db.code === 'CONFLICT'
            ? 'The change conflicts with another record or change; reload and retry'
            : 'The input breaks a registry rule',
        locations: formatted.locations,
        path: formatted.path,
        extensions: db,
      };
    }
    log.error({ err: original ?? error, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message: 'Internal error; it was logged. Quote the request id (x-request-id response header) when you report it.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
