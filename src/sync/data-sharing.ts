import type { ApolloServerPlugin } from '@apollo/server';
import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLError,
  GraphQLSchema,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
} from 'graphql';
import { Role } from '../auth/roles';
import type { Viewer } from '../auth/viewer';
import { writeAudit } from '../audit/audit.service';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../graphql/availability';
import type { RequestContext } from '../graphql/context';
import { BadInput } from '../graphql/errors';
import { RegulatedEntity } from '../entities/regulated-entity.types';
import { License, LicenseEvent } from '../licenses/license.types';
import { Change } from './change.types';

/**
 * Audited data-sharing reads (Decree 47/2020 and Decree 194/2025: every release of data to another agency is logged
 * with its legal basis; domain.md §8). A MINISTRY_SYSTEM key must say on every read why it reads, in the
 * `X-Legal-Basis` header (missing or empty: BAD_USER_INPUT before anything is read), and each read — a GraphQL
 * operation (the change feed is one), an export — writes one audit row: the key, the time, the operation, what it asked
 * for, how many registry rows it released, and that legal basis. A read that fails before releasing anything leaves
 * no row. The GraphQL side is the plugin below; the export writes its own row (src/sync/export.router.ts).
 */
export const LEGAL_BASIS_HEADER = 'X-Legal-Basis';
const MAX_LEGAL_BASIS = 500;

/** Whether the viewer's reads are data sharing (audited, with a legal basis). */
export const isDataSharing = (viewer: Viewer): boolean => viewer.role === Role.MINISTRY_SYSTEM;

/**
 * The legal basis a caller sent. HTTP header values are bytes: UTF-8 text (Vietnamese) is read as such; RFC 8187's
 * `UTF-8''<percent-encoded>` form is accepted for clients that can only send ASCII.
 */
export function parseLegalBasis(raw: string | null | undefined): string {
  let text = raw ?? '';
  if (/^utf-8''/i.test(text)) {
    try {
      text = decodeURIComponent(text.slice(7));
    } catch {
      throw BadInput.field(LEGAL_BASIS_HEADER, "is not valid RFC 8187 (UTF-8'' followed by percent-encoded UTF-8)");
    }
  } else {
    const bytes = Buffer.from(text, 'latin1');
    const utf8 = bytes.toString('utf8');
    if (Buffer.from(utf8, 'utf8').equals(bytes)) text = utf8;
  }
  text = text.trim();
  if (!text) {
    throw BadInput.field(
      LEGAL_BASIS_HEADER,
      'is required for a MINISTRY_SYSTEM key: the legal basis of this data-sharing read, e.g. "Nghị định 47/2020/NĐ-CP" (Decrees 47/2020 and 194/2025)',
    );
  }
  if (text.length > MAX_LEGAL_BASIS || /[\u0000-\u001f\u007f]/.test(text)) {
    throw BadInput.field(LEGAL_BASIS_HEADER, `must be at most ${MAX_LEGAL_BASIS} characters of text, without control characters`);
  }
  return text;
}

/**
 * The registry rows an object of the response releases: an entity, a licence, a licence event; a change of the feed
 * releases the rows it names (its object, and its event), whatever fields were asked. The audit counts distinct rows.
 */
function releasedRows(v: unknown): string[] {
  if (v instanceof RegulatedEntity) return [`entity:${v.row.id}`];
  if (v instanceof License) return [`license:${v.row.id}`];
  if (v instanceof LicenseEvent) return [`event:${v.row.id}`];
  if (v instanceof Change) {
    return v.row.eventId ? [`license:${v.row.recordId}`, `event:${v.row.eventId}`] : [`entity:${v.row.recordId}`];
  }
  return [];
}

/** Root fields that read no registry data: introspection, the subgraph's SDL, and who the caller is. */
const NOT_DATA = new Set(['__schema', '__type', '__typename', '_service', 'viewer']);

interface RootField {
  node: FieldNode;
  name: string;
  /** The type the field is read from when it is not the root type (a province of the national graph). */
  parent?: string;
  /** Its response key: `alias.field` under a province's root field. */
  key?: string;
}

/**
 * The type of the national graph's per-province root field (`province75: ProvinceRegistry!`, src/api/subgraph.ts): a
 * namespace whose fields are the reads of /graphql's Query, recorded in the audit as such (with their arguments).
 */
export const PROVINCE_REGISTRY_TYPE = 'ProvinceRegistry';

