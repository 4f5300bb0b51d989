import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Role } from '../auth/roles';
import type { RequestContext } from '../graphql/context';
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
 * Not for MINISTRY_SYSTEM: each of its reads writes its own audit row with the rows it released (src/sync/audit). Only
 * answers without errors are kept; at most STATISTICS_RESPONSE_CACHE_BYTES (JSON length) in all, least recently used
 * first out. STATISTICS_CACHE=off turns this off with the statistics SQL cache.
 */
const MAX_ENTRIES = 500;
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_VARIABLES_KEY = 4096;

type Data = Record<string, unknown>;

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

export function statisticsResponseCachePlugin(): ApolloServerPlugin<RequestContext> {
  const answers = new LRUCache<string, { data: Data; bytes: number }>({
    max: MAX_ENTRIES,
    maxSize: MAX_BYTES,
    sizeCalculation: (v, k) => v.bytes + k.length,
  });
  return {
    async requestDidStart() {
      if (/^(off|0|false|no)$/i.test(process.env.STATISTICS_CACHE ?? '')) return;
      let key: string | null = null;
      return {
        async responseForOperation({ operation, request, queryHash, contextValue }): Promise<GraphQLResponse | null> {
          const viewer = contextValue.viewer;
          if (!operation || !onlyStatistics(operation) || viewer.role === Role.MINISTRY_SYSTEM) return null;
          const variables = JSON.stringify(request.variables ?? {});
          if (variables.length > MAX_VARIABLES_KEY) return null;
          const version = await dataVersion(contextValue.manager);
          key = JSON.stringify([
            queryHash,
            request.operationName ?? '',
            variables,
            viewer.role,
            viewer.jurisdiction?.version ?? null,
            viewer.jurisdiction?.code ?? null,
            todayInVietnam(),
            version,
          ]);
          const known = answers.get(key);
          if (!known) return null;
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: known.data } } };
        },
        async willSendResponse({ response }) {
          if (key === null || answers.has(key) || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          answers.set(key, { data, bytes: JSON.stringify(data).length });
        },
      };
    },
  };
}
