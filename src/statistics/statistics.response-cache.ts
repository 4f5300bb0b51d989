import type { RequestHandler } from 'express';
import { Kind, OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { Role } from '../auth/roles';
import type { Viewer } from '../auth/viewer';
import { todayInVietnam } from '../graphql/dates';
import { dataVersion } from '../sync/data-version';

/**
 * Whole answers of dashboard operations, reused while the registry's data stays the same (issue 12, speed).
 *
 * A dashboard sends the same operation again and again (every officer of the Department opens the same page), and the
 * rollups already answer its SQL in a few milliseconds: what is left is the GraphQL work of building ~400 buckets
 * (~4 ms of Node CPU per request at national scale). The answer of an operation whose only root field is `statistics`
 * is a function of the operation and its variables, who asks (role and jurisdiction: the scope and what is masked),
 * today's date (the default `asOf`, `daysLeft`) and the registry's data — whose version (src/sync/data-version.ts)
 * changes with every committed write to entities, licences or events. Keyed by all of these, a stored answer is the
 * answer the operation would compute now: exact, like every figure (a write is seen by the very next request, as its
 * commit changes the version). The version is read before the operation runs, so an answer is only ever stored under a
 * version no newer than the data it was computed from, and a later request never gets an answer older than its own.
 *
 * Kept as the bytes sent, in front of Apollo: a kept answer is written without parsing, validating, costing,
 * executing or serialising the operation again (it passed all of these when it was first answered, and they depend on
 * nothing else the key leaves out); a dashboard request then costs the key's check and one statement (the data's
 * version). POST with a JSON body only (Apollo's own checks, CSRF prevention included, decide every other request), and
 * only answers without errors. Rate limits, the request timeout, the response cap and the public answers' ETag and
 * Cache-Control stand in front of it as for any other answer.
 *
 * Not for MINISTRY_SYSTEM: each of its reads writes its own audit row with the rows it released (src/sync/audit). At
 * most STATISTICS_RESPONSE_CACHE_BYTES in all, least recently used first out. STATISTICS_CACHE=off turns this off with
 * the statistics SQL cache.
 */
const MAX_ENTRIES = 500;
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_VARIABLES_KEY = 4096;
const MAX_QUERY_KEY = 16 * 1024;

/** True when every root field of the operation is `statistics` (or `__typename`), with no fragment at the root. */
export function onlyStatistics(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  let asked = false;
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) return false;
    if (s.name.value === 'statistics') asked = true;
    else if (s.name.value !== '__typename') return false;
  }
  return asked;
}

/** Whether the operation `operationName` of `query` asks only for `statistics` (false when it does not parse). */
function statisticsOperation(query: string, operationName: string | null): boolean {
  try {
    const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation =
      operationName === null
        ? operations.length === 1
          ? operations[0]
          : undefined
        : operations.find((o) => o.name?.value === operationName);
    return operation !== undefined && onlyStatistics(operation);
  } catch {
    return false;
  }
}

export function statisticsAnswerCache(deps: {
  dataSource: DataSource;
  /** The viewer of an Authorization header, as /graphql authenticates it (throws when it is refused). */
  viewerOf(authorization: string | undefined): Promise<Viewer>;
}): RequestHandler {
  const answers = new LRUCache<string, Buffer>({ max: MAX_ENTRIES, maxSize: MAX_BYTES, sizeCalculation: (v, k) => v.length + k.length });
  // Which operations are dashboards, by their text: parsed once each.
  const kinds = new LRUCache<string, boolean>({ max: 1000 });
  return async (req, res, next) => {
    try {
      if (/^(off|0|false|no)$/i.test(process.env.STATISTICS_CACHE ?? '') || req.method !== 'POST') return next();
      const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
      if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || body.query.length > MAX_QUERY_KEY) {
        return next();
      }
      const operationName = typeof body.operationName === 'string' ? body.operationName : null;
      const kindKey = `${operationName ?? ''}\u0000${body.query}`;
      let dashboard = kinds.get(kindKey);
      if (dashboard === undefined) kinds.set(kindKey, (dashboard = statisticsOperation(body.query, operationName)));
      if (!dashboard) return next();
      const variables = JSON.stringify(body.variables ?? {});
      if (variables.length > MAX_VARIABLES_KEY) return next();
      let viewer: Viewer;
      let version: string;
      try {
        viewer = await deps.viewerOf(req.headers.authorization);
        if (viewer.role === Role.MINISTRY_SYSTEM) return next();
        version = await dataVersion(deps.dataSource.manager);
      } catch {
        // A refused key, or a database that cannot answer: Apollo answers it as it answers any request.
        return next();
      }
      const key = JSON.stringify([
        body.query,
        operationName ?? '',
        variables,
        viewer.role,
        viewer.jurisdiction?.version ?? null,
        viewer.jurisdiction?.code ?? null,
        todayInVietnam(),
        version,
      ]);
      const known = answers.get(key);
      if (known) {
        res.status(200).setHeader('content-type', 'application/json; charset=utf-8');
        res.send(known);
        return;
      }
      const send = res.send.bind(res);
      res.send = (answer?: unknown) => {
        if (res.statusCode === 200 && (typeof answer === 'string' || Buffer.isBuffer(answer))) {
          const bytes = typeof answer === 'string' ? Buffer.from(answer, 'utf8') : answer;
          try {
            const parsed = JSON.parse(bytes.toString('utf8')) as { data?: unknown; errors?: unknown };
            if (parsed.data && parsed.errors === undefined) answers.set(key, bytes);
          } catch {
            /* not an answer to keep */
          }
          return send(bytes);
        }
        return send(answer);
      };
      next();
    } catch (e) {
      next(e);
    }
  };
}