/** Root fields, with the fields under a province's root field in its place. */
function readFields(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>) {
  const root = operation.operation === OperationTypeNode.QUERY ? schema.getQueryType() : null;
  return rootFields(operation.selectionSet, fragments).flatMap((f): RootField[] => {
    const def = root?.getFields()[f.name];
    if (!def || getNamedType(def.type).name !== PROVINCE_REGISTRY_TYPE || !f.node.selectionSet) return [f];
    const outer = f.node.alias?.value ?? f.name;
    return rootFields(f.node.selectionSet, fragments).map((g) => ({
      ...g,
      parent: PROVINCE_REGISTRY_TYPE,
      key: `${outer}.${g.node.alias?.value ?? g.name}`,
    }));
  });
}

function rootFields(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): RootField[] {
  return set.selections.flatMap((s): RootField[] => {
    if (s.kind === Kind.FIELD) return [{ node: s, name: s.name.value }];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, fragments, seen);
    const f = fragments[s.name.value];
    if (!f || seen.has(f.name.value)) return [];
    seen.add(f.name.value);
    return rootFields(f.selectionSet, fragments, seen);
  });
}

/** What the operation asked for: each root field (by response key) with its arguments. */
function filtersOf(schema: GraphQLSchema, operation: OperationDefinitionNode, fields: RootField[], variables: Record<string, unknown>) {
  const root = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
  const out: Record<string, { field: string; arguments: Record<string, unknown> }> = {};
  for (const f of fields) {
    const parent = f.parent ? schema.getType(f.parent) : root;
    const def = parent && isObjectType(parent) ? parent.getFields()[f.name] : undefined;
    let args: Record<string, unknown> = {};
    try {
      if (def) args = getArgumentValues(def, f.node, variables);
    } catch {
      /* variables that do not fit are refused by execution; the audit keeps the field */
    }
    out[f.key ?? f.node.alias?.value ?? f.name] = { field: f.name, arguments: args };
  }
  return out;
}

/**
 * Requires and records the legal basis of every MINISTRY_SYSTEM operation that reads registry data, counts the rows
 * the response releases, and writes the audit row before the response leaves; when the row cannot be written, the
 * data does not leave either (503).
 */
export function dataSharingAuditPlugin(schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!isDataSharing(contextValue.viewer)) return;
      let audit: { legalBasis: string; operation: string; recordId: string; filters: object } | null = null;
      const released = new Set<string>();
      let executed = false;
      return {
        async didResolveOperation({ request, operation, document }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const fields = readFields(schema, operation, fragments);
          if (fields.every((f) => NOT_DATA.has(f.name))) return;
          // Before anything is read: no legal basis, no data.
          let legalBasis: string;
          try {
            legalBasis = parseLegalBasis(request.http?.headers.get(LEGAL_BASIS_HEADER.toLowerCase()));
          } catch (e) {
            if (e instanceof GraphQLError) e.extensions.http = { status: 400 };
            throw e;
          }
          audit = {
            legalBasis,
            operation: operation.name?.value ?? '(anonymous)',
            recordId: [...new Set(fields.map((f) => f.name))].join(','),
            filters: filtersOf(schema, operation, fields, request.variables ?? {}),
          };
        },
        async executionDidStart() {
          if (!audit) return;
          executed = true;
          return {
            willResolveField() {
              return (_error, result) => {
                for (const v of Array.isArray(result) ? result : [result]) for (const row of releasedRows(v)) released.add(row);
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!audit || !executed) return;
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          // A read that failed before releasing anything is not a release.
          if (released.size === 0 && result.errors?.length && !result.data) return;
          try {
            await writeAudit(contextValue, {
              operation: audit.operation,
              recordType: 'GraphQL',
              recordId: audit.recordId,
              filters: audit.filters,
              rowsReleased: released.size,
              legalBasis: audit.legalBasis,
            });
          } catch (e) {
            contextValue.log.error({ err: e }, 'a data-sharing read could not be audited: its answer is withheld');
            const unavailable = isDatabaseUnavailable(e);
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: unavailable
                      ? `The read could not be recorded in the audit log (the database is not reachable); retry in ${RETRY_AFTER_SECONDS} seconds`
                      : 'The read could not be recorded in the audit log, so its data is withheld',
                    extensions: { code: unavailable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', requestId: contextValue.requestId },
                  },
                ],
              },
            };
            response.http.status = unavailable ? 503 : 500;
            if (unavailable) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
